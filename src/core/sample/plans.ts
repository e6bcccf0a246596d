/** The sample's sales plans: the execs' targets, and the quotes sent to clients. */
import { partsOf, type Day } from "../kernel/dates";
import { fromCents, roundHalfAway } from "../kernel/money";
import { formatDocumentNumber } from "../kernel/numbering";
import { isoWeekLabel, monthPeriod } from "../kernel/periods";
import type { Random } from "../kernel/random";
import type { Cell } from "../workbook/port";
import { DEFAULT_SETTINGS } from "../workbook/settings";

type Row = Record<string, Cell>;

/** Targets: monthly per exec from a year's expected revenue, weekly overrides around today. */
export function sampleTargets(
  rnd: Random,
  team: readonly Row[],
  netByExec: ReadonlyMap<string, number>,
  start: Day,
  today: Day,
): Row[] {
  const targets: Row[] = [];
  const firstMonth = partsOf(start);
  for (const exec of team) {
    const monthly = (netByExec.get(exec.ExecID as string) ?? 0) / 12;
    for (let m = 0; m < 13; m++) {
      const period = monthPeriod(firstMonth.year, firstMonth.month + m);
      const label = `${partsOf(period.start).year}-${String(partsOf(period.start).month).padStart(2, "0")}`;
      targets.push({
        Period: label,
        Exec: exec.ExecID,
        Region: null,
        Category: null,
        RevenueTarget: Math.max(500, Math.round((monthly * (0.95 + rnd.next() * 0.2)) / 500) * 500),
        UnitsTarget: null,
      });
    }
    for (let w = -8; w <= 4; w++) {
      const day = today + w * 7;
      const weekly = (monthly * 12) / 52;
      targets.push({
        Period: isoWeekLabel(day),
        Exec: exec.ExecID,
        Region: null,
        Category: null,
        RevenueTarget: Math.max(100, Math.round((weekly * (0.9 + rnd.next() * 0.25)) / 100) * 100),
        UnitsTarget: null,
      });
    }
  }

  return targets;
}

/** Quotes of the past year to clients (the busier ones more often), numbered as the sample's settings say. */
export function sampleQuotes(
  rnd: Random,
  count: number,
  pickClient: () => Row,
  products: readonly Row[],
  workdays: readonly Day[],
  today: Day,
): Row[] {
  const quotes: Row[] = [];
  for (let i = 0; i < count; i++) {
    const c = pickClient();
    const product = rnd.pick(products);
    const date = workdays[rnd.int(0, workdays.length - 1)];
    const quantity = rnd.int(1, 10);
    const discount = rnd.pick([0, 0.05, 0.1, 0.15]);
    const validUntil = date + 30;
    quotes.push({
      QuoteID: null, // numbered below, in date order, as the series is
      QuoteDate: date,
      ClientID: c.ClientID,
      Exec: c.Exec,
      SKU: product.SKU,
      Quantity: quantity,
      UnitPrice: product.UnitPrice,
      Discount: discount,
      Net: fromCents(roundHalfAway((product.UnitPrice as number) * 100 * quantity * (1 - discount))),
      ValidUntil: validUntil,
      Status:
        validUntil >= today
          ? rnd.pick(["Sent", "Sent", "Accepted", "Draft"])
          : rnd.pick(["Accepted", "Rejected", "Expired", "Sent"]), // a sent one past its validity: expired unanswered
    });
  }
  quotes.sort((a, b) => (a.QuoteDate as Day) - (b.QuoteDate as Day));
  // the sample follows its own settings: Q-YYYY-NNNN, the sequence starting again each year
  const quotesInYear = new Map<number, number>();
  for (const q of quotes) {
    const year = partsOf(q.QuoteDate as Day).year;
    quotesInYear.set(year, (quotesInYear.get(year) ?? 0) + 1);
    q.QuoteID = formatDocumentNumber(DEFAULT_SETTINGS.quotePattern, year, quotesInYear.get(year) ?? 1);
  }
  return quotes;
}
