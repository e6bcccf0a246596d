/**
 * The weekly sales report (issue: weekly report against targets): for an ISO week, each exec's
 * actual against target, the month, quarter and fiscal year to date, a run-rate forecast and a
 * RAG status; breakdowns by region and category; and the summary management reads.
 */
import { parsePeriodWords } from "../locale/localeValues";
import type { Day } from "../kernel/dates";
import { dayOf, partsOf } from "../kernel/dates";
import type { Cents } from "../kernel/money";
import { countWorkingDays, Period, periodContaining } from "../kernel/periods";
import type { Problem } from "../workbook/problems";
import { agedBalances, overdueAsOf } from "../receivables/aging";
import { Basis, forEachSale, RevenueIndex, SaleLine } from "./revenue";
import type { SalesData } from "../workbook/salesData";
import { planTargets, Scope } from "./targets";
import { TeamIndex, teamIndex } from "../workbook/team";
import type { Result } from "../kernel/result";
import { fail, ok } from "../kernel/result";
import { daysLate, isLate, onTimeRate, ordersOf, type OnTime } from "../orders/orders";

export type Rag = "green" | "amber" | "red";

export interface Figures {
  actual: Cents;
  target: Cents;
  variance: Cents;
  /** actual ÷ target; null when the target is 0 */
  attainment: number | null;
  lastWeek: Cents;
  change: Cents;
  mtdActual: Cents;
  mtdTarget: Cents;
  qtdActual: Cents;
  qtdTarget: Cents;
  ytdActual: Cents;
  ytdTarget: Cents;
  /** run rate to the end of the month / quarter; null before the first working day */
  forecastMonth: Cents | null;
  forecastQuarter: Cents | null;
  status: Rag | null;
}

export interface ExecRow extends Figures {
  exec: string;
  name: string;
}

export interface BreakdownRow {
  key: string;
  actual: Cents;
  target: Cents;
  variance: Cents;
  attainment: number | null;
  status: Rag | null;
}

export interface Summary {
  topClients: { clientId: string; name: string; net: Cents }[];
  topProducts: { sku: string; name: string; net: Cents }[];
  newClients: { clientId: string; name: string }[];
  overdue: Cents;
  /** null where the Orders / Requests table is absent: orders late at the week's end, their count, and complaints open */
  lateDeliveries: number | null;
  openComplaints: number | null;
  /** the orders delivered in the week, and how many of them on time */
  onTime: OnTime | null;
  /** the orders late at the week's end, by exec (their names), then the most days late first */
  lateOrders: LateOrder[];
}

export interface LateOrder {
  orderId: string;
  clientId: string;
  exec: string | null;
  execName: string;
  promisedDate: Day;
  daysLate: number;
  net: Cents;
}

export interface WeeklyReport {
  week: string;
  from: Day;
  to: Day;
  basis: Basis;
  execs: ExecRow[];
  total: Figures;
  regions: BreakdownRow[];
  categories: BreakdownRow[];
  summary: Summary;
  problems: Problem[];
}

const EVERYONE: Scope = { exec: null, region: null, category: null };

/** The last ISO week that has ended before `today`. */
export function lastCompleteWeek(today: Day): string {
  return periodContaining("week", today - 7).label;
}

/** The first day of the fiscal year that holds `day`: the year to date runs from it. */
function fiscalYearStart(day: Day, startMonth: number): Day {
  const { year, month } = partsOf(day);
  return dayOf(month >= startMonth ? year : year - 1, startMonth, 1);
}

export function weeklyReport(data: SalesData, weekLabel: string, basisOption?: Basis): Result<WeeklyReport> {
  const parsed = parsePeriodWords(weekLabel);
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.value.kind !== "week") return fail("report.notWeek", { text: weekLabel });
  const week = parsed.value;
  const { settings } = data;
  const basis = basisOption ?? settings.revenueBasis;
  const team = teamIndex(data.team);
  const { plan, problems } = planTargets(data.targets, settings.holidays, team);
  const ref = week.end;
  const month = periodContaining("month", ref);
  const quarter = periodContaining("quarter", ref);
  const yearStart = fiscalYearStart(ref, settings.fiscalYearStartMonth);
  const index = revenueIndex(data, basis, team, Math.min(yearStart, quarter.start, week.start - 7), ref, week);
  const rag = (attainment: number | null): Rag | null =>
    attainment === null
      ? null
      : attainment >= settings.greenThreshold
        ? "green"
        : attainment >= settings.amberThreshold
          ? "amber"
          : "red";
  const forecast = (actualToDate: Cents, period: Period): Cents | null => {
    const elapsed = countWorkingDays({ ...period, end: ref }, settings.holidays);
    return elapsed === 0 ? null : Math.round((actualToDate / elapsed) * countWorkingDays(period, settings.holidays));
  };
  const figures = (revenueKey: string, target: (start: Day, end: Day) => Cents): Figures => {
    const actual = index.sum(revenueKey, week.start, week.end);
    const goal = target(week.start, week.end);
    const lastWeek = index.sum(revenueKey, week.start - 7, week.end - 7);
    const mtdActual = index.sum(revenueKey, month.start, ref);
    const qtdActual = index.sum(revenueKey, quarter.start, ref);
    const attainment = goal === 0 ? null : actual / goal;
    return {
      actual,
      target: goal,
      variance: actual - goal,
      attainment,
      lastWeek,
      change: actual - lastWeek,
      mtdActual,
      mtdTarget: target(month.start, ref),
      qtdActual,
      qtdTarget: target(quarter.start, ref),
      ytdActual: index.sum(revenueKey, yearStart, ref),
      ytdTarget: target(yearStart, ref),
      forecastMonth: forecast(mtdActual, month),
      forecastQuarter: forecast(qtdActual, quarter),
      status: rag(attainment),
    };
  };

  const execIds = [...new Set([...team.ids, ...plan.execs, ...[...index.execs].sort()])];
  const execs: ExecRow[] = execIds.map((exec) => ({
    exec,
    name: team.name(exec),
    ...figures(`e:${exec}`, (s, e) => plan.sum({ ...EVERYONE, exec }, s, e)),
  }));
  const total = figures("*", plan.team);

  const breakdown = (prefix: string, keys: string[], target: (key: string) => Cents): BreakdownRow[] =>
    keys.map((key) => {
      const actual = index.sum(`${prefix}${key}`, week.start, week.end);
      const goal = target(key);
      const attainment = goal === 0 ? null : actual / goal;
      return { key, actual, target: goal, variance: actual - goal, attainment, status: rag(attainment) };
    });
  const regionKeys = [
    ...new Set([...execIds.map((e) => team.region(e)), ...index.regions].filter((r): r is string => !!r)),
  ];
  const regions = breakdown("r:", regionKeys, (region) =>
    plan.has({ ...EVERYONE, region })
      ? plan.sum({ ...EVERYONE, region }, week.start, week.end)
      : execIds
          .filter((e) => team.region(e) === region)
          .reduce((sum, exec) => sum + plan.sum({ ...EVERYONE, exec }, week.start, week.end), 0),
  );
  const categoryKeys = [
    ...new Set([...data.products.map((p) => p.Category), ...index.categories].filter((c): c is string => !!c)),
  ];
  const categories = breakdown("c:", categoryKeys, (category) =>
    plan.sum({ ...EVERYONE, category }, week.start, week.end),
  );

  return ok({
    week: week.label,
    from: week.start,
    to: week.end,
    basis,
    execs,
    total,
    regions,
    categories,
    summary: summarize(data, index.inWeek, week),
    problems,
  });
}

/**
 * Revenue from `first` to `last` by exec ("e:"), region ("r:"), category ("c:") and in all ("*"),
 * with the lines of the report's week kept for the summary.
 */
function revenueIndex(data: SalesData, basis: Basis, team: TeamIndex, first: Day, last: Day, week: Period) {
  const index = new RevenueIndex(first, last);
  const all = index.series("*");
  // One series per exec, region and category, looked up by the line's own value (no key string per line).
  const groups = (prefix: string) => {
    const series = new Map<string, Float64Array>();
    return {
      series,
      of(value: string) {
        let a = series.get(value);
        if (!a) series.set(value, (a = index.series(prefix + value)));
        return a;
      },
    };
  };
  const [execs, regions, categories] = [groups("e:"), groups("r:"), groups("c:")];
  const inWeek: SaleLine[] = [];
  forEachSale(
    data,
    basis,
    team,
    (l) => {
      index.add(all, l.day, l.net);
      if (l.exec !== null) index.add(execs.of(l.exec), l.day, l.net);
      if (l.region !== null) index.add(regions.of(l.region), l.day, l.net);
      if (l.category !== null) index.add(categories.of(l.category), l.day, l.net);
      if (l.day >= week.start && l.day <= week.end) inWeek.push({ ...l });
    },
    { first, last },
  );
  return Object.assign(index, {
    execs: [...execs.series.keys()],
    regions: [...regions.series.keys()],
    categories: [...categories.series.keys()],
    inWeek,
  });
}

function top<K extends string>(entries: Map<K, Cents>, n: number): [K, Cents][] {
  return [...entries].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
}

function summarize(data: SalesData, inWeek: readonly SaleLine[], week: Period): Summary {
  const byClient = new Map<string, Cents>();
  const byProduct = new Map<string, Cents>();
  for (const l of inWeek) {
    byClient.set(l.clientId, (byClient.get(l.clientId) ?? 0) + l.net);
    if (l.sku) byProduct.set(l.sku, (byProduct.get(l.sku) ?? 0) + l.net);
  }
  const clientName = new Map(data.clients.map((c) => [c.ClientID, c.Name ?? c.ClientID]));
  const productName = new Map(data.products.map((p) => [p.SKU, p.Name ?? p.SKU]));
  const firstInvoice = new Map<string, Day>();
  for (const i of data.invoices) {
    if (i.CreditOf || i.Status === "Draft" || i.Status === "Cancelled") continue;
    const first = firstInvoice.get(i.ClientID);
    if (first === undefined || i.IssueDate < first) firstInvoice.set(i.ClientID, i.IssueDate);
  }
  const newClients = [...firstInvoice]
    .filter(([, d]) => d >= week.start && d <= week.end)
    .map(([id]) => ({ clientId: id, name: clientName.get(id) ?? id }));
  const orders = ordersOf(data.orders, data.invoices);
  const team = teamIndex(data.team);
  const lateOrders = orders
    .filter((o) => isLate(o, week.end))
    .map((o): LateOrder => {
      const exec = o.exec === null ? null : team.resolve(o.exec);
      return {
        orderId: o.orderId,
        clientId: o.clientId,
        exec,
        execName: exec === null ? "" : team.name(exec),
        // a late order has a promised date (isLate)
        promisedDate: o.promisedDate!,
        daysLate: daysLate(o, week.end),
        net: o.net,
      };
    })
    .sort(
      (a, b) => a.execName.localeCompare(b.execName) || b.daysLate - a.daysLate || a.orderId.localeCompare(b.orderId),
    );
  const openComplaints = data.present.has("Requests")
    ? data.requests.filter(
        (r) =>
          r.Kind === "Complaint" &&
          (r.Status === "Open" || r.Status === "InProgress") &&
          r.Received !== null &&
          r.Received <= week.end,
      ).length
    : null;
  return {
    topClients: top(byClient, 5).map(([clientId, net]) => ({
      clientId,
      name: clientName.get(clientId) ?? clientId,
      net,
    })),
    topProducts: top(byProduct, 5).map(([sku, net]) => ({ sku, name: productName.get(sku) ?? sku, net })),
    newClients,
    overdue: overdueAsOf(agedBalances(data, week.end)),
    lateDeliveries: data.present.has("Orders") ? lateOrders.length : null,
    openComplaints,
    onTime: data.present.has("Orders") ? onTimeRate(orders, week.start, week.end) : null,
    lateOrders,
  };
}
