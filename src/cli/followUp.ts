/** The commands that follow orders and estimates: what is open, what is late or expired, and the rates. */
import { formatIsoDate, type Day } from "../core/kernel/dates";
import { formatMoney, fromCents } from "../core/kernel/money";
import { daysLate, orderFollowUp, type OrderSummary } from "../core/orders/orders";
import { daysToExpiry, quoteFollowUp, type QuoteSummary } from "../core/orders/quotes";
import { readSalesData } from "../core/workbook/salesData";
import { dayOption, type CommandOutput, type Values } from "./options";
import { UsageError } from "./usageError";
import { openWorkbook } from "./workbooks";

const iso = (day: Day | null) => (day === null ? null : formatIsoDate(day));
const percent = (rate: number | null) => (rate === null ? "–" : `${(rate * 100).toFixed(1)} %`);

export async function orders(values: Values, positionals: string[]): Promise<CommandOutput> {
  const data = await readSalesData(await openWorkbook(positionals[0]));
  if (!data.present.has("Orders")) throw new UsageError(`${positionals[0]} has no Orders table`);
  const asOf = dayOption(values, "as-of");
  const follow = orderFollowUp(data.orders, data.invoices, asOf);
  const row = (o: OrderSummary) => ({
    orderId: o.orderId,
    clientId: o.clientId,
    exec: o.exec,
    orderDate: iso(o.orderDate),
    promisedDate: iso(o.promisedDate),
    status: o.status,
    net: fromCents(o.net),
    daysLate: daysLate(o, asOf),
  });
  const { onTime } = follow;
  const json = {
    asOf: iso(asOf),
    open: follow.open.map(row),
    late: follow.late.map(row),
    onTime: { from: iso(onTime.from), to: iso(onTime.to), delivered: onTime.delivered, onTime: onTime.onTime, rate: onTime.rate },
  };
  if (values.json) return { text: JSON.stringify(json), exitCode: 0 };
  const money = (c: number) => formatMoney(c, undefined, data.settings.currency).padStart(14);
  return {
    text: [
      `Open orders as of ${json.asOf}: ${follow.open.length}, ${follow.late.length} late`,
      ...follow.open.map(
        (o) =>
          `${o.orderId.padEnd(12)} ${o.clientId.padEnd(8)} ${(o.exec ?? "").padEnd(5)} ${o.status.padEnd(9)} promised ${iso(o.promisedDate) ?? "–".padEnd(10)} ${money(o.net)}${daysLate(o, asOf) ? `  ${daysLate(o, asOf)} days late` : ""}`,
      ),
      `On time, deliveries ${json.onTime.from} – ${json.onTime.to}: ${onTime.onTime} of ${onTime.delivered} (${percent(onTime.rate)})`,
    ].join("\n"),
    exitCode: 0,
  };
}

export async function quotes(values: Values, positionals: string[]): Promise<CommandOutput> {
  const data = await readSalesData(await openWorkbook(positionals[0]));
  if (!data.present.has("Quotes")) throw new UsageError(`${positionals[0]} has no Quotes table`);
  const asOf = dayOption(values, "as-of");
  const follow = quoteFollowUp(data.quotes, data.settings.quoteValidityDays, asOf);
  const row = (q: QuoteSummary) => ({
    quoteId: q.quoteId,
    clientId: q.clientId,
    exec: q.exec,
    quoteDate: iso(q.quoteDate),
    validUntil: iso(q.validUntil),
    net: fromCents(q.net),
    status: q.status,
    daysToExpiry: daysToExpiry(q, asOf),
  });
  const { winRate } = follow;
  const json = {
    asOf: iso(asOf),
    open: follow.open.map(row),
    expired: follow.expired.map(row),
    pipeline: fromCents(follow.pipeline),
    winRate: { from: iso(winRate.from), to: iso(winRate.to), accepted: winRate.accepted, decided: winRate.decided, rate: winRate.rate },
  };
  if (values.json) return { text: JSON.stringify(json), exitCode: 0 };
  const money = (c: number) => formatMoney(c, undefined, data.settings.currency);
  const line = (q: QuoteSummary) =>
    `${q.quoteId.padEnd(12)} ${q.clientId.padEnd(8)} ${(q.exec ?? "").padEnd(5)} ${q.status.padEnd(6)} valid until ${iso(q.validUntil)} ${money(q.net).padStart(14)}`;
  return {
    text: [
      `Open quotes as of ${json.asOf}: ${follow.open.length}, worth ${money(follow.pipeline)}`,
      ...follow.open.map(line),
      ...(follow.expired.length ? [`Expired without an answer: ${follow.expired.length}`, ...follow.expired.map(line)] : []),
      `Won, quotes dated ${json.winRate.from} – ${json.winRate.to}: ${winRate.accepted} of ${winRate.decided} decided (${percent(winRate.rate)})`,
    ].join("\n"),
    exitCode: 0,
  };
}
