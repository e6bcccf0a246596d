/**
 * What each client's buying says, as of a day (DESIGN.md, "Market"): recency, frequency and money
 * (RFM) from Invoices, scored in quintiles and named as a segment, and churn risk from Orders.
 * Drafts and cancelled invoices or orders are not sales; credit notes lower the money on their own
 * dates and never make a client recent.
 */
import type { Day } from "../kernel/dates";
import type { Cents } from "../kernel/money";
import type { Invoice } from "../workbook/contract";
import type { SalesData } from "../workbook/salesData";
import { quintiles } from "./quintiles";
import { segmentOf, type SegmentCode } from "./segments";

/** The RFM window: the 365 days up to and including the day. */
export const WINDOW_DAYS = 365;
/** A client whose first invoice is this recent is new, whatever the scores. */
export const NEW_CLIENT_DAYS = 90;
/** Churn risk needs this many orders to know a client's usual interval. */
export const CHURN_MIN_ORDERS = 3;

export interface ClientActivity {
  clientId: string;
  name: string;
  region: string | null;
  /** days since the last invoice (credit notes aside); null: none up to the day */
  recency: number | null;
  /** invoices in the window (credit notes aside) */
  frequency: number;
  /** net revenue in the window, credit notes subtracted */
  monetary: Cents;
  /** quintile scores 1–5 among the clients who have bought (5 best); null for the others */
  r: number | null;
  f: number | null;
  m: number | null;
  segment: SegmentCode;
  /** orders (not cancelled) up to the day */
  orders: number;
  /** the median gap between their orders, in days */
  usualInterval: number | null;
  daysSinceLastOrder: number | null;
  churnRisk: boolean;
}

const isSale = (i: Invoice) => i.Status !== "Draft" && i.Status !== "Cancelled";
export const isCreditNote = (i: Invoice) => i.CreditOf !== null || i.Net < 0;

/** Every client's activity as of the day, in the order of Clients (a repeated ID counts once). */
export function clientActivity(data: SalesData, asOf: Day): ClientActivity[] {
  const first = asOf - WINDOW_DAYS + 1;
  const bought = new Map<string, { last: Day; firstEver: Day; frequency: number; monetary: Cents }>();
  for (const i of data.invoices) {
    const day = i.IssueDate;
    if (day > asOf || !isSale(i)) continue;
    const b = bought.get(i.ClientID) ?? { last: -Infinity, firstEver: Infinity, frequency: 0, monetary: 0 };
    const credit = isCreditNote(i);
    if (!credit) {
      b.last = Math.max(b.last, day);
      b.firstEver = Math.min(b.firstEver, day);
    }
    if (day >= first) {
      b.monetary += i.Net;
      if (!credit) b.frequency++;
    }
    bought.set(i.ClientID, b);
  }
  const orderDays = ordersByClient(data, asOf);
  const clients = [...new Map(data.clients.map((c) => [c.ClientID, c])).values()];
  // a client with only credit notes has bought nothing to score
  const buyers = clients.flatMap((c) => {
    const b = bought.get(c.ClientID);
    return b && b.last > -Infinity ? [[c.ClientID, b] as const] : [];
  });
  const scored = new Map<string, { r: number; f: number; m: number }>();
  const [rScore, fScore, mScore] = [
    quintiles(buyers.map(([, b]) => b.last)),
    quintiles(buyers.map(([, b]) => b.frequency)),
    quintiles(buyers.map(([, b]) => b.monetary)),
  ];
  buyers.forEach(([id], n) => scored.set(id, { r: rScore[n], f: fScore[n], m: mScore[n] }));
  return clients.map((c): ClientActivity => {
    const b = bought.get(c.ClientID);
    const scores = scored.get(c.ClientID);
    const days = orderDays.get(c.ClientID) ?? [];
    const churn = churnOf(days, asOf);
    return {
      clientId: c.ClientID,
      name: c.Name,
      region: c.Region,
      recency: b && scores ? asOf - b.last : null,
      frequency: b?.frequency ?? 0,
      monetary: b?.monetary ?? 0,
      r: scores?.r ?? null,
      f: scores?.f ?? null,
      m: scores?.m ?? null,
      segment: b && scores ? segmentOf(scores.r, scores.f, scores.m, asOf - b.firstEver < NEW_CLIENT_DAYS) : "none",
      orders: days.length,
      ...churn,
    };
  });
}

/** Each client's orders (one day per OrderID, its lines together), sorted, up to the day. */
function ordersByClient(data: SalesData, asOf: Day): Map<string, Day[]> {
  const seen = new Set<string>();
  const byClient = new Map<string, Day[]>();
  for (const o of data.orders) {
    if (o.OrderDate > asOf || o.Status === "Cancelled" || seen.has(o.OrderID)) continue;
    seen.add(o.OrderID);
    byClient.set(o.ClientID, [...(byClient.get(o.ClientID) ?? []), o.OrderDate]);
  }
  for (const days of byClient.values()) days.sort((a, b) => a - b);
  return byClient;
}

/** At risk: at least three orders, and more days since the last than twice the median gap between them. */
function churnOf(
  days: readonly Day[],
  asOf: Day,
): Pick<ClientActivity, "usualInterval" | "daysSinceLastOrder" | "churnRisk"> {
  if (days.length < CHURN_MIN_ORDERS)
    return {
      usualInterval: null,
      daysSinceLastOrder: days.length ? asOf - days[days.length - 1] : null,
      churnRisk: false,
    };
  const since = asOf - days[days.length - 1];
  const gaps = days
    .slice(1)
    .map((d, i) => d - days[i])
    .sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  const usual = gaps.length % 2 ? gaps[mid] : (gaps[mid - 1] + gaps[mid]) / 2;
  return { usualInterval: usual, daysSinceLastOrder: since, churnRisk: since > 2 * usual };
}
