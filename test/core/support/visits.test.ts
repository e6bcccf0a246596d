/** Site visits: planned from a date on, clients due a visit (active, VisitEveryDays or more, none planned), done in the week; as calendar events another parser reads. */
import ICAL from "ical.js";
import { visitFollowUp } from "../../../src/core/support/visits";
import { visitsIcs } from "../../../src/files/calendarIcs";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { tableData } from "../../helpers/tables";
import { recordVisitOutcome } from "../../../src/core/support/visitWrites";
import { Refusal, type WorkbookPort } from "../../../src/core/workbook/port";

const asOf = dayOf(2026, 11, 27);
const s = (d: number) => serialFromDay(d);
const data = salesDataFrom([
  tableData(
    "Clients",
    ["ClientID", "Name", "Exec", "Status", "Street", "PostalCode", "City"],
    [
      ["C-1", "Forn Puig, SL", "E01", null, "Carrer Major 1", "17001", "Girona"], // blank status: active; visited 90 days ago: due
      ["C-2", "Serra SA", "E01", "Active", null, null, null], // visited 89 days ago: not due
      ["C-3", "Vidal", "E02", "Active", null, null, null], // never visited: due
      ["C-4", "Closed SL", "E02", "Inactive", null, null, null], // inactive: never due
      ["C-5", "Plans SL", "E02", "Active", null, null, null], // never visited but planned: not due
    ],
  ),
  tableData(
    "Visits",
    ["VisitID", "ClientID", "Exec", "Scheduled", "Purpose", "Status", "Outcome"],
    [
      ["V-1", "C-1", "E01", s(asOf - 90), "Seguiment", "Done", "Bé"],
      ["V-2", "C-2", "E01", s(asOf - 89), "Seguiment", "Done", "Bé"],
      ["V-3", "C-5", "E02", s(asOf), "Demostració, nova", "Planned", null], // planned today: counts as planned
      ["V-4", "C-2", "E01", s(asOf - 6), "Renovació", "Done", "Signat"], // done in the 7 days
      ["V-5", "C-4", "E02", s(asOf - 7), "Renovació", "Done", "Pendent"], // 7 days ago: outside the week
      ["V-6", "C-3", "E02", s(asOf - 2), "Visita", "Planned", null], // planned in the past: not planned from today on
    ],
  ),
]);

describe("visits", () => {
  it("list those planned from the date on, the clients due one, and those done in the 7 days up to it", () => {
    const f = visitFollowUp(data.visits, data.clients, 90, asOf);
    expect(f.planned.map((v) => v.VisitID)).toEqual(["V-3"]);
    expect(f.due).toEqual([
      { clientId: "C-3", exec: "E02", lastVisit: null, daysSince: null }, // never visited first
      { clientId: "C-1", exec: "E01", lastVisit: asOf - 90, daysSince: 90 }, // exactly VisitEveryDays ago
    ]);
    expect(f.done.map((v) => v.VisitID)).toEqual(["V-4"]);
  });

  it("write each planned visit as an all-day event that another calendar parser reads back", () => {
    const visit = data.visits.find((v) => v.VisitID === "V-3")!;
    const text = visitsIcs([visit], data.clients, data.team, new Date("2026-11-27T10:00:00Z"));
    const calendar = new ICAL.Component(ICAL.parse(text));
    const [event] = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    expect(event.uid).toBe("V-3@salesdesk");
    expect(event.summary).toBe("Plans SL · Demostració, nova");
    expect(event.startDate.toString()).toBe("2026-11-27");
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe("2026-11-28");
  });
});

describe("a visit recorded as done", () => {
  const visit = data.visits.find((v) => v.VisitID === "V-3")!; // planned for the day itself
  const port = () =>
    ({ updateRow: jest.fn(async () => ({ ok: true as const })) }) as unknown as WorkbookPort & { updateRow: jest.Mock };

  it("is refused before its day, saying from when, and nothing is written", async () => {
    const ahead = port();
    await expect(recordVisitOutcome(ahead, visit, "Bé", "", asOf - 1)).rejects.toThrow(Refusal);
    await expect(recordVisitOutcome(ahead, visit, "Bé", "", asOf - 1)).rejects.toMatchObject({
      said: { code: "visit.ahead", params: { visit: "V-3", date: "27/11/2026" } },
    });
    expect(ahead.updateRow).not.toHaveBeenCalled();
  });

  it("is written from its day on", async () => {
    const onTheDay = port();
    await expect(recordVisitOutcome(onTheDay, visit, "Bé", "Trucar", asOf)).resolves.toEqual({ ok: true });
    expect(onTheDay.updateRow).toHaveBeenCalledWith("Visits", "VisitID", "V-3", [
      { column: "Status", from: "Planned", to: "Done" },
      { column: "Outcome", from: null, to: "Bé" },
      { column: "NextAction", from: null, to: "Trucar" },
    ]);
  });
});
