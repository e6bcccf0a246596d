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
import { isDateFormat } from "../core/workbook/formats";
import { currencyIn } from "../core/locale/localeValues";
import { UnreadableFile } from "./unreadableFile";
import { entryChunks, entryText, Inflate, webInflate, ZipEntry, zipEntries } from "./zipEntries";

/** Cells kept at most (about 2 GB of memory for the import beyond): a bigger sheet is refused, not a crash. */
export const MAX_CELLS = 40_000_000;

/** The built-in number formats that show dates (ECMA-376 §18.8.30), and the currencies' ones. */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

interface SheetEntry {
  name: string;
  path: string;
  visible: boolean;
  tables: TableEntry[];
}

interface TableEntry {
  name: string;
  ref: string;
  headerRows: number;
  totalsRows: number;
  columns: string[];
}

interface ParsedSheet {
  rows: SheetCell[][];
  /** the currency most numeric cells show, where any does */
  currency?: string;
}

interface Style {
  date: boolean;
  currency: string | undefined;
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

/**
 * The number written between `from` and `to`, read from its characters: "1161.6" is 11616 / 10, which
 * is exactly what Number("1161.6") gives (both operands exact, one correctly rounded division); any
 * other form (an exponent, 16 digits or more) goes the long way.
 */
function numberAt(xml: string, from: number, to: number): number {
  let i = from;
  const negative = xml.charCodeAt(i) === 45;
  if (negative) i++;
  let value = 0;
  let digits = 0;
  let scale = 1;
  let dot = false;
  for (; i < to; i++) {
    const ch = xml.charCodeAt(i);
    if (ch >= 48 && ch <= 57) {
      value = value * 10 + ch - 48;
      digits++;
      if (dot) scale *= 10;
    } else if (ch === 46 && !dot) dot = true;
    else return Number(xml.substring(from, to));
  }
  if (digits === 0 || digits > 15) return Number(xml.substring(from, to));
  const n = value / scale;
  return negative ? -n : n;
}

/** A serial in the workbook's date system as the Date of that day (UTC midnight) plus the time of day. */
function serialDate(serial: number, date1904: boolean): Date | undefined {
  const whole = Math.floor(serial);
  const day = dayFromSerial(whole, date1904);
  return day === undefined ? undefined : new Date(day * MS_PER_DAY + Math.round((serial - whole) * MS_PER_DAY));
}

const NUMBER = 0;
const SHARED = 1;
const INLINE = 2;
const TEXT = 3;
const BOOLEAN = 4;
const ERROR = 5;
const ISO_DATE = 6;

/**
 * Finds the cells in sheet XML — `<c r="B12" s="3" t="s"><v>7</v></c>`, inline strings, blanks —
 * reading attributes character by character (no strings made for them), and tracking the row
 * (`<row r="12">`) for cells that do not say where they are.
 */
class CellScanner {
  private row = 0;
  private column = 0;

  constructor(private readonly put: (row: number, column: number, type: number, style: number, xml: string, from: number, to: number) => void) {}

  /** Scans the cells that start before `end`. */
  scan(xml: string, end: number): void {
    let i = 0;
    for (;;) {
      const lt = xml.indexOf("<", i);
      if (lt < 0 || lt >= end || lt + 4 > xml.length) return;
      const c1 = xml.charCodeAt(lt + 1);
      if (c1 === 99 && isBoundary(xml.charCodeAt(lt + 2))) i = this.cell(xml, lt);
      else if (c1 === 114 && xml.startsWith("row", lt + 1) && isBoundary(xml.charCodeAt(lt + 4))) i = this.rowStart(xml, lt);
      else i = lt + 1;
    }
  }

  private rowStart(xml: string, lt: number): number {
    const end = xml.indexOf(">", lt);
    const at = xml.indexOf(' r="', lt);
    let row = 0;
    if (at >= 0 && at < end) for (let i = at + 4, ch = xml.charCodeAt(i); ch >= 48 && ch <= 57; ch = xml.charCodeAt(++i)) row = row * 10 + ch - 48;
    this.row = row || this.row + 1;
    this.column = 0;
    return end + 1;
  }

  private cell(xml: string, lt: number): number {
    let p = lt + 2;
    let row = 0;
    let column = 0;
    let style = 0;
    let type = NUMBER;
    let closed = false;
    for (;;) {
      let ch = xml.charCodeAt(p);
      while (ch === 32 || ch === 10 || ch === 13 || ch === 9) ch = xml.charCodeAt(++p);
      if (ch === 62) {
        p++;
        break;
      }
      if (ch === 47) {
        closed = true;
        p += 2;
        break;
      }
      const name = p;
      while (ch !== 61 && p < xml.length) ch = xml.charCodeAt(++p);
      const single = p - name === 1 ? xml.charCodeAt(name) : 0;
      const quote = xml.charCodeAt(p + 1);
      let i = p + 2;
      ch = xml.charCodeAt(i);
      if (single === 114) {
        for (; (ch | 32) >= 97 && (ch | 32) <= 122; ch = xml.charCodeAt(++i)) column = column * 26 + (ch | 32) - 96;
        for (; ch >= 48 && ch <= 57; ch = xml.charCodeAt(++i)) row = row * 10 + ch - 48;
      } else if (single === 115) {
        for (; ch >= 48 && ch <= 57; ch = xml.charCodeAt(++i)) style = style * 10 + ch - 48;
      } else if (single === 116) {
        const from = i;
        while (ch !== quote) ch = xml.charCodeAt(++i);
        type = typeOf(xml, from, i);
      }
      while (ch !== quote && i < xml.length) ch = xml.charCodeAt(++i);
      p = i + 1;
    }
    this.column = column || this.column + 1;
    if (closed) return p; // <c …/>: a styled blank
    row ||= this.row;
    // The common case, "<v>…</v></c>", without searching: the value ends at the next "<".
    if (type !== INLINE && xml.charCodeAt(p) === 60 && xml.charCodeAt(p + 1) === 118 && xml.charCodeAt(p + 2) === 62) {
      const to = xml.indexOf("<", p + 3);
      if (xml.startsWith("</v></c>", to)) {
        this.put(row, this.column, type, style, xml, p + 3, to);
        return to + 8;
      }
    }
    const close = xml.indexOf("</c>", p);
    if (type === INLINE) this.put(row, this.column, type, style, xml, p, close);
    else {
      const v = xml.indexOf("<v", p);
      if (v >= 0 && v < close) {
        const from = xml.indexOf(">", v) + 1;
        if (xml.charCodeAt(from - 2) !== 47) this.put(row, this.column, type, style, xml, from, xml.indexOf("</v>", from));
      }
    }
    return close + 4;
  }
}

function isBoundary(ch: number): boolean {
  return ch === 32 || ch === 62 || ch === 47;
}

/** The cell type a `t="…"` names. */
function typeOf(xml: string, from: number, to: number): number {
  const first = xml.charCodeAt(from);
  if (to - from === 1) return first === 115 ? SHARED : first === 98 ? BOOLEAN : first === 101 ? ERROR : first === 100 ? ISO_DATE : NUMBER;
  return first === 105 ? INLINE : first === 115 ? TEXT : NUMBER; // inlineStr, str
}

/** The text of every `<t>` in an element, phonetic runs (`<rPh>`) left out. */
function texts(xml: string): string {
  let out = "";
  const plain = xml.includes("<rPh") ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : xml;
  for (const m of plain.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)) out += m[1];
  return own(decode(out));
}

/**
 * A copy of a text cut from a chunk of XML: V8 keeps a cut as a view of the whole chunk, and a
 * million kept cuts would keep every chunk of the file alive.
 */
function own(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}

function attribute(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}="`);
  if (at < 0) return undefined;
  const start = at + name.length + 3;
  return tag.slice(start, tag.indexOf('"', start));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML entities, and the `_xHHHH_` escapes Excel writes for control characters. */
function decode(text: string): string {
  const xml = text.includes("&")
    ? text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
        e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
      )
    : text;
  return xml.includes("_x") ? xml.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : xml;
}

function relationships(xml: string, base: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [, attrs] of xml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const target = attribute(attrs, "Target") ?? "";
    map.set(attribute(attrs, "Id") ?? "", target.startsWith("/") ? target.slice(1) : normalise(base + target));
  }
  return map;
}

/** "xl/worksheets/../tables/table1.xml" → "xl/tables/table1.xml". */
function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

function tableEntry(xml: string): TableEntry {
  const tag = /<table\b([^>]*)>/.exec(xml)?.[1] ?? "";
  return {
    name: decode(attribute(tag, "displayName") ?? attribute(tag, "name") ?? ""),
    ref: attribute(tag, "ref") ?? "A1",
    headerRows: Number(attribute(tag, "headerRowCount") ?? 1),
    totalsRows: Number(attribute(tag, "totalsRowCount") ?? 0), // totalsRowShown only says it was ever shown
    columns: [...xml.matchAll(/<tableColumn\b([^>]*)>/g)].map(([, attrs]) => decode(attribute(attrs, "name") ?? "")),
  };
}

function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let at = 0;
  for (;;) {
    const open = xml.indexOf("<si", at);
    if (open < 0) return strings;
    const tagEnd = xml.indexOf(">", open);
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      strings.push(""); // <si/>
      at = tagEnd + 1;
      continue;
    }
    const close = xml.indexOf("</si>", tagEnd);
    if (close < 0) return strings; // cut short: what came before stands
    strings.push(texts(xml.slice(tagEnd + 1, close)));
    at = close + 5;
  }
}

/** Each cell style: whether its number format shows a date, and the currency it shows if any. */
function cellStyles(xml: string): Style[] {
  const custom = new Map(
    [...xml.matchAll(/<numFmt\b([^>]*)\/?>/g)].map(([, a]) => [Number(attribute(a, "numFmtId")), decode(attribute(a, "formatCode") ?? "")]),
  );
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\b([^>]*)\/?>/g)].map(([, a]) => {
    const id = Number(attribute(a, "numFmtId") ?? 0);
    const format = custom.get(id);
    return format === undefined ? { date: BUILTIN_DATES.has(id), currency: undefined } : { date: isDateFormat(format), currency: currencyIn(format) };
  });
}
