/**
 * Visits and meetings in the Outlook calendar through the Graph client and the stand-in: made once,
 * found again by our property and updated when they move, cancelled when called off; attendees from Team.
 */
import { GraphClient } from "../../src/m365/graph";
import { meetingEvent, syncEvents, visitEvent } from "../../src/m365/calendar";
import { salesDataFrom } from "../../src/core/workbook/salesData";
import { dayOf, serialFromDay } from "../../src/core/kernel/dates";
import { tableData } from "../helpers/tables";
import { GraphStandIn } from "../helpers/graphStandIn";

const standIn = new GraphStandIn();
let base = "";
beforeAll(async () => (base = await standIn.start()));
afterAll(() => standIn.stop());

const day = dayOf(2026, 12, 3);
const data = (meetingDay: number, status: string) =>
  salesDataFrom([
    tableData(
      "Team",
      ["ExecID", "Name", "Email"],
      [
        ["E01", "Anna Puig", "anna@exemple.cat"],
        ["E02", "Marc Vidal", "marc@exemple.cat"],
      ],
    ),
    tableData(
      "Clients",
      ["ClientID", "Name", "Street", "City"],
      [["C-1", "Forn Puig, SL", "Carrer Major 1", "Girona"]],
    ),
    tableData(
      "Visits",
      ["VisitID", "ClientID", "Exec", "Scheduled", "Purpose", "Status"],
      [["V-00001", "C-1", "E02", serialFromDay(day), "Renovació", "Planned"]],
    ),
    tableData(
      "Meetings",
      ["MeetingID", "Date", "Start", "End", "Title", "Attendees", "Status"],
      [["M-00001", serialFromDay(meetingDay), "09:30", null, "Setmanal", "E01, Marc Vidal", status]],
    ),
  ]);

describe("the Outlook calendar", () => {
  it("gets each planned visit and meeting once, updates the one that moved, and cancels the one called off", async () => {
    const graph = new GraphClient(async (scopes) => `token-for-${scopes.join()}`, {
      base,
      sleep: async () => undefined,
    });
    const items = (d: ReturnType<typeof data>) => [
      ...d.visits.map((v) => visitEvent(v, d.clients, d.team, "Europe/Madrid")),
      ...d.meetings.map((m) => meetingEvent(m, d.clients, d.team, "Europe/Madrid")),
    ];
    const first = await syncEvents(graph, items(data(day, "Planned")));
    expect(first.map((o) => o.state)).toEqual(["created", "created"]);
    const meeting = [...standIn.events.values()].find((e) => e.body.subject === "Setmanal")!;
    expect(meeting.body).toMatchObject({
      start: { dateTime: "2026-12-03T09:30:00", timeZone: "Europe/Madrid" },
      end: { dateTime: "2026-12-03T10:30:00", timeZone: "Europe/Madrid" },
      attendees: [
        { emailAddress: { address: "anna@exemple.cat", name: "Anna Puig" }, type: "required" },
        { emailAddress: { address: "marc@exemple.cat", name: "Marc Vidal" }, type: "required" },
      ],
    });
    expect([...standIn.events.values()].find((e) => e.body.isAllDay)!.body).toMatchObject({
      location: { displayName: "Carrer Major 1, Girona" },
    });
    // the meeting moves a day: the same event is updated, none added
    const moved = await syncEvents(graph, items(data(day + 1, "Planned")));
    expect(moved.map((o) => o.state)).toEqual(["updated", "updated"]);
    expect(standIn.events.size).toBe(2);
    expect(standIn.events.get(meeting.id)!.body.start).toEqual({
      dateTime: "2026-12-04T09:30:00",
      timeZone: "Europe/Madrid",
    });
    // called off: cancelled in the calendar
    const off = await syncEvents(graph, items(data(day + 1, "Cancelled")));
    expect(off.map((o) => o.state)).toEqual(["updated", "cancelled"]);
    expect(standIn.events.get(meeting.id)!.cancelled).toBe(true);
    expect(standIn.log.every((r) => r.auth === "Bearer token-for-Calendars.ReadWrite")).toBe(true);
  });

  it("finds an event by an ID holding quotes, #, & or + as that ID alone: never another's, never a duplicate", async () => {
    const graph = new GraphClient(async () => "token", { base, sleep: async () => undefined });
    const visit = (id: string) =>
      visitEvent(
        { ...data(day, "Planned").visits[0], VisitID: id },
        data(day, "Planned").clients,
        data(day, "Planned").team,
        "Europe/Madrid",
      );
    const ids = ["V-1", "V-1' or ep/value eq 'V-1", "V#2", "V&3", "V+4"];
    const events = standIn.events.size;
    expect((await syncEvents(graph, ids.map(visit))).map((o) => o.state)).toEqual(Array(5).fill("created"));
    expect((await syncEvents(graph, ids.map(visit))).map((o) => o.state)).toEqual(Array(5).fill("updated"));
    expect(standIn.events.size - events).toBe(5);
  });
});
