/**
 * The workbook port: the little a feature needs from a workbook, implemented on Office.js (src/excel)
 * and on .xlsx files (src/files), so every feature runs the same in Excel, the CLI and the workbench.
 */
import type { Day } from "../kernel/dates";

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

/** A whole sheet: rows[0] is sheet row 1 and column 0 is column A; merged cells hold their value once. */
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
  /** colour the cells green, amber or red by their text (RAG status columns) */
  rag?: boolean;
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
  name: string;
  /** a bold first line above the tables */
  title?: string;
  tables: OutputTable[];
  /** drawn where the host can draw charts (Excel); a file written by the CLI has none */
  charts?: ChartSpec[];
  /** the currency its money columns are in (ISO code; the euro when not said) */
  currency?: string;
}

export const RAG_COLOURS: Record<string, string> = { green: "#C6EFCE", amber: "#FFEB9C", red: "#FFC7CE" };

/** One cell of a row to change, with the value the caller last saw there (to detect a co-author's edit). */
export interface CellChange {
  column: string;
  from: Cell;
  to: OutputCell;
}

export type UpdateResult = { ok: true } | { ok: false; conflicts: { column: string; now: Cell }[] } | { ok: false; missing: true };

export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  readSheet(name: string): Promise<SheetGrid | undefined>;
  listTables(): Promise<TableInfo[]>;
  readTable(name: string): Promise<TableData | undefined>;
  writeSheet(sheet: SheetOutput): Promise<void>;
  /**
   * Appends one row to a table. `build` gets the table's current values of `keyColumn`, read at the
   * moment of writing (to take the next invoice number); the row is keyed by header, and in a
   * contract table's date columns holds Days.
   */
  appendRow(table: string, keyColumn: string, build: (keys: Cell[]) => Record<string, OutputCell>): Promise<Record<string, OutputCell>>;
  /** Changes the given cells of the row whose `keyColumn` holds `key`, only if each still holds `from`. */
  updateRow(table: string, keyColumn: string, key: string, changes: CellChange[]): Promise<UpdateResult>;
  /** Rewrites one column of a table cell by cell (to re-point references); answers how many cells changed. */
  rewriteColumn(table: string, column: string, rewrite: (cell: Cell) => Cell): Promise<number>;
  /** Removes the row whose `keyColumn` holds `key` (after the caller has kept it elsewhere). */
  deleteRow(table: string, keyColumn: string, key: string): Promise<boolean>;
  /** Shows the user the row whose `keyColumn` holds `key`: selects it in the sheet. */
  showRow(table: string, keyColumn: string, key: string): Promise<void>;
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
