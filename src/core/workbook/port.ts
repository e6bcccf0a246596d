/**
 * The workbook port: the little a feature needs from a workbook, implemented on Office.js (src/excel)
 * and on .xlsx files (src/files), so every feature runs the same in Excel, the CLI and the workbench.
 */
import type { Day } from "../kernel/dates";
import { SaidError, type Message } from "../kernel/messages";

/** A cell as Excel hands it over: dates are serial numbers in the workbook's date system. */
export type Cell = string | number | boolean | null;

/** A cell to write: in a contract table's date column (or an output column formatted as a date), a Day. */
export type OutputCell = Cell | Day;

/** A cell of a sheet as the user left it; date-formatted cells arrive as Dates (UTC midnight = the day). */
export type SheetCell = Cell | Date;

export interface SheetInfo {
  name: string;
  /** hidden and very hidden sheets are the workbook's machinery, not the user's data */
  visible: boolean;
}

/** A whole sheet: rows[0] is sheet row 1 and column 0 is column A (a row may end at its last value: a cell past it is blank); merged cells hold their value once. */
export interface SheetGrid {
  name: string;
  rows: SheetCell[][];
  date1904: boolean;
  /** the currency most of the sheet's number formats show ("$#,##0.00" → USD), where any does */
  currency?: string;
  /** per row (index = row − 1), other source rows it was joined with ("Ventas!7"): named in "Imported from" */
  origins?: (string | undefined)[];
}

export interface TableInfo {
  name: string;
  sheet: string;
  headers: string[];
  rowCount: number;
}

export interface TableData extends TableInfo {
  /** 1-based sheet row of the header; data row i sits on sheet row headerRow + 1 + i */
  headerRow: number;
  rows: Cell[][];
  /** the workbook counts dates from 1904 (old Mac workbooks) */
  date1904: boolean;
}

export type CellFormat = "text" | "date" | "money" | "percent" | "integer" | "number";

export interface OutputColumn {
  header: string;
  format?: CellFormat;
  /** colour the cells green, amber or red by their text: the word each shows (RAG status columns) */
  rag?: Partial<Record<RagColour, string>>;
}

/** A table to write. Cells of "date" columns hold Days; the adapter turns them into its own dates. */
export interface OutputTable {
  name: string;
  columns: OutputColumn[];
  rows: OutputCell[][];
}

/** A column chart of a table: categories from one column, one series per following column up to `to`. */
export interface ChartSpec {
  table: string;
  title: string;
  /** the category column; the series are the columns after it, through `to` (they must be adjacent) */
  from: string;
  to: string;
}

/** A sheet the add-in owns: written whole, replacing what it held before (never a user's sheet). */
export interface SheetOutput {
  /** its name in the language written: `Antiguitat de saldos` */
  name: string;
  /** the name its marker carries, the same in every language (`Aging`); the name when not said */
  id?: string;
  /** a bold first line above the tables */
  title?: string;
  tables: OutputTable[];
  /** drawn where the host can draw charts (Excel); a file written by the CLI has none */
  charts?: ChartSpec[];
  /** the currency its money columns are in (ISO code; the euro when not said) */
  currency?: string;
  /** how it prints: landscape, one page wide, the first rows repeated on every page */
  print?: { landscape: boolean; fitToWidth: boolean; titleRows?: number };
}

export type RagColour = "green" | "amber" | "red";
export const RAG_COLOURS: Record<RagColour, string> = { green: "#C6EFCE", amber: "#FFEB9C", red: "#FFC7CE" };

/** The fill of each word a RAG column shows: one conditional format a colour, in both adapters. */
export function ragRules(words: Partial<Record<RagColour, string>>): [text: string, colour: string][] {
  return (Object.keys(RAG_COLOURS) as RagColour[]).flatMap((code) =>
    words[code] ? [[words[code], RAG_COLOURS[code]] as [string, string]] : [],
  );
}

/** One cell of a row to change, with the value the caller last saw there (to detect a co-author's edit). */
export interface CellChange {
  column: string;
  from: Cell;
  to: OutputCell;
}

/** The column(s) a row is found by, and the values it holds there. */
export type KeyColumns = string | readonly string[];
export type KeyValues = string | readonly string[];

/** The key as parallel lists of columns and values. */
export function keyParts(
  keyColumn: KeyColumns,
  key: KeyValues,
): { columns: readonly string[]; values: readonly string[] } {
  return {
    columns: typeof keyColumn === "string" ? [keyColumn] : keyColumn,
    values: typeof key === "string" ? [key] : key,
  };
}

export type UpdateResult =
  { ok: true } | { ok: false; conflicts: { column: string; now: Cell }[] } | { ok: false; missing: true };

/** A rule refused a write: nothing was written, and the message says why (shown to the user as it is). */
export class Refusal extends SaidError {}

/** One row of a table as a rule sees it: the columns it asked for, by header. */
export type RowValues = Readonly<Record<string, Cell>>;

/** A row to add to a table, numbered and checked against the table as it stands when the row's turn comes. */
export interface AppendRequest {
  table: string;
  /** the table's key column (the invoice number, the payment ID): always read */
  keyColumn: string;
  /** the other columns the rule reads (an invoice's CreditOf and Total); fewer columns, fewer cells read */
  reads?: readonly string[];
  /**
   * The row to write, keyed by header (Days in a contract table's date columns), from the rows standing
   * above it when its turn came: its number follows theirs and its rule is checked against them. Throws
   * a Refusal to write nothing. May be called more than once (after a co-author took the same number).
   */
  build: (above: readonly RowValues[]) => Record<string, OutputCell>;
  /**
   * The row joins lines that already hold its key (an order's or a quote's next line): its key is no
   * new number, so the rows holding it too are its own, not a collision.
   */
  joins?: boolean;
  /** the columns that hold text however they look, for a table outside the contract (an owned one); the contract says it for its own */
  texts?: readonly string[];
}

/** Where a sheet the add-in owns was written, and why not where it was asked to be, if it was not. */
export interface WrittenSheet {
  sheet: string;
  /** said when a user's own sheet or table had the name: the output went beside it */
  note?: Message;
}

/**
 * What every adapter promises (proven on both by test/conformance): a missing table is `undefined`
 * from the reads, `{missing}` from updateRow, 0/false from rewriteColumn/deleteRow and an Error from
 * appendRow; a missing column is the same as a missing row, never a half-done write. Writes of one
 * port never interleave with each other; a co-author's change between a read and a write is found
 * and never overwritten (the write is undone and reported, or done again on the row's new place).
 */
export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  readSheet(name: string): Promise<SheetGrid | undefined>;
  listTables(): Promise<TableInfo[]>;
  /** The tables' names, without reading them (one round trip in Excel; no sheet read from a file). */
  tableNames(): Promise<string[]>;
  readTable(name: string): Promise<TableData | undefined>;
  /**
   * Writes a sheet the add-in owns whole, replacing what that sheet held. A sheet is the add-in's by
   * its marker, not by its name: a user's sheet with the name is left as it is and the output goes
   * beside it ("Aging (2)"), as does a table whose name a user's table already has ("Aging_2").
   */
  writeSheet(sheet: SheetOutput): Promise<WrittenSheet>;
  /**
   * Appends one row below the table's last one (content below the table moves down, as in Excel).
   * Two writers — two panes, a co-author, two processes — never get the same number: the row is
   * claimed first, built from the rows above it once earlier claims are settled, and checked again
   * after it is written (renumbered if another row took that number first). Answers the row written.
   */
  appendRow(request: AppendRequest): Promise<Record<string, OutputCell>>;
  /**
   * Changes the given cells of the row whose `keyColumn` holds `key`, only if each still holds `from`;
   * the row is found by its key at the moment of writing and checked after (a row moved by a
   * co-author is followed, never confused with the one now in its place). Lines sharing a key (an
   * order's) are told apart by more columns: `keyColumn` and `key` then name them all, in order.
   */
  updateRow(table: string, keyColumn: KeyColumns, key: KeyValues, changes: CellChange[]): Promise<UpdateResult>;
  /**
   * Rewrites one column of a table cell by cell (to re-point references): only the cells that change
   * are written, each only if it still holds what was read; answers how many cells changed.
   */
  rewriteColumn(table: string, column: string, rewrite: (cell: Cell) => Cell): Promise<number>;
  /** Removes the row whose `keyColumn` holds `key` (after the caller has kept it elsewhere): that row, checked, and no other. */
  deleteRow(table: string, keyColumn: string, key: string): Promise<boolean>;
  /** Shows the user the row whose `keyColumn` holds `key`: selects it in the sheet. */
  showRow(table: string, keyColumn: string, key: string): Promise<void>;
}

/** What reading needs: a workbook to check, report on or import from, never written (the CLI's fast reader). */
export type ReadPort = Pick<WorkbookPort, "listSheets" | "readSheet" | "listTables" | "tableNames" | "readTable">;

/** The rows of a table as a rule sees them: these columns, by header. */
export function rowValues(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  columns: readonly string[],
): RowValues[] {
  const at = columns.map((c) => [c, headers.indexOf(c)] as const);
  return rows.map((r) => Object.fromEntries(at.map(([c, i]) => [c, r[i] ?? null])));
}

/** Where each output table lands: the title on row 1, a blank row, then tables separated by a blank row. */
export function layoutSheet(sheet: SheetOutput): { table: OutputTable; headerRow: number }[] {
  let row = sheet.title ? 3 : 1;
  return sheet.tables.map((table) => {
    const placed = { table, headerRow: row };
    row += table.rows.length + 2;
    return placed;
  });
}

/** Where a chart's data is and where it goes: its table's columns `from`…`to` (1-based), header row and rows, and its top-left cell. */
export interface ChartPlace {
  chart: ChartSpec;
  headerRow: number;
  from: number;
  to: number;
  rows: number;
  /** 1-based column of its top-left corner, two columns right of the widest table */
  column: number;
  /** 1-based row of its top: its table's header, or below the chart before it */
  top: number;
}

/** A chart's height in rows: the next chart of a sheet goes below it. */
export const CHART_ROWS = 18;

/** The sheet's charts over their tables' cells, each beside its table and below the one before it (a chart whose columns are not there is left out). */
export function placeCharts(sheet: SheetOutput): ChartPlace[] {
  const layout = layoutSheet(sheet);
  const column = Math.max(...sheet.tables.map((t) => t.columns.length)) + 2;
  let free = 1;
  return (sheet.charts ?? []).flatMap((chart) => {
    const at = layout.find((p) => p.table.name === chart.table);
    const headers = at ? at.table.columns.map((c) => c.header) : [];
    const [from, to] = [headers.indexOf(chart.from) + 1, headers.indexOf(chart.to) + 1];
    if (!at || from < 1 || to <= from) return [];
    const top = Math.max(at.headerRow, free);
    free = top + CHART_ROWS + 1;
    return [{ chart, headerRow: at.headerRow, from, to, rows: Math.max(1, at.table.rows.length), column, top }];
  });
}
