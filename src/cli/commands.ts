/** One function per command, each a thin layer over src/core and the .xlsx adapter. */
import { readFile, writeFile } from "node:fs/promises";
import { XlsxWorkbook } from "../files/xlsxWorkbook";
import { generateSample } from "../core/sample";
import { checkWorkbook, WorkbookHealth } from "../core/check";
import { dayFromDate, parseIsoDate } from "../core/dates";
import { describeProblem } from "../core/problems";

export class UsageError extends Error {}

export interface CommandOutput {
  text: string;
  exitCode: number;
}

type Values = Record<string, string | boolean | undefined>;
type OptionSpec = Record<string, { type: "string" | "boolean" }>;

export interface Command {
  options: OptionSpec;
  run(values: Values, positionals: string[]): Promise<CommandOutput>;
}

/** How many problems the human-readable output lists before pointing to --json. */
const SHOWN_PROBLEMS = 50;

export async function openWorkbook(path: string | undefined): Promise<XlsxWorkbook> {
  if (!path) throw new UsageError("name the workbook: salesdesk <command> FILE.xlsx");
  const data = await readFile(path);
  try {
    return await XlsxWorkbook.load(data);
  } catch {
    throw new UsageError(`${path} is not a readable .xlsx workbook`);
  }
}

function integerOption(values: Values, name: string, fallback: number, min: number, max: number): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

function dayOption(values: Values, name: string): number {
  const raw = values[name];
  if (raw === undefined) return dayFromDate(new Date());
  const day = parseIsoDate(String(raw));
  if (day === undefined) throw new UsageError(`--${name} must be a date as YYYY-MM-DD`);
  return day;
}

export async function sample(values: Values): Promise<CommandOutput> {
  const out = values.out;
  if (typeof out !== "string") throw new UsageError("--out FILE.xlsx is required");
  const invoices = integerOption(values, "invoices", 1200, 10, 1_000_000);
  const seed = integerOption(values, "seed", 1, 0, 2 ** 32 - 1);
  const workbook = new XlsxWorkbook();
  for (const sheet of generateSample({ seed, invoices, today: dayOption(values, "today") })) await workbook.writeSheet(sheet);
  await writeFile(out, await workbook.save());
  return { text: `wrote ${out}: sample workbook, seed ${seed}, ${invoices} invoices`, exitCode: 0 };
}

export async function check(values: Values, positionals: string[]): Promise<CommandOutput> {
  const health = await checkWorkbook(await openWorkbook(positionals[0]));
  const exitCode = health.errors > 0 ? 1 : 0;
  return { text: values.json ? JSON.stringify(health) : healthText(health), exitCode };
}

function healthText(health: WorkbookHealth): string {
  const lines = health.tables.map((t) =>
    t.present
      ? `${t.table.padEnd(10)} ${String(t.rows).padStart(7)} rows  ${t.errors} errors, ${t.warnings} warnings`
      : `${t.table.padEnd(10)}  absent`,
  );
  const shown = health.problems.slice(0, SHOWN_PROBLEMS).map(describeProblem);
  const more = health.problems.length - shown.length;
  return [
    ...lines,
    "",
    ...shown,
    ...(more > 0 ? [`… and ${more} more (salesdesk check --json lists them all)`] : []),
    `${health.errors} errors, ${health.warnings} warnings`,
  ].join("\n");
}

export const COMMANDS: Record<string, Command> = {
  sample: {
    options: { out: { type: "string" }, seed: { type: "string" }, invoices: { type: "string" }, today: { type: "string" } },
    run: sample,
  },
  check: { options: { json: { type: "boolean" } }, run: check },
};
