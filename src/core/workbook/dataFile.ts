/**
 * The data file the Excel pane exports for the Word pane: the contract tables as they were read,
 * as JSON. Word cannot read the workbook itself; this file (or the .xlsx) carries the figures over.
 */
import { TABLE_NAMES } from "./contract";
import type { TableData } from "./port";
import { fail, ok, Result } from "../kernel/result";

const FORMAT = "salesdesk-data/1";

export function dataFile(tables: readonly TableData[]): string {
  return JSON.stringify({ format: FORMAT, tables });
}

export function readDataFile(text: string): Result<TableData[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail("dataFile.notJson");
  }
  const file = parsed as { format?: unknown; tables?: unknown };
  if (file.format !== FORMAT || !Array.isArray(file.tables)) return fail("dataFile.notOurs");
  const tables = (file.tables as TableData[]).filter(
    (t) => (TABLE_NAMES as readonly string[]).includes(t?.name) && Array.isArray(t.headers) && Array.isArray(t.rows),
  );
  return ok(tables);
}
