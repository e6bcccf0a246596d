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
import { readPeriod, tableLabel } from "../core/locale";
import { wordsIn } from "./words";
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
  const result = runImport(prepared, plans, { period: periodOption(values), language: messageLanguage(values) });
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
      messageLanguage(values),
      memory,
    );
  if (typeof values.out === "string") await writeWhole(values.out, await out.save());
  const exitCode = result.problems.some((p) => p.severity === "error") ? 1 : 0;
  if (values.json)
    return { text: JSON.stringify({ sheets: result.sheets, problems: result.problems }), exitCode, notes };
  const language = messageLanguage(values);
  const say = wordsIn(language);
  const lines = result.sheets.map((s) =>
    s.table
      ? say("import.sheet", {
          sheet: s.sheet,
          table: tableLabel(s.table, language),
          asLastTime: s.asLastTime ? say("import.asLastTime") : "",
          row: s.headerRow,
          rows: s.rows,
          imported: s.imported,
          quarantined: s.quarantined,
        }) +
        (s.held ? say("import.held", { n: s.held }) : "") +
        (s.runnerUp && s.runnerUp.chosen - s.runnerUp.score < 1 // the admin may mean it (`--table SHEET=TABLE`)
          ? say("import.close", { table: tableLabel(s.runnerUp.table, language) })
          : "")
      : say("import.noTable", { sheet: s.sheet }),
  );
  const shown = result.problems.slice(0, SHOWN_PROBLEMS).map((p) => describeProblem(p, language));
  const more = result.problems.length - shown.length;
  return {
    text: [
      ...lines,
      ...(shown.length ? ["", ...shown] : []),
      ...(more > 0 ? [say("more", { n: more, command: "import" })] : []),
      typeof values.out === "string" ? say("wrote", { file: values.out }) : say("import.notWritten"),
    ].join("\n"),
    exitCode,
    notes,
  };
}

/** No sheet was recognised as a table: said, with exit 1, and nothing written even where --out asks. */
function nothingImported(values: Values, files: string[], read: number, sheets: SheetSummary[]): CommandOutput {
  const text = wordsIn(messageLanguage(values))(read === 0 ? "import.nothingToRead" : "import.nothingRecognised", {
    files: files.join(", "),
  });
  return { text: values.json ? JSON.stringify({ sheets, problems: [], nothingImported: text }) : text, exitCode: 1 };
}
