/**
 * A client's statement of account as of a date: each invoice still owing (issued by then, credit
 * notes and payments taken off), how late it is, the amounts by age and the total due, and how to pay.
 */
import type { Day } from "../kernel/dates";
import type { MessageLanguage } from "../kernel/messages";
import type { SalesData } from "../workbook/salesData";
import { agedBalances, BUCKETS, type AgedBalance } from "../receivables/aging";
import { howToPay, partiesOf, type BusinessDocument } from "./document";

/**
 * The invoices a client still owes as of a date, oldest due first, each due and aged as the aging
 * ages it (one without a due date after the client's terms).
 */
export function openItems(data: SalesData, clientId: string, asOf: Day): AgedBalance[] {
  return agedBalances(data, asOf)
    .filter((a) => a.clientId === clientId && a.balance.outstanding > 0 && a.balance.invoice.CreditOf === null)
    .sort((a, b) => a.due - b.due);
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
  const total = items.reduce((sum, a) => sum + a.balance.outstanding, 0);
  const byAge = Object.fromEntries(BUCKETS.map((bucket) => [bucket, 0])) as Record<(typeof BUCKETS)[number], number>;
  for (const a of items) byAge[a.bucket] += a.balance.outstanding;
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
      rows: items.map(({ balance, due }) => [
        balance.invoice.InvoiceNo,
        date(balance.invoice.IssueDate),
        date(due),
        asOf > due ? String(asOf - due) : "",
        money(balance.outstanding),
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
