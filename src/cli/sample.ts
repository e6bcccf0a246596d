/** `salesdesk sample`: a realistic workbook for a seed and a day, written whole. */
import { writeWhole } from "./files";
import { dayOption, type CommandOutput, type Values } from "./options";
import { UsageError } from "./usageError";
import { XlsxWorkbook } from "../files/xlsxWorkbook";
import { generateSample } from "../core/sample";

/** The largest sample written here: ExcelJS holds the whole workbook (4 GB of heap at 100,000 invoices). */
const MAX_SAMPLE_INVOICES = 100_000;

function integerOption(values: Values, name: string, fallback: number, min: number, max: number): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

export async function sample(values: Values): Promise<CommandOutput> {
  const out = values.out;
  if (typeof out !== "string") throw new UsageError("--out FILE.xlsx is required");
  const invoices = integerOption(values, "invoices", 1200, 10, MAX_SAMPLE_INVOICES);
  const seed = integerOption(values, "seed", 1, 0, 2 ** 32 - 1);
  const workbook = new XlsxWorkbook();
  for (const sheet of generateSample({ seed, invoices, today: dayOption(values, "today") }))
    await workbook.writeSheet(sheet);
  await writeWhole(out, await workbook.save());
  return { text: `wrote ${out}: sample workbook, seed ${seed}, ${invoices} invoices`, exitCode: 0 };
}
