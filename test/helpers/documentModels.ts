/** Every document of the documents' workbook as its model, in the client's language and in English: what test/fixtures/documents/models.json pins. */
import { invoiceDocument } from "../../src/core/documents/invoiceDocument";
import { statementDocument } from "../../src/core/documents/statementDocument";
import { reminderLetter } from "../../src/core/documents/reminderLetter";
import { reminders } from "../../src/core/receivables/reminders";
import { dayOf } from "../../src/core/kernel/dates";
import { documentData } from "./documentData";

export function documentModels(): Record<string, unknown> {
  const data = documentData();
  const asOf = dayOf(2026, 11, 27);
  const models: Record<string, unknown> = {};
  for (const invoice of data.invoices) {
    models[`invoice ${invoice.InvoiceNo}`] = invoiceDocument(invoice, data);
    models[`invoice ${invoice.InvoiceNo}, en`] = invoiceDocument(invoice, data, "en");
  }
  for (const client of data.clients)
    models[`statement ${client.ClientID}`] = statementDocument(client.ClientID, data, asOf);
  for (const reminder of reminders(data, asOf))
    models[`reminder ${reminder.client.ClientID}`] = reminderLetter(reminder, data, asOf);
  // the models as a file keeps them: non-breaking spaces as plain ones
  return JSON.parse(JSON.stringify(models).replace(/\u00a0/g, " "));
}
