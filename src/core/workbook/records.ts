/**
 * Turns a table read from a workbook into typed records of the contract, with a problem for every
 * cell that cannot be read. Nothing is dropped: a record keeps its sheet row, and a row with errors
 * is still returned (flagged) so callers decide what to do with it.
 */
import { CONTRACT, RawRecordOf, TableName, tableDef } from "./contract";
import { BLANK, isBlank, readCell } from "./cells";
import { Problem, problem } from "./problems";
import type { TableData } from "./port";
import { say } from "../kernel/messages";

export interface Sourced<R> {
  /** 1-based sheet row the record came from */
  row: number;
  record: R;
  /** the row has at least one error: its record is incomplete */
  invalid: boolean;
}

export interface TableReading<N extends TableName> {
  table: N;
  sheet: string;
  records: Sourced<RawRecordOf<N>>[];
  problems: Problem[];
  /** contract columns the table lacks (required ones are also reported as errors) */
  missingColumns: string[];
  /** the user's own columns, kept untouched */
  extraColumns: string[];
}

export function readTable<N extends TableName>(name: N, data: TableData): TableReading<N> {
  const def = tableDef(name);
  const problems: Problem[] = [];
  const headerIndex = new Map<string, number>();
  data.headers.forEach((h, i) => {
    const header = String(h ?? "").trim();
    if (header === "") return; // an unnamed column names nothing, twice or not
    if (headerIndex.has(header))
      problems.push(problem(data.sheet, data.headerRow, header, "error", say("table.columnTwice", { column: header })));
    else headerIndex.set(header, i);
  });
  const missingColumns = def.columns.filter((c) => !headerIndex.has(c.name)).map((c) => c.name);
  for (const c of def.columns) {
    if (c.required && !headerIndex.has(c.name)) {
      problems.push(
        problem(
          data.sheet,
          data.headerRow,
          c.name,
          "error",
          say("table.requiredColumn", { column: c.name, table: name }),
        ),
      );
    }
  }
  const known = new Set(def.columns.map((c) => c.name));
  const extraColumns = [...headerIndex.keys()].filter((h) => !known.has(h));
  const columns = def.columns;
  const indexes = columns.map((c) => headerIndex.get(c.name));

  // Each record starts as a copy of one with every column: one allocation, no shape changes per row.
  const blank: Record<string, unknown> = Object.fromEntries(columns.map((c) => [c.name, null]));
  const records: Sourced<RawRecordOf<N>>[] = [];
  data.rows.forEach((cells, i) => {
    // A row with nothing in it is no record: Excel keeps one such row in a table made from its headers
    // alone (issue 29), and a user may leave one; it holds no value to lose.
    if (cells.every(isBlank)) return;
    const row = data.headerRow + 1 + i;
    const record: Record<string, unknown> = { ...blank };
    let invalid = false;
    for (let k = 0; k < columns.length; k++) {
      const column = columns[k];
      const index = indexes[k];
      const reading = index === undefined ? BLANK : readCell(cells[index] ?? null, column, data.date1904);
      if (reading.error !== undefined) {
        invalid = true;
        record[column.name] = null;
        problems.push(problem(data.sheet, row, column.name, "error", reading.error));
        continue;
      }
      record[column.name] = reading.value;
      if (reading.warning) problems.push(problem(data.sheet, row, column.name, "warning", reading.warning));
      if (reading.value === null && column.required && index !== undefined) {
        invalid = true;
        problems.push(problem(data.sheet, row, column.name, "error", say("table.required", { column: column.name })));
      }
    }
    records.push({ row, record: record as RawRecordOf<N>, invalid });
  });
  if (def.key && !def.linesShareKey) problems.push(...duplicateKeys(data.sheet, def.key, records));
  return { table: name, sheet: data.sheet, records, problems, missingColumns, extraColumns };
}

function duplicateKeys(sheet: string, key: string, records: Sourced<object>[]): Problem[] {
  const firstRow = new Map<string, number>();
  const problems: Problem[] = [];
  for (const { row, record } of records) {
    const value = (record as Record<string, unknown>)[key];
    if (value === null || value === undefined) continue;
    const id = String(value);
    const first = firstRow.get(id);
    if (first === undefined) firstRow.set(id, row);
    else
      problems.push(
        problem(sheet, row, key, "error", say("table.duplicateKey", { column: key, key: id, first: String(first) })),
      );
  }
  return problems;
}

export type Readings = { [N in TableName]?: TableReading<N> };

/** The contract tables that a workbook has, read and typed. */
export function readTables(tables: readonly TableData[]): Readings {
  const readings: Readings = {};
  for (const data of tables) {
    if (data.name in CONTRACT)
      (readings as Record<string, unknown>)[data.name] = readTable(data.name as TableName, data);
  }
  return readings;
}
