/**
 * Orders as the admin follows them: the lines sharing an OrderID are one order, whose progress,
 * promised and delivered dates and lateness follow from its lines (docs/DESIGN.md, *Orders and
 * deliveries*).
 */
import type { Day } from "../kernel/dates";
import type { Cents } from "../kernel/money";
import type { Invoice, Order } from "../workbook/contract";

/** An order's progress, its lines taken together; Invoiced once an invoice names it. */
export type OrderProgress = "Open" | "Confirmed" | "Shipped" | "Delivered" | "Invoiced" | "Cancelled";

export interface OrderSummary {
  orderId: string;
  clientId: string;
  exec: string | null;
  /** the earliest OrderDate of its lines */
  orderDate: Day;
  /** the latest PromisedDate of its lines */
  promisedDate: Day | null;
  /** when every line not cancelled has one: the latest of them */
  deliveredDate: Day | null;
  status: OrderProgress;
  /** the lines not cancelled, summed */
  net: Cents;
  lines: Order[];
}

const STEPS = ["Open", "Confirmed", "Shipped", "Delivered"] as const;

const latest = (days: (Day | null)[]) =>
  days.reduce<Day | null>((max, d) => (d !== null && (max === null || d > max) ? d : max), null);

/** The workbook's orders, one per OrderID, in the order their first lines come. */
export function ordersOf(lines: readonly Order[], invoices: readonly Invoice[] = []): OrderSummary[] {
  const byId = new Map<string, Order[]>();
  for (const line of lines) {
    if (line.OrderID === null) continue;
    const group = byId.get(line.OrderID);
    if (group) group.push(line);
    else byId.set(line.OrderID, [line]);
  }
  const invoiced = new Set(
    invoices.filter((i) => i.OrderID !== null && i.CreditOf === null && i.Status !== "Cancelled").map((i) => i.OrderID),
  );
  return [...byId].map(([orderId, group]) => summary(orderId, group, invoiced.has(orderId)));
}

function summary(orderId: string, lines: Order[], invoiced: boolean): OrderSummary {
  const live = lines.filter((l) => l.Status !== "Cancelled");
  const cancelled = live.length === 0;
  const delivered = !cancelled && live.every((l) => l.DeliveredDate !== null);
  // The least advanced line still to deliver says how far the order is (one called Delivered without a date is shipped).
  const waiting = live.filter((l) => l.DeliveredDate === null);
  const step = Math.min(
    ...waiting.map((l) => Math.min(STEPS.indexOf((l.Status ?? "Open") as (typeof STEPS)[number]), 2)),
  );
  const status: OrderProgress = cancelled
    ? "Cancelled"
    : delivered
      ? invoiced
        ? "Invoiced"
        : "Delivered"
      : STEPS[Math.max(0, step)];
  return {
    orderId,
    clientId: lines[0].ClientID,
    exec: lines.find((l) => l.Exec !== null)?.Exec ?? null,
    orderDate: Math.min(...lines.map((l) => l.OrderDate)),
    promisedDate: latest(lines.map((l) => l.PromisedDate)),
    deliveredDate: delivered ? latest(live.map((l) => l.DeliveredDate)) : null,
    status,
    net: live.reduce((sum, l) => sum + (l.Net ?? 0), 0),
    lines,
  };
}

/**
 * Open on a day: not cancelled, and not delivered on or before it. A past day counts as it stood then,
 * so that a report for last week and the page today each count as of their own day.
 */
export const isOpen = (o: OrderSummary, on: Day) =>
  o.status !== "Cancelled" && (o.deliveredDate === null || o.deliveredDate > on);

/** Open on the as-of date with its promised date gone by: promised before it. */
export const isLate = (o: OrderSummary, asOf: Day) =>
  isOpen(o, asOf) && o.promisedDate !== null && o.promisedDate < asOf;

/** Days past the promised date, for a late order; 0 for any other. */
export const daysLate = (o: OrderSummary, asOf: Day) =>
  isLate(o, asOf) && o.promisedDate !== null ? asOf - o.promisedDate : 0;

/** Delivered on or before its promised date (an order promised no date keeps its word). */
export const deliveredOnTime = (o: OrderSummary) =>
  o.deliveredDate !== null && (o.promisedDate === null || o.deliveredDate <= o.promisedDate);

export interface OnTime {
  from: Day;
  to: Day;
  /** orders whose delivery date falls between from and to */
  delivered: number;
  onTime: number;
  /** onTime ÷ delivered; null when nothing was delivered */
  rate: number | null;
}

/** The on-time rate of the orders delivered between two days, both included. */
export function onTimeRate(orders: readonly OrderSummary[], from: Day, to: Day): OnTime {
  const inPeriod = orders.filter((o) => o.deliveredDate !== null && o.deliveredDate >= from && o.deliveredDate <= to);
  const onTime = inPeriod.filter(deliveredOnTime).length;
  return { from, to, delivered: inPeriod.length, onTime, rate: inPeriod.length ? onTime / inPeriod.length : null };
}

/** Sorted by promised date (none last), then by number. */
export function byPromisedDate(a: OrderSummary, b: OrderSummary): number {
  return (a.promisedDate ?? Infinity) - (b.promisedDate ?? Infinity) || a.orderId.localeCompare(b.orderId);
}

/** What the admin follows as of a date: the open orders, the late ones, and the on-time rate of the 90 days up to it. */
export function orderFollowUp(lines: readonly Order[], invoices: readonly Invoice[], asOf: Day) {
  const orders = ordersOf(lines, invoices);
  const open = orders.filter((o) => isOpen(o, asOf)).sort(byPromisedDate);
  return { asOf, open, late: open.filter((o) => isLate(o, asOf)), onTime: onTimeRate(orders, asOf - 89, asOf) };
}
