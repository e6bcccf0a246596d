/**
 * Master and detail: one sheet holds the headers of orders or invoices (number, date, client) and
 * another their lines (the same number, product, quantity, amount). Imported apart, the lines would
 * lack their date and client, or an invoice its amount; imported both, every sale would count twice.
 * So they are joined on the number, one level kept: order and quote lines carry their header's date,
 * client and exec; an invoice header gets the sum of its lines as Net. Every source row is named.
 */
import type { TableName } from "../workbook/contract";
import type { SheetCell, SheetGrid } from "../workbook/port";
import { roundHalfAway } from "../kernel/money";
import { columnContext, convertCell } from "../locale/convert";
import { columnDef } from "../workbook/contract";
import { detectBlock } from "./detect";
import type { SheetPlan } from "./plan";

const KEYS: Partial<Record<TableName, { key: string; date: string }>> = {
  Orders: { key: "OrderID", date: "OrderDate" },
  Quotes: { key: "QuoteID", date: "QuoteDate" },
  Invoices: { key: "InvoiceNo", date: "IssueDate" },
};

/** What a line takes from its header: what is said once per order, never per line. */
const HEADER_LEVEL = new Set([
  "OrderDate",
  "QuoteDate",
  "IssueDate",
  "ClientID",
  "Exec",
  "Status",
  "ContractRef",
  "PromisedDate",
  "DeliveredDate",
  "ValidUntil",
  "DueDate",
  "Currency",
]);

interface Side {
  grid: SheetGrid;
  plan: SheetPlan;
  /** sheet row → key, for its record rows */
  keys: Map<number, string>;
}

export interface Joined {
  grids: SheetGrid[];
  plans: SheetPlan[];
}

/** The sheets and plans with every header/lines pair joined (see above); other sheets as they were. */
export function joinMasterDetail(grids: readonly SheetGrid[], plans: readonly SheetPlan[]): Joined {
  const out = { grids: [...grids], plans: [...plans] };
  for (const [table, { key, date }] of Object.entries(KEYS) as [TableName, { key: string; date: string }][]) {
    const sides = out.plans.flatMap((p) => {
      const grid = p.table === table && !p.joinedInto ? out.grids.find((g) => g.name === p.sheet) : undefined;
      return grid ? [side(grid, p, key)] : [];
    });
    for (const lines of sides) {
      const header = sides.find((h) => h !== lines && isHeaderOf(h, lines, date));
      if (!header) continue;
      const [grid, plan, joined] = table === "Invoices" ? sumLines(header, lines) : carryHeader(header, lines);
      out.grids = out.grids.map((g) => (g.name === grid.name ? grid : g));
      out.plans = out.plans.map((p) => (p.sheet === plan.sheet ? plan : p.sheet === joined.sheet ? joined : p));
      break;
    }
  }
  return out;
}

function side(grid: SheetGrid, plan: SheetPlan, key: string): Side {
  const column = plan.columns.find((c) => c.column === key)?.index;
  const block = detectBlock(grid);
  const keys = new Map<number, string>();
  if (column !== undefined && block?.headerRow === plan.headerRow)
    for (const line of block.lines)
      if (line.kind === "record") keys.set(line.row, keyText(grid.rows[line.row - 1]?.[column]));
  return { grid, plan, keys };
}

const keyText = (cell: SheetCell | undefined) => (cell === null || cell === undefined ? "" : String(cell).trim());

/** A header sheet: its numbers are each once, it has the date and the client, the lines sheet lacks one of them, and most line numbers are its own. */
function isHeaderOf(header: Side, lines: Side, date: string): boolean {
  const has = (s: Side, column: string) => s.plan.columns.some((c) => c.column === column);
  const numbers = [...header.keys.values()].filter(Boolean);
  const lineNumbers = [...lines.keys.values()].filter(Boolean);
  if (numbers.length === 0 || lineNumbers.length === 0 || new Set(numbers).size < 0.9 * numbers.length) return false;
  if (!has(header, date) || !has(header, "ClientID") || (has(lines, date) && has(lines, "ClientID"))) return false;
  const known = new Set(numbers);
  return lineNumbers.filter((n) => known.has(n)).length >= 0.5 * lineNumbers.length;
}

/** Order and quote lines carry their header's date, client and exec (new columns at their right); the headers with lines are joined into them. */
function carryHeader(header: Side, lines: Side): [SheetGrid, SheetPlan, SheetPlan] {
  const rowOf = new Map([...header.keys].map(([row, key]) => [key, row]));
  const carried = header.plan.columns.filter(
    (c) => c.column && HEADER_LEVEL.has(c.column) && !lines.plan.columns.some((l) => l.column === c.column),
  );
  const width = Math.max(...lines.grid.rows.map((r) => r.length), ...lines.plan.columns.map((c) => c.index + 1));
  // the header row a line's key points to, by the line's index in its grid
  const fromRow = (i: number) => {
    const key = lines.keys.get(i + 1);
    return key === undefined ? undefined : rowOf.get(key);
  };
  const rows = lines.grid.rows.map((cells, i) => {
    const from = fromRow(i);
    const padded = [...cells, ...Array<SheetCell>(Math.max(0, width - cells.length)).fill(null)];
    if (i + 1 === lines.plan.headerRow) return [...padded, ...carried.map((c) => `${c.header} (${header.grid.name})`)];
    return from === undefined
      ? padded
      : [...padded, ...carried.map((c) => header.grid.rows[from - 1]?.[c.index] ?? null)];
  });
  const origins = lines.grid.rows.map((_, i) => {
    const from = fromRow(i);
    return from === undefined ? undefined : `${header.grid.name}!${from}`;
  });
  const plan: SheetPlan = {
    ...lines.plan,
    columns: [
      ...lines.plan.columns,
      ...carried.map((c, k) => ({ index: width + k, header: `${c.header} (${header.grid.name})`, column: c.column })),
    ],
  };
  const used = new Set([...lines.keys.values()]);
  return [{ ...lines.grid, rows, origins }, plan, { ...header.plan, joinedInto: lines.grid.name, joinedKeys: used }];
}

/** An invoice header gets the sum of its lines as its Net (a new column at its right); the lines of known invoices are joined into it. */
function sumLines(header: Side, lines: Side): [SheetGrid, SheetPlan, SheetPlan] {
  const net = lines.plan.columns.find((c) => c.column === "Net" || c.column === "Total");
  const sums = new Map<string, { cents: number; rows: number[] }>();
  if (net) {
    const texts = [...lines.keys.keys()]
      .map((r) => lines.grid.rows[r - 1]?.[net.index])
      .filter((c): c is string => typeof c === "string");
    const context = columnContext(texts, lines.grid.date1904);
    const money = columnDef("Invoices", "Net");
    for (const [row, key] of lines.keys) {
      const converted = convertCell(lines.grid.rows[row - 1]?.[net.index] ?? null, money, context);
      if (converted.error !== undefined || typeof converted.value !== "number") continue;
      const sum = sums.get(key) ?? { cents: 0, rows: [] };
      sums.set(key, { cents: sum.cents + roundHalfAway(converted.value * 100), rows: [...sum.rows, row] });
    }
  }
  const hasNet = header.plan.columns.some((c) => c.column === "Net");
  const width = Math.max(...header.grid.rows.map((r) => r.length), ...header.plan.columns.map((c) => c.index + 1));
  const title = `${net?.header || "Net"} (Σ ${lines.grid.name})`;
  const sumOf = (i: number) => {
    const key = header.keys.get(i + 1);
    return key === undefined ? undefined : sums.get(key);
  };
  const rows = header.grid.rows.map((cells, i) => {
    const padded = [...cells, ...Array<SheetCell>(Math.max(0, width - cells.length)).fill(null)];
    if (hasNet) return cells;
    if (i + 1 === header.plan.headerRow) return [...padded, title];
    const sum = sumOf(i);
    return [...padded, sum ? sum.cents / 100 : null];
  });
  const origins = header.grid.rows.map((_, i) => {
    const sum = sumOf(i);
    return sum ? sum.rows.map((r) => `${lines.grid.name}!${r}`).join("+") : undefined;
  });
  const plan: SheetPlan = hasNet
    ? header.plan
    : { ...header.plan, columns: [...header.plan.columns, { index: width, header: title, column: "Net" }] };
  const known = new Set([...header.keys.values()]);
  return [{ ...header.grid, rows, origins }, plan, { ...lines.plan, joinedInto: header.grid.name, joinedKeys: known }];
}
