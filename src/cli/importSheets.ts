/**
 * `salesdesk import`: the admin's sheets found, mapped (as she corrected them, with `--table`, `--map`
 * and `--mappings`) and read, and with `--out` written as contract tables into a new workbook.
 */
import { writeWhole } from "./files";
import { messageLanguage, today, SHOWN_PROBLEMS, type CommandOutput, type Values } from "./options";
import { UsageError } from "./usageError";
import { openTogether, openWorkbook } from "./workbooks";
import { importCorrections } from "./importCorrections";
import { XlsxWorkbook } from "../files/xlsxWorkbook";
import { readPeriod } from "../core/locale";
import { describeProblem, tableDef } from "../core/workbook";
import { formatIsoDate } from "../core/kernel";
import {
  prepareImport,
  runImport,
  writeImport,
  applyMemory,
  corrected,
  readMemory,
  saveCorrections,
  type SheetSummary,
} from "../core/import";

/** Cells an .xlsx written through ExcelJS may hold within the writing commands' 4 GB heap. */
const WRITABLE_CELLS = 3_000_000;

/** `--period 2026-11` (or "novembre 2026", "T4 2026"): the period of a list of targets that names none. */
function periodOption(values: Values): string | undefined {
  if (values.period === undefined) return undefined;
  const label = readPeriod(String(values.period));
  if (!label)
    throw new UsageError(`--period must be a week, month, quarter or year (2026-W48, 2026-11, 2026-Q4, 2026)`);
  return label;
}

export async function importSheets(values: Values, positionals: string[]): Promise<CommandOutput> {
  const source = positionals.length > 1 ? await openTogether(positionals) : await openWorkbook(positionals[0]);
  const out = new XlsxWorkbook();
  const prepared = await prepareImport(source, out, positionals.length === 1 ? positionals[0] : undefined);
  // The admin's earlier choices, kept in a workbook she names (her own, or the last import's output).
  const memory = typeof values.mappings === "string" ? await readMemory(await openWorkbook(values.mappings)) : [];
  const plans = corrected(
    prepared.plans.map((p) => applyMemory(p, memory)),
    prepared.grids,
    importCorrections(values),
  );
  const result = runImport(prepared, plans, periodOption(values));
  if (!result.sheets.some((s) => s.table !== null))
    return nothingImported(values, positionals, prepared.grids.length, result.sheets);
  const cells = result.tables.reduce(
    (n, t) => n + t.rows.length * (tableDef(t.table).columns.length + t.extras.length + 1),
    0,
  );
  if (typeof values.out === "string" && cells > WRITABLE_CELLS) {
    throw new UsageError(
      `the imported tables hold ${cells.toLocaleString("en")} cells, more than an .xlsx written here can (${WRITABLE_CELLS.toLocaleString("en")}): import without --out to check the sheets, or split them into several files`,
    );
  }
  const notes =
    typeof values.out === "string" ? await writeImport(out, result, prepared.target, messageLanguage(values)) : [];
  if (typeof values.out === "string")
    await saveCorrections(
      out,
      plans.filter((p) => p.corrected),
      formatIsoDate(today()),
      memory,
    );
  if (typeof values.out === "string") await writeWhole(values.out, await out.save());
  const exitCode = result.problems.some((p) => p.severity === "error") ? 1 : 0;
  if (values.json)
    return { text: JSON.stringify({ sheets: result.sheets, problems: result.problems }), exitCode, notes };
  const lines = result.sheets.map((s) =>
    s.table
      ? `${s.sheet} → ${s.table}${s.asLastTime ? " (as last time)" : ""} (header on row ${s.headerRow}): ${s.rows} rows, ${s.imported} imported, ${s.quarantined} quarantined${s.held ? `, ${s.held} waiting for a column` : ""}${close(s)}`
      : `${s.sheet}: no table recognised, left as it is`,
  );
  const shown = result.problems.slice(0, SHOWN_PROBLEMS).map((p) => describeProblem(p, messageLanguage(values)));
  const more = result.problems.length - shown.length;
  return {
    text: [
      ...lines,
      ...(shown.length ? ["", ...shown] : []),
      ...(more > 0 ? [`… and ${more} more (salesdesk import --json lists them all)`] : []),
      typeof values.out === "string"
        ? `wrote ${values.out}`
        : "nothing written: add --out OUT.xlsx to write the tables",
    ].join("\n"),
    exitCode,
    notes,
  };
}

/** The table that came second, named where it came close: the admin may mean it (`--table SHEET=TABLE`). */
const close = (s: SheetSummary) =>
  s.runnerUp && s.runnerUp.chosen - s.runnerUp.score < 1 ? `; ${s.runnerUp.table} came close` : "";

/** No sheet was recognised as a table: said, with exit 1, and nothing written even where --out asks. */
function nothingImported(values: Values, files: string[], read: number, sheets: SheetSummary[]): CommandOutput {
  const why =
    read === 0
      ? "it has no sheet to import (its sheets are contract tables already, or empty)"
      : "no sheet was recognised as a contract table";
  const text = `${files.join(", ")}: ${why}; nothing written`;
  return { text: values.json ? JSON.stringify({ sheets, problems: [], nothingImported: text }) : text, exitCode: 1 };
}
