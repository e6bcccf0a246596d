/**
 * The log of reminders sent (the Reminders table): a reminder marked as sent writes one row per
 * invoice it named — the day, the client, the invoice, its level and how it went — so the next
 * reminder's level follows what was sent. A workbook without the table gets it with these first rows.
 */
import type { Day } from "../kernel/dates";
import { CONTRACT } from "../workbook/contract";
import { type REMINDER_CHANNELS } from "../workbook/codes";
import { outputTable } from "../workbook/output";
import type { WorkbookPort } from "../workbook/port";
import type { Reminder } from "./reminders";

export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];

/** Logs the reminder as sent on the day; answers how many rows were written. */
export async function markReminderSent(
  port: WorkbookPort,
  reminder: Reminder,
  sent: Day,
  channel: ReminderChannel,
): Promise<number> {
  const rows = reminder.invoices.map((i) => ({
    Sent: sent,
    ClientID: reminder.client.ClientID,
    InvoiceNo: i.invoiceNo,
    Level: reminder.level,
    Channel: channel,
  }));
  if (!(await port.tableNames()).includes("Reminders")) {
    const cells = rows.map((r) => CONTRACT.Reminders.columns.map((c) => r[c.name]));
    await port.writeSheet({ name: "Reminders", tables: [outputTable("Reminders", cells)] });
    return rows.length;
  }
  // one row an invoice; the same invoice is reminded again later, so its number is no key to claim
  for (const row of rows)
    await port.appendRow({ table: "Reminders", keyColumn: "InvoiceNo", joins: true, build: () => row });
  return rows.length;
}
