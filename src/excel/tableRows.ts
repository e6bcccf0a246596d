/**
 * Reading and changing a table's rows in Office.js, found by key and checked: what every command of
 * the Excel adapter shares. Reads come in requests sized in bytes under Excel on the web's payload limit; a change
 * queued with a read of what it replaces tells, in the same round trip, whether a co-author moved
 * the row meanwhile, so it can be put back.
 */
import { type Cell, type OutputCell, writableCell } from "../core/workbook";
import { serialFromDay, looksLikeFormula } from "../core/kernel";
import { FIRST_READ_CELLS, PAYLOAD_BUDGET, jsonBytes, readInChunks } from "./payload";

/** Tries to find a moved row (or to take a number) before giving up and saying so. */
export const ATTEMPTS = 5;

export type ExcelValue = string | number | boolean;

export interface OpenTable {
  table: Excel.Table;
  headers: string[];
  rowCount: number;
  date1904: boolean;
  /** a user's filter hides some of its rows (where the host can tell: ExcelApi 1.9) */
  filtered: boolean;
}

/** The table, its headers and row count, and the date system: two round trips. Throws on a missing table unless `orNothing`. */
export async function openTable(context: Excel.RequestContext, name: string): Promise<OpenTable>;
export async function openTable(
  context: Excel.RequestContext,
  name: string,
  orNothing: true,
): Promise<OpenTable | undefined>;
export async function openTable(
  context: Excel.RequestContext,
  name: string,
  orNothing = false,
): Promise<OpenTable | undefined> {
  const table = context.workbook.tables.getItemOrNullObject(name).load("name");
  const date1904 = loadDate1904(context);
  await context.sync();
  if (table.isNullObject) {
    if (orNothing) return undefined;
    throw new Error(`the workbook has no ${name} table`);
  }
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("rowCount");
  const filter = hasAutoFilter() ? table.autoFilter.load("isDataFiltered") : undefined;
  await context.sync();
  return {
    table,
    headers: header.values[0].map(String),
    rowCount: body.rowCount,
    date1904: date1904(),
    filtered: filter?.isDataFiltered ?? false,
  };
}

const hasAutoFilter = () =>
  typeof Office === "undefined" || Office.context.requirements.isSetSupported("ExcelApi", "1.9");

/**
 * Makes room for rows to be inserted or deleted: Excel refuses both under a user's filter
 * (InsertDeleteConflict, office-js#994), so the filter is cleared — the rows it hid show again — and
 * the admin is told. Answers whether it was.
 */
export function clearFilterFor(open: OpenTable): boolean {
  if (!open.filtered) return false;
  open.table.autoFilter.clearCriteria();
  open.filtered = false;
  return true;
}

/** A row read column by column: each cell travels in an array of its own, `[[v]]`. */
const columnBytes = (row: Cell[]) => row.reduce((sum: number, v) => sum + jsonBytes(v) + 4, 0);

/** What a row of some columns was seen to weigh, in bytes: a caller reading the same columns again passes it on. */
export interface RowWeight {
  bytes?: number;
}

/**
 * These columns of the table's body (blanks as null), after whatever writes are queued: in the
 * same round trip when they surely fit one response (few cells, or rows of a weight already seen),
 * else counted first and read in chunks sized in bytes.
 */
export async function readColumns(
  context: Excel.RequestContext,
  table: Excel.Table,
  columns: string[],
  expectedRows: number,
  weight: RowWeight = {},
): Promise<Cell[][]> {
  const clean = (v: unknown): Cell => (v === "" ? null : (v as Cell));
  const fits =
    weight.bytes === undefined
      ? expectedRows * columns.length <= FIRST_READ_CELLS
      : (expectedRows + 1_000) * weight.bytes <= PAYLOAD_BUDGET;
  let rows: Cell[][];
  if (fits) {
    const ranges = columns.map((c) => table.columns.getItem(c).getDataBodyRange().load("values"));
    await context.sync();
    rows = ranges[0].values.map((_, r) => ranges.map((range) => clean(range.values[r][0])));
  } else {
    const body = table.getDataBodyRange().load("rowCount");
    await context.sync();
    const firstRows = weight.bytes ? PAYLOAD_BUDGET / weight.bytes : FIRST_READ_CELLS / columns.length;
    rows = await readInChunks(
      context,
      body.rowCount,
      Math.floor(firstRows),
      (first, size) => {
        const chunks = columns.map((c) =>
          table.columns
            .getItem(c)
            .getDataBodyRange()
            .getRow(first)
            .getResizedRange(size - 1, 0)
            .load("values"),
        );
        return () => chunks[0].values.map((_, r) => chunks.map((chunk) => clean(chunk.values[r][0])));
      },
      columnBytes,
    );
  }
  weight.bytes = rows.reduce((max, row) => Math.max(max, columnBytes(row)), weight.bytes ?? 1);
  return columns.map((_, c) => rows.map((row) => row[c]));
}

/** Queues a write of the row at `index` (its text columns in the Text format) after a read of what it held (values to compare, formulas to put back). */
export function swapRow(
  table: Excel.Table,
  index: number,
  values: ExcelValue[],
  formats: (string | null)[],
): () => { values: unknown[]; formulas: unknown[] } {
  const range = table.getDataBodyRange().getRow(index);
  const before = range.load("values,formulas");
  const after = table.getDataBodyRange().getRow(index);
  after.numberFormat = [formats];
  after.values = [values];
  return () => ({ values: before.values[0], formulas: before.formulas[0] });
}

/** Removes the row whose key cell holds `key`, checking in the same round trip that it was that row; another row removed by a move is put back. */
export async function removeRow(
  context: Excel.RequestContext,
  table: Excel.Table,
  keyColumn: string,
  keyAt: number,
  key: string,
): Promise<boolean> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const [keys] = await readColumns(context, table, [keyColumn], Number.MAX_SAFE_INTEGER);
    const index = keys.findIndex((k) => String(k) === key);
    if (index < 0) return false;
    const before = table.getDataBodyRange().getRow(index).load("values,formulas");
    table.rows.getItemAt(index).delete();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a bounded retry after a co-author's move, not a sync per item
    await context.sync();
    if (String(before.values[0][keyAt]) === key) return true;
    table.rows.add(index, before.formulas as ExcelValue[][]);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a bounded retry after a co-author's move, not a sync per item
    await context.sync();
  }
  return false;
}

/** The workbook's date system alone, in one round trip (what WEEK and WEEKSTART need). */
export async function readDate1904(context: Excel.RequestContext): Promise<boolean> {
  const is1904 = loadDate1904(context);
  await context.sync();
  return is1904();
}

/**
 * Office.js does not expose the date system, but the worksheet function DATE(1904,1,1) answers it:
 * serial 0 in a 1904 workbook, 1462 in a 1900 one. Valid after the next sync.
 */
export function loadDate1904(context: Excel.RequestContext): () => boolean {
  const probe = context.workbook.functions.date(1904, 1, 1).load("value");
  return () => probe.value === 0;
}

/**
 * A value as Excel is to hold it: a Day in a date column as its serial, and a text Excel would read as
 * a formula ("=HYPERLINK(…)", "+34…", "@SUM") behind an apostrophe, so that it stays the text it was.
 * Every cell this adapter writes goes through here, in the format `cellFormat` gives it.
 */
export function excelValue(
  cell: OutputCell | undefined,
  column: string,
  isDate: boolean,
  date1904: boolean,
): string | number | boolean {
  if (cell === null || cell === undefined) return "";
  const value = writableCell(cell, column);
  if (isDate && typeof value === "number") return serialFromDay(value, date1904);
  return typeof value === "string" && looksLikeFormula(value) ? `'${value}` : value;
}

/**
 * The number format a cell is written in (issue 29): in a text column, Text ("@"), so that Excel keeps
 * "08001", "0042" or "1/2" as typed instead of reading a number or a date — except a text that would
 * start a formula, written in General behind its apostrophe (in a Text cell the apostrophe would show);
 * in other columns, null: the cell keeps its format.
 */
export function cellFormat(cell: OutputCell | undefined, isText: boolean): string | null {
  if (!isText) return null;
  return typeof cell === "string" && looksLikeFormula(cell) ? "General" : "@";
}

/** The number formats to write a row of a table with (see cellFormat). */
export function rowFormats(
  headers: readonly string[],
  texts: ReadonlySet<string>,
  row: Record<string, OutputCell>,
): (string | null)[] {
  return headers.map((h) => cellFormat(row[h], texts.has(h)));
}
