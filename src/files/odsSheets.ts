/**
 * The sheets of an OpenDocument spreadsheet (.ods, as LibreOffice and Google Sheets save them), read
 * from its `content.xml` as values: numbers, texts, dates, booleans. Styles, formulas and comments are
 * not read; a value is what the file says it is (`office:value-type`), not what its text shows.
 */
import type { SheetCell } from "../core/workbook";
import { attribute, decode } from "./sheetXml";
import { UnreadableFile } from "./unreadableFile";

export interface OdsSheet {
  name: string;
  rows: SheetCell[][];
}

/** Excel's grid: an .ods may say a blank row repeats a million times; blank rows after the last filled one are not kept. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** Every tag and every run of text between tags, in order: one pass, so reading always ends. */
const TOKEN = /<([^>]*)>|([^<]+)/g;

export function odsSheets(contentXml: string): OdsSheet[] {
  if (!/<\/office:spreadsheet>|<office:spreadsheet\s*\/>/.test(contentXml))
    throw new UnreadableFile("is cut short or damaged: its content.xml holds no finished spreadsheet");
  const sheets: OdsSheet[] = [];
  let sheet: OdsSheet | undefined;
  let row: SheetCell[] | undefined;
  let rowRepeat = 1;
  let rowIndex = 0;
  let cell: { type: string; value: SheetCell; repeat: number; text: string[]; paragraphs: number } | undefined;
  let ignored = 0; // inside a comment (office:annotation): its paragraphs are no cell text
  for (const [, tag, text] of contentXml.matchAll(TOKEN)) {
    if (text !== undefined) {
      if (cell && ignored === 0 && cell.paragraphs > 0) cell.text.push(decode(text));
      continue;
    }
    const closing = tag.startsWith("/");
    const empty = tag.endsWith("/");
    const name = (closing ? tag.slice(1) : tag).split(/[\s/]/, 1)[0];
    if (name === "office:annotation") {
      if (!empty) ignored += closing ? -1 : 1;
      continue;
    }
    if (ignored > 0) continue;
    switch (name) {
      case "table:table":
        if (closing) {
          if (sheet) sheets.push({ name: sheet.name, rows: Array.from(sheet.rows, (r) => r ?? []) });
          sheet = undefined;
        } else {
          sheet = { name: decode(attribute(tag, "table:name") ?? `Sheet${sheets.length + 1}`), rows: [] };
          rowIndex = 0;
        }
        break;
      case "table:table-row":
        if (!closing) {
          row = [];
          rowRepeat = Math.max(1, Number(attribute(tag, "table:number-rows-repeated") ?? 1));
        }
        if (closing || empty) {
          if (sheet && row) rowIndex = putRow(sheet, row, rowIndex, rowRepeat);
          row = undefined;
        }
        break;
      case "table:table-cell":
      case "table:covered-table-cell":
        if (!closing) cell = openCell(tag);
        if ((closing || empty) && cell && row) {
          closeCell(row, cell);
          cell = undefined;
        }
        break;
      case "text:p":
      case "text:h":
        if (cell && !closing) {
          if (cell.paragraphs++ > 0) cell.text.push("\n");
        }
        break;
      case "text:s":
        if (cell) cell.text.push(" ".repeat(Math.min(1000, Number(attribute(tag, "text:c") ?? 1))));
        break;
      case "text:tab":
        if (cell) cell.text.push("\t");
        break;
      case "text:line-break":
        if (cell) cell.text.push("\n");
        break;
    }
  }
  if (sheet || row || cell) throw new UnreadableFile("is cut short or damaged: its content.xml ends inside a sheet");
  return sheets;
}

function openCell(tag: string) {
  const type = attribute(tag, "office:value-type") ?? "";
  const repeat = Math.max(1, Number(attribute(tag, "table:number-columns-repeated") ?? 1));
  return { type, value: typedValue(tag, type), repeat, text: [] as string[], paragraphs: 0 };
}

/** The value the cell's attributes hold; texts come from its paragraphs. */
function typedValue(tag: string, type: string): SheetCell {
  switch (type) {
    case "float":
    case "percentage":
    case "currency": {
      const n = Number(attribute(tag, "office:value"));
      return Number.isFinite(n) ? n : null;
    }
    case "date":
      return dateOf(attribute(tag, "office:date-value") ?? "");
    case "time":
      return timeOf(attribute(tag, "office:time-value") ?? "");
    case "boolean":
      return attribute(tag, "office:boolean-value") === "true";
    default:
      return null;
  }
}

function closeCell(row: SheetCell[], cell: NonNullable<ReturnType<typeof openCell>>): void {
  const text = cell.text.join("");
  const value =
    cell.type === "string" || (cell.value === null && cell.type === "")
      ? text === ""
        ? null
        : text
      : (cell.value ?? (text || null));
  // Blank cells repeated to the sheet's edge are no columns: only what holds a value is spread out.
  const count = value === null ? cell.repeat : Math.min(cell.repeat, MAX_COLUMNS - row.length);
  if (value === null) row.length = Math.min(MAX_COLUMNS, row.length + count);
  else for (let i = 0; i < count; i++) row.push(value);
}

function putRow(sheet: OdsSheet, row: SheetCell[], at: number, repeat: number): number {
  let width = row.length;
  while (width > 0 && (row[width - 1] === null || row[width - 1] === undefined)) width--;
  if (width === 0) return Math.min(MAX_ROWS, at + repeat);
  const cells = Array.from(row.slice(0, width), (c) => c ?? null);
  for (let i = 0; i < repeat && at < MAX_ROWS; i++) sheet.rows[at++] = i === 0 ? cells : [...cells];
  return at;
}

/** `2000-10-22` or `2000-10-22T08:30:00` as the moment it names, read as UTC as the other readers do. */
function dateOf(text: string): SheetCell {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?))?/.exec(text);
  if (!m) return null;
  const seconds = Number(m[6] ?? 0);
  return new Date(
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Math.floor(seconds)),
  );
}

/** `PT08H30M00S` as a fraction of a day, as Excel keeps a time. */
function timeOf(text: string): SheetCell {
  const m = /^-?P(?:\d+D)?T(\d+)H(\d+)M(\d+(?:\.\d+)?)S$/.exec(text);
  return m ? (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])) / 86400 : null;
}
