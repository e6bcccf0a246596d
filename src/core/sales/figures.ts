/**
 * The figures admins type into cells (SALES.* functions), answered from one indexed snapshot of the
 * workbook: revenue and targets by period, exec and category in O(1) (prefix sums), receivables per
 * as-of date computed once and kept. One implementation with the weekly report: the same revenue
 * lines, target plan and receivables.
 */
import type { Client } from "../workbook/contract";
import { CONTRACT } from "../workbook/contract";
import type { Day } from "../kernel/dates";
import { dayFromSerial, formatIsoDate } from "../kernel/dates";
import { parseTextDate } from "../workbook/cells";
import type { Cents } from "../kernel/money";
import { fromCents } from "../kernel/money";
import { countWorkingDays, parsePeriod, Period } from "../kernel/periods";
import { invoiceTotal } from "../receivables/receivables";
import { agedBalances } from "../receivables/aging";
import { Basis, forEachSale, RevenueIndex } from "./revenue";
import type { SalesData } from "../workbook/salesData";
import { planTargets, TargetPlan } from "./targets";
import { TeamIndex, teamIndex } from "../workbook/team";
import { say, SaidError, type Message } from "../kernel/messages";
import { isLate, onTimeRate, ordersOf, type OrderSummary } from "../orders/orders";
import { pipeline, quotesOf, winRate, type QuoteSummary } from "../orders/quotes";

/** A mistake in a formula's arguments or a missing table, said so a person can fix it. */
export class FigureError extends SaidError {
  constructor(
    said: Message,
    /** #N/A rather than #VALUE!: the inputs are fine but there is no such figure */
    readonly notAvailable = false,
  ) {
    super(said);
  }
}

export class Snapshot {
  readonly team: TeamIndex;
  private readonly plan: TargetPlan;
  private readonly revenue = new Map<Basis, RevenueIndex>();
  private readonly periods = new Map<string, Period>();
  private readonly receivables = new Map<Day, Map<string, { outstanding: Cents; overdue: Cents }>>();
  private readonly clients: Map<string, Client>;
  private readonly categories: Map<string, string>;
  private readonly range: { first: Day; last: Day };
  private orderList?: OrderSummary[];
  private quoteList?: QuoteSummary[];

  constructor(readonly data: SalesData) {
    this.team = teamIndex(data.team);
    this.plan = planTargets(data.targets, data.settings.holidays, this.team).plan;
    this.clients = new Map(data.clients.map((c) => [c.ClientID.toLowerCase(), c]));
    this.categories = new Map(
      data.products.flatMap((p) => (p.Category ? [[p.Category.toLowerCase(), p.Category] as const] : [])),
    );
    let first = Infinity;
    let last = -Infinity;
    for (const i of data.invoices)
      if (i.IssueDate !== null) [first, last] = [Math.min(first, i.IssueDate), Math.max(last, i.IssueDate)];
    for (const o of data.orders)
      if (o.OrderDate !== null) [first, last] = [Math.min(first, o.OrderDate), Math.max(last, o.OrderDate)];
    this.range = first <= last ? { first, last } : { first: 0, last: -1 };
  }

  period(text: unknown): Period {
    const key = String(text ?? "");
    let p = this.periods.get(key);
    if (!p) {
      const parsed = parsePeriod(typeof text === "number" ? serialLabel(text, this.data.date1904) : key);
      if (!parsed.ok) throw new FigureError(parsed.error);
      this.periods.set(key, (p = parsed.value));
    }
    return p;
  }

  /** The orders (lines taken together) of an exec, or everyone's. */
  orders(exec: string | null): OrderSummary[] {
    this.orderList ??= ordersOf(this.data.orders, this.data.invoices);
    return exec === null
      ? this.orderList
      : this.orderList.filter((o) => o.exec !== null && this.team.resolve(o.exec) === exec);
  }

  /** The quotes of an exec, or everyone's. */
  quotes(exec: string | null): QuoteSummary[] {
    this.quoteList ??= quotesOf(this.data.quotes, this.data.settings.quoteValidityDays);
    return exec === null
      ? this.quoteList
      : this.quoteList.filter((q) => q.exec !== null && this.team.resolve(q.exec) === exec);
  }

  exec(text: unknown): string | null {
    if (text === null || text === undefined || text === "") return null;
    const exec = String(text);
    if (this.data.team.length > 0 && !this.team.knows(exec)) throw new FigureError(say("figure.unknownExec", { exec }));
    return this.team.resolve(exec);
  }

  category(text: unknown): string | null {
    if (text === null || text === undefined || text === "") return null;
    const category = this.categories.get(String(text).toLowerCase());
    if (!category) throw new FigureError(say("figure.unknownCategory", { category: String(text) }));
    return category;
  }

  basis(text: unknown): Basis {
    if (text === null || text === undefined || text === "") return this.data.settings.revenueBasis;
    const basis = String(text).toLowerCase();
    if (basis !== "invoiced" && basis !== "booked") throw new FigureError(say("figure.basis", { value: String(text) }));
    return basis;
  }

  /** Revenue of a period, for everyone or one exec and/or category. */
  revenueOf(period: Period, exec: string | null, category: string | null, basis: Basis): Cents {
    this.require(basis === "booked" ? "Orders" : "Invoices");
    return this.revenueIndex(basis).sum(`${exec ?? "*"}|${category ?? "*"}`, period.start, period.end);
  }

  /** The target of an exec, a category, both, or (neither named) the team's, as the weekly report totals it. */
  targetOf(period: Period, exec: string | null, category: string | null): Cents {
    this.require("Targets");
    if (exec === null && category === null) return this.plan.team(period.start, period.end);
    return this.plan.sum({ exec, region: null, category }, period.start, period.end);
  }

  workingDays(period: Period): number {
    return countWorkingDays(period, this.data.settings.holidays);
  }

  /** Outstanding and overdue amounts per client (and "*" for all) as of a day. */
  receivablesAsOf(asOf: Day): Map<string, { outstanding: Cents; overdue: Cents }> {
    this.require("Invoices");
    const known = this.receivables.get(asOf);
    if (known) return known;
    const sums = new Map<string, { outstanding: Cents; overdue: Cents }>();
    const add = (key: string, outstanding: Cents, overdue: Cents) => {
      const s = sums.get(key) ?? { outstanding: 0, overdue: 0 };
      sums.set(key, { outstanding: s.outstanding + outstanding, overdue: s.overdue + overdue });
    };
    for (const { balance, clientId, bucket } of agedBalances(this.data, asOf)) {
      const overdue = bucket === "current" ? 0 : balance.outstanding;
      add(clientId.toLowerCase(), balance.outstanding, overdue);
      add("*", balance.outstanding, overdue);
    }
    this.receivables.set(asOf, sums);
    return sums;
  }

  /** Totals invoiced (VAT included) from `first` to `last`. */
  invoicedTotal(first: Day, last: Day): Cents {
    let total = 0;
    for (const i of this.data.invoices) {
      if (
        i.Status === "Draft" ||
        i.Status === "Cancelled" ||
        i.IssueDate === null ||
        i.IssueDate < first ||
        i.IssueDate > last
      )
        continue;
      total += invoiceTotal(i);
    }
    return total;
  }

  client(id: unknown): Client {
    this.require("Clients");
    const client = this.clients.get(
      String(id ?? "")
        .trim()
        .toLowerCase(),
    );
    if (!client) throw new FigureError(say("figure.unknownClient", { client: String(id ?? "") }), true);
    return client;
  }

  require(table: string): void {
    if (!this.data.present.has(table)) throw new FigureError(say("figure.noTable", { table }), true);
  }

  private revenueIndex(basis: Basis): RevenueIndex {
    const known = this.revenue.get(basis);
    if (known) return known;
    const index = new RevenueIndex(this.range.first, this.range.last);
    const series = new Map<string, Float64Array>();
    const add = (key: string, day: Day, net: Cents) => {
      let a = series.get(key);
      if (!a) series.set(key, (a = index.series(key)));
      index.add(a, day, net);
    };
    forEachSale(this.data, basis, this.team, (l) => {
      add("*|*", l.day, l.net);
      if (l.exec !== null) add(`${l.exec}|*`, l.day, l.net);
      if (l.category !== null) add(`*|${l.category}`, l.day, l.net);
      if (l.exec !== null && l.category !== null) add(`${l.exec}|${l.category}`, l.day, l.net);
    });
    this.revenue.set(basis, index);
    return index;
  }
}

/** A date serial typed as a period argument stands for that day. */
function serialLabel(serial: number, date1904: boolean): string {
  const day = dayFromSerial(serial, date1904);
  if (day === undefined) throw new FigureError(say("figure.notDateOrPeriod", { value: String(serial) }));
  return formatIsoDate(day);
}

/** A date argument: a serial (a date cell) or a typed date; `today` when omitted. */
export function dayArgument(s: Snapshot, value: unknown, today: Day): Day {
  if (value === null || value === undefined || value === "") return today;
  const day = typeof value === "number" ? dayFromSerial(value, s.data.date1904) : parseTextDate(String(value));
  if (day === undefined) throw new FigureError(say("settings.notDate", { value: String(value) }));
  return day;
}

const attainmentOf = (s: Snapshot, period: Period, exec: string | null) => {
  const target = s.targetOf(period, exec, null);
  if (target === 0)
    throw new FigureError(say("figure.noTarget", { who: exec ?? say("targets.everyone"), period: period.label }), true);
  return s.revenueOf(period, exec, null, s.basis(null)) / target;
};

/**
 * Each SALES.* figure over a snapshot, from the arguments as Excel passes them (blank = omitted).
 * Amounts come back in euros; `today` stands in for an omitted as-of date.
 */
export const FIGURES = {
  revenue: (s: Snapshot, period: unknown, exec?: unknown, category?: unknown, basis?: unknown) =>
    fromCents(s.revenueOf(s.period(period), s.exec(exec), s.category(category), s.basis(basis))),
  target: (s: Snapshot, period: unknown, exec?: unknown, category?: unknown) =>
    fromCents(s.targetOf(s.period(period), s.exec(exec), s.category(category))),
  variance: (s: Snapshot, period: unknown, exec?: unknown) => {
    const [p, e] = [s.period(period), s.exec(exec)];
    return fromCents(s.revenueOf(p, e, null, s.basis(null)) - s.targetOf(p, e, null));
  },
  attainment: (s: Snapshot, period: unknown, exec?: unknown) => attainmentOf(s, s.period(period), s.exec(exec)),
  /** Run rate to the end of the period: revenue to date ÷ working days elapsed × working days in the period. */
  runrate: (s: Snapshot, period: unknown, exec: unknown, asOf: unknown, today: Day) => {
    const p = s.period(period);
    const day = Math.min(p.end, dayArgument(s, asOf, today));
    if (day < p.start) throw new FigureError(say("figure.notStarted", { period: p.label, date: { day } }), true);
    const toDate = { ...p, end: day };
    const elapsed = s.workingDays(toDate);
    if (elapsed === 0) throw new FigureError(say("figure.noDayPassed", { period: p.label }), true);
    return fromCents(Math.round((s.revenueOf(toDate, s.exec(exec), null, s.basis(null)) / elapsed) * s.workingDays(p)));
  },
  outstanding: (s: Snapshot, client: unknown, asOf: unknown, today: Day) =>
    receivable(s, client, asOf, today).outstanding,
  overdue: (s: Snapshot, client: unknown, asOf: unknown, today: Day) => receivable(s, client, asOf, today).overdue,
  /** Receivables ÷ Totals invoiced in the `days` up to and including the date × days. */
  dso: (s: Snapshot, days: unknown, asOf: unknown, today: Day) => {
    const n = days === null || days === undefined || days === "" ? 90 : Number(days);
    if (!Number.isInteger(n) || n < 1 || n > 3660) throw new FigureError(say("figure.days", { value: String(days) }));
    const day = dayArgument(s, asOf, today);
    const sales = s.invoicedTotal(day - n + 1, day);
    if (sales === 0) throw new FigureError(say("figure.nothingInvoiced", { n, date: { day } }), true);
    return Math.round(((s.receivablesAsOf(day).get("*")?.outstanding ?? 0) / sales) * n * 10) / 10;
  },
  client: (s: Snapshot, id: unknown, field: unknown) => {
    const column = CONTRACT.Clients.columns.find(
      (c) =>
        c.name.toLowerCase() ===
        String(field ?? "")
          .trim()
          .toLowerCase(),
    );
    if (!column)
      throw new FigureError(say("figure.clientField", { value: String(field ?? ""), fields: CLIENT_FIELDS }));
    // Clients holds text, codes, numbers and yes/no only: each goes into a cell as it is.
    return s.client(id)[column.name] ?? "";
  },
  workdays: (s: Snapshot, period: unknown) => s.workingDays(s.period(period)),
  /** Orders delivered in the period on or before their promised date ÷ orders delivered in it. */
  ontime: (s: Snapshot, period: unknown, exec?: unknown) => {
    s.require("Orders");
    const p = s.period(period);
    const { rate } = onTimeRate(s.orders(s.exec(exec)), p.start, p.end);
    if (rate === null) throw new FigureError(say("figure.noDeliveries", { period: p.label }), true);
    return rate;
  },
  /** Orders neither delivered nor cancelled whose promised date is before the date. */
  lateorders: (s: Snapshot, client: unknown, asOf: unknown, today: Day) => {
    s.require("Orders");
    const day = dayArgument(s, asOf, today);
    const id = client === null || client === undefined || client === "" ? null : s.client(client).ClientID;
    return s
      .orders(null)
      .filter((o) => isLate(o, day) && (id === null || o.clientId.toLowerCase() === id.toLowerCase())).length;
  },
  /** The net worth of the quotes open on the date (drafts and sent ones still valid). */
  pipeline: (s: Snapshot, exec: unknown, asOf: unknown, today: Day) => {
    s.require("Quotes");
    return fromCents(pipeline(s.quotes(s.exec(exec)), dayArgument(s, asOf, today)));
  },
  /** Quotes dated in the period that were accepted ÷ those decided (accepted, rejected or expired). */
  winrate: (s: Snapshot, period: unknown, exec: unknown, today: Day) => {
    s.require("Quotes");
    const p = s.period(period);
    const { rate } = winRate(s.quotes(s.exec(exec)), p.start, p.end, today);
    if (rate === null) throw new FigureError(say("figure.noDecided", { period: p.label }), true);
    return rate;
  },
};

function receivable(s: Snapshot, client: unknown, asOf: unknown, today: Day) {
  const key = client === null || client === undefined || client === "" ? "*" : s.client(client).ClientID.toLowerCase();
  const sums = s.receivablesAsOf(dayArgument(s, asOf, today)).get(key) ?? { outstanding: 0, overdue: 0 };
  return { outstanding: fromCents(sums.outstanding), overdue: fromCents(sums.overdue) };
}

/** The fields SALES.CLIENT can return: the contract's Clients columns. */
export const CLIENT_FIELDS = CONTRACT.Clients.columns.map((c) => c.name);
