/** The commands that follow orders and estimates (what is open, late or expired, and the rates), and write a quote. */
import {
  formatIsoDate,
  formatMoney,
  formatPercent,
  fromCents,
  LOCALES,
  type Day,
  type MessageLanguage,
} from "../core/kernel";
import {
  daysLate,
  orderFollowUp,
  type OrderSummary,
  daysToExpiry,
  quoteFollowUp,
  quotesOf,
  type QuoteSummary,
  estimateDocument,
  issueQuote,
  lineNet,
  type DraftLine,
} from "../core/orders";
import { documentDocx } from "../files/documentDocx";
import { readSalesData } from "../core/workbook";
import { dayOption, messageLanguage, type CommandOutput, type Values } from "./options";
import { dmy, wordsIn } from "./words";
import { UsageError } from "./usageError";
import { openWorkbook, openWritable } from "./workbooks";
import { writeWhole } from "./files";
import { parseRate } from "../core/locale";

const iso = (day: Day | null) => (day === null ? null : formatIsoDate(day));
const percent = (rate: number | null, language: MessageLanguage) =>
  rate === null ? "–" : formatPercent(rate, language);

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
    onTime: {
      from: iso(onTime.from),
      to: iso(onTime.to),
      delivered: onTime.delivered,
      onTime: onTime.onTime,
      rate: onTime.rate,
    },
  };
  if (values.json) return { text: JSON.stringify(json), exitCode: 0 };
  const language = messageLanguage(values);
  const say = wordsIn(language);
  const money = (c: number) => formatMoney(c, LOCALES[language], data.settings.currency).padStart(14);
  return {
    text: [
      say("orders.head", { date: { day: asOf }, n: follow.open.length, late: follow.late.length }),
      ...follow.open.map(
        (o) =>
          `${o.orderId.padEnd(12)} ${o.clientId.padEnd(8)} ${(o.exec ?? "").padEnd(5)} ${o.status.padEnd(9)} ${say("orders.promised", { date: dmy(o.promisedDate) })} ${money(o.net)}${daysLate(o, asOf) ? `  ${say("orders.late", { n: daysLate(o, asOf) })}` : ""}`,
      ),
      say("orders.onTime", {
        from: { day: onTime.from },
        to: { day: onTime.to },
        onTime: onTime.onTime,
        delivered: onTime.delivered,
        rate: percent(onTime.rate, language),
      }),
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
    winRate: {
      from: iso(winRate.from),
      to: iso(winRate.to),
      accepted: winRate.accepted,
      decided: winRate.decided,
      rate: winRate.rate,
    },
  };
  if (values.json) return { text: JSON.stringify(json), exitCode: 0 };
  const language = messageLanguage(values);
  const say = wordsIn(language);
  const money = (c: number) => formatMoney(c, LOCALES[language], data.settings.currency);
  const line = (q: QuoteSummary) =>
    `${q.quoteId.padEnd(12)} ${q.clientId.padEnd(8)} ${(q.exec ?? "").padEnd(5)} ${q.status.padEnd(6)} ${say("quotes.validUntil", { date: dmy(q.validUntil) })} ${money(q.net).padStart(14)}`;
  return {
    text: [
      say("quotes.head", { date: { day: asOf }, n: follow.open.length, amount: money(follow.pipeline) }),
      ...follow.open.map(line),
      ...(follow.expired.length
        ? [say("quotes.expired", { n: follow.expired.length }), ...follow.expired.map(line)]
        : []),
      say("quotes.won", {
        from: { day: winRate.from },
        to: { day: winRate.to },
        accepted: winRate.accepted,
        decided: winRate.decided,
        rate: percent(winRate.rate, language),
      }),
    ].join("\n"),
    exitCode: 0,
  };
}

/** "A001:3" or "A001:3:10%" (or :0,1): a product, its quantity and its discount. */
function draftLine(text: string): DraftLine {
  const [sku, quantity, discount] = text.split(":");
  const n = Number(quantity);
  const rate = discount === undefined ? { rate: 0 } : parseRate(discount);
  if (!sku || !Number.isFinite(n) || n <= 0 || !rate || rate.rate < 0 || rate.rate >= 1)
    throw new UsageError(`--line ${text}: write SKU:QUANTITY or SKU:QUANTITY:DISCOUNT (A001:3:10%)`);
  return { sku, quantity: n, discount: rate.rate };
}

export async function quote(values: Values, positionals: string[]): Promise<CommandOutput> {
  const out = values.out;
  if (typeof out !== "string") throw new UsageError("--out OUT.xlsx is required");
  const lines = (Array.isArray(values.line) ? values.line : typeof values.line === "string" ? [values.line] : []).map(
    draftLine,
  );
  if (lines.length === 0) throw new UsageError("name the quote's lines: --line SKU:QUANTITY[:DISCOUNT], once a line");
  const workbook = await openWritable(positionals[0]);
  const data = await readSalesData(workbook);
  if (!data.present.has("Quotes")) throw new UsageError(`${positionals[0]} has no Quotes table`);
  const client = data.clients.find((c) => c.ClientID === values.client);
  if (!client) throw new UsageError(`--client ${String(values.client ?? "")}: no such ClientID in the Clients table`);
  const today = dayOption(values, "today");
  const validUntil =
    values["valid-until"] === undefined ? today + data.settings.quoteValidityDays : dayOption(values, "valid-until");
  const draft = { clientId: client.ClientID, exec: client.Exec, quoteDate: today, validUntil, lines };
  const number = await issueQuote(workbook, data.settings.quotePattern, draft, data.products);
  await writeWhole(out, await workbook.save());
  if (typeof values.docx === "string") {
    // the quote was written just now under this number
    const written = quotesOf((await readSalesData(workbook)).quotes, data.settings.quoteValidityDays).find(
      (q) => q.quoteId === number,
    )!;
    await writeWhole(values.docx, await documentDocx(estimateDocument(written, data)));
  }
  // parseLines kept only SKUs of the price list
  const net = lines.reduce((sum, l) => sum + lineNet(data.products.find((p) => p.SKU === l.sku)!.UnitPrice, l), 0);
  const language = messageLanguage(values);
  const say = wordsIn(language);
  return {
    text: [
      say("quotes.wrote", {
        file: out,
        number,
        client: `${client.ClientID} ${client.Name ?? ""}`.trim(),
        n: lines.length,
        net: formatMoney(net, LOCALES[language], data.settings.currency),
        date: { day: validUntil },
      }),
      ...(typeof values.docx === "string" ? [say("quotes.estimate", { file: values.docx })] : []),
    ].join("\n"),
    exitCode: 0,
  };
}
