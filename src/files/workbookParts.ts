/**
 * The parts of an .xlsx around its sheets: relationships between parts, tables, shared strings, and
 * each cell style's number format as far as dates and currencies go.
 */
import { isDateFormat } from "../core/workbook";
import { currencyIn } from "../core/locale";
import { attribute, decode, texts } from "./sheetXml";

/** The built-in number formats that show dates (ECMA-376 §18.8.30), and the currencies' ones. */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

export interface TableEntry {
  name: string;
  ref: string;
  headerRows: number;
  totalsRows: number;
  columns: string[];
}

export interface Style {
  date: boolean;
  currency: string | undefined;
}

export function relationships(xml: string, base: string): Map<string, string> {
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

export function tableEntry(xml: string): TableEntry {
  const tag = /<table\b([^>]*)>/.exec(xml)?.[1] ?? "";
  return {
    name: decode(attribute(tag, "displayName") ?? attribute(tag, "name") ?? ""),
    ref: attribute(tag, "ref") ?? "A1",
    headerRows: Number(attribute(tag, "headerRowCount") ?? 1),
    totalsRows: Number(attribute(tag, "totalsRowCount") ?? 0), // totalsRowShown only says it was ever shown
    columns: [...xml.matchAll(/<tableColumn\b([^>]*)>/g)].map(([, attrs]) => decode(attribute(attrs, "name") ?? "")),
  };
}

export function sharedStrings(xml: string): string[] {
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
export function cellStyles(xml: string): Style[] {
  const custom = new Map(
    [...xml.matchAll(/<numFmt\b([^>]*)\/?>/g)].map(([, a]) => [
      Number(attribute(a, "numFmtId")),
      decode(attribute(a, "formatCode") ?? ""),
    ]),
  );
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\b([^>]*)\/?>/g)].map(([, a]) => {
    const id = Number(attribute(a, "numFmtId") ?? 0);
    const format = custom.get(id);
    return format === undefined
      ? { date: BUILTIN_DATES.has(id), currency: undefined }
      : { date: isDateFormat(format), currency: currencyIn(format) };
  });
}
