/**
 * A client's statement of account as of a date: each invoice still owing (issued by then, credit
 * notes and payments taken off), how late it is, the amounts by age and the total due, and how to pay.
 */
import type { Day } from "../kernel/dates";
import type { MessageLanguage } from "../kernel/messages";
import type { SalesData } from "../workbook/salesData";
import { invoiceBalances, type InvoiceBalance } from "../receivables/receivables";
import { BUCKETS, bucketOf } from "../receivables/aging";
import { howToPay, partiesOf, type BusinessDocument } from "./document";

/** The invoices a client still owes as of a date, oldest due first. */
export function openItems(data: SalesData, clientId: string, asOf: Day): InvoiceBalance[] {
  return invoiceBalances(
    data.invoices.filter((i) => i.ClientID === clientId),
    data.payments,
    asOf,
  )
    .filter((b) => b.outstanding > 0 && b.invoice.CreditOf === null)
    .sort((a, b) => (a.invoice.DueDate ?? a.invoice.IssueDate) - (b.invoice.DueDate ?? b.invoice.IssueDate));
}

export function statementDocument(
  clientId: string,
  data: SalesData,
  asOf: Day,
  asked?: MessageLanguage,
): BusinessDocument {
  const { client, words, head } = partiesOf(data, clientId, asked);
  const { word, money, date } = words;
  const items = openItems(data, clientId, asOf);
  const total = items.reduce((sum, b) => sum + b.outstanding, 0);
  const byAge = Object.fromEntries(BUCKETS.map((bucket) => [bucket, 0])) as Record<(typeof BUCKETS)[number], number>;
  for (const b of items) byAge[bucketOf(b.daysPastDue ?? 0)] += b.outstanding;
  return {
    ...head,
    title: word("doc.statement.title", { date: date(asOf) }),
    facts: [
      [word("doc.date"), date(asOf)],
      [word("doc.totalDue"), money(total)],
    ],
    lines: {
      headers: [
        word("doc.invoice"),
        word("doc.issueDate"),
        word("doc.dueDate"),
        word("doc.daysOverdue"),
        word("doc.outstanding"),
      ],
      rows: items.map((b) => [
        b.invoice.InvoiceNo,
        date(b.invoice.IssueDate),
        b.invoice.DueDate === null ? "" : date(b.invoice.DueDate),
        b.daysPastDue !== null && b.daysPastDue > 0 ? String(b.daysPastDue) : "",
        money(b.outstanding),
      ]),
      numeric: [false, false, false, true, true],
    },
    totals: [
      ...BUCKETS.filter((bucket) => byAge[bucket] > 0).map((bucket): [string, string] => [
        word(`aging.bucket.${bucket}`),
        money(byAge[bucket]),
      ]),
      [word("doc.totalDue"), money(total)],
    ],
    notes:
      items.length === 0
        ? [word("doc.statement.none")]
        : [...howToPay(client, data, null, words), word("doc.statement.note")],
  };
}
