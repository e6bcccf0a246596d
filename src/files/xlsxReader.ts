/**
 * A fast, read-only .xlsx reader (the CLI's, and the tests'): the sheet XML is inflated in chunks by
 * the platform's inflater and scanned cell by cell without a DOM or an ExcelJS model (on worker
 * threads where the platform has them), shared strings kept once, styles read only as far as telling
 * dates and currencies apart. Rows come from the cells that exist, never from a declared dimension or a table's claimed
 * extent, so a 268 KB file that claims a million rows reads as the rows it has. Memory is bounded by
 * the cells kept; past MAX_CELLS the file is refused with words that say what to do.
 */
import type { Cell, ReadPort, SheetCell, SheetGrid, SheetInfo, TableData, TableInfo } from "../core/workbook";
import { dayFromDate, dayFromSerial, serialFromDay, parseRange } from "../core/kernel";
import { UnreadableFile } from "./unreadableFile";
import { entryText, unzipped, webInflate, zippedEntry, zipEntries, type Inflate, type ZipEntry } from "./zipEntries";
import { attribute, decode } from "./sheetXml";
import { CellKind, scanSheetXml, type CellBatch, type SheetScan } from "./cellBatches";
import { cellStyles, relationships, sharedStrings, tableEntry, type Style, type TableEntry } from "./workbookParts";

/** Cells kept at most (about 2 GB of memory for the import beyond): a bigger sheet is refused, not a crash. */
export const MAX_CELLS = 40_000_000;

/** How the platform reads: its inflater, how (and on which thread) a sheet is scanned, and the cells it keeps at most. */
export interface Reading {
  inflate: Inflate;
  scan: SheetScan;
  maxCells: number;
}

interface SheetEntry {
  name: string;
  path: string;
  visible: boolean;
  tables: TableEntry[];
}

/** How a parsed sheet holds dates: as Dates (the grids the import reads) or as the workbook's serials (the port's tables). */
type Dates = "dates" | "serials";

interface ParsedSheet {
  rows: SheetCell[][];
  /** the currency most numeric cells show, where any does */
  currency?: string;
}

const MS_PER_DAY = 86_400_000;

export class XlsxReader implements ReadPort {
  /** parsed sheets, by name and by how dates come (as Dates for grids, as serials for tables) */
  private readonly parsed = new Map<string, Promise<ParsedSheet>>();

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: Map<string, ZipEntry>,
    private readonly sheets: SheetEntry[],
    /** read while the first sheets are scanned */
    private readonly strings: Promise<string[]>,
    private readonly styles: Style[],
    readonly date1904: boolean,
    private readonly name: string,
    private readonly reading: Reading,
  ) {}

  static async open(bytes: Uint8Array, name = "the workbook", how: Partial<Reading> = {}): Promise<XlsxReader> {
    const inflate = how.inflate ?? webInflate;
    const reading: Reading = {
      inflate,
      scan: (sheet, dateStyles) => scanSheetXml(unzipped(sheet, inflate), dateStyles),
      maxCells: MAX_CELLS,
      ...how,
    };
    const entries = zipEntries(bytes, name);
    const text = (path: string) => entryText(bytes, entries.get(path), inflate);
    const workbook = await text("xl/workbook.xml");
    if (!workbook) throw new UnreadableFile(`${name} is not a readable .xlsx workbook (it has no xl/workbook.xml)`);
    const rels = relationships(await text("xl/_rels/workbook.xml.rels"), "xl/");
    const sheets = await Promise.all(
      [...workbook.matchAll(/<sheet\b([^>]*)\/?>/g)].map(async ([, attrs]): Promise<SheetEntry> => {
        const path = rels.get(attribute(attrs, "r:id") ?? "") ?? "";
        const sheetRels = relationships(
          await text(path.replace(/([^/]+)$/, "_rels/$1.rels")),
          path.replace(/[^/]+$/, ""),
        );
        const tablePaths = [...sheetRels.values()].filter((p) => /tables\/[^/]+\.xml$/.test(p));
        const tables = await Promise.all(tablePaths.map(async (p) => tableEntry(await text(p))));
        return {
          name: decode(attribute(attrs, "name") ?? ""),
          path,
          visible: (attribute(attrs, "state") ?? "visible") === "visible",
          tables,
        };
      }),
    );
    const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook);
    const strings = text("xl/sharedStrings.xml").then(sharedStrings);
    strings.catch(() => undefined); // awaited by each sheet read; not an unhandled rejection meanwhile
    const styles = cellStyles(await text("xl/styles.xml"));
    return new XlsxReader(bytes, entries, sheets, strings, styles, date1904, name, reading);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map((s) => ({ name: s.name, visible: s.visible }));
  }

  async readSheet(name: string): Promise<SheetGrid | undefined> {
    const entry = this.sheets.find((s) => s.name === name);
    if (!entry) return undefined;
    const sheet = await this.sheet(entry, "dates");
    return {
      name: entry.name,
      rows: sheet.rows,
      date1904: this.date1904,
      ...(sheet.currency ? { currency: sheet.currency } : {}),
    };
  }

  async listTables(): Promise<TableInfo[]> {
    return Promise.all(
      this.sheets.flatMap((s) =>
        s.tables.map(async (t) => {
          const { headers, first, last } = this.tableShape(t, await this.sheet(s, "serials"));
          return { name: t.name, sheet: s.name, headers, rowCount: Math.max(0, last - first + 1) };
        }),
      ),
    );
  }

  async tableNames(): Promise<string[]> {
    return this.sheets.flatMap((s) => s.tables.map((t) => t.name));
  }

  async readTable(name: string): Promise<TableData | undefined> {
    for (const s of this.sheets) {
      const t = s.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (t) return this.tableData(s, t);
    }
    return undefined;
  }

  private async tableData(s: SheetEntry, t: TableEntry): Promise<TableData> {
    const { left, right } = parseRange(t.ref);
    // A sheet that is this table alone, from column A, not parsed yet, is parsed into rows as wide as
    // the table, which the table keeps as they are: no copy per row (a copy is what reading spends most on).
    const owned = s.tables.length === 1 && left === 1 && !this.parsed.has(`serials ${s.name}`);
    const sheet = owned ? await this.parse(s, "serials", right) : await this.sheet(s, "serials");
    const { headers, headerRow, first, last, cells } = this.tableShape(t, sheet, owned);
    const data: Cell[][] = [];
    for (let row = first; row <= last; row++) data.push(cells(row));
    return {
      name: t.name,
      sheet: s.name,
      headers,
      headerRow,
      rowCount: data.length,
      rows: data,
      date1904: this.date1904,
    };
  }

  /** Where a table's rows are on its sheet, its headers, and a row's cells within the table's columns. */
  private tableShape(t: TableEntry, sheet: ParsedSheet, owned = false) {
    const rows = sheet.rows as Cell[][];
    const r = parseRange(t.ref);
    const cells = (row: number) => {
      const values = rows[row - 1] ?? [];
      if (owned && values.length === r.right) return values;
      const out: Cell[] = new Array(r.right - r.left + 1);
      for (let c = r.left; c <= r.right; c++) out[c - r.left] = values[c - 1] ?? null;
      return out;
    };
    const header = t.headerRows > 0 ? cells(r.top) : [];
    const headers = t.columns.map((name, i) =>
      header[i] === null || header[i] === undefined ? name : String(header[i]),
    );
    // The rows the table has, not the ones its range claims: its last is the sheet's last row with cells.
    return {
      headers,
      headerRow: r.top,
      first: r.top + t.headerRows,
      last: Math.min(r.bottom - t.totalsRows, rows.length),
      cells,
    };
  }

  private sheet(entry: SheetEntry, dates: Dates): Promise<ParsedSheet> {
    const key = `${dates} ${entry.name}`;
    let sheet = this.parsed.get(key);
    if (!sheet) {
      sheet = this.parse(entry, dates);
      this.parsed.set(key, sheet);
    }
    return sheet;
  }

  /** The sheet's cells as the scan hands them over; a sheet the scan cannot finish is named in the error. */
  private async parse(entry: SheetEntry, dates: Dates, width = 0): Promise<ParsedSheet> {
    try {
      return await this.layOut(entry, dates, width);
    } catch (error) {
      if (error instanceof UnreadableFile && !error.message.startsWith(this.name))
        throw new UnreadableFile(`${this.name}: sheet ${entry.name} ${error.message}`);
      throw error;
    }
  }

  /** The sheet's cells as the scan hands them over, laid into rows (made `width` wide from the start where given). */
  private async layOut(entry: SheetEntry, dates: Dates, width: number): Promise<ParsedSheet> {
    const zipped = this.entries.get(entry.path);
    if (!zipped) throw new UnreadableFile(`${this.name}: sheet ${entry.name} is missing from the file`);
    const rows: SheetCell[][] = [];
    let kept = 0;
    let numbersByStyle: number[] = [];
    const dateStyles = this.styles.map((s) => s.date);
    let strings: string[] | undefined;
    for await (const batch of this.reading.scan(zippedEntry(this.bytes, zipped), dateStyles)) {
      // Awaited once the scan is under way: on worker threads, the shared strings are read meanwhile.
      strings ??= await this.strings;
      for (let i = 0; i < batch.count; i++) {
        const cell = this.cellOf(batch, i, dates, strings);
        if (cell === null) continue;
        if (++kept > this.reading.maxCells) this.tooBig(entry.name);
        const row = batch.rows[i];
        if (!width && rows.length < row && rows.length > 0) rows[rows.length - 1] = rows[rows.length - 1].slice(); // no spare capacity kept per row
        while (rows.length < row) rows.push(width ? new Array<SheetCell>(width).fill(null) : []);
        const cells = rows[row - 1];
        const column = batch.columns[i];
        while (cells.length < column - 1) cells.push(null);
        cells[column - 1] = cell;
      }
      numbersByStyle = batch.numbersByStyle ?? numbersByStyle;
    }
    const byCurrency = new Map<string, number>();
    for (const [style, count] of numbersByStyle.entries()) {
      const code = this.styles[style]?.currency;
      if (code) byCurrency.set(code, (byCurrency.get(code) ?? 0) + count);
    }
    const currency = [...byCurrency].sort((a, b) => b[1] - a[1])[0]?.[0];
    return currency ? { rows, currency } : { rows };
  }

  /** Cell i of a batch as the port's value: shared strings looked up, dates as asked. */
  private cellOf(batch: CellBatch, i: number, dates: Dates, strings: string[]): SheetCell {
    const value = batch.values[i];
    switch (batch.kinds[i]) {
      case CellKind.Number:
        return value;
      case CellKind.Serial:
        return dates === "serials" ? value : (serialDate(value, this.date1904) ?? value);
      case CellKind.Shared: {
        const text = strings[value] ?? "";
        return text === "" ? null : text;
      }
      case CellKind.Boolean:
        return value === 1;
      case CellKind.IsoDate: {
        const date = new Date(batch.texts[value]);
        return dates === "dates" ? date : this.serialOf(date);
      }
      default:
        return batch.texts[value];
    }
  }

  /** A date as the workbook's serial, with its time of day. */
  private serialOf(date: Date): number {
    const ms = date.getTime();
    return (
      serialFromDay(dayFromDate(date), this.date1904) + (ms - Math.floor(ms / MS_PER_DAY) * MS_PER_DAY) / MS_PER_DAY
    );
  }

  private tooBig(sheet: string): never {
    throw new UnreadableFile(
      `${this.name}: sheet ${sheet} holds more than ${this.reading.maxCells.toLocaleString("en")} cells, more than fits in memory here: split it into several sheets or files`,
    );
  }
}

/** A serial in the workbook's date system as the Date of that day (UTC midnight) plus the time of day. */
function serialDate(serial: number, date1904: boolean): Date | undefined {
  const whole = Math.floor(serial);
  const day = dayFromSerial(whole, date1904);
  return day === undefined ? undefined : new Date(day * MS_PER_DAY + Math.round((serial - whole) * MS_PER_DAY));
}
