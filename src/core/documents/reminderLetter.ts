/**
 * A reminder as the letter sent to the client, in the client's language: the subject as its title,
 * the greeting and opening, the overdue invoices as a table, the total, how to pay, the closing.
 */
import type { Day } from "../kernel/dates";
import type { MessageLanguage } from "../kernel/messages";
import type { SalesData } from "../workbook/salesData";
import { letterParts, type Reminder } from "../receivables/reminders";
import { howToPay, partiesOf, type BusinessDocument } from "./document";

export function reminderLetter(
  reminder: Reminder,
  data: SalesData,
  asOf: Day,
  asked?: MessageLanguage,
): BusinessDocument {
  const { client, words, head } = partiesOf(data, reminder.client.ClientID, asked ?? reminder.language);
  const { word, money, date } = words;
  const parts = letterParts(
    head.language,
    reminder.level,
    reminder.client,
    reminder.invoices,
    reminder.total,
    data.settings.currency,
  );
  return {
    ...head,
    title: parts.subject,
    facts: [[word("doc.date"), date(asOf)]],
    intro: [parts.greeting, parts.opening],
    lines: {
      headers: [word("doc.invoice"), word("doc.dueDate"), word("doc.daysOverdue"), word("doc.outstanding")],
      rows: reminder.invoices.map((i) => [i.invoiceNo, date(i.dueDate), String(i.daysPastDue), money(i.outstanding)]),
      numeric: [false, false, true, true],
    },
    totals: [[word("doc.totalDue"), money(reminder.total)]],
    notes: [...howToPay(client, data, null, words), parts.closing, parts.signature, head.issuer[0] ?? ""].filter(
      (line) => line !== "",
    ),
  };
}
