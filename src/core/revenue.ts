/**
 * Revenue lines on either basis (DESIGN.md): invoiced = Invoices.Net by IssueDate, credit notes
 * included, drafts and cancelled ones not; booked = Orders.Net by OrderDate, cancelled ones not.
 * Each line knows its exec (as an ExecID where Team knows it), region, category and client.
 */
import type { Day } from "./dates";
import type { Cents } from "./money";
import type { SalesData } from "./salesData";
import type { TeamIndex } from "./team";

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
export function forEachSale(data: SalesData, basis: Basis, team: TeamIndex, visit: (line: SaleLine) => void): void {
  const categoryOf = new Map(data.products.map((p) => [p.SKU!, p.Category]));
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
    for (const o of data.orders) if (o.Status !== "Cancelled") emit(o.OrderDate!, o.Exec, o.ClientID!, o.SKU, o.Net!);
    return;
  }
  const skuOfOrder = new Map<string, string | null>();
  for (const o of data.orders) skuOfOrder.set(o.OrderID!, o.SKU);
  for (const i of data.invoices) {
    if (i.Status === "Draft" || i.Status === "Cancelled") continue;
    emit(i.IssueDate!, i.Exec, i.ClientID!, i.OrderID === null ? null : (skuOfOrder.get(i.OrderID) ?? null), i.Net!);
  }
}

/** Revenue per key and day, summed over any range of days by binary search on prefix sums. */
export class RevenueIndex {
  private readonly perKey = new Map<string, Map<Day, Cents>>();
  private series: Map<string, { days: Day[]; prefix: Cents[] }> | undefined;

  add(key: string, day: Day, net: Cents): void {
    let byDay = this.perKey.get(key);
    if (!byDay) this.perKey.set(key, (byDay = new Map()));
    byDay.set(day, (byDay.get(day) ?? 0) + net);
    this.series = undefined;
  }

  private build(): Map<string, { days: Day[]; prefix: Cents[] }> {
    const series = new Map<string, { days: Day[]; prefix: Cents[] }>();
    for (const [key, byDay] of this.perKey) {
      const days = [...byDay.keys()].sort((a, b) => a - b);
      const prefix = [0];
      for (const d of days) prefix.push(prefix[prefix.length - 1] + byDay.get(d)!);
      series.set(key, { days, prefix });
    }
    return series;
  }

  /** Revenue of a key from `start` to `end`, inclusive. */
  sum(key: string, start: Day, end: Day): Cents {
    const s = (this.series ??= this.build()).get(key);
    if (!s) return 0;
    return s.prefix[firstAtOrAfter(s.days, end + 1)] - s.prefix[firstAtOrAfter(s.days, start)];
  }

}

function firstAtOrAfter(days: Day[], day: Day): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
