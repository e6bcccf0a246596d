/** Reminders marked as sent: logged one row an invoice (the table made where missing), and the next run proposes the next level. */
import { markReminderSent } from "../../../src/core/receivables/reminderLog";
import { reminders } from "../../../src/core/receivables/reminders";
import { readSalesData } from "../../../src/core/workbook/salesData";
import { XlsxWorkbook } from "../../../src/files/xlsxWorkbook";
import { outputTable } from "../../../src/core/workbook/output";
import { dayOf } from "../../../src/core/kernel/dates";

const today = dayOf(2026, 11, 27);

async function workbook(): Promise<XlsxWorkbook> {
  const book = new XlsxWorkbook();
  await book.writeSheet({
    name: "Clients",
    tables: [outputTable("Clients", [["C-1", "Forn Puig, SL", ...Array(19).fill(null)]])],
  });
  const invoice = (no: string, due: number) => [
    no,
    today - 90,
    "C-1",
    null,
    null,
    100,
    0.21,
    21,
    121,
    "EUR",
    due,
    "Issued",
    null,
    null,
  ];
  await book.writeSheet({
    name: "Invoices",
    tables: [outputTable("Invoices", [invoice("2026-0001", today - 40), invoice("2026-0002", today - 20)])],
  });
  return book;
}

describe("the reminder log", () => {
  it("is made with the first reminder marked sent, grows with the next, and moves the level on", async () => {
    const book = await workbook();
    const first = reminders(await readSalesData(book), today);
    expect(first.map((r) => [r.client.ClientID, r.level, r.lastLevel])).toEqual([["C-1", 3, null]]);
    expect(await markReminderSent(book, first[0], today, "Letter")).toBe(2);
    const log = (await book.readTable("Reminders"))!;
    expect(log.headers).toEqual(["Sent", "ClientID", "InvoiceNo", "Level", "Channel"]);
    expect(log.rows.map((r) => r.slice(1))).toEqual([
      ["C-1", "2026-0001", 3, "Letter"],
      ["C-1", "2026-0002", 3, "Letter"],
    ]);
    // sent today: the client waits ReminderGapDays (7) before the next
    expect(reminders(await readSalesData(book), today + 6)).toEqual([]);
    const next = reminders(await readSalesData(book), today + 7);
    expect(next.map((r) => [r.level, r.lastLevel, r.lastSent])).toEqual([[4, 3, today]]);
    await markReminderSent(book, next[0], today + 7, "Email");
    expect((await book.readTable("Reminders"))!.rowCount).toBe(4);
    // the last level is the last: it is not passed
    expect(reminders(await readSalesData(book), today + 14).map((r) => r.level)).toEqual([4]);
  });
});
