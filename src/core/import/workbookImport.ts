/**
 * The import against a workbook port: which sheets can be imported, what the workbook already
 * holds (keys, names, earlier imports), and the sheets to write. Re-importing a sheet replaces the
 * rows it brought before (found by their "Imported from" cell), never duplicating them.
 */
import { CONTRACT, TABLE_NAMES, TableName, tableDef } from "../workbook/contract";
import { formatIsoDate, dayFromDate, dayFromSerial } from "../kernel/dates";
import { fold } from "../kernel/text";
import { columnLetter } from "../kernel/a1";
import { FORMAT_OF, outputTable } from "../workbook/output";
import type {
  CellFormat,
  OutputCell,
  OutputColumn,
  ReadPort,
  SheetCell,
  SheetGrid,
  SheetOutput,
  TableData,
  TableInfo,
  WorkbookPort,
} from "../workbook/port";
import { importSheets, importSteps } from "./importer";
import type { ImportContext, ImportResult, QuarantineRow, StagedTable } from "./result";
import { detectBlock } from "./detect";
import { planSheets, SheetPlan } from "./plan";
import { joinMasterDetail } from "./masterDetail";
import { applyMemory, readMemory } from "./mappingMemory";
import { SOURCE_COLUMN } from "./rowRules";
import {
  headerAt,
  headersIn,
  isOwnedSheet,
  ownedSheet,
  QUARANTINE_SHEET,
  type HeaderWord,
} from "../workbook/ownedSheets";
import { tableLabel } from "../locale/contractNames";
import { say, render, type MessageLanguage } from "../kernel/messages";

/** The column saying where each imported row came from, written in her language, read back in any. */
const SOURCE_HEADER: HeaderWord = { en: SOURCE_COLUMN, ca: "Importat de", es: "Importado de" };
const QUARANTINE_WORDS: HeaderWord[] = [
  { en: "Sheet", ca: "Full", es: "Hoja" },
  { en: "Row", ca: "Fila", es: "Fila" },
  { en: "Table", ca: "Taula", es: "Tabla" },
  { en: "Problems", ca: "Problemes", es: "Problemas" },
];
const QUARANTINE_HEADERS = QUARANTINE_WORDS.map((w) => w.en);

/** A table as the import reads it: the headers it wrote in some language under their English names. */
function inEnglish(data: TableData, words: readonly HeaderWord[]): TableData {
  return { ...data, headers: data.headers.map((h) => words.find((w) => headerAt([h], w) === 0)?.en ?? h) };
}

/** The visible sheets that hold no contract table and are not the add-in's own, read whole. */
export async function importableSheets(port: ReadPort): Promise<SheetGrid[]> {
  const [sheets, tables] = await Promise.all([port.listSheets(), port.listTables()]);
  const contractSheets = new Set(tables.filter(isContractTable).map((t) => t.sheet));
  const names = sheets
    .filter((s) => s.visible && !contractSheets.has(s.name) && !isOwnedSheet(s.name))
    .map((s) => s.name);
  const grids: SheetGrid[] = [];
  for (const name of names) {
    const grid = await port.readSheet(name);
    if (grid && grid.rows.some((r) => r.length > 0)) grids.push(grid);
  }
  return grids;
}

/**
 * A table named like a contract table is one when it has the contract's required headers: the admin's
 * own table that merely happens to be called "Orders" (headers order_id, date…) is import material.
 */
function isContractTable(info: TableInfo): boolean {
  if (!(TABLE_NAMES as readonly string[]).includes(info.name)) return false;
  return tableDef(info.name as TableName).columns.every((c) => !c.required || info.headers.includes(c.name));
}

export interface ImportTarget {
  /** the contract tables and the quarantine already in the workbook */
  existing: Map<string, TableData>;
  sheetNames: string[];
}

export async function readImportTarget(port: ReadPort): Promise<ImportTarget> {
  const existing = new Map<string, TableData>();
  for (const info of await port.listTables()) {
    if (!isContractTable(info) && info.name !== QUARANTINE_SHEET) continue;
    const data = await port.readTable(info.name);
    if (data)
      existing.set(data.name, inEnglish(data, data.name === QUARANTINE_SHEET ? QUARANTINE_WORDS : [SOURCE_HEADER]));
  }
  return { existing, sheetNames: (await port.listSheets()).map((s) => s.name) };
}

/** "Facturas!8" (or "Cobros!4+5", two lines recorded as one payment) → "Facturas". */
const sourceSheetOf = (cell: unknown) => (typeof cell === "string" ? cell.slice(0, cell.lastIndexOf("!")) : undefined);

/** The rows of an existing table that this import keeps: those not brought by the sheets re-imported now. */
function keptRows(data: TableData, reimported: ReadonlySet<string>, column: string): SheetCell[][] {
  const at = data.headers.indexOf(column);
  return data.rows.filter(
    (r) => at < 0 || !reimported.has(String(column === SOURCE_COLUMN ? sourceSheetOf(r[at]) : r[at])),
  );
}

/** Keys and names the workbook keeps, so the import neither reuses a key nor misses a name. */
export function importContext(target: ImportTarget, reimported: ReadonlySet<string>): ImportContext {
  const keys: NonNullable<ImportContext["keys"]> = {};
  const context: ImportContext = { keys, clientNames: new Map(), execNames: new Map() };
  for (const table of TABLE_NAMES) {
    const data = target.existing.get(table);
    const key = "key" in CONTRACT[table] ? (CONTRACT[table] as { key: string }).key : undefined;
    if (!data || !key) continue;
    const rows = keptRows(data, reimported, SOURCE_COLUMN);
    const k = data.headers.indexOf(key);
    const n = data.headers.indexOf("Name");
    keys[table] = rows.map((r) => String(r[k] ?? "")).filter((s) => s !== "");
    const byName = table === "Clients" ? context.clientNames : table === "Team" ? context.execNames : undefined;
    if (byName && n >= 0)
      for (const r of rows) if (typeof r[n] === "string" && r[k] !== null) byName.set(fold(r[n]), String(r[k]));
    // a survey's respondent finds her client by e-mail too
    const e = table === "Clients" ? data.headers.indexOf("Email") : -1;
    if (byName && e >= 0)
      for (const r of rows) if (typeof r[e] === "string" && r[k] !== null) byName.set(fold(r[e]), String(r[k]));
  }
  const payments = target.existing.get("Payments");
  if (payments) {
    const [invoice, status] = [payments.headers.indexOf("InvoiceNo"), payments.headers.indexOf("Status")];
    context.paidInvoices = new Set(
      payments.rows.filter((r) => r[status] === "Received" && r[invoice] !== null).map((r) => String(r[invoice])),
    );
  }
  const currency = currencySetting(target);
  if (currency) context.currency = currency;
  return context;
}

/** The Currency setting of the workbook imported into, where it has one. */
function currencySetting(target: ImportTarget): string | undefined {
  const settings = target.existing.get("Settings");
  if (!settings) return undefined;
  const row = settings.rows.find((r) => r[settings.headers.indexOf("Setting")] === "Currency");
  return row ? String(row[settings.headers.indexOf("Value")]) : undefined;
}

/** The sheets an import writes: each contract table it filled (with the rows it keeps), the Quarantine, in the language asked. */
export function importOutputs(
  result: ImportResult,
  target: ImportTarget,
  language: MessageLanguage = "en",
): SheetOutput[] {
  const reimported = new Set(result.sheets.filter((s) => s.table !== null).map((s) => s.sheet));
  // A table none of whose rows could be imported is not created empty (an empty Excel table shows a blank row).
  const filled = result.tables.filter((staged) => staged.rows.length > 0 || target.existing.has(staged.table));
  const currency = result.currency ?? currencySetting(target);
  const outputs = filled.map((staged) => ({
    ...tableOutput(staged, target, reimported, language),
    ...(currency ? { currency } : {}),
  }));
  const quarantine = quarantineOutput(result.quarantine, target.existing.get(QUARANTINE_SHEET), reimported, language);
  const settings = result.currency
    ? settingsOutput(target.existing.get("Settings"), ["Currency", result.currency])
    : undefined;
  return [...outputs, ...(quarantine ? [quarantine] : []), ...(settings ? [settings] : [])];
}

function tableOutput(
  staged: StagedTable,
  target: ImportTarget,
  reimported: ReadonlySet<string>,
  language: MessageLanguage,
): SheetOutput {
  const table = staged.table;
  const existing = target.existing.get(table);
  const contract = CONTRACT[table].columns;
  const known = new Set<string>([...contract.map((c) => c.name), SOURCE_COLUMN]);
  const extras = [
    ...(existing?.headers.filter((h) => h !== "" && !known.has(h)) ?? []),
    ...staged.extras.filter((e) => !existing?.headers.includes(e)),
  ];
  const headers = [...contract.map((c) => c.name), ...extras, SOURCE_COLUMN];
  const formats = new Map<string, CellFormat>(contract.map((c) => [c.name, FORMAT_OF[c.type] ?? "text"]));
  for (const e of extras) formats.set(e, staged.dateExtras.has(e) ? "date" : extraFormat(staged, e));
  const old = existing
    ? keptRows(existing, reimported, SOURCE_COLUMN).map((r) =>
        headers.map((h) => oldCell(existing, r, h, formats.get(h))),
      )
    : [];
  const fresh = staged.rows.map((r) => headers.map((h) => r.values.get(h) ?? null));
  const columns: OutputColumn[] = headers.map((header) => ({
    header: header === SOURCE_COLUMN ? SOURCE_HEADER[language] : header,
    format: formats.get(header) ?? "text",
  }));
  return {
    name: existing?.sheet ?? freeSheetName(tableLabel(table, language), target.sheetNames, language),
    tables: [{ name: table, columns, rows: [...old, ...fresh] }],
  };
}

/** Numbers stay numbers (a text format would turn them into text in Excel); anything else is text. */
function extraFormat(staged: StagedTable, header: string): CellFormat {
  const values = staged.rows.map((r) => r.values.get(header)).filter((v) => v !== null && v !== undefined);
  return values.length > 0 && values.every((v) => typeof v === "number") ? "number" : "text";
}

function oldCell(data: TableData, row: SheetCell[], header: string, format: CellFormat | undefined): OutputCell {
  const at = data.headers.indexOf(header);
  const cell = at < 0 ? null : row[at];
  if (cell instanceof Date) return dayFromDate(cell);
  return format === "date" && typeof cell === "number" ? (dayFromSerial(cell, data.date1904) ?? cell) : cell;
}

/** The Settings table with one more Setting/Value row (its rows and its own columns kept). */
function settingsOutput(existing: TableData | undefined, [setting, value]: [string, string]): SheetOutput {
  const base = outputTable("Settings", []);
  const headers = existing?.headers.length ? existing.headers : base.columns.map((c) => c.header);
  const row = headers.map((h) => (h === "Setting" ? setting : h === "Value" ? value : null));
  return {
    name: existing?.sheet ?? "Settings",
    tables: [
      {
        name: "Settings",
        columns: headers.map((header) => ({ header, format: "text" as const })),
        rows: [...(existing?.rows ?? []), row],
      },
    ],
  };
}

function freeSheetName(name: string, taken: readonly string[], language: MessageLanguage): string {
  return taken.includes(name) ? render(say("import.sheetImported", { name }), language) : name;
}

function quarantineOutput(
  rows: readonly QuarantineRow[],
  existing: TableData | undefined,
  reimported: ReadonlySet<string>,
  language: MessageLanguage,
): SheetOutput | undefined {
  const old = existing ? keptRows(existing, reimported, "Sheet") : [];
  const headers = existing?.headers ?? [];
  if (rows.length === 0 && !existing) return undefined;
  const width = Math.max(
    1,
    ...rows.map((r) => r.cells.length),
    ...(existing ? [existing.headers.length - QUARANTINE_HEADERS.length] : []),
  );
  const letters = Array.from({ length: width }, (_, i) => columnLetter(i + 1));
  const kept = old.map(
    (r) =>
      [...QUARANTINE_HEADERS, ...letters].map((h) =>
        headers.indexOf(h) < 0 ? null : r[headers.indexOf(h)],
      ) as OutputCell[],
  );
  const fresh = rows.map((r) => [
    r.sheet,
    r.row,
    r.table,
    r.reasons.map((m) => render(m, language)).join("; "),
    ...letters.map((_, i) => quarantineCell(r.cells[i])),
  ]);
  return {
    ...ownedSheet(QUARANTINE_SHEET, language),
    title: render(say("import.quarantineTitle"), language),
    tables: [quarantineTable([...kept, ...fresh], width, language)],
  };
}

function quarantineTable(rows: OutputCell[][], width: number, language: MessageLanguage) {
  const letters = Array.from({ length: width }, (_, i) => columnLetter(i + 1));
  return {
    name: QUARANTINE_SHEET,
    columns: [...headersIn(QUARANTINE_WORDS, language), ...letters].map((header) => ({
      header,
      format: "text" as const,
    })),
    rows,
  };
}

function quarantineCell(cell: SheetCell | undefined): OutputCell {
  if (cell instanceof Date) return formatIsoDate(dayFromDate(cell));
  return cell ?? null;
}

export interface PreparedImport {
  grids: SheetGrid[];
  plans: SheetPlan[];
  target: ImportTarget;
}

/**
 * Reads the sheets to import from `source` and what `target` holds, and proposes a plan for each sheet,
 * as the admin corrected it last time where either workbook remembers its headers.
 */
export async function prepareImport(
  source: ReadPort,
  target: ReadPort = source,
  fileName?: string,
): Promise<PreparedImport> {
  const grids = await importableSheets(source);
  // What she chose before, in the workbook read or the one written: the newest choice of either.
  const memory = [...(source === target ? [] : await readMemory(source)), ...(await readMemory(target))];
  const plans = planSheets(grids, fileName).map((p) => applyMemory(p, memory));
  return { grids, plans, target: await readImportTarget(target) };
}

/** What the import reads: the sheets (master and detail joined), their plans, and what the workbook holds. */
function importInput(
  prepared: PreparedImport,
  plans: readonly SheetPlan[],
  how: ImportHow,
): [SheetGrid[], SheetPlan[], ImportContext] {
  const reimported = new Set(plans.filter((p) => p.table !== null).map((p) => p.sheet));
  const joined = joinMasterDetail(prepared.grids, plans);
  return [joined.grids, joined.plans, { ...importContext(prepared.target, reimported), ...how }];
}

/** What she said of the whole import: the period of targets without one, the language of its notes. */
export type ImportHow = Pick<ImportContext, "period" | "language">;

/** The import as planned, without writing: what the pane previews and what `writeImport` writes. */
export function runImport(
  prepared: PreparedImport,
  plans: readonly SheetPlan[] = prepared.plans,
  how: ImportHow = {},
): ImportResult {
  return importSheets(...importInput(prepared, plans, how));
}

/** The lines the import reads of a sheet (none when it is not among the sheets). */
const lineCount = (grid: SheetGrid | undefined) => (grid ? (detectBlock(grid)?.lines.length ?? 0) : 0);

/**
 * The same import run in steps, for a pane that must stay responsive on large sheets: after each step
 * it reports the lines read out of all and waits on `pause` (the face's way to let the screen draw).
 * An aborted run stops at its next step and answers undefined.
 */
export async function runImportInSteps(
  prepared: PreparedImport,
  plans: readonly SheetPlan[],
  how: ImportHow,
  progress: (done: number, of: number) => void,
  pause: () => Promise<void>,
  signal?: { aborted: boolean },
): Promise<ImportResult | undefined> {
  const [grids, joined, context] = importInput(prepared, plans, how);
  const of = joined.reduce((n, p) => n + (p.table ? lineCount(grids.find((g) => g.name === p.sheet)) : 0), 0);
  const steps = importSteps(grids, joined, context);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    progress(step.value, of);
    await pause();
    if (signal?.aborted) return undefined;
  }
}

/** Writes the tables and the Quarantine; answers what to tell the user (a sheet written beside one of hers). */
export async function writeImport(
  port: WorkbookPort,
  result: ImportResult,
  target: ImportTarget,
  language: MessageLanguage = "en",
): Promise<string[]> {
  const notes: string[] = [];
  for (const output of importOutputs(result, target, language)) {
    const written = await port.writeSheet(output);
    if (written.note) notes.push(render(written.note, language));
  }
  return notes;
}
