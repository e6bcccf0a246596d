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

export function saleLines(data: SalesData, basis: Basis, team: TeamIndex): SaleLine[] {
  const categoryOf = new Map(data.products.map((p) => [p.SKU!, p.Category]));
  const line = (day: Day, exec: string | null, clientId: string, sku: string | null, net: Cents): SaleLine => {
    const execId = exec ? team.resolve(exec) : null;
    return { day, exec: execId, region: execId ? team.region(execId) : null, category: sku ? (categoryOf.get(sku) ?? null) : null, clientId, sku, net };
  };
  if (basis === "booked") {
    return data.orders.filter((o) => o.Status !== "Cancelled").map((o) => line(o.OrderDate!, o.Exec, o.ClientID!, o.SKU, o.Net!));
  }
  const skuOfOrder = new Map(data.orders.map((o) => [o.OrderID!, o.SKU]));
  return data.invoices
    .filter((i) => i.Status !== "Draft" && i.Status !== "Cancelled")
    .map((i) => line(i.IssueDate!, i.Exec, i.ClientID!, i.OrderID ? (skuOfOrder.get(i.OrderID) ?? null) : null, i.Net!));
}

/** Revenue per key and day, summed over any range of days by binary search on prefix sums. */
export class RevenueIndex {
  private readonly series = new Map<string, { days: Day[]; prefix: Cents[] }>();

  constructor(lines: readonly SaleLine[], keysOf: (line: SaleLine) => string[]) {
    const perKey = new Map<string, Map<Day, Cents>>();
    for (const l of lines) {
      for (const key of keysOf(l)) {
        let byDay = perKey.get(key);
        if (!byDay) perKey.set(key, (byDay = new Map()));
        byDay.set(l.day, (byDay.get(l.day) ?? 0) + l.net);
      }
    }
    for (const [key, byDay] of perKey) {
      const days = [...byDay.keys()].sort((a, b) => a - b);
      const prefix = [0];
      for (const d of days) prefix.push(prefix[prefix.length - 1] + byDay.get(d)!);
      this.series.set(key, { days, prefix });
    }
  }

  /** Revenue of a key from `start` to `end`, inclusive. */
  sum(key: string, start: Day, end: Day): Cents {
    const s = this.series.get(key);
    if (!s) return 0;
    return s.prefix[firstAtOrAfter(s.days, end + 1)] - s.prefix[firstAtOrAfter(s.days, start)];
  }

  keys(): string[] {
    return [...this.series.keys()];
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
