/**
 * A yes/no column that says a record's state by naming one ("declined" 0/1, "rechazado" sí/no): its
 * yes is the code it names, its no the usual one. Rows of declined card payments are not paid.
 */
import type { TableName } from "../workbook/contract";
import type { SheetCell } from "../workbook/port";
import { readBoolean } from "../workbook/cells";
import { isBlankCell } from "./detect";
import { headerConcepts } from "./concepts";

type Flag = readonly [yes: string, no: string];

/** table → code column → the concept a flag's header names → its codes */
const FLAGS: Partial<Record<TableName, Record<string, Record<string, Flag>>>> = {
  Payments: { Status: { declined: ["Failed", "Received"] } },
};

/** The codes a column headed so stands for in that contract column, if it is such a flag. */
export function flagOf(table: TableName, column: string, header: string): Flag | undefined {
  const flags = FLAGS[table]?.[column];
  return (
    flags &&
    headerConcepts(header)
      .map((c) => flags[c])
      .find(Boolean)
  );
}

/** The contract column a source column is a flag for: headed so, every value yes or no. */
export function flagColumn(table: TableName, header: string, values: readonly SheetCell[]): string | undefined {
  const filled = values.filter((v): v is string | number | boolean => !isBlankCell(v) && !(v instanceof Date));
  const yesNo =
    filled.length > 0 &&
    filled.length === values.filter((v) => !isBlankCell(v)).length &&
    filled.every((v) => readBoolean(v).error === undefined);
  return yesNo ? Object.keys(FLAGS[table] ?? {}).find((column) => flagOf(table, column, header)) : undefined;
}

/** A flag's cell as the code it stands for; anything else as it is, for the code column to read or refuse. */
export function flagCell(cell: SheetCell, [yes, no]: Flag): SheetCell {
  const reading = cell === null || cell instanceof Date || isBlankCell(cell) ? undefined : readBoolean(cell);
  return reading?.error === undefined && reading ? (reading.value ? yes : no) : cell;
}
