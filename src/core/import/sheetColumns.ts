/** How the import reads a sheet's columns: each one's context, and targets laid out one column per period. */
import type { SheetGrid } from "../workbook/port";
import { columnContext, type ColumnContext } from "../locale/convert";
import { periodOfHeader } from "../locale/localeValues";

/** The RevenueTarget columns headed by periods (a sheet laid out one column per period): each cell becomes a target of its own. */
export function periodColumnsOf<T extends { header: string; column: string | null }>(
  mapped: readonly T[],
): Map<T, string> {
  const columns = new Map(
    mapped.flatMap((m) => {
      const period = m.column === "RevenueTarget" ? periodOfHeader(m.header) : undefined;
      return period === undefined ? [] : [[m, period] as const];
    }),
  );
  return columns.size > 1 ? columns : new Map();
}

/** Each column's context (how its dates and numbers are written), read from its record rows once, when first asked. */
export function columnContexts(grid: SheetGrid, rows: number[]): (index: number) => ColumnContext {
  const contexts = new Map<number, ColumnContext>();
  return (index) => {
    const known = contexts.get(index);
    if (known) return known;
    const texts = rows.map((r) => grid.rows[r - 1]?.[index]).filter((c): c is string => typeof c === "string");
    const context = columnContext(texts, grid.date1904);
    contexts.set(index, context);
    return context;
  };
}
