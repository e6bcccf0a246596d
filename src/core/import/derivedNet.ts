/**
 * Lines that give a quantity and a unit price but no amount (a sales log, an order form) have their
 * Net all the same: quantity × unit price, less the line's discount, rounded to the cent.
 */
import { ColumnDef, columnDef, TableName } from "../workbook/contract";
import type { SheetCell } from "../workbook/port";
import { roundHalfAway } from "../kernel/money";
import { ColumnContext, convertCell } from "../locale/convert";
import { headerMatch } from "./headerMatch";

interface Source {
  index: number;
  header: string;
  column: string | null;
}

export interface NetParts {
  quantity: Source;
  price: Source;
  discount?: Source;
}

const LINES: ReadonlySet<TableName> = new Set(["Orders", "Quotes", "Invoices"]);
const def = (name: string) => columnDef("Quotes", name);

/** The quantity, unit-price and discount columns of a sheet whose table needs a Net it has no column for. */
export function netParts(table: TableName, columns: readonly Source[]): NetParts | undefined {
  if (!LINES.has(table) || columns.some((c) => c.column === "Net")) return undefined;
  // Mapped to the contract column where the table has one (Quantity in Orders), else named plainly.
  const find = (name: string) =>
    columns.find((c) => c.column === name) ??
    columns.find((c) => c.column === null && c.header !== "" && headerMatch(c.header, "Quotes", name) >= 0.9);
  const [quantity, price, discount] = [find("Quantity"), find("UnitPrice"), find("Discount")];
  return quantity && price ? { quantity, price, ...(discount ? { discount } : {}) } : undefined;
}

/** The line's Net from its parts, or undefined when either the quantity or the price does not read as a number. */
export function derivedNet(
  cells: readonly SheetCell[],
  parts: NetParts,
  context: (index: number) => ColumnContext,
): number | undefined {
  const read = (source: Source, column: ColumnDef) => {
    const converted = convertCell(cells[source.index] ?? null, column, context(source.index));
    return converted.error === undefined && typeof converted.value === "number" ? converted.value : undefined;
  };
  const [quantity, price] = [read(parts.quantity, def("Quantity")), read(parts.price, def("UnitPrice"))];
  if (quantity === undefined || price === undefined) return undefined;
  const discount = parts.discount ? (read(parts.discount, def("Discount")) ?? 0) : 0;
  return roundHalfAway(quantity * price * (1 - discount) * 100) / 100;
}
