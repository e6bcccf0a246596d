/**
 * An invoice as the document sent to the client, complete for Spain (RD 1619/2012, art. 6): number
 * and series, date of issue, the issuer's and the recipient's names, tax IDs and addresses, what was
 * supplied, the tax base, the VAT rate and amount, the total; a credit note (factura rectificativa)
 * names the invoice it rectifies and why (art. 15). Then the due date and how to pay.
 */
import type { MessageLanguage } from "../kernel/messages";
import type { Invoice } from "../workbook/contract";
import type { SalesData } from "../workbook/salesData";
import { invoiceTotal } from "../receivables/receivables";
import { howToPay, partiesOf, type BusinessDocument } from "./document";
import { VERIFIABLE_LEGEND, verificationUrl } from "../invoicing/verifactu/records";
import { surchargeOf } from "../invoicing/invoicing";
import { surchargeRate } from "../kernel/money";
import { seriesOf } from "../kernel/numbering";
import { partsOf } from "../kernel/dates";

export function invoiceDocument(invoice: Invoice, data: SalesData, asked?: MessageLanguage): BusinessDocument {
  const { client, words, head } = partiesOf(data, invoice.ClientID, asked);
  const { word, money, percent, number, date } = words;
  const credit = invoice.CreditOf !== null;
  const creditOf = invoice.CreditOf ?? "";
  const rectified = credit ? data.invoices.find((i) => i.InvoiceNo === invoice.CreditOf) : undefined;
  const net = invoice.Net ?? 0;
  const rate = invoice.VATRate ?? 0;
  const surcharge = surchargeOf(invoice);
  const vat = invoice.VAT ?? invoiceTotal(invoice) - net;
  const issued = invoice.IssueDate === null ? 0 : partsOf(invoice.IssueDate).year;
  const series = seriesOf(invoice.InvoiceNo, data.settings.invoicePattern, issued);
  // the order's lines when they add up to what was invoiced; else one line saying what the invoice covers
  const orderLines =
    invoice.OrderID && !credit
      ? data.orders.filter((o) => o.OrderID === invoice.OrderID && o.Status !== "Cancelled")
      : [];
  const product = (sku: string | null) => data.products.find((p) => p.SKU === sku);
  // each line's unit price without VAT and its discount from the list price, where the price list explains it (art. 6.1.f)
  const line = (description: string, quantity: number, lineNet: number, listPrice: number | null | undefined) => {
    const gross = (listPrice ?? 0) * quantity;
    const discounted = gross > 0 && gross >= lineNet;
    const unit = discounted ? (listPrice ?? 0) : Math.round(lineNet / quantity);
    return [
      description,
      number(quantity),
      money(unit),
      percent(discounted ? (gross - lineNet) / gross : 0),
      percent(rate),
      money(lineNet),
    ];
  };
  const fromOrder = orderLines.length > 0 && orderLines.reduce((sum, l) => sum + (l.Net ?? 0), 0) === net;
  const rows = fromOrder
    ? orderLines.map((l) =>
        line(product(l.SKU)?.Name ?? l.SKU ?? "", l.Quantity ?? 1, l.Net ?? 0, product(l.SKU)?.UnitPrice),
      )
    : [
        line(
          credit
            ? word("doc.creditNote.line", { number: creditOf })
            : invoice.OrderID
              ? word("doc.invoice.order", { order: invoice.OrderID })
              : word("doc.invoice.goods"),
          1,
          net,
          undefined,
        ),
      ];
  // the date of the supply, where it differs from the date of issue (art. 6.1.g)
  const delivered = fromOrder ? Math.max(...orderLines.map((l) => l.DeliveredDate ?? 0)) : 0;
  const verification = verificationUrl(data.settings, invoice);
  return {
    ...head,
    title: word(credit ? "doc.creditNote.title" : "doc.invoice.title", { number: invoice.InvoiceNo }),
    facts: [
      [word("doc.number"), invoice.InvoiceNo],
      ...(series ? [[word("doc.series"), series] as [string, string]] : []),
      [word("doc.issueDate"), date(invoice.IssueDate)],
      ...(delivered > 0 && delivered !== invoice.IssueDate
        ? [[word("doc.supplyDate"), date(delivered)] as [string, string]]
        : []),
      ...(invoice.DueDate !== null && !credit
        ? [[word("doc.dueDate"), date(invoice.DueDate)] as [string, string]]
        : []),
      ...(invoice.OrderID ? [[word("doc.order"), invoice.OrderID] as [string, string]] : []),
    ],
    intro: credit
      ? [
          word("doc.rectifies", { number: creditOf, date: rectified?.IssueDate ? date(rectified.IssueDate) : "–" }),
          ...(invoice.Reason ? [`${word("doc.reason")}: ${invoice.Reason}`] : []),
        ]
      : [],
    lines: {
      headers: [
        word("doc.description"),
        word("doc.quantity"),
        word("doc.unitPrice"),
        word("doc.discount"),
        word("doc.vatRate"),
        word("doc.net"),
      ],
      rows,
      numeric: [false, true, true, true, true, true],
    },
    totals: [
      [word("doc.base"), money(net)],
      [word("doc.vat", { rate: percent(rate) }), money(vat)],
      ...(surcharge !== 0
        ? [[word("doc.surcharge", { rate: percent(surchargeRate(rate)) }), money(surcharge)] as [string, string]]
        : []),
      [word("doc.total"), money(invoiceTotal(invoice))],
    ],
    notes: credit
      ? [word("doc.creditNote.note", { number: creditOf })]
      : howToPay(client, data, invoice.DueDate, words),
    ...(verification ? { verification: { url: verification, legend: VERIFIABLE_LEGEND } } : {}),
  };
}
