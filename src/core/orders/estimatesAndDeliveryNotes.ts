/** The estimate of a quote and the delivery note of an order, as documents in the client's language. */
import { roundHalfAway, type Cents } from "../kernel/money";
import type { SalesData } from "../workbook/salesData";
import { partiesOf, type BusinessDocument } from "../documents/document";
import type { OrderSummary } from "./orders";
import { quoteLineNet, type QuoteSummary } from "./quotes";

const productName = (data: SalesData, sku: string | null) =>
  data.products.find((p) => p.SKU === sku)?.Name ?? sku ?? "";

/** The estimate: its lines with price and discount, the tax base, the VAT of each rate, the total, and how long it holds. */
export function estimateDocument(quote: QuoteSummary, data: SalesData): BusinessDocument {
  const { words, head } = partiesOf(data, quote.clientId);
  const { word, money, number, percent, date } = words;
  const byRate = new Map<number, Cents>();
  const rows = quote.lines.map((l) => {
    const net = quoteLineNet(l);
    const rate = data.products.find((p) => p.SKU === l.SKU)?.VATRate ?? data.settings.vatRate;
    byRate.set(rate, (byRate.get(rate) ?? 0) + net);
    return [
      productName(data, l.SKU),
      number(l.Quantity ?? 0),
      money(l.UnitPrice ?? 0),
      l.Discount ? percent(l.Discount) : "",
      money(net),
    ];
  });
  const vat = [...byRate]
    .sort((a, b) => a[0] - b[0])
    .map(([rate, base]) => [rate, roundHalfAway(base * rate)] as const);
  const total = quote.net + vat.reduce((sum, [, v]) => sum + v, 0);
  return {
    ...head,
    title: word("doc.estimate.title", { number: quote.quoteId }),
    facts: [
      [word("doc.number"), quote.quoteId],
      [word("doc.date"), date(quote.quoteDate)],
      [word("doc.validUntil"), date(quote.validUntil)],
    ],
    lines: {
      headers: [
        word("doc.product"),
        word("doc.quantity"),
        word("doc.unitPrice"),
        word("doc.discount"),
        word("doc.net"),
      ],
      rows,
      numeric: [false, true, true, true, true],
    },
    totals: [
      [word("doc.base"), money(quote.net)],
      ...vat.map(([rate, v]): [string, string] => [word("doc.vat", { rate: percent(rate) }), money(v)]),
      [word("doc.total"), money(total)],
    ],
    notes: [word("doc.estimate.note", { date: date(quote.validUntil) })],
  };
}

/** The delivery note: what is delivered (the lines not cancelled), the order it fulfils, where and when. */
export function deliveryNote(order: OrderSummary, data: SalesData, delivered: number): BusinessDocument {
  const { words, head } = partiesOf(data, order.clientId);
  const { word, number, date } = words;
  const lines = order.lines.filter((l) => l.Status !== "Cancelled");
  const contract = order.lines.find((l) => l.ContractRef)?.ContractRef;
  return {
    ...head,
    title: word("doc.delivery.title", { number: order.orderId }),
    facts: [
      [word("doc.order"), order.orderId],
      [word("doc.orderDate"), date(order.orderDate)],
      [word("doc.deliveryDate"), date(order.deliveredDate ?? delivered)],
      ...(contract ? [[word("doc.contract"), contract] as [string, string]] : []),
    ],
    lines: {
      headers: [word("doc.product"), word("doc.sku"), word("doc.quantity")],
      rows: lines.map((l) => [productName(data, l.SKU), l.SKU ?? "", number(l.Quantity ?? 0)]),
      numeric: [false, false, true],
    },
    totals: [],
    notes: [word("doc.delivery.note")],
  };
}
