/** Contract tables as output tables: the contract's headers with number formats from the column types. */
import { CONTRACT, ColumnType, TableName } from "./contract";
import type { CellFormat, OutputTable } from "./port";

export const FORMAT_OF: Partial<Record<ColumnType, CellFormat>> = {
  date: "date",
  money: "money",
  rate: "percent",
  integer: "integer",
  number: "number",
};

export function outputTable(name: TableName, rows: OutputTable["rows"]): OutputTable {
  return {
    name,
    columns: CONTRACT[name].columns.map((c) => ({ header: c.name, format: FORMAT_OF[c.type] ?? "text" })),
    rows,
  };
}
