/** Requests and complaints: the priority matrix, due dates in working days as WORKDAY counts them, and the queue. */
import { dueByOf, priorityOf, requestQueue } from "../../../src/core/support/requests";
import { replyTo } from "../../../src/core/support/replies";
import { dayOf, serialFromDay, weekday } from "../../../src/core/kernel/dates";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { tableData } from "../../helpers/tables";

const sla = { P1: 0, P2: 1, P3: 3, P4: 5 };
const friday = dayOf(2026, 11, 27);
const saturday = friday + 1;
const holidays = new Set([dayOf(2026, 12, 8)]); // a Tuesday

describe("requests", () => {
  it("take their priority from impact × urgency", () => {
    const cases: [string | null, string | null, string][] = [
      ["High", "High", "P1"],
      ["High", "Medium", "P2"],
      ["Medium", "High", "P2"],
      ["Medium", "Medium", "P3"],
      ["High", "Low", "P3"],
      ["Low", "High", "P3"],
      ["Medium", "Low", "P4"],
      ["Low", "Medium", "P4"],
      ["Low", "Low", "P4"],
      [null, "High", "P4"],
    ];
    for (const [impact, urgency, priority] of cases)
      expect([impact, urgency, priorityOf(impact, urgency)]).toEqual([impact, urgency, priority]);
  });

  it("are due their service level in working days: Saturday + 1 is Monday, 0 days is the day or the next working one, holidays skipped", () => {
    expect(weekday(friday)).toBe(4);
    expect(dueByOf(friday, "P1", { sla, holidays })).toBe(friday);
    expect(dueByOf(saturday, "P1", { sla, holidays })).toBe(friday + 3); // Monday
    expect(dueByOf(saturday, "P2", { sla, holidays })).toBe(friday + 3);
    expect(dueByOf(friday, "P2", { sla, holidays })).toBe(friday + 3);
    expect(dueByOf(friday, "P3", { sla, holidays })).toBe(friday + 5); // Mon, Tue, Wed
    expect(dueByOf(dayOf(2026, 12, 7), "P2", { sla, holidays })).toBe(dayOf(2026, 12, 9)); // Monday + 1 skips the holiday on Tuesday
    expect(dueByOf(dayOf(2026, 12, 8), "P1", { sla, holidays })).toBe(dayOf(2026, 12, 9)); // received on the holiday
  });

  it("queue the open ones: overdue first, then P1 → P4, then by due date; a typed priority wins", () => {
    const d = (day: number) => serialFromDay(day);
    const data = salesDataFrom([
      tableData(
        "Requests",
        ["TicketID", "Received", "ClientID", "Kind", "Subject", "Impact", "Urgency", "Priority", "Status"],
        [
          ["T-1", d(friday), "C-1", "Request", "a", "Low", "Low", null, "Open"], // P4, due in 5 working days
          ["T-2", d(friday - 10), "C-1", "Complaint", "b", "Low", "Low", null, "InProgress"], // P4, overdue
          ["T-3", d(friday), "C-1", "Request", "c", "Low", "Low", "P1", "Open"], // typed P1, due today: not overdue
          ["T-4", d(friday - 1), "C-2", "Request", "d", "High", "High", null, "Open"], // P1 due yesterday: overdue
          ["T-5", d(friday - 30), "C-2", "Request", "e", "High", "High", null, "Resolved"],
        ],
      ),
    ]);
    const q = requestQueue(data.requests, { sla, holidays }, friday);
    expect(q.queue.map((t) => [t.ticketId, t.priority])).toEqual([
      ["T-4", "P1"],
      ["T-2", "P4"],
      ["T-3", "P1"],
      ["T-1", "P4"],
    ]);
    expect([q.overdue, q.byPriority]).toEqual([2, { P1: 2, P2: 0, P3: 0, P4: 2 }]);
  });
});

describe("the first answer to a request", () => {
  it("is in the client's language, names the ticket and the day it will be answered, and apologises for a complaint", () => {
    const data = salesDataFrom([
      tableData(
        "Clients",
        ["ClientID", "Name", "Contact", "PostalCode", "Country"],
        [
          ["C-1", "Forn Puig", "Anna", "17001", "ES"],
          ["C-2", "López SA", null, "28001", "ES"],
        ],
      ),
      tableData(
        "Requests",
        ["TicketID", "Received", "ClientID", "Kind", "Subject", "Impact", "Urgency", "Status"],
        [
          ["T-1", serialFromDay(friday), "C-1", "Complaint", "Producte defectuós", "High", "Medium", "Open"],
          ["T-2", serialFromDay(friday), "C-2", "Request", "Duplicado de factura", "Low", "Low", "Open"],
        ],
      ),
    ]);
    const [complaint, request] = requestQueue(data.requests, { sla, holidays }, friday).queue;
    expect(replyTo(complaint, data.clients[0], "Solucions del Vallès, SL")).toEqual({
      language: "ca",
      text: "Benvolgut/da Anna,\n\nLamentem les molèsties: hem rebut la vostra reclamació «Producte defectuós» (número T-1) i us respondrem abans del 30/11/2026.\n\nCordialment,\nSolucions del Vallès, SL",
    });
    expect(replyTo(request, data.clients[1], "S").text).toMatch(
      /^Buenos días:\n\nHemos recibido su petición «Duplicado de factura» \(número T-2\) y le responderemos antes del 04\/12\/2026\./,
    );
  });
});
