/** The sample's customer service: visits to clients (done, cancelled, planned), requests and complaints with their priorities, meetings, and the reminders sent for overdue invoices. */
import type { Day } from "../kernel/dates";
import { nextWorkingDay } from "../kernel/periods";
import type { Random } from "../kernel/random";
import type { Cell } from "../workbook/port";
import { MEETING_WORDS, NEXT_ACTIONS, RESPONSE_DAYS, SUBJECTS, VISIT_OUTCOMES, VISIT_PURPOSES } from "./words";
import { weekday } from "../kernel/dates";
import { dueByOf, priorityOf } from "../support/requests";
import { DEFAULT_SETTINGS } from "../workbook/settings";

type Row = Record<string, Cell>;

/** A few visits per client over the year, planned ones ahead. */
export function sampleVisits(rnd: Random, clients: readonly Row[], today: Day, holidays: ReadonlySet<Day>): Row[] {
  const visits: Row[] = [];
  for (const c of clients) {
    for (let k = rnd.int(0, 4); k > 0; k--) {
      const scheduled = nextWorkingDay(today - rnd.int(-30, 360), holidays);
      const past = scheduled < today;
      visits.push({
        VisitID: null,
        ClientID: c.ClientID,
        Exec: c.Exec,
        Scheduled: scheduled,
        Purpose: rnd.pick(VISIT_PURPOSES),
        Status: past ? (rnd.chance(0.9) ? "Done" : "Cancelled") : "Planned",
        Outcome: past ? rnd.pick(VISIT_OUTCOMES) : null,
        NextAction: past ? rnd.pick(NEXT_ACTIONS) : null,
      });
    }
  }
  visits.sort((a, b) => (a.Scheduled as Day) - (b.Scheduled as Day));
  visits.forEach((v, i) => (v.VisitID = `V-${String(i + 1).padStart(5, "0")}`));
  return visits;
}

/** Requests and complaints over the year, the recent ones still open. */
export function sampleRequests(
  rnd: Random,
  count: number,
  pickClient: () => Row,
  today: Day,
  holidays: ReadonlySet<Day>,
): Row[] {
  const requests: Row[] = [];
  for (let i = 0; i < count; i++) {
    const c = pickClient();
    const received = today - rnd.int(0, 360);
    const [kind, subject] = rnd.pick(SUBJECTS);
    const impact = rnd.pick(["High", "Medium", "Low", "Low"]);
    const urgency = rnd.pick(["High", "Medium", "Medium", "Low"]);
    const priority = priorityOf(impact, urgency);
    const open = today - received < 20 && rnd.chance(0.6);
    const resolvedOn = Math.min(today, received + rnd.int(0, RESPONSE_DAYS[priority] * 2));
    requests.push({
      TicketID: null,
      Received: received,
      ClientID: c.ClientID,
      Channel: rnd.pick(["Email", "Phone", "Email", "Web", "Visit", "Letter"]),
      Kind: kind,
      Subject: subject,
      Impact: impact,
      Urgency: urgency,
      Priority: priority,
      DueBy: dueByOf(received, priority, { sla: DEFAULT_SETTINGS.sla, holidays }),
      Owner: c.Exec,
      Status: open ? rnd.pick(["Open", "InProgress"]) : rnd.pick(["Resolved", "Closed"]),
      Resolved: open ? null : resolvedOn,
    });
  }
  requests.sort((a, b) => (a.Received as Day) - (b.Received as Day));
  requests.forEach((r, i) => (r.TicketID = `T-${String(i + 1).padStart(5, "0")}`));
  return requests;
}

/** The team's Monday meeting, held for the last eight weeks and planned for the next two, and a few meetings with clients. */
export function sampleMeetings(
  rnd: Random,
  team: readonly Row[],
  clients: readonly Row[],
  today: Day,
  holidays: ReadonlySet<Day>,
): Row[] {
  const meetings: Row[] = [];
  const monday = today - weekday(today);
  const everyone = team.map((m) => m.ExecID).join(", ");
  for (let week = -8; week <= 2; week++) {
    const date = nextWorkingDay(monday + 7 * week, holidays);
    const held = date < today;
    meetings.push({
      Date: date,
      Start: "09:00",
      End: "10:00",
      Title: MEETING_WORDS.weekly,
      Attendees: everyone,
      Agenda: MEETING_WORDS.agenda,
      Minutes: held ? rnd.pick(MEETING_WORDS.minutes) : null,
      Actions: held ? rnd.pick(MEETING_WORDS.actions) : null,
      Status: held ? "Held" : "Planned",
    });
  }
  for (let k = 0; k < 4; k++) {
    const client = rnd.pick(clients);
    const date = nextWorkingDay(today + rnd.int(-20, 12), holidays);
    const start = rnd.pick([10, 11, 12, 16]);
    meetings.push({
      Date: date,
      Start: `${start}:00`,
      End: `${start + 1}:30`,
      Title: `${MEETING_WORDS.withClient} ${client.Name}`,
      Attendees: client.Exec,
      ClientID: client.ClientID,
      Agenda: rnd.pick(VISIT_PURPOSES),
      Status: date < today ? "Held" : "Planned",
      Minutes: date < today ? rnd.pick(VISIT_OUTCOMES) : null,
    });
  }
  meetings.sort((a, b) => (a.Date as Day) - (b.Date as Day) || String(a.Start).localeCompare(String(b.Start)));
  meetings.forEach((m, i) => (m.MeetingID = `M-${String(i + 1).padStart(5, "0")}`));
  return meetings;
}

/** A first reminder two weeks after an overdue invoice fell due, a second a month after that, each on a working day. */
export function sampleReminders(invoices: readonly Row[], today: Day, holidays: ReadonlySet<Day>): Row[] {
  const reminders: Row[] = [];
  for (const i of invoices.filter((i) => i.Status === "Overdue")) {
    [15, 45].forEach((after, k) => {
      const sent = nextWorkingDay((i.DueDate as Day) + after, holidays);
      if (sent < today)
        reminders.push({
          Sent: sent,
          ClientID: i.ClientID,
          InvoiceNo: i.InvoiceNo,
          Level: k + 1,
          Channel: k === 0 ? "Email" : "Letter",
        });
    });
  }
  return reminders.sort((a, b) => (a.Sent as Day) - (b.Sent as Day));
}
