/**
 * Revenue lines on either basis (DESIGN.md): invoiced = Invoices.Net by IssueDate, credit notes
 * included, drafts and cancelled ones not; booked = Orders.Net by OrderDate, cancelled ones not.
 * Each line knows its exec (as an ExecID where Team knows it), region, category and client.
 */
import type { Day } from "../kernel/dates";
import type { Cents } from "../kernel/money";
import type { SalesData } from "../workbook/salesData";
import type { TeamIndex } from "../workbook/team";

export type Basis = "invoiced" | "booked";

export interface SaleLine {
  day: Day;
  exec: string | null;
  region: string | null;
  category: string | null;
  clientId: string;
  sku: string | null;
  net: Cents;
}

/**
 * Calls `visit` for each revenue line, in table order, without building an object per row: reports
 * and formulas run over 100k invoices, and the allocation would cost more than the sums.
 */
export interface SaleOptions {
  /** look up each invoice's category through its order (default true) */
  categories?: boolean;
  /** only the lines of these days, inclusive: the others are skipped before any lookup */
  first?: Day;
  last?: Day;
}

export function forEachSale(
  data: SalesData,
  basis: Basis,
  team: TeamIndex,
  visit: (line: SaleLine) => void,
  options: SaleOptions = {},
): void {
  const withCategories = options.categories ?? true;
  const first = options.first ?? -Infinity;
  const last = options.last ?? Infinity;
  const categoryOf = new Map(data.products.map((p) => [p.SKU, p.Category]));
  const execs = new Map<string, { id: string; region: string | null }>();
  const line: SaleLine = { day: 0, exec: null, region: null, category: null, clientId: "", sku: null, net: 0 };
  const emit = (day: Day, exec: string | null, clientId: string, sku: string | null, net: Cents) => {
    let e = exec === null ? undefined : execs.get(exec);
    if (exec !== null && !e) {
      const id = team.resolve(exec);
      execs.set(exec, (e = { id, region: team.region(id) }));
    }
    line.day = day;
    line.exec = e?.id ?? null;
    line.region = e?.region ?? null;
    line.category = sku === null ? null : (categoryOf.get(sku) ?? null);
    line.clientId = clientId;
    line.sku = sku;
    line.net = net;
    visit(line);
  };
  if (basis === "booked") {
    for (const o of data.orders) {
      const day = o.OrderDate;
      if (day >= first && day <= last && o.Status !== "Cancelled") emit(day, o.Exec, o.ClientID, o.SKU, o.Net);
    }
    return;
  }
  // An invoice's product (and so its category) is its order's: worth the lookup only when asked for.
  const skuOfOrder = new Map<string, string | null>();
  if (withCategories) for (const o of data.orders) skuOfOrder.set(o.OrderID, o.SKU);
  for (const i of data.invoices) {
    if (i.IssueDate < first || i.IssueDate > last || i.Status === "Draft" || i.Status === "Cancelled") continue;
    emit(
      i.IssueDate,
      i.Exec,
      i.ClientID,
      i.OrderID === null || !withCategories ? null : (skuOfOrder.get(i.OrderID) ?? null),
      i.Net,
    );
  }
}

/**
 * Revenue per key (exec, region, category…) and day over a fixed range of days, in dense arrays:
 * adding a line is one array write, and the sum over any range of days is two reads of prefix sums.
 * Lines outside the range are ignored.
 */
export class RevenueIndex {
  private readonly daily = new Map<string, Float64Array>();
  private readonly prefix = new Map<string, Float64Array>();
  private readonly length: number;

  constructor(
    readonly first: Day,
    readonly last: Day,
  ) {
    this.length = Math.max(0, last - first + 1);
  }

  /** The daily amounts of a key, for adding to in a hot loop: cache it per key. */
  series(key: string): Float64Array {
    let a = this.daily.get(key);
    if (!a) {
      this.daily.set(key, (a = new Float64Array(this.length)));
      this.prefix.delete(key);
    }
    return a;
  }

  add(series: Float64Array, day: Day, net: Cents): void {
    const i = day - this.first;
    if (i >= 0 && i < this.length) series[i] += net;
  }

  /** Revenue of a key from `start` to `end`, inclusive (clipped to the index's range). */
  sum(key: string, start: Day, end: Day): Cents {
    let p = this.prefix.get(key);
    if (!p) {
      const a = this.daily.get(key);
      if (!a) return 0;
      p = new Float64Array(this.length + 1);
      for (let i = 0; i < this.length; i++) p[i + 1] = p[i] + a[i];
      this.prefix.set(key, p);
    }
    const from = Math.max(0, start - this.first);
    const to = Math.min(this.length, end - this.first + 1);
    return to > from ? p[to] - p[from] : 0;
  }
}
