/**
 * A fast, read-only .xlsx reader (the CLI's, and the tests'): the sheet XML is inflated in chunks by
 * the platform's inflater and scanned cell by cell without a DOM or an ExcelJS model, shared strings
 * kept once, styles read only as far as telling dates and currencies apart. Rows come from the cells that exist, never from a declared dimension or a table's claimed
 * extent, so a 268 KB file that claims a million rows reads as the rows it has. Memory is bounded by
 * the cells kept; past MAX_CELLS the file is refused with words that say what to do.
 */
import type { Cell, ReadPort, SheetCell, SheetGrid, SheetInfo, TableData, TableInfo } from "../core/workbook/port";
import { dayFromDate, dayFromSerial, serialFromDay } from "../core/kernel/dates";
import { parseRange } from "../core/kernel/a1";
import { UnreadableFile } from "./unreadableFile";
import { entryChunks, entryText, Inflate, webInflate, ZipEntry, zipEntries } from "./zipEntries";
import { BOOLEAN, CellScanner, decode, INLINE, ISO_DATE, numberAt, NUMBER, own, SHARED, texts, attribute } from "./sheetXml";
import { cellStyles, relationships, sharedStrings, tableEntry, type Style, type TableEntry } from "./workbookParts";

/** Cells kept at most (about 2 GB of memory for the import beyond): a bigger sheet is refused, not a crash. */
export const MAX_CELLS = 40_000_000;

interface SheetEntry {
  name: string;
  path: string;
  visible: boolean;
  tables: TableEntry[];
}

interface ParsedSheet {
  rows: SheetCell[][];
  /** the currency most numeric cells show, where any does */
  currency?: string;
}

const MS_PER_DAY = 86_400_000;
const DECODE_BYTES = 64 * 1024;

export class XlsxReader implements ReadPort {
  private readonly parsed = new Map<string, Promise<ParsedSheet>>();

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: Map<string, ZipEntry>,
    private readonly sheets: SheetEntry[],
    private readonly strings: string[],
    private readonly styles: Style[],
    readonly date1904: boolean,
    private readonly name: string,
    private readonly inflate: Inflate,
    private readonly maxCells: number,
  ) {}

  static async open(bytes: Uint8Array, name = "the workbook", inflate: Inflate = webInflate, maxCells = MAX_CELLS): Promise<XlsxReader> {
    const entries = zipEntries(bytes, name);
    const text = (path: string) => entryText(bytes, entries.get(path), inflate);
    const workbook = await text("xl/workbook.xml");
    if (!workbook) throw new UnreadableFile(`${name} is not a readable .xlsx workbook (it has no xl/workbook.xml)`);
    const rels = relationships(await text("xl/_rels/workbook.xml.rels"), "xl/");
    const sheets = await Promise.all(
      [...workbook.matchAll(/<sheet\b([^>]*)\/?>/g)].map(async ([, attrs]): Promise<SheetEntry> => {
        const path = rels.get(attribute(attrs, "r:id") ?? "") ?? "";
        const sheetRels = relationships(await text(path.replace(/([^/]+)$/, "_rels/$1.rels")), path.replace(/[^/]+$/, ""));
        const tablePaths = [...sheetRels.values()].filter((p) => /tables\/[^/]+\.xml$/.test(p));
        const tables = await Promise.all(tablePaths.map(async (p) => tableEntry(await text(p))));
        return { name: decode(attribute(attrs, "name") ?? ""), path, visible: (attribute(attrs, "state") ?? "visible") === "visible", tables };
      }),
    );
    const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook);
    const [strings, styles] = [sharedStrings(await text("xl/sharedStrings.xml")), cellStyles(await text("xl/styles.xml"))];
    return new XlsxReader(bytes, entries, sheets, strings, styles, date1904, name, inflate, maxCells);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map((s) => ({ name: s.name, visible: s.visible }));
  }

  async readSheet(name: string): Promise<SheetGrid | undefined> {
    const entry = this.sheets.find((s) => s.name === name);
    if (!entry) return undefined;
    const sheet = await this.sheet(entry);
    return { name: entry.name, rows: sheet.rows, date1904: this.date1904, ...(sheet.currency ? { currency: sheet.currency } : {}) };
  }

  async listTables(): Promise<TableInfo[]> {
    const all = await Promise.all(this.sheets.flatMap((s) => s.tables.map((t) => this.tableData(s, t))));
    return all.map((t) => ({ name: t.name, sheet: t.sheet, headers: t.headers, rowCount: t.rowCount }));
  }

  async readTable(name: string): Promise<TableData | undefined> {
    for (const s of this.sheets) {
      const t = s.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (t) return this.tableData(s, t);
    }
    return undefined;
  }

  private async tableData(s: SheetEntry, t: TableEntry): Promise<TableData> {
    const rows = (await this.sheet(s)).rows;
    const r = parseRange(t.ref);
    const cells = (row: number) => {
      const values = rows[row - 1] ?? [];
      const out: Cell[] = new Array(r.right - r.left + 1);
      for (let c = r.left; c <= r.right; c++) out[c - r.left] = this.portCell(values[c - 1] ?? null);
      return out;
    };
    const header = t.headerRows > 0 ? cells(r.top) : [];
    const headers = t.columns.map((name, i) => (header[i] === null || header[i] === undefined ? name : String(header[i])));
    const first = r.top + t.headerRows;
    // The rows the table has, not the ones its range claims: its last is the sheet's last row with cells.
    const last = Math.min(r.bottom - t.totalsRows, rows.length);
    const data: Cell[][] = [];
    for (let row = first; row <= last; row++) data.push(cells(row));
    return { name: t.name, sheet: s.name, headers, headerRow: r.top, rowCount: data.length, rows: data, date1904: this.date1904 };
  }

  /** The port's cell: a date as the workbook's serial again. */
  private portCell(cell: SheetCell): Cell {
    if (!(cell instanceof Date)) return cell;
    const ms = cell.getTime();
    return serialFromDay(dayFromDate(cell), this.date1904) + (ms - Math.floor(ms / MS_PER_DAY) * MS_PER_DAY) / MS_PER_DAY;
  }

  private sheet(entry: SheetEntry): Promise<ParsedSheet> {
    let sheet = this.parsed.get(entry.name);
    if (!sheet) {
      sheet = this.parse(entry);
      this.parsed.set(entry.name, sheet);
    }
    return sheet;
  }

  /** Inflates the sheet's XML chunk by chunk and scans its cells, carrying an unfinished cell over to the next chunk. */
  private async parse(entry: SheetEntry): Promise<ParsedSheet> {
    const zipped = this.entries.get(entry.path);
    if (!zipped) throw new UnreadableFile(`${this.name}: sheet ${entry.name} is missing from the file`);
    const rows: SheetCell[][] = [];
    const numbers: number[] = this.styles.map(() => 0); // numeric cells per style: the sheet's currency
    let kept = 0;
    const scan = new CellScanner((row, column, type, style, xml, from, to) => {
      const cell = this.value(type, style, xml, from, to);
      if (cell === null) return;
      if (typeof cell === "number" && style < numbers.length) numbers[style]++;
      if (++kept > this.maxCells) this.tooBig(entry.name);
      if (rows.length < row && rows.length > 0) rows[rows.length - 1] = rows[rows.length - 1].slice(); // no spare capacity kept per row
      while (rows.length < row) rows.push([]);
      const cells = rows[row - 1];
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = cell;
    });
    const decoder = new TextDecoder();
    let carry = "";
    for await (const chunk of entryChunks(this.bytes, zipped, this.inflate)) {
      // Decoded 64 KB at a time: a longer text would live in V8's large-object space until a full collection.
      for (let at = 0; at < chunk.length; at += DECODE_BYTES) {
        const text = carry + decoder.decode(chunk.subarray(at, at + DECODE_BYTES), { stream: true });
        const end = text.lastIndexOf("</c>") + 4;
        if (end < 4) {
          carry = text;
          continue;
        }
        scan.scan(text, end);
        carry = text.slice(end);
      }
    }
    scan.scan(carry + decoder.decode(), Infinity);
    const byCurrency = new Map<string, number>();
    for (const [style, count] of numbers.entries()) {
      const code = this.styles[style]?.currency;
      if (code) byCurrency.set(code, (byCurrency.get(code) ?? 0) + count);
    }
    const currency = [...byCurrency].sort((a, b) => b[1] - a[1])[0]?.[0];
    return currency ? { rows, currency } : { rows };
  }

  /** A cell's value from its type, style and the text of its `<v>` (between `from` and `to` in `xml`). */
  private value(type: number, style: number, xml: string, from: number, to: number): SheetCell {
    switch (type) {
      case SHARED: {
        let index = 0;
        for (let i = from; i < to; i++) index = index * 10 + xml.charCodeAt(i) - 48;
        const text = this.strings[index] ?? "";
        return text === "" ? null : text;
      }
      case BOOLEAN:
        return xml.charCodeAt(from) === 49 || xml.startsWith("true", from);
      case NUMBER: {
        if (from === to) return null;
        const n = numberAt(xml, from, to);
        if (!Number.isFinite(n)) return null;
        return this.styles[style]?.date ? (serialDate(n, this.date1904) ?? n) : n;
      }
      case ISO_DATE:
        return new Date(xml.substring(from, to));
      default: {
        const text = type === INLINE ? texts(xml.substring(from, to)) : own(decode(xml.substring(from, to)));
        return text === "" ? null : text;
      }
    }
  }

  private tooBig(sheet: string): never {
    throw new UnreadableFile(
      `${this.name}: sheet ${sheet} holds more than ${this.maxCells.toLocaleString("en")} cells, more than fits in memory here: split it into several sheets or files`,
    );
  }
}

/** A serial in the workbook's date system as the Date of that day (UTC midnight) plus the time of day. */
function serialDate(serial: number, date1904: boolean): Date | undefined {
  const whole = Math.floor(serial);
  const day = dayFromSerial(whole, date1904);
  return day === undefined ? undefined : new Date(day * MS_PER_DAY + Math.round((serial - whole) * MS_PER_DAY));
}
