/**
 * The admin's corrections to an import, given on the command line as the pane takes them from its
 * dropdowns: `--table "Hoja1=Clients"` (or `=none`) and `--map "Código=ClientID"` (or `"Notas="` to keep a
 * column as an extra one). They are remembered in the workbook written, like the pane's.
 */
import { CONTRACT, TABLE_NAMES, type TableName } from "../core/workbook";
import { foldWords } from "../core/locale";
import type { Corrections } from "../core/import";
import { UsageError } from "./usageError";
import type { Values } from "./options";

const COLUMN_NAMES: ReadonlySet<string> = new Set(TABLE_NAMES.flatMap((t) => CONTRACT[t].columns.map((c) => c.name)));

export function importCorrections(values: Values): Corrections {
  const tables = new Map<string, TableName | null>();
  for (const [sheet, table] of pairs(values.table, "--table", "SHEET=TABLE")) {
    if (table !== "none" && !(TABLE_NAMES as readonly string[]).includes(table))
      throw new UsageError(
        `--table ${sheet}=${table}: no contract table is called ${table} (${TABLE_NAMES.join(", ")}, or none)`,
      );
    tables.set(sheet, table === "none" ? null : (table as TableName));
  }
  const columns = new Map<string, string | null>();
  for (const [header, column] of pairs(values.map, "--map", "HEADER=Column")) {
    if (column !== "" && !COLUMN_NAMES.has(column))
      throw new UsageError(`--map ${header}=${column}: no contract table has a column ${column}`);
    columns.set(foldWords(header), column === "" ? null : column);
  }
  return { tables, columns };
}

function pairs(option: Values[string], name: string, form: string): [string, string][] {
  const given = option === undefined ? [] : Array.isArray(option) ? option : [String(option)];
  return given.map((text) => {
    const at = text.lastIndexOf("=");
    if (at <= 0) throw new UsageError(`${name} takes ${form}, not ${text}`);
    return [text.slice(0, at).trim(), text.slice(at + 1).trim()];
  });
}
