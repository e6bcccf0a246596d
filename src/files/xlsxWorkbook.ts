/**
 * The workbook port on an .xlsx file held in memory (ExcelJS): the CLI, the workbench and the tests
 * read and write workbooks exactly as the add-in does in Excel.
 */
import type ExcelJS from "exceljs";
import {
  Cell,
  CellChange,
  keyParts,
  type KeyColumns,
  type KeyValues,
  OutputCell,
  SheetCell,
  SheetGrid,
  SheetInfo,
  SheetOutput,
  TableData,
  TableInfo,
  UpdateResult,
  WorkbookPort,
  AppendRequest,
  WrittenSheet,
  rowValues,
  markerName,
  markerReference,
  placeOutput,
  dateColumns,
  sameCell,
  writableCell,
} from "../core/workbook";
import { dateFromDay, columnLetter, parseRange } from "../core/kernel";
import { cellOf, sheetCellOf } from "./excelJsCells";
import { mostCommonCurrency } from "../core/locale";
import { drawOutput } from "./xlsxOutput";
import { addCharts, chartParts, type ChartPart } from "./xlsxCharts";

/** ExcelJS, loaded when a workbook is first made: the CLI's read-only commands never need it (a fifth of a second). */
function excelJs(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("exceljs");
}

/** What ExcelJS keeps of a table it loaded (its typings do not describe it). */
interface TableModel {
  name: string;
  tableRef?: string;
  ref?: string;
  totalsRow?: boolean;
}

interface LoadedTable {
  name: string;
  sheet: ExcelJS.Worksheet;
  ref: string;
  totalsRow: boolean;
  model: TableModel & { autoFilterRef?: string };
}

/** A grid's values into a new worksheet, blank cells left empty. */
export function putValues(sheet: ExcelJS.Worksheet, rows: readonly (readonly SheetCell[])[]): void {
  rows.forEach((row, r) => row.forEach((value, c) => value !== null && (sheet.getCell(r + 1, c + 1).value = value)));
}

function sheetsWorkbook<T extends XlsxWorkbook>(
  make: new (workbook: ExcelJS.Workbook) => T,
  sheets: readonly { name: string; rows: readonly (readonly SheetCell[])[] }[],
): T {
  const workbook = new (excelJs().Workbook)();
  for (const { name, rows } of sheets) {
    putValues(workbook.addWorksheet(name), rows);
  }
  return new make(workbook);
}

export class XlsxWorkbook implements WorkbookPort {
  /** the writes in flight, one after the other: a write reads and changes the workbook in one step */
  private writes: Promise<unknown> = Promise.resolve();
  /** the charts of the sheets written, added to the file as it is saved (ExcelJS writes none) */
  private readonly charts = new Map<string, ChartPart[]>();

  constructor(readonly workbook: ExcelJS.Workbook = new (excelJs().Workbook)()) {}

  static async load<T extends XlsxWorkbook>(
    this: new (workbook: ExcelJS.Workbook) => T,
    data: ArrayBuffer | Uint8Array,
  ): Promise<T> {
    const workbook = new (excelJs().Workbook)();
    // ExcelJS's typings ask for a Node Buffer; it accepts any binary view at run time (also in the browser).
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    // A table saved with no style (as LibreOffice writes them) is kept plain; ExcelJS could not write it back.
    for (const sheet of workbook.worksheets)
      for (const { table } of sheet.getTables() as unknown as { table: { style?: object | null } }[])
        table.style ??= {};
    return new this(workbook);
  }

  /** A workbook of one sheet holding these rows as text (a CSV file, as Excel would open it with every column as text). */
  static fromRows<T extends XlsxWorkbook>(
    this: new (workbook: ExcelJS.Workbook) => T,
    sheetName: string,
    rows: readonly (readonly string[])[],
  ): T {
    return sheetsWorkbook(this, [
      { name: sheetName, rows: rows.map((r) => r.map((text) => (text === "" ? null : text))) },
    ]);
  }

  /** A workbook of these sheets' values (several files given together, read as one workbook). */
  static fromSheets<T extends XlsxWorkbook>(
    this: new (workbook: ExcelJS.Workbook) => T,
    sheets: readonly { name: string; rows: readonly (readonly SheetCell[])[] }[],
  ): T {
    return sheetsWorkbook(this, sheets);
  }

  /** The charts written on a sheet (drawn by the workbench, saved as parts of the file). */
  chartsOn(sheet: string): readonly ChartPart[] {
    return this.charts.get(sheet) ?? [];
  }

  async save(): Promise<Uint8Array<ArrayBuffer>> {
    const bytes = new Uint8Array(await this.workbook.xlsx.writeBuffer());
    return addCharts(bytes, [...this.charts.values()].flat()) as Uint8Array<ArrayBuffer>;
  }

  get date1904(): boolean {
    return Boolean(this.workbook.properties.date1904);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.workbook.worksheets.map((s) => ({ name: s.name, visible: (s.state ?? "visible") === "visible" }));
  }

  async readSheet(name: string): Promise<SheetGrid | undefined> {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) return undefined;
    const rows: SheetCell[][] = [];
    const moneyFormats: string[] = [];
    sheet.eachRow((row, r) => {
      const cells: SheetCell[] = [];
      row.eachCell((cell, c) => {
        // ExcelJS repeats a merged range's value in every cell of it; Excel keeps it in the first only.
        cells[c - 1] = cell.isMerged && cell.master !== cell ? null : sheetCellOf(cell.value);
        if (typeof cells[c - 1] === "number" && cell.numFmt) moneyFormats.push(cell.numFmt);
      });
      rows[r - 1] = Array.from(cells, (v) => v ?? null);
    });
    const currency = mostCommonCurrency(moneyFormats);
    return {
      name: sheet.name,
      rows: Array.from(rows, (r) => r ?? []),
      date1904: this.date1904,
      ...(currency ? { currency } : {}),
    };
  }

  async listTables(): Promise<TableInfo[]> {
    return this.tables().map((t) => {
      const r = parseRange(t.ref);
      return {
        name: t.name,
        sheet: t.sheet.name,
        headers: this.rowValues(t.sheet, r.top, r.left, r.right).map((h) => String(h ?? "")),
        rowCount: this.dataRows(t),
      };
    });
  }

  async tableNames(): Promise<string[]> {
    return this.tables().map((t) => t.name);
  }

  async readTable(name: string): Promise<TableData | undefined> {
    const t = this.table(name);
    return t && this.tableData(t);
  }

  writeSheet(output: SheetOutput): Promise<WrittenSheet> {
    return this.serially(() => {
      const placement = placeOutput(output, {
        sheets: this.workbook.worksheets.map((s) => s.name),
        tables: this.tables().map((t) => ({ name: t.name, sheet: t.sheet.name })),
        names: this.workbook.definedNames.model.map((n) => ({ name: n.name, reference: n.ranges[0] ?? "" })),
      });
      const was = placement.renames ?? placement.sheet;
      const previous = placement.replaces ? this.workbook.getWorksheet(was) : undefined;
      const position = previous ? this.workbook.worksheets.indexOf(previous) : -1;
      if (previous) this.workbook.removeWorksheet(previous.id);
      this.charts.delete(was);
      const sheet = this.workbook.addWorksheet(placement.sheet);
      if (position >= 0) this.moveSheet(sheet, position);
      const marker = markerName(output.id ?? output.name);
      this.workbook.definedNames.remove(markerReference(was).slice(1), marker);
      this.workbook.definedNames.add(markerReference(placement.sheet).slice(1), marker);
      drawOutput(sheet, output);
      this.charts.set(placement.sheet, chartParts(placement.sheet, output));
      return placement.note ? { sheet: placement.sheet, note: placement.note } : { sheet: placement.sheet };
    });
  }

  appendRow({
    table: name,
    keyColumn,
    reads = [],
    build,
    joins = false,
  }: AppendRequest): Promise<Record<string, OutputCell>> {
    return this.serially(() => {
      const t = this.table(name);
      if (!t) throw new Error(`the workbook has no ${name} table`);
      if (t.totalsRow) throw new Error(`the ${name} table has a totals row: remove it to add rows`);
      const data = this.tableData(t);
      const missing = [keyColumn, ...reads].find((c) => !data.headers.includes(c));
      if (missing !== undefined) throw new Error(`the ${name} table has no ${missing} column`);
      // An empty table holds one blank row (as in Excel): the first row takes it.
      const empty = data.rows.length === 1 && data.rows[0].every((v) => v === null);
      const row = build(rowValues(data.headers, empty ? [] : data.rows, [keyColumn, ...reads]));
      // As in Excel (claimedAppend): a number another row holds is not taken, unless the row joins it.
      const key = data.headers.indexOf(keyColumn);
      if (!joins && !empty && data.rows.some((r) => String(r[key]) === String(row[keyColumn])))
        throw new Error(`${keyColumn} ${String(row[keyColumn])} is taken in the ${name} table: nothing was added`);
      const r = parseRange(t.ref);
      if (!empty && !this.blankBelow(t)) this.insertRowBelow(t);
      const at = empty ? r.bottom : r.bottom + 1;
      const target = t.sheet.getRow(at);
      const dates = dateColumns(name);
      data.headers.forEach((h, i) => {
        const cell = target.getCell(r.left + i);
        const value = writableCell(row[h] ?? null, h);
        cell.value = dates.has(h) && typeof value === "number" ? dateFromDay(value) : value;
        if (!empty) cell.style = t.sheet.getRow(r.bottom).getCell(r.left + i).style; // the row above's number format
      });
      this.setExtent(t, at);
      return row;
    });
  }

  updateRow(name: string, keyColumn: KeyColumns, key: KeyValues, changes: CellChange[]): Promise<UpdateResult> {
    const { columns, values } = keyParts(keyColumn, key);
    return this.serially((): UpdateResult => {
      const t = this.table(name);
      const data = t && this.tableData(t);
      const at = data ? columns.map((c) => data.headers.indexOf(c)) : [];
      const index =
        data && !at.includes(-1) ? data.rows.findIndex((r) => at.every((i, k) => String(r[i]) === values[k])) : -1;
      if (!t || !data || index < 0 || changes.some((c) => !data.headers.includes(c.column)))
        return { ok: false, missing: true };
      const conflicts = changes
        .map((c) => ({ column: c.column, now: data.rows[index][data.headers.indexOf(c.column)] }))
        .filter((c, i) => !sameCell(c.now, changes[i].from));
      if (conflicts.length) return { ok: false, conflicts };
      const dates = dateColumns(name);
      const row = t.sheet.getRow(data.headerRow + 1 + index);
      const left = parseRange(t.ref).left;
      for (const c of changes)
        row.getCell(left + data.headers.indexOf(c.column)).value =
          dates.has(c.column) && typeof c.to === "number" ? dateFromDay(c.to) : writableCell(c.to, c.column);
      return { ok: true };
    });
  }

  rewriteColumn(name: string, column: string, rewrite: (cell: Cell) => Cell): Promise<number> {
    return this.serially(() => {
      const t = this.table(name);
      const data = t && this.tableData(t);
      const at = data ? data.headers.indexOf(column) : -1;
      if (!t || !data || at < 0) return 0;
      const left = parseRange(t.ref).left;
      let changed = 0;
      data.rows.forEach((r, i) => {
        const next = rewrite(r[at]);
        if (sameCell(r[at], next)) return;
        t.sheet.getRow(data.headerRow + 1 + i).getCell(left + at).value = writableCell(next, column);
        changed++;
      });
      return changed;
    });
  }

  /** A file has no user looking at it: there is nothing to select (the workbench shows the row itself). */
  async showRow(_table: string, _keyColumn: string, _key: string): Promise<void> {}

  /** Where a table's row sits: its sheet and 1-based sheet row, or undefined. */
  async rowAddress(name: string, keyColumn: string, key: string): Promise<{ sheet: string; row: number } | undefined> {
    const data = await this.readTable(name);
    const index = data ? data.rows.findIndex((r) => String(r[data.headers.indexOf(keyColumn)]) === key) : -1;
    return data && index >= 0 ? { sheet: data.sheet, row: data.headerRow + 1 + index } : undefined;
  }

  deleteRow(name: string, keyColumn: string, key: string): Promise<boolean> {
    return this.serially(() => {
      const t = this.table(name);
      const data = t && this.tableData(t);
      const index = data ? data.rows.findIndex((r) => String(r[data.headers.indexOf(keyColumn)]) === key) : -1;
      if (!t || !data || index < 0) return false;
      const r = parseRange(t.ref);
      if (
        this.tables().some(
          (other) => other.sheet === t.sheet && other.name !== t.name && parseRange(other.ref).top > r.bottom,
        )
      ) {
        throw new Error(`another table stands below ${name} on its sheet: rows cannot be removed here`);
      }
      // The rows below move up one; the table shrinks by the row (a table keeps one row at least).
      t.sheet.spliceRows(data.headerRow + 1 + index, 1);
      this.setExtent(t, Math.max(r.top + 1, r.bottom - 1));
      return true;
    });
  }

  /** Runs a write after those before it: each one reads what the previous ones wrote. */
  private serially<T>(write: () => T): Promise<T> {
    const done = this.writes.then(write);
    this.writes = done.catch(() => undefined);
    return done;
  }

  private table(name: string): LoadedTable | undefined {
    return this.tables().find((x) => x.name.toLowerCase() === name.toLowerCase());
  }

  private tableData(t: LoadedTable): TableData {
    const r = parseRange(t.ref);
    const rows: Cell[][] = [];
    for (let row = r.top + 1; row <= r.top + this.dataRows(t); row++)
      rows.push(this.rowValues(t.sheet, row, r.left, r.right));
    return {
      name: t.name,
      sheet: t.sheet.name,
      headers: this.rowValues(t.sheet, r.top, r.left, r.right).map((h) => String(h ?? "")),
      headerRow: r.top,
      rowCount: rows.length,
      rows,
      date1904: this.date1904,
    };
  }

  /** Whether the row under the table is free across its columns (no cell, no other table). */
  private blankBelow(t: LoadedTable): boolean {
    const r = parseRange(t.ref);
    const below = t.sheet.getRow(r.bottom + 1);
    for (let c = r.left; c <= r.right; c++)
      if (below.getCell(c).value !== null && below.getCell(c).value !== undefined) return false;
    return !this.tables().some(
      (o) => o.sheet === t.sheet && o.name !== t.name && parseRange(o.ref).top === r.bottom + 1,
    );
  }

  /** Moves everything under the table down one row, tables included, as Excel does when a table grows into content. */
  private insertRowBelow(t: LoadedTable): void {
    const bottom = parseRange(t.ref).bottom;
    const below = this.tables().filter((o) => o.sheet === t.sheet && parseRange(o.ref).top > bottom);
    t.sheet.spliceRows(bottom + 1, 0, []);
    for (const o of below) {
      const r = parseRange(o.ref);
      this.setExtent(o, r.bottom + 1, r.top + 1);
    }
  }

  /** ExcelJS writes a loaded table's extent from its model: set it there. */
  private setExtent(t: LoadedTable, bottom: number, top = parseRange(t.ref).top): void {
    const r = parseRange(t.ref);
    const ref = `${columnLetter(r.left)}${top}:${columnLetter(r.right)}${bottom}`;
    Object.assign(t.model, { tableRef: ref, autoFilterRef: ref }, t.model.tableRef === undefined ? { ref } : {});
  }

  private rowValues(sheet: ExcelJS.Worksheet, row: number, left: number, right: number): Cell[] {
    const r = sheet.getRow(row);
    const values: Cell[] = [];
    for (let c = left; c <= right; c++) values.push(cellOf(r.getCell(c).value, this.date1904));
    return values;
  }

  private tables(): LoadedTable[] {
    return this.workbook.worksheets.flatMap((sheet) =>
      (sheet.getTables() as unknown as { table: TableModel }[]).map(({ table: model }) => {
        return {
          name: model.name,
          sheet,
          ref: model.tableRef ?? model.ref ?? "A1",
          totalsRow: Boolean(model.totalsRow),
          model,
        };
      }),
    );
  }

  private dataRows(t: LoadedTable): number {
    const r = parseRange(t.ref);
    return r.bottom - r.top - (t.totalsRow ? 1 : 0);
  }

  /** ExcelJS orders sheets by an internal orderNo: renumber them to put the sheet back where it was. */
  private moveSheet(sheet: ExcelJS.Worksheet, position: number): void {
    const sheets = this.workbook.worksheets;
    sheets.splice(sheets.indexOf(sheet), 1);
    sheets.splice(position, 0, sheet);
    sheets.forEach((s, i) => ((s as unknown as { orderNo: number }).orderNo = i));
  }
}
