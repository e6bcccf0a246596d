/**
 * The workbook port on Office.js. Each command reads or writes whole ranges with a fixed number of
 * `context.sync()` calls; only tables beyond one request's payload take one more round trip per chunk.
 */
import {
  layoutSheet,
  Cell,
  CellChange,
  OutputCell,
  RAG_COLOURS,
  SheetCell,
  SheetGrid,
  SheetInfo,
  SheetOutput,
  TableData,
  TableInfo,
  UpdateResult,
  WorkbookPort,
  OutputTable,
} from "../core/workbook/port";
import { dateColumns } from "../core/workbook/contract";
import { sameCell } from "../core/workbook/cells";
import { dateFromDay, dayFromSerial, serialFromDay } from "../core/kernel/dates";
import { columnLetter } from "../core/kernel/a1";
import { isDateFormat, numberFormat } from "../core/workbook/formats";
import { looksLikeFormula } from "../core/kernel/csv";
import { mostCommonCurrency } from "../core/locale/localeValues";

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Cells per request: well under Excel on the web's ~5 MB payload limit even for long texts. */
export const CELLS_PER_REQUEST = 100_000;

export class ExcelWorkbook implements WorkbookPort {
  constructor(private readonly run: ExcelRunner = (batch) => Excel.run(batch)) {}

  async listSheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.map((s) => ({ name: s.name, visible: s.visibility === "Visible" }));
    });
  }

  /** The used range with its number formats (to tell dates from numbers), in row chunks like readTable. */
  async readSheet(name: string): Promise<SheetGrid | undefined> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name).load("name");
      const date1904 = this.loadDate1904(context);
      await context.sync();
      if (sheet.isNullObject) return undefined; // a null object's methods are not to be relied on: ask first
      const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      const grid: SheetGrid = { name, rows: [], date1904: date1904() };
      if (used.isNullObject) return grid;
      for (let r = 0; r < used.rowIndex; r++) grid.rows.push([]);
      const lead: null[] = new Array(used.columnIndex).fill(null);
      const formats: string[] = [];
      // Values and formats both travel: half the cells per request.
      const rowsPerRequest = Math.max(1, Math.floor(CELLS_PER_REQUEST / 2 / Math.max(1, used.columnCount)));
      for (let first = 0; first < used.rowCount; first += rowsPerRequest) {
        const chunk = used
          .getRow(first)
          .getResizedRange(Math.min(rowsPerRequest, used.rowCount - first) - 1, 0)
          .load("values,numberFormat");
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk, under the payload limit
        await context.sync();
        chunk.values.forEach((row, i) => grid.rows.push([...lead, ...row.map((v, c) => sheetCell(v, chunk.numberFormat[i][c], grid.date1904))]));
        chunk.values.forEach((row, i) => row.forEach((v, c) => typeof v === "number" && formats.push(chunk.numberFormat[i][c])));
      }
      const currency = mostCommonCurrency(formats);
      return currency ? { ...grid, currency } : grid;
    });
  }

  async listTables(): Promise<TableInfo[]> {
    return this.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      const parts = tables.items.map((table) => ({
        table,
        sheet: table.worksheet.load("name"),
        header: table.getHeaderRowRange().load("values"),
        body: table.getDataBodyRange().load("rowCount"),
      }));
      await context.sync();
      return parts.map((p) => ({ name: p.table.name, sheet: p.sheet.name, headers: p.header.values[0].map(String), rowCount: p.body.rowCount }));
    });
  }

  async readTable(name: string): Promise<TableData | undefined> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.load("name");
      const date1904 = this.loadDate1904(context);
      await context.sync();
      if (table.isNullObject) return undefined;
      const header = table.getHeaderRowRange().load("values,rowIndex");
      const body = table.getDataBodyRange().load("rowCount,columnCount");
      const sheet = table.worksheet.load("name");
      await context.sync();
      const rowsPerRequest = Math.max(1, Math.floor(CELLS_PER_REQUEST / Math.max(1, body.columnCount)));
      const rows: Cell[][] = [];
      for (let first = 0; first < body.rowCount; first += rowsPerRequest) {
        const chunk = body
          .getRow(first)
          .getResizedRange(Math.min(rowsPerRequest, body.rowCount - first) - 1, 0)
          .load("values");
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk, under the payload limit
        await context.sync();
        rows.push(...(chunk.values as Cell[][]));
      }
      return {
        name: table.name,
        sheet: sheet.name,
        headers: header.values[0].map(String),
        headerRow: header.rowIndex + 1,
        rowCount: rows.length,
        rows: rows.map((r) => r.map((v) => (v === "" ? null : v))),
        date1904: date1904(),
      };
    });
  }

  async writeSheet(output: SheetOutput): Promise<void> {
    await this.run(async (context) => {
      const workbook = context.workbook;
      const sheet = workbook.worksheets.getItemOrNullObject(output.name);
      const tables = workbook.tables.load("items/name");
      const date1904 = this.loadDate1904(context);
      await context.sync();
      const owners = tables.items.map((t) => ({ table: t, sheet: t.worksheet.load("name") }));
      await context.sync();
      for (const { table, sheet: s } of owners) {
        const clash = output.tables.find((o) => o.name.toLowerCase() === table.name.toLowerCase());
        if (clash && s.name !== output.name) throw new Error(`a table named ${table.name} already exists on sheet ${s.name}: rename it first`);
        if (s.name === output.name) table.delete();
      }
      const target = sheet.isNullObject ? workbook.worksheets.add(output.name) : sheet;
      target.getRange().clear();
      if (output.title) {
        const title = target.getRange("A1");
        title.values = [[excelValue(output.title, false, false)]];
        title.format.font.bold = true;
        title.format.font.size = 14;
      }
      const placed = layoutSheet(output);
      for (const { table, headerRow } of placed) {
        await this.writeTable(context, target, table, headerRow, date1904(), output.currency);
      }
      const chartColumn = columnLetter(Math.max(...output.tables.map((t) => t.columns.length)) + 2);
      for (const chart of output.charts ?? []) {
        const at = placed.find((p) => p.table.name === chart.table);
        if (!at) continue;
        const headers = at.table.columns.map((c) => c.header);
        const [from, to] = [headers.indexOf(chart.from) + 1, headers.indexOf(chart.to) + 1];
        const data = target.getRange(`${columnLetter(from)}${at.headerRow}:${columnLetter(to)}${at.headerRow + Math.max(1, at.table.rows.length)}`);
        const drawn = target.charts.add("ColumnClustered", data, "Columns");
        drawn.title.text = chart.title;
        drawn.setPosition(`${chartColumn}${at.headerRow}`);
      }
      target.getUsedRange().format.autofitColumns();
      await context.sync();
    });
  }

  /**
   * Three round trips: the table, its header and key column as they are now, then the row added. The
   * keys are read in the same Excel.run as the write, so the row's number is taken from the log as
   * it stands, not from what the pane read earlier.
   */
  async appendRow(name: string, keyColumn: string, build: (keys: Cell[]) => Record<string, OutputCell>): Promise<Record<string, OutputCell>> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name).load("name");
      const date1904 = this.loadDate1904(context);
      await context.sync();
      if (table.isNullObject) throw new Error(`the workbook has no ${name} table`);
      const header = table.getHeaderRowRange().load("values");
      const keys = table.getDataBodyRange().load("values,columnCount");
      await context.sync();
      const headers = header.values[0].map(String);
      const at = headers.indexOf(keyColumn);
      if (at < 0) throw new Error(`the ${name} table has no ${keyColumn} column`);
      const row = build(keys.values.map((r) => (r[at] === "" ? null : (r[at] as Cell))));
      const dates = dateColumns(name);
      table.rows.add(undefined, [headers.map((h) => excelValue(row[h], dates.has(h), date1904()))]);
      await context.sync();
      return row;
    });
  }

  /** Reads the key column to find the row, then the row itself, and writes only the changed cells. */
  async updateRow(name: string, keyColumn: string, key: string, changes: CellChange[]): Promise<UpdateResult> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name).load("name");
      const date1904 = this.loadDate1904(context);
      await context.sync();
      if (table.isNullObject) return { ok: false, missing: true };
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("values");
      await context.sync();
      const headers = header.values[0].map(String);
      const index = body.values.findIndex((r) => String(r[headers.indexOf(keyColumn)]) === key);
      if (index < 0 || changes.some((c) => !headers.includes(c.column))) return { ok: false, missing: true };
      const current = body.values[index];
      const conflicts = changes
        .map((c) => ({ column: c.column, now: (current[headers.indexOf(c.column)] === "" ? null : current[headers.indexOf(c.column)]) as Cell }))
        .filter((c, i) => !sameCell(c.now, changes[i].from));
      if (conflicts.length) return { ok: false, conflicts };
      const dates = dateColumns(name);
      for (const c of changes) body.getCell(index, headers.indexOf(c.column)).values = [[excelValue(c.to, dates.has(c.column), date1904())]];
      await context.sync();
      return { ok: true };
    });
  }

  async rewriteColumn(name: string, column: string, rewrite: (cell: Cell) => Cell): Promise<number> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name).load("name");
      await context.sync();
      if (table.isNullObject) return 0;
      const body = table.columns.getItem(column).getDataBodyRange().load("values");
      await context.sync();
      let changed = 0;
      const values = body.values.map(([v]) => {
        const cell = v === "" ? null : (v as Cell);
        const next = rewrite(cell);
        if (!sameCell(cell, next)) changed++;
        return [excelValue(next, false, false)];
      });
      if (changed > 0) {
        body.values = values;
        await context.sync();
      }
      return changed;
    });
  }

  async showRow(name: string, keyColumn: string, key: string): Promise<void> {
    await this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name).load("name");
      await context.sync();
      if (table.isNullObject) return;
      const keys = table.columns.getItem(keyColumn).getDataBodyRange().load("values");
      await context.sync();
      const index = keys.values.findIndex(([v]) => String(v) === key);
      if (index < 0) return;
      table.getDataBodyRange().getRow(index).select();
      await context.sync();
    });
  }

  async deleteRow(name: string, keyColumn: string, key: string): Promise<boolean> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name).load("name");
      await context.sync();
      if (table.isNullObject) return false;
      const keys = table.columns.getItem(keyColumn).getDataBodyRange().load("values");
      await context.sync();
      const index = keys.values.findIndex(([v]) => String(v) === key);
      if (index < 0) return false;
      table.rows.getItemAt(index).delete();
      await context.sync();
      return true;
    });
  }

  /** Values and formats in row chunks (one request each beyond the first), then the table over them. */
  private async writeTable(context: Excel.RequestContext, sheet: Excel.Worksheet, table: OutputTable, headerRow: number, date1904: boolean, currency?: string) {
    const width = table.columns.length;
    const last = columnLetter(width);
    const rows = table.rows.length ? table.rows : [table.columns.map(() => null)];
    const formats = table.columns.map((c) => numberFormat(c.format ?? "text", currency));
    const isDate = table.columns.map((c) => c.format === "date");
    sheet.getRange(`A${headerRow}:${last}${headerRow}`).values = [table.columns.map((c) => excelValue(c.header, false, date1904))];
    const rowsPerRequest = Math.max(1, Math.floor(CELLS_PER_REQUEST / width));
    for (let first = 0; first < rows.length; first += rowsPerRequest) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk, under the payload limit
      if (first > 0) await context.sync();
      const chunk = rows.slice(first, first + rowsPerRequest);
      const top = headerRow + 1 + first;
      const range = sheet.getRange(`A${top}:${last}${top + chunk.length - 1}`);
      range.numberFormat = chunk.map(() => formats);
      range.values = chunk.map((r) => r.map((v, i) => excelValue(v, isDate[i], date1904)));
    }
    table.columns.forEach((c, i) => {
      if (!c.rag) return;
      const letter = columnLetter(i + 1);
      const cells = sheet.getRange(`${letter}${headerRow + 1}:${letter}${headerRow + rows.length}`);
      for (const [text, colour] of Object.entries(RAG_COLOURS)) {
        // eslint-disable-next-line office-addins/load-object-before-read -- a navigation to set the rule on, not a read
        const rule = cells.conditionalFormats.add("ContainsText").textComparison;
        rule.format.fill.color = colour;
        rule.rule = { operator: "Contains", text };
      }
    });
    context.application.suspendApiCalculationUntilNextSync();
    const added = sheet.tables.add(`A${headerRow}:${last}${headerRow + rows.length}`, true);
    added.name = table.name;
    added.style = "TableStyleMedium2";
  }

  /**
   * Office.js does not expose the date system, but the worksheet function DATE(1904,1,1) answers it:
   * serial 0 in a 1904 workbook, 1462 in a 1900 one. Valid after the next sync.
   */
  private loadDate1904(context: Excel.RequestContext): () => boolean {
    const probe = context.workbook.functions.date(1904, 1, 1).load("value");
    return () => probe.value === 0;
  }
}

/** Office.js gives dates as serial numbers: the number format says which numbers are dates. */
function sheetCell(value: unknown, format: unknown, date1904: boolean): SheetCell {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" && typeof format === "string" && isDateFormat(format)) {
    const day = dayFromSerial(value, date1904);
    return day === undefined ? value : dateFromDay(day);
  }
  return value as Cell;
}

/** A value to write into a table cell: Days as serials in date columns; text that Excel would take for a formula stays text. */
/**
 * A value as Excel is to hold it: a Day in a date column as its serial, and a text Excel would read as
 * a formula ("=HYPERLINK(…)", "+34…", "@SUM") behind an apostrophe, so that it stays the text it was.
 * Every cell this adapter writes goes through here.
 */
function excelValue(value: OutputCell | undefined, isDate: boolean, date1904: boolean): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (isDate && typeof value === "number") return serialFromDay(value, date1904);
  return typeof value === "string" && looksLikeFormula(value) ? `'${value}` : value;
}
