/**
 * The workbook port on Office.js. Each command reads or writes whole ranges with a fixed number of
 * `context.sync()` calls; only tables beyond one request's payload take one more round trip per chunk.
 */
import {
  layoutSheet,
  placeCharts,
  CHART_ROWS,
  Cell,
  CellChange,
  keyParts,
  type KeyColumns,
  type KeyValues,
  OutputCell,
  ragRules,
  SheetCell,
  SheetGrid,
  SheetInfo,
  SheetOutput,
  TableData,
  TableInfo,
  UpdateResult,
  WorkbookPort,
  OutputTable,
  AppendRequest,
  WrittenSheet,
  markerName,
  placeOutput,
  dateColumns,
  textColumns,
  sameCell,
  isDateFormat,
  numberFormat,
} from "../core/workbook";
import { dateFromDay, dayFromSerial, say, type Message, columnLetter } from "../core/kernel";
import { appendClaimed, realClock, type Clock } from "./claimedAppend";
import {
  ATTEMPTS,
  cellFormat,
  clearFilterFor,
  excelValue,
  loadDate1904,
  openTable,
  readColumns,
  removeRow,
} from "./tableRows";
import { printLayout } from "./printLayout";
import { ENVELOPE_BYTES, FIRST_READ_CELLS, jsonBytes, readInChunks, runsUnder } from "./payload";
import { mostCommonCurrency } from "../core/locale";

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A cell changed on its own: a range, a read of what it held, a format and a value, each with its envelope. */
const changeBytes = (before: Cell, after: Cell) =>
  4 * ENVELOPE_BYTES + 2 * jsonBytes(after) + jsonBytes(before) + jsonBytes("General");

export class ExcelWorkbook implements WorkbookPort {
  constructor(
    private readonly run: ExcelRunner = (batch) => Excel.run(batch),
    private readonly clock: Clock = realClock,
    /** what the admin is told of a write done another way than asked (a filter cleared to add a row) */
    private readonly notice?: (said: Message) => void,
  ) {}

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
      const date1904 = loadDate1904(context);
      await context.sync();
      if (sheet.isNullObject) return undefined; // a null object's methods are not to be relied on: ask first
      const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      const grid: SheetGrid = { name, rows: [], date1904: date1904() };
      if (used.isNullObject) return grid;
      for (let r = 0; r < used.rowIndex; r++) grid.rows.push([]);
      const lead: null[] = new Array(used.columnIndex).fill(null);
      const read = await readInChunks(
        context,
        used.rowCount,
        FIRST_READ_CELLS / 2 / Math.max(1, used.columnCount), // values and formats both travel
        (first, size) => {
          const chunk = used
            .getRow(first)
            .getResizedRange(size - 1, 0)
            .load("values,numberFormat");
          return () => chunk.values.map((values, i) => ({ values, formats: chunk.numberFormat[i] }));
        },
        (row) => jsonBytes(row.values) + jsonBytes(row.formats),
      );
      const formats: string[] = [];
      for (const { values, formats: rowFormats } of read) {
        grid.rows.push([...lead, ...values.map((v, c) => sheetCell(v, rowFormats[c], grid.date1904))]);
        values.forEach((v, c) => typeof v === "number" && formats.push(rowFormats[c]));
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
      return parts.map((p) => ({
        name: p.table.name,
        sheet: p.sheet.name,
        headers: p.header.values[0].map(String),
        rowCount: p.body.rowCount,
      }));
    });
  }

  async tableNames(): Promise<string[]> {
    return this.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      return tables.items.map((t) => t.name);
    });
  }

  async readTable(name: string): Promise<TableData | undefined> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.load("name");
      const date1904 = loadDate1904(context);
      await context.sync();
      if (table.isNullObject) return undefined;
      const header = table.getHeaderRowRange().load("values,rowIndex");
      const body = table.getDataBodyRange().load("rowCount,columnCount");
      const sheet = table.worksheet.load("name");
      await context.sync();
      const rows = await readInChunks(
        context,
        body.rowCount,
        FIRST_READ_CELLS / Math.max(1, body.columnCount),
        (first, size) => {
          const chunk = body
            .getRow(first)
            .getResizedRange(size - 1, 0)
            .load("values");
          return () => chunk.values as Cell[][];
        },
        jsonBytes,
      );
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

  async writeSheet(output: SheetOutput): Promise<WrittenSheet> {
    return this.run(async (context) => {
      const workbook = context.workbook;
      const sheets = workbook.worksheets.load("items/name");
      const tables = workbook.tables.load("items/name");
      const names = workbook.names.load("items/name,items/formula");
      const date1904 = loadDate1904(context);
      await context.sync();
      const owners = tables.items.map((t) => ({ table: t, sheet: t.worksheet.load("name") }));
      // Charts belong to a sheet, not its cells: a sheet written again has its old ones taken away.
      const charts = new Map(sheets.items.map((s) => [s.name, s.charts.load("items/name")]));
      await context.sync();
      const placement = placeOutput(output, {
        sheets: sheets.items.map((s) => s.name),
        tables: owners.map((o) => ({ name: o.table.name, sheet: o.sheet.name })),
        names: names.items.map((n) => ({ name: n.name, reference: String(n.formula) })),
      });
      const was = placement.renames ?? placement.sheet;
      for (const { table, sheet: s } of owners) if (s.name === was) table.delete();
      const target = placement.replaces ? workbook.worksheets.getItem(was) : workbook.worksheets.add(placement.sheet);
      if (placement.renames) target.name = placement.sheet;
      if (placement.replaces) charts.get(was)?.items.forEach((chart) => chart.delete());
      // Excel compares names without regard to case: the marker is found however it is written
      const id = markerName(output.id ?? output.name);
      const marker = names.items.find((n) => n.name.toLowerCase() === id.toLowerCase());
      if (marker) workbook.names.getItem(marker.name).delete();
      workbook.names.add(id, target.getRange("A1"));
      target.getRange().clear();
      if (output.title) {
        const title = target.getRange("A1");
        title.values = [[excelValue(output.title, "", false, false)]];
        title.format.font.bold = true;
        title.format.font.size = 14;
      }
      const placed = layoutSheet(output);
      for (const { table, headerRow } of placed) {
        await this.writeTable(context, target, table, headerRow, date1904(), output.currency);
      }
      for (const at of placeCharts(output)) {
        const data = target.getRange(
          `${columnLetter(at.from)}${at.headerRow}:${columnLetter(at.to)}${at.headerRow + at.rows}`,
        );
        const drawn = target.charts.add("ColumnClustered", data, "Columns");
        drawn.title.text = at.chart.title;
        drawn.setPosition(
          `${columnLetter(at.column)}${at.top}`,
          `${columnLetter(at.column + 8)}${at.top + CHART_ROWS}`,
        );
      }
      target.getUsedRange().format.autofitColumns();
      const fitted = output.print ? printLayout(target, output.print) : undefined;
      await context.sync();
      if (fitted?.()) await context.sync();
      return placement.note ? { sheet: placement.sheet, note: placement.note } : { sheet: placement.sheet };
    });
  }

  /** See claimedAppend.ts: claimed, numbered once the claims above are settled, checked after writing. Four round trips when nobody else writes. */
  async appendRow(request: AppendRequest): Promise<Record<string, OutputCell>> {
    return this.run((context) => appendClaimed(context, request, this.clock, this.notice));
  }

  /** Finds the row by its key, then changes it in one round trip that also reads what it held: a moved row is put back and looked for again. */
  async updateRow(name: string, keyColumn: KeyColumns, key: KeyValues, changes: CellChange[]): Promise<UpdateResult> {
    const { columns, values } = keyParts(keyColumn, key);
    return this.run(async (context) => {
      const found = await openTable(context, name, true);
      if (!found) return { ok: false, missing: true };
      const { table, headers, rowCount, date1904 } = found;
      const keyAt = columns.map((c) => headers.indexOf(c));
      if (keyAt.includes(-1) || changes.some((c) => !headers.includes(c.column))) return { ok: false, missing: true };
      const holdsKey = (row: readonly Cell[]) => keyAt.every((i, k) => String(row[i]) === values[k]);
      const dates = dateColumns(name);
      const texts = textColumns(name);
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const keys = await readColumns(context, table, [...columns], rowCount);
        const index = keys[0].findIndex((_, r) => keys.every((column, k) => String(column[r]) === values[k]));
        if (index < 0) return { ok: false, missing: true };
        const range = table.getDataBodyRange().getRow(index);
        const before = range.load("values,formulas");
        for (const c of changes) {
          const cell = table.getDataBodyRange().getCell(index, headers.indexOf(c.column));
          const format = cellFormat(c.to, texts.has(c.column));
          if (format) cell.numberFormat = [[format]]; // text stays text, however it looks
          cell.values = [[excelValue(c.to, c.column, dates.has(c.column), date1904)]];
        }
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a bounded retry after a co-author's move, not a sync per item
        await context.sync();
        const held = before.values[0].map((v) => (v === "" ? null : (v as Cell)));
        const conflicts = changes
          .map((c) => ({ column: c.column, now: held[headers.indexOf(c.column)] }))
          .filter((c, i) => !sameCell(c.now, changes[i].from));
        if (holdsKey(held) && conflicts.length === 0) return { ok: true };
        range.formulas = before.formulas; // not the row meant, or changed meanwhile: undo
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a bounded retry after a co-author's move, not a sync per item
        await context.sync();
        if (holdsKey(held)) return { ok: false, conflicts };
      }
      return { ok: false, conflicts: [{ column: columns[0], now: values[0] }] };
    });
  }

  /**
   * Writes only the cells that change, each with what it held read in the same round trip (a cell
   * changed meanwhile is put back and read again), as many cells a round trip as the payload budget holds.
   */
  async rewriteColumn(name: string, column: string, rewrite: (cell: Cell) => Cell): Promise<number> {
    return this.run(async (context) => {
      const found = await openTable(context, name, true);
      if (!found || !found.headers.includes(column)) return 0;
      const { table, rowCount } = found;
      const asText = textColumns(name).has(column);
      let changed = 0;
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const [cells] = await readColumns(context, table, [column], rowCount);
        const todo = cells.flatMap((cell, i) => (sameCell(cell, rewrite(cell)) ? [] : [i]));
        if (todo.length === 0) return changed;
        let moved = 0;
        for (const run of runsUnder(todo, (i) => changeBytes(cells[i], rewrite(cells[i])))) {
          const body = table.columns.getItem(column).getDataBodyRange();
          const writes = run.map((i) => {
            const target = body.getCell(i, 0);
            const before = target.load("values");
            const format = cellFormat(rewrite(cells[i]), asText);
            if (format) target.numberFormat = [[format]];
            // eslint-disable-next-line office-addins/call-sync-after-load -- a write queued after the read it is checked against, not a read
            target.values = [[excelValue(rewrite(cells[i]), column, false, false)]];
            return { cell: cells[i], target, before };
          });
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk of changes, under the payload limit
          await context.sync();
          const back = writes.filter(
            (w) => !sameCell(w.before.values[0][0] === "" ? null : (w.before.values[0][0] as Cell), w.cell),
          );
          for (const w of back) w.target.values = [[w.before.values[0][0] as string | number | boolean]];
          changed += writes.length - back.length;
          moved += back.length;
        }
        if (moved === 0) return changed;
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a bounded retry after a co-author's move, not a sync per item
        await context.sync();
      }
      return changed;
    });
  }

  async showRow(name: string, keyColumn: string, key: string): Promise<void> {
    await this.run(async (context) => {
      const found = await openTable(context, name, true);
      if (!found || !found.headers.includes(keyColumn)) return;
      const [keys] = await readColumns(context, found.table, [keyColumn], found.rowCount);
      const index = keys.findIndex((k) => String(k) === key);
      if (index < 0) return;
      found.table.getDataBodyRange().getRow(index).select();
      await context.sync();
    });
  }

  async deleteRow(name: string, keyColumn: string, key: string): Promise<boolean> {
    return this.run(async (context) => {
      const found = await openTable(context, name, true);
      if (!found || !found.headers.includes(keyColumn)) return false;
      if (clearFilterFor(found)) this.notice?.(say("excel.filterCleared", { table: name }));
      return removeRow(context, found.table, keyColumn, found.headers.indexOf(keyColumn), key);
    });
  }

  /** Values and formats in runs of rows under the payload budget (one request each beyond the first), then the table over them. */
  private async writeTable(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    table: OutputTable,
    headerRow: number,
    date1904: boolean,
    currency?: string,
  ) {
    const width = table.columns.length;
    const last = columnLetter(width);
    const rows = table.rows.length ? table.rows : [table.columns.map(() => null)];
    const formats = table.columns.map((c) => numberFormat(c.format ?? "text", currency));
    const isDate = table.columns.map((c) => c.format === "date");
    sheet.getRange(`A${headerRow}:${last}${headerRow}`).values = [
      table.columns.map((c) => excelValue(c.header, "", false, date1904)),
    ];
    const written = rows.map((r) => ({
      formats: r.map((v, i) => (formats[i] === "@" ? cellFormat(v, true) : formats[i])),
      values: r.map((v, i) => excelValue(v, table.columns[i].header, isDate[i], date1904)),
    }));
    let top = headerRow + 1;
    for (const [n, run] of runsUnder(written, (row) => jsonBytes(row.formats) + jsonBytes(row.values)).entries()) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk, under the payload limit
      if (n > 0) await context.sync();
      const range = sheet.getRange(`A${top}:${last}${top + run.length - 1}`);
      range.numberFormat = run.map((row) => row.formats);
      range.values = run.map((row) => row.values);
      top += run.length;
    }
    table.columns.forEach((c, i) => {
      if (!c.rag) return;
      const letter = columnLetter(i + 1);
      const cells = sheet.getRange(`${letter}${headerRow + 1}:${letter}${headerRow + rows.length}`);
      for (const [text, colour] of ragRules(c.rag)) {
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
