/**
 * Finds the table in a sheet someone made by hand: the header row under titles, "updated on" lines
 * and blank rows; the columns it spans; and which lines below it are records and which are not
 * (blank lines, repeated headers, totals, notes, a second table further down).
 */
import type { SheetCell, SheetGrid } from "../workbook/port";
import { foldWords, headerTokens } from "../locale/fold";
import { fold } from "../kernel/text";
import { HEADER_WORDS, NOTE_WORDS, TOTAL_WORDS } from "./vocabulary";
import { looksLikeDate, periodOfHeader } from "../locale/localeValues";
import { headerConcepts, isConcept } from "./concepts";
import { dayFromDate, formatIsoDate } from "../kernel/dates";
import { columnLetter } from "../kernel/a1";

export type LineKind = "record" | "blank" | "repeatedHeader" | "total" | "note" | "otherTable";

export interface Line {
  /** 1-based sheet row */
  row: number;
  kind: LineKind;
}

export interface Block {
  /** 1-based sheet row of the header (of its lower row, when group heads stand above it) */
  headerRow: number;
  /** each column's header, first to last: "Column F" where blank, "Importes Subtotal" under a group head */
  headers: string[];
  /** which of them were blank in the sheet (only their values can say what they hold) */
  unnamed: boolean[];
  /** the column where another table stands beside this one, if one does */
  beside?: string;
  /** 0-based sheet columns the table spans, first to last */
  first: number;
  last: number;
  lines: Line[];
}

/** How far down a header may sit under titles and notes. */
const HEADER_SEARCH_ROWS = 30;

export function isBlankCell(cell: SheetCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

let knownHeaders: { whole: Set<string>; words: Set<string> } | undefined;

/** Every header the vocabulary knows, whole and word by word (built on first use). */
function vocabulary(): { whole: Set<string>; words: Set<string> } {
  if (!knownHeaders) {
    const whole = new Set<string>();
    const words = new Set<string>();
    for (const table of Object.values(HEADER_WORDS)) {
      for (const [column, synonyms] of Object.entries(table)) {
        for (const synonym of [column, ...synonyms.split("|")]) {
          const tokens = headerTokens(synonym);
          whole.add(tokens.join(" "));
          if (tokens.length === 1) words.add(tokens[0]);
        }
      }
    }
    knownHeaders = { whole, words };
  }
  return knownHeaders;
}

/** A header cell as text: a date as its ISO date (a period header's usual form), anything else as typed. */
export function headerText(cell: SheetCell): string {
  return cell instanceof Date ? formatIsoDate(dayFromDate(cell)) : String(cell).replace(/\s+/g, " ").trim();
}

/** How much a row looks like a header: known column words count most; numbers and dates count against. */
export function headerScore(cells: readonly SheetCell[]): number {
  const { whole, words } = vocabulary();
  let texts = 0;
  let known = 0;
  let values = 0;
  // A row of three periods or more ("2021-01", "2021-02"…, or dates on the 1st) heads a sheet laid out one column per period.
  const isPeriod = cells.map((c) => !isBlankCell(c) && periodOfHeader(headerText(c)) !== undefined);
  const periods = isPeriod.filter(Boolean).length;
  if (periods >= 3) known++;
  for (const [i, cell] of cells.entries()) {
    if (isBlankCell(cell)) continue;
    if (periods >= 3 && isPeriod[i]) {
      texts++;
      continue;
    }
    if (typeof cell !== "string" || /^[\d\s.,%€$-]+$/.test(cell) || looksLikeDate(cell)) {
      values++;
      continue;
    }
    texts++;
    const tokens = headerTokens(cell);
    // Words the vocabulary knows as they are, or the lexicon once read as concepts ("Fechadeentrada", "Assupmte").
    if (whole.has(tokens.join(" ")) || tokens.some((t) => words.has(t)) || headerConcepts(cell).some(isConcept))
      known++;
  }
  return texts < 2 ? 0 : texts + 2 * known - 3 * values;
}

/** Blocks already found, per grid: planning, joining and importing a sheet all ask for its block. */
const blocks = new WeakMap<SheetGrid, Block | null>();

export function detectBlock(grid: SheetGrid): Block | undefined {
  if (!blocks.has(grid)) blocks.set(grid, findBlock(grid) ?? null);
  return blocks.get(grid) ?? undefined;
}

function findBlock(grid: SheetGrid): Block | undefined {
  let rows = grid.rows;
  let headerIndex = -1;
  let best = 0;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const score = headerScore(rows[r] ?? []);
    if (score > best && hasDataBelow(rows, r)) [best, headerIndex] = [score, r];
  }
  if (headerIndex < 0) return undefined;
  // Group heads over leaf headers ("Importes" over "Subtotal"): the header is the lower row, prefixed.
  const groupIndex = isGroupRow(rows, headerIndex)
    ? headerIndex
    : isGroupRow(rows, headerIndex - 1)
      ? headerIndex - 1
      : undefined;
  if (groupIndex !== undefined) headerIndex = groupIndex + 1;
  // Two tables side by side, a blank column between them: this block is the first; the other is said.
  const gap = blankColumnBetweenTables(rows, headerIndex);
  if (gap !== undefined) rows = rows.map((r) => r.slice(0, gap.at));
  const header = rows[headerIndex];
  const nonBlank = (cells: readonly SheetCell[]) =>
    cells.map((c, i) => (isBlankCell(c) ? -1 : i)).filter((i) => i >= 0);
  const headerColumns = nonBlank(header);
  let first = headerColumns[0];
  let last = headerColumns[headerColumns.length - 1];
  const lines = classify(rows, headerIndex, header);
  for (const line of lines) {
    if (line.kind !== "record") continue;
    const used = nonBlank(rows[line.row - 1]);
    first = Math.min(first, used[0]);
    last = Math.max(last, used[used.length - 1]);
  }
  const groups = groupIndex === undefined ? [] : rows[groupIndex];
  const names = Array.from({ length: last - first + 1 }, (_, i) => columnHeader(header, groups, first + i));
  return {
    headerRow: headerIndex + 1,
    first,
    last,
    lines,
    headers: uniqueHeaders(names, first),
    unnamed: names.map((n) => n === undefined),
    ...(gap ? { beside: columnLetter(gap.next + 1) } : {}),
  };
}

/** The first column, blank in the header and in every row under it, that has headed columns on both sides. */
function blankColumnBetweenTables(
  rows: readonly SheetCell[][],
  headerIndex: number,
): { at: number; next: number } | undefined {
  const header = rows[headerIndex];
  const headed = header.map((c, i) => (isBlankCell(c) ? -1 : i)).filter((i) => i >= 0);
  for (let c = headed[0] + 1; c < headed[headed.length - 1]; c++) {
    if (!isBlankCell(header[c])) continue;
    // a headed column lies beyond c: c is before the last one
    if (rows.slice(headerIndex + 1).every((r) => isBlankCell(r[c])))
      return { at: c, next: headed.find((h) => h > c) ?? headed[headed.length - 1] };
  }
  return undefined;
}

/**
 * Whether row `top` holds group heads over the row below it: both rows all text; some lower cells sit
 * under a merged group head (blank above), some upper heads stand alone (blank below, merged
 * downwards); and values, not words, fill the row under the lower one.
 */
function isGroupRow(rows: readonly SheetCell[][], top: number): boolean {
  if (top < 0) return false;
  const [upper, lower, data] = [rows[top] ?? [], rows[top + 1] ?? [], rows[top + 2] ?? []];
  const filled = (r: readonly SheetCell[]) => r.filter((c) => !isBlankCell(c));
  if (
    filled(upper).length < 2 ||
    filled(lower).length < 2 ||
    [...filled(upper), ...filled(lower)].some((c) => typeof c !== "string")
  )
    return false;
  let [underGroup, alone, leaves, valuesBelow] = [0, 0, 0, 0];
  for (let c = 0; c < Math.max(upper.length, lower.length); c++) {
    if (isBlankCell(lower[c])) {
      if (!isBlankCell(upper[c])) alone++;
      continue;
    }
    leaves++;
    if (isBlankCell(upper[c])) underGroup++;
    if (typeof data[c] === "number" || data[c] instanceof Date) valuesBelow++;
  }
  return underGroup > 0 && alone > 0 && valuesBelow * 2 >= leaves;
}

/** A column's header: its own cell, under the nearest group head to its left (a head standing alone ends the group). */
function columnHeader(header: readonly SheetCell[], groups: readonly SheetCell[], c: number): string | undefined {
  const own = isBlankCell(header[c]) ? undefined : headerText(header[c]);
  for (let k = c; k >= 0 && own !== undefined; k--) {
    if (isBlankCell(groups[k])) continue;
    return isBlankCell(header[k]) ? own : `${headerText(groups[k])} ${own}`;
  }
  return own ?? (isBlankCell(groups[c]) ? undefined : headerText(groups[c]));
}

/** Blank headers named after their column letter, repeated ones numbered: "Column F", "Precio (2)". */
function uniqueHeaders(names: readonly (string | undefined)[], first: number): string[] {
  const seen = new Map<string, number>();
  return names.map((name, i) => {
    const header = name ?? `Column ${columnLetter(first + i + 1)}`;
    const n = (seen.get(header) ?? 0) + 1;
    seen.set(header, n);
    return n > 1 ? `${header} (${n})` : header;
  });
}

function hasDataBelow(rows: readonly SheetCell[][], r: number): boolean {
  for (let i = r + 1; i < Math.min(rows.length, r + 6); i++)
    if ((rows[i] ?? []).some((c) => !isBlankCell(c))) return true;
  return false;
}

const startsWithAny = (words: string) => new RegExp(`^(?:${words})(?: |$)`);
const TOTAL = startsWithAny(TOTAL_WORDS);
const NOTE = startsWithAny(NOTE_WORDS);

function classify(rows: readonly SheetCell[][], headerIndex: number, header: readonly SheetCell[]): Line[] {
  const key = (cells: readonly SheetCell[]) =>
    cells
      .map((c) => (isBlankCell(c) ? "" : foldWords(String(c))))
      .join("|")
      .replace(/\|+$/, "");
  const headerKey = key(header);
  // Only a row that opens as the header does can repeat it: the full comparison is kept for those.
  const first = header.findIndex((c) => !isBlankCell(c));
  const headerFirst = typeof header[first] === "string" ? fold(header[first]) : undefined;
  // Folding every row's first cell would make a million strings: a cell without a letter cannot be a header word.
  const opensAsHeader = (cells: readonly SheetCell[]) =>
    typeof cells[first] === "string" &&
    headerFirst !== undefined &&
    LETTER.test(cells[first]) &&
    fold(cells[first]) === headerFirst;
  const lines: Line[] = [];
  let blankRun = 0;
  let otherTable = false;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const filled = cells.filter((c) => !isBlankCell(c));
    let kind: LineKind;
    if (filled.length === 0) kind = "blank";
    else if (otherTable || (blankRun >= 2 && headerScore(cells) >= 4)) [kind, otherTable] = ["otherTable", true];
    else if (opensAsHeader(cells) && key(cells) === headerKey) kind = "repeatedHeader";
    else kind = lineOfText(filled);
    blankRun = kind === "blank" ? blankRun + 1 : 0;
    lines.push({ row: r + 1, kind });
  }
  // Lone texts after the last record are notes under the table; a few lone numbers under it, with no
  // key in its first column, are sums (a =SUM() typed under a column), not records.
  const width = header.filter((c) => !isBlankCell(c)).length;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].kind === "blank" || lines[i].kind === "note" || lines[i].kind === "total") continue;
    const cells = rows[lines[i].row - 1];
    if (lines[i].kind === "record" && isLoneText(cells)) lines[i].kind = "note";
    else if (lines[i].kind === "record" && isLoneSum(cells, header, width)) lines[i].kind = "total";
    else break;
  }
  return lines;
}

function isLoneSum(cells: readonly SheetCell[], header: readonly SheetCell[], width: number): boolean {
  const filled = cells.map((c, i) => [c, i] as const).filter(([c]) => !isBlankCell(c));
  const firstColumn = header.findIndex((c) => !isBlankCell(c));
  return (
    filled.length > 0 &&
    filled.length <= Math.max(1, Math.floor(width / 3)) &&
    filled.every(([c, i]) => typeof c === "number" && i !== firstColumn)
  );
}

/** Any letter, in any script: texts without one are numbers, codes or dates, never words to fold. */
const LETTER = /\p{L}/u;

/** A total line opens with Total, Suma, Summe…; a note is a lone text opening with Nota, Note, an asterisk or a bracket. */
function lineOfText(filled: readonly SheetCell[]): LineKind {
  const firstText = filled.slice(0, 2).find((c): c is string => typeof c === "string");
  const words = firstText === undefined || !LETTER.test(firstText) ? "" : foldWords(firstText);
  if (TOTAL.test(words)) return "total";
  if (filled.length === 1 && firstText !== undefined && (NOTE.test(words) || /^[*(]/.test(firstText.trim())))
    return "note";
  return "record";
}

function isLoneText(cells: readonly SheetCell[]): boolean {
  const filled = cells.filter((c) => !isBlankCell(c));
  return filled.length === 1 && typeof filled[0] === "string";
}
