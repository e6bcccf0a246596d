/**
 * What the admin follows up on a day, at its edges: meetings and visits on the day itself, 7 days
 * before it and 8, cancelled or held, in time order when dates tie; an agenda's points as typed.
 */
import { meetingFollowUp, meetingsOf, pointsOf } from "../../../src/core/support/meetings";
import { visitFollowUp } from "../../../src/core/support/visits";
import type { Client, Meeting, TeamMember, Visit } from "../../../src/core/workbook/contract";
import { dayOf } from "../../../src/core/kernel/dates";

const day = dayOf(2026, 12, 7); // a Monday
const meeting = (id: string, offset: number, status: string | null, start: string | null = null, attendees = "E01") =>
  ({
    MeetingID: id,
    Date: day + offset,
    Start: start,
    End: null,
    Title: id,
    Attendees: attendees,
    Status: status,
  }) as Meeting;
const ids = (list: readonly { MeetingID: string }[]) => list.map((m) => m.MeetingID);

describe("meetings followed up on a day", () => {
  const meetings = [
    meeting("M-late", 0, "Planned", "16:00"),
    meeting("M-early", 0, null, "09:30"), // a blank status is planned
    meeting("M-nostart", 0, "Planned"), // no start: first of its day
    meeting("M-b", 3, "Planned", "10:00"),
    meeting("M-a", 3, "Planned", "10:00"), // the same moment: by ID
    meeting("M-yesterday", -1, "Planned"),
    meeting("M-old", -30, "Planned"),
    meeting("M-cancelled", 1, "Cancelled"),
    meeting("M-held-today", 0, "Held"),
    meeting("M-held-6", -6, "Held"),
    meeting("M-held-7", -7, "Held"), // a week ago: out of the week up to the day
    meeting("M-held-later", 1, "Held"),
  ];

  it("lists the planned ones from the day on in time order, those before it still awaiting minutes, and those held in the 7 days up to it", () => {
    const f = meetingFollowUp(meetings, day);
    expect(ids(f.upcoming)).toEqual(["M-nostart", "M-early", "M-late", "M-a", "M-b"]);
    expect(ids(f.awaitingMinutes)).toEqual(["M-old", "M-yesterday"]);
    expect(ids(f.held)).toEqual(["M-held-6", "M-held-today"]);
  });

  it("gives an exec the meetings they attend between two days, both included, by ID or by name, never cancelled ones", () => {
    const team = [{ ExecID: "E02", Name: "Anna Puig", Region: null }] as TeamMember[];
    const theirs = [
      meeting("T-1", 0, "Planned", "12:00", "E01; Anna Puig"),
      meeting("T-2", 0, "Planned", "08:00", "anna puig"),
      meeting("T-3", 4, "Held", null, "E02"),
      meeting("T-4", 5, "Planned", null, "E02"), // the day after the range
      meeting("T-5", -1, "Planned", null, "E02"), // the day before
      meeting("T-6", 2, "Cancelled", null, "E02"),
      meeting("T-7", 2, "Planned", null, "E01"),
    ];
    expect(ids(meetingsOf(theirs, team, "E02", day, day + 4))).toEqual(["T-2", "T-1", "T-3"]);
  });

  it("takes an agenda's own numbering and bullets off its points, one a line, blank lines dropped", () => {
    expect(
      pointsOf("1. Prices\r\n  2) Stock \n\n- Holidays\n• Targets\n* Visits\n10. Other\n3 cases of wine\n-2 degrees"),
    ).toEqual(["Prices", "Stock", "Holidays", "Targets", "Visits", "Other", "3 cases of wine", "2 degrees"]);
    expect(pointsOf(null)).toEqual([]);
  });
});

describe("visits followed up on a day", () => {
  const visit = (id: string, client: string, offset: number, status: string) =>
    ({ VisitID: id, ClientID: client, Exec: "E01", Scheduled: day + offset, Status: status }) as Visit;
  const client = (id: string, status: string | null = "Active") =>
    ({ ClientID: id, Exec: "E01", Status: status }) as Client;

  it("lists the visits planned from the day on by date then ID, the clients due one, and the visits done in the 7 days up to it", () => {
    const visits = [
      visit("V-3", "C-plan", 0, "Planned"), // on the day: planned
      visit("V-2", "C-x", 5, "Planned"),
      visit("V-1", "C-y", 5, "Planned"),
      visit("V-past", "C-stale", -1, "Planned"), // planned for yesterday: no plan any more
      visit("V-d0", "C-90", -90, "Done"), // exactly VisitEveryDays ago: due
      visit("V-d1", "C-89", -89, "Done"), // a day short: not due
      visit("V-d2", "C-89", -200, "Done"),
      visit("V-d3", "C-later", 3, "Done"), // typed as done ahead of the day: not a visit yet
      visit("V-w0", "C-w", 0, "Done"),
      visit("V-w6", "C-w", -6, "Done"),
      visit("V-w7", "C-w", -7, "Done"),
    ];
    const clients = [
      client("C-plan"),
      client("C-stale"),
      client("C-90"),
      client("C-89"),
      client("C-later"),
      client("C-w"),
      client("C-never", null),
      client("C-gone", "Inactive"),
    ];
    const f = visitFollowUp(visits, clients, 90, day);
    expect(f.planned.map((v) => v.VisitID)).toEqual(["V-3", "V-1", "V-2"]);
    expect(f.due.map((d) => [d.clientId, d.lastVisit === null ? null : d.lastVisit - day, d.daysSince])).toEqual([
      ["C-later", null, null], // never visited first, by ID
      ["C-never", null, null],
      ["C-stale", null, null],
      ["C-90", -90, 90],
    ]);
    expect(f.done.map((v) => v.VisitID)).toEqual(["V-w6", "V-w0"]);
  });
});
