/**
 * What the admin records on requests, written through the port (issue 35): a call logged under the next
 * ticket number with the priority its urgency gives and the due date that follows, then triaged, taken
 * and resolved; a ticket changed meanwhile is reported and left as it is.
 */
import { logRequest, resolveRequest, takeRequest, triageRequest } from "../../../src/core/support/requestWrites";
import { ticketsOf, type SlaSettings } from "../../../src/core/support/requests";
import { readSalesData } from "../../../src/core/workbook/salesData";
import { outputTable } from "../../../src/core/workbook/output";
import { XlsxWorkbook } from "../../../src/files/xlsxWorkbook";
import { dayOf } from "../../../src/core/kernel/dates";
import { CONTRACT } from "../../../src/core/workbook/contract";
import type { Cell } from "../../../src/core/workbook/port";

const monday = dayOf(2026, 11, 23);
// P1 the same day, P2 the next working day, P3 three working days on, P4 five
const settings: SlaSettings = { sla: { P1: 0, P2: 1, P3: 3, P4: 5 }, holidays: new Set([dayOf(2026, 11, 24)]) };
const row = (cells: Record<string, Cell>) => CONTRACT.Requests.columns.map((c) => cells[c.name] ?? null);

async function desk(): Promise<XlsxWorkbook> {
  const book = new XlsxWorkbook();
  await book.writeSheet({
    name: "Requests",
    tables: [
      outputTable("Requests", [row({ TicketID: "T-00041", Received: monday - 7, Subject: "Old", Status: "Closed" })]),
    ],
  });
  return book;
}
const ticket = async (book: XlsxWorkbook, id: string) => {
  const data = await readSalesData(book);
  return ticketsOf(data.requests, settings).find((t) => t.ticketId === id)!;
};

describe("requests recorded", () => {
  it("log a call under the next number, its priority from its urgency (impact not known yet), due by the working days of its SLA", async () => {
    const book = await desk();
    const call = {
      clientId: "C-1",
      channel: "Phone" as const,
      kind: "Complaint" as const,
      subject: "Late",
      owner: null,
      received: monday,
    };
    expect(await logRequest(book, { ...call, urgency: "High" }, settings)).toBe("T-00042");
    expect(await logRequest(book, { ...call, urgency: "Low", channel: "Visit", owner: "E01" }, settings)).toBe(
      "T-00043",
    );
    const [high, low] = [await ticket(book, "T-00042"), await ticket(book, "T-00043")];
    // High urgency, Medium impact: P2, due the next working day (Tuesday the 24th is a holiday)
    expect([high.priority, high.dueBy, high.status, high.owner, high.record.Impact, high.record.Channel]).toEqual([
      "P2",
      dayOf(2026, 11, 25),
      "Open",
      null,
      "Medium",
      "Phone",
    ]);
    // Low urgency: P4, five working days on
    expect([low.priority, low.dueBy, low.owner, low.record.Channel, low.record.Kind, low.record.Subject]).toEqual([
      "P4",
      dayOf(2026, 12, 1),
      "E01",
      "Visit",
      "Complaint",
      "Late",
    ]);
  });

  it("triage, take and resolve a ticket; a change from a stale read is reported and writes nothing", async () => {
    const book = await desk();
    const call = {
      clientId: null,
      channel: "Phone" as const,
      kind: "Question" as const,
      subject: "Price",
      owner: null,
      received: monday,
      urgency: "Medium" as const,
    };
    await logRequest(book, call, settings);
    const stale = await ticket(book, "T-00042");
    expect((await triageRequest(book, stale, "P1", settings, false)).ok).toBe(true);
    const triaged = await ticket(book, "T-00042");
    expect([triaged.priority, triaged.dueBy]).toEqual(["P1", monday]);
    expect((await triageRequest(book, stale, "P4", settings, false)).ok).toBe(false);
    expect((await takeRequest(book, triaged, "E02")).ok).toBe(true);
    const taken = await ticket(book, "T-00042");
    expect([taken.owner, taken.status]).toEqual(["E02", "InProgress"]);
    expect((await takeRequest(book, triaged, "E03")).ok).toBe(false);
    expect((await resolveRequest(book, taken, monday + 2)).ok).toBe(true);
    const resolved = await ticket(book, "T-00042");
    expect([resolved.status, resolved.record.Resolved, resolved.owner, resolved.priority]).toEqual([
      "Resolved",
      monday + 2,
      "E02",
      "P1",
    ]);
    expect((await resolveRequest(book, taken, monday + 3)).ok).toBe(false);
  });
});
