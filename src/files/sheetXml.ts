/**
 * Reading sheet XML without a DOM: the cells of `<sheetData>` found character by character, their
 * values' text (numbers read from their digits, entities decoded), and copies of the texts kept.
 */

export const NUMBER = 0;
export const SHARED = 1;
export const INLINE = 2;
export const TEXT = 3;
export const BOOLEAN = 4;
export const ERROR = 5;
export const ISO_DATE = 6;

/**
 * Finds the cells in sheet XML — `<c r="B12" s="3" t="s"><v>7</v></c>`, inline strings, blanks —
 * reading attributes character by character (no strings made for them), and tracking the row
 * (`<row r="12">`) for cells that do not say where they are.
 */
export class CellScanner {
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

/**
 * The number written between `from` and `to`, read from its characters: "1161.6" is 11616 / 10, which
 * is exactly what Number("1161.6") gives (both operands exact, one correctly rounded division); any
 * other form (an exponent, 16 digits or more) goes the long way.
 */
export function numberAt(xml: string, from: number, to: number): number {
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
        e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
      )
    : text;
  return xml.includes("_x") ? xml.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : xml;
}
