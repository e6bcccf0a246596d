/**
 * What a sheet holds, as the import proposes it before reading it row by row: the header row, the
 * table, and each column's contract column. A sheet laid out one column per period ("2021-01",
 * "2021-02"… over amounts) is a Targets table whose period columns all feed RevenueTarget.
 */
import { columnDef, TableName } from "../workbook/contract";
import type { SheetCell, SheetGrid } from "../workbook/port";
import { periodOfHeader } from "../locale/localeValues";
import { Block, detectBlock } from "./detect";
import { ColumnMapping, mapColumns, proposeTable, SourceColumn } from "./mapping";
import { valueFit } from "./valueFit";
import { surveyColumns } from "./surveyExport";
import { say, type Message } from "../kernel/messages";

export interface SheetPlan {
  sheet: string;
  table: TableName | null;
  /** 1-based sheet row of the header, null when the sheet holds no table */
  headerRow: number | null;
  columns: ColumnMapping[];
  /** when no table was recognised: which came closest, and what it lacked */
  why?: Message;
  /** read as the admin chose last time for a sheet with these headers */
  asLastTime?: boolean;
  /** the admin changed the table or a column: her choice is remembered once the import is written */
  corrected?: boolean;
  /** the table that came second, and how close (the chosen one's score beside it), where another fitted */
  runnerUp?: { table: TableName; score: number; chosen: number };
  /** its rows are joined into another sheet's (master and detail): that sheet, and the keys joined */
  joinedInto?: string;
  joinedKeys?: ReadonlySet<string>;
}

const SAMPLE_SIZE = 200;

function sourceColumns(
  grid: SheetGrid,
): { sources: SourceColumn[]; headers: string[]; headerRow: number; titles: string } | undefined {
  const block = detectBlock(grid);
  if (!block) return undefined;
  const records = block.lines.filter((l) => l.kind === "record");
  const step = Math.max(1, Math.floor(records.length / SAMPLE_SIZE));
  const sample = records.filter((_, i) => i % step === 0).slice(0, SAMPLE_SIZE);
  const headers = block.headers;
  const sources = headers.map((header, i) => {
    const index = block.first + i;
    // A blank header is named after its column letter for people, but only its values can map it.
    return {
      index,
      header: block.unnamed[i] ? "" : header,
      values: sample.map((l) => grid.rows[l.row - 1]?.[index] ?? null),
    };
  });
  return { sources, headers, headerRow: block.headerRow, titles: titlesAbove(grid, block) };
}

/** The texts above a table's header, over its columns ("TABLA DE ARTICULOS"): a hint of what it lists, as the sheet's name is. */
function titlesAbove(grid: SheetGrid, block: Block): string {
  return grid.rows
    .slice(Math.max(0, block.headerRow - 4), block.headerRow - 1)
    .flatMap((row) => row.slice(block.first, block.last + 1).filter((c): c is string => typeof c === "string"))
    .join(" ");
}

/**
 * The proposal for one sheet: its header row, the table it holds (or the one asked for) and each column's mapping.
 * `fileName` is a hint like the sheet's name, for a file of one sheet ("clientes.xlsx" › "Hoja1").
 */
export function planSheet(grid: SheetGrid, table?: TableName | null, fileName = ""): SheetPlan {
  const found = sourceColumns(grid);
  if (!found) return { sheet: grid.name, table: null, headerRow: null, columns: [], why: say("import.why.noHeader") };
  const { sources, headers, headerRow, titles } = found;
  const periods = periodColumns(sources);
  const wide = table === undefined || table === "Targets" ? wideTargets(sources, periods) : undefined;
  if (wide) return widePlan(grid.name, headerRow, sources, headers, periods, wide);
  const survey = table === undefined || table === "Survey" ? surveyColumns(headers) : undefined;
  if (survey)
    return {
      sheet: grid.name,
      table: "Survey",
      headerRow,
      columns: sources.map((s, i) => ({ index: s.index, header: headers[i], column: survey[i] })),
    };
  const proposal = table === undefined ? proposeTable(`${grid.name} ${titles} ${fileName}`.trim(), sources) : undefined;
  const chosen = proposal ? proposal.table : (table ?? null);
  const mapping = chosen ? mapColumns(chosen, sources).columns : [];
  return {
    sheet: grid.name,
    table: chosen,
    headerRow,
    columns: sources.map((s, i) => ({ index: s.index, header: headers[i], column: mapping[i]?.column ?? null })),
    ...(proposal?.why ? { why: proposal.why } : {}),
    ...(proposal?.runnerUp ? { runnerUp: { ...proposal.runnerUp, chosen: proposal.score } } : {}),
  };
}

/**
 * The plans of several sheets: a sheet that repeats the table of a sheet before it (same header, same
 * records: a copy kept for a pivot or a chart) is left as it is, so no record is imported twice.
 */
export function planSheets(grids: readonly SheetGrid[], fileName?: string): SheetPlan[] {
  const seen: (Detected & { headers: string })[] = [];
  // A file's name says what its one sheet holds; of a workbook of several sheets, it says nothing of each.
  const hint = grids.length === 1 ? fileName?.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") : undefined;
  return grids.map((grid) => {
    const block = detectBlock(grid);
    if (!block) return planSheet(grid, undefined, hint);
    const sheet = {
      grid,
      block,
      records: block.lines.filter((l) => l.kind === "record").map((l) => l.row),
      headers: JSON.stringify(block.headers),
    };
    // Compared cell by cell, and only with a sheet of the same headers and record count: no copy of a million rows made to compare.
    const copyOf = seen.find(
      (s) => s.headers === sheet.headers && s.records.length === sheet.records.length && sameRecords(s, sheet),
    );
    if (!copyOf) seen.push(sheet);
    return copyOf
      ? {
          sheet: grid.name,
          table: null,
          headerRow: block.headerRow,
          columns: [],
          why: say("import.why.copy", { sheet: copyOf.grid.name }),
        }
      : planSheet(grid, undefined, hint);
  });
}

interface Detected {
  grid: SheetGrid;
  block: Block;
  /** the sheet rows of its records */
  records: number[];
}

function sameRecords(a: Detected, b: Detected): boolean {
  const width = a.block.last - a.block.first;
  if (width !== b.block.last - b.block.first) return false;
  const same = (x: SheetCell | undefined, y: SheetCell | undefined) =>
    x instanceof Date && y instanceof Date ? x.getTime() === y.getTime() : (x ?? null) === (y ?? null);
  return a.records.every((row, i) => {
    const [p, q] = [a.grid.rows[row - 1] ?? [], b.grid.rows[b.records[i] - 1] ?? []];
    for (let c = 0; c <= width; c++) if (!same(p[a.block.first + c], q[b.block.first + c])) return false;
    return true;
  });
}

/** A list of targets with no period of its own (no Period column, not one column per period): the admin says which. */
export function needsPeriod(plan: SheetPlan): boolean {
  return (
    plan.table === "Targets" &&
    !plan.columns.some((c) => c.column === "Period") &&
    plan.columns.filter((c) => c.column === "RevenueTarget" && periodOfHeader(c.header) !== undefined).length < 2
  );
}

/**
 * Three periods side by side make a sheet of targets laid out wide (one row per exec or category, one
 * column per month); two do where the other columns say whose targets they are (an exec, a region, a
 * category), not whose sales ("Client | 2025 | 2026").
 */
const MIN_PERIOD_COLUMNS = 3;
const TARGET_SCOPES = new Set(["Exec", "Region", "Category"]);

/** The other columns' mapping when the sheet holds targets laid out wide, else undefined. */
function wideTargets(sources: readonly SourceColumn[], periods: ReadonlySet<number>): ColumnMapping[] | undefined {
  if (periods.size < 2) return undefined;
  const rest = mapColumns(
    "Targets",
    sources.filter((s) => !periods.has(s.index)),
  ).columns;
  const scoped = rest.some((m) => m.column !== null && TARGET_SCOPES.has(m.column));
  return periods.size >= MIN_PERIOD_COLUMNS || scoped ? rest : undefined;
}

const TARGET = columnDef("Targets", "RevenueTarget");

/** The columns headed by a period whose values are amounts. */
function periodColumns(sources: readonly SourceColumn[]): Set<number> {
  return new Set(
    sources
      .filter((s) => periodOfHeader(s.header) !== undefined && valueFit(TARGET, s.values) >= 0.8)
      .map((s) => s.index),
  );
}

/** Every period column feeds RevenueTarget (the import makes one record of each cell); the other columns are mapped as usual. */
function widePlan(
  sheet: string,
  headerRow: number,
  sources: readonly SourceColumn[],
  headers: readonly string[],
  periods: ReadonlySet<number>,
  others: readonly ColumnMapping[],
): SheetPlan {
  const rest = others.filter((m) => m.column !== "RevenueTarget" && m.column !== "Period");
  const column = (s: SourceColumn) =>
    periods.has(s.index) ? "RevenueTarget" : (rest.find((m) => m.index === s.index)?.column ?? null);
  return {
    sheet,
    table: "Targets",
    headerRow,
    columns: sources.map((s, i) => ({ index: s.index, header: headers[i], column: column(s) })),
  };
}
