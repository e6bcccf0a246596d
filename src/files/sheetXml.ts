/**
 * Reading sheet XML without a DOM: the cells of `<sheetData>` found byte by byte, their values
 * (numbers read from their digits, texts decoded from UTF-8, entities decoded), and copies of the texts kept.
 * Every scan ends: a cell, a quoted value or a tag cut off before its end is an error (issue 28).
 */
import { UnreadableFile } from "./unreadableFile";

/** What a scan says of XML that stops inside a cell, a string or a tag. */
export const cutShort = () =>
  new UnreadableFile("is cut short or damaged: a cell, a quoted value or a tag in its XML is not finished");

export const NUMBER = 0;
export const SHARED = 1;
export const INLINE = 2;
export const TEXT = 3;
export const BOOLEAN = 4;
export const ERROR = 5;
export const ISO_DATE = 6;

/**
 * Finds the cells in sheet XML, given as UTF-8 bytes — `<c r="B12" s="3" t="s"><v>7</v></c>`, inline
 * strings, blanks —, reading attributes byte by byte (no text decoded but the texts cells hold), and
 * tracking the row (`<row r="12">`) for cells that do not say where they are.
 */
export class CellScanner {
  private row = 0;
  private column = 0;

  constructor(
    private readonly put: (
      row: number,
      column: number,
      type: number,
      style: number,
      xml: Uint8Array,
      from: number,
      to: number,
    ) => void,
  ) {}

  /** Scans the cells that start before `end`. */
  scan(xml: Uint8Array, end: number): void {
    let i = 0;
    for (;;) {
      const lt = xml.indexOf(LT, i);
      if (lt < 0 || lt >= end || lt + 4 > xml.length) return;
      const c1 = xml[lt + 1];
      if (c1 === 99 && isBoundary(xml[lt + 2])) i = this.cell(xml, lt);
      else if (c1 === 114 && xml[lt + 2] === 111 && xml[lt + 3] === 119 && isBoundary(xml[lt + 4]))
        i = this.rowStart(xml, lt);
      else i = lt + 1;
    }
  }

  private rowStart(xml: Uint8Array, lt: number): number {
    const end = xml.indexOf(GT, lt);
    if (end < 0) throw cutShort();
    let row = 0;
    for (let i = lt + 4; i < end; i++) {
      // r="…": a space, an r, an equals sign
      if (xml[i] === 114 && xml[i - 1] === 32 && xml[i + 1] === 61) {
        for (let j = i + 3, ch = xml[j]; ch >= 48 && ch <= 57; ch = xml[++j]) row = row * 10 + ch - 48;
        break;
      }
    }
    this.row = row || this.row + 1;
    this.column = 0;
    return end + 1;
  }

  private cell(xml: Uint8Array, lt: number): number {
    let p = lt + 2;
    let row = 0;
    let column = 0;
    let style = 0;
    let type = NUMBER;
    let closed = false;
    for (;;) {
      if (p >= xml.length) throw cutShort();
      let ch = xml[p];
      while (ch === 32 || ch === 10 || ch === 13 || ch === 9) ch = xml[++p];
      if (ch === GT) {
        p++;
        break;
      }
      if (ch === 47) {
        closed = true;
        p += 2;
        break;
      }
      const name = p;
      while (ch !== 61 && p < xml.length) ch = xml[++p];
      const single = p - name === 1 ? xml[name] : 0;
      const quote = xml[p + 1];
      let i = p + 2;
      ch = xml[i];
      if (single === 114) {
        for (; (ch | 32) >= 97 && (ch | 32) <= 122; ch = xml[++i]) column = column * 26 + (ch | 32) - 96;
        for (; ch >= 48 && ch <= 57; ch = xml[++i]) row = row * 10 + ch - 48;
      } else if (single === 115) {
        for (; ch >= 48 && ch <= 57; ch = xml[++i]) style = style * 10 + ch - 48;
      } else if (single === 116) {
        const from = i;
        while (ch !== quote && i < xml.length) ch = xml[++i];
        type = typeOf(xml, from, i);
      }
      while (ch !== quote && i < xml.length) ch = xml[++i];
      if (i >= xml.length) throw cutShort();
      p = i + 1;
    }
    this.column = column || this.column + 1;
    if (closed) return p; // <c …/>: a styled blank
    row ||= this.row;
    // The common case, "<v>…</v></c>", without searching: the value ends at the next "<".
    if (type !== INLINE && xml[p] === LT && xml[p + 1] === 118 && xml[p + 2] === GT) {
      const to = xml.indexOf(LT, p + 3);
      if (at(xml, to, V_CLOSE) && at(xml, to + 4, C_CLOSE)) {
        this.put(row, this.column, type, style, xml, p + 3, to);
        return to + 8;
      }
    }
    const close = find(xml, C_CLOSE, p);
    if (close < 0) throw cutShort();
    if (type === INLINE) this.put(row, this.column, type, style, xml, p, close);
    else {
      const v = find(xml, V_OPEN, p);
      if (v >= 0 && v < close) {
        const from = xml.indexOf(GT, v) + 1;
        if (xml[from - 2] !== 47) {
          const to = find(xml, V_CLOSE, from);
          if (to < 0 || to > close) throw cutShort();
          this.put(row, this.column, type, style, xml, from, to);
        }
      }
    }
    return close + 4;
  }
}

const LT = 60;
const GT = 62;
const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const C_CLOSE = bytesOf("</c>");
const V_OPEN = bytesOf("<v");
const V_CLOSE = bytesOf("</v>");

/** Whether `pattern` is at `i`. */
function at(xml: Uint8Array, i: number, pattern: Uint8Array): boolean {
  if (i < 0) return false;
  for (let k = 0; k < pattern.length; k++) if (xml[i + k] !== pattern[k]) return false;
  return true;
}

/** Where `pattern` (which starts with "<") is next from `from`, or -1. */
export function find(xml: Uint8Array, pattern: Uint8Array, from: number): number {
  for (let i = xml.indexOf(LT, from); i >= 0; i = xml.indexOf(LT, i + 1)) if (at(xml, i, pattern)) return i;
  return -1;
}

/** Where the last `</c>` ends, or 0: what follows is an unfinished cell, carried over to the next piece. */
export function lastCellEnd(xml: Uint8Array): number {
  for (let i = xml.lastIndexOf(GT); i >= 3; i = xml.lastIndexOf(GT, i - 1)) if (at(xml, i - 3, C_CLOSE)) return i + 1;
  return 0;
}

function isBoundary(ch: number): boolean {
  return ch === 32 || ch === GT || ch === 47;
}

/** The cell type a `t="…"` names. */
function typeOf(xml: Uint8Array, from: number, to: number): number {
  const first = xml[from];
  if (to - from === 1)
    return first === 115 ? SHARED : first === 98 ? BOOLEAN : first === 101 ? ERROR : first === 100 ? ISO_DATE : NUMBER;
  return first === 105 ? INLINE : first === 115 ? TEXT : NUMBER; // inlineStr, str
}

/**
 * The number written between `from` and `to`, read from its digits: "1161.6" is 11616 / 10, which
 * is exactly what Number("1161.6") gives (both operands exact, one correctly rounded division); any
 * other form (an exponent, 16 digits or more) goes the long way.
 */
export function numberAt(xml: Uint8Array, from: number, to: number): number {
  let i = from;
  const negative = xml[i] === 45;
  if (negative) i++;
  let value = 0;
  let digits = 0;
  let scale = 1;
  let dot = false;
  for (; i < to; i++) {
    const ch = xml[i];
    if (ch >= 48 && ch <= 57) {
      value = value * 10 + ch - 48;
      digits++;
      if (dot) scale *= 10;
    } else if (ch === 46 && !dot) dot = true;
    else return Number(String.fromCharCode(...xml.subarray(from, to)));
  }
  if (digits === 0 || digits > 15) return Number(String.fromCharCode(...xml.subarray(from, to)));
  const n = value / scale;
  return negative ? -n : n;
}

/** The text of every `<t>` in an element, phonetic runs (`<rPh>`) left out. */
export function texts(xml: string): string {
  if (xml.startsWith("<t") && (xml.charCodeAt(2) === 62 || xml.charCodeAt(2) === 32)) {
    // The common case, one plain run: <t>…</t>, <t xml:space="preserve">…</t>
    const from = xml.indexOf(">") + 1;
    const to = xml.indexOf("<", from);
    if (to === xml.length - 4 && xml.endsWith("</t>")) return own(decode(xml.slice(from, to)));
  }
  let out = "";
  const plain = xml.includes("<rPh") ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : xml;
  for (const m of plain.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)) out += m[1];
  return own(decode(out));
}

/**
 * A copy of a text cut from a chunk of XML: V8 keeps a cut as a view of the whole chunk, and a
 * million kept cuts would keep every chunk of the file alive.
 */
export function own(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}

export function attribute(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}="`);
  if (at < 0) return undefined;
  const start = at + name.length + 3;
  return tag.slice(start, tag.indexOf('"', start));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML entities, and the `_xHHHH_` escapes Excel writes for control characters. */
export function decode(text: string): string {
  const xml = text.includes("&")
    ? text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
        e[0] === "#"
          ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
          : (ENTITIES[e] ?? m),
      )
    : text;
  return xml.includes("_x")
    ? xml.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : xml;
}
