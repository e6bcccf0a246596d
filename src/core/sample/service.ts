/** The sample's customer service: visits to clients (done, cancelled, planned) and requests and complaints with their priorities. */
import type { Day } from "../kernel/dates";
import { nextWorkingDay } from "../kernel/periods";
import type { Random } from "../kernel/random";
import type { Cell } from "../workbook/port";
import { NEXT_ACTIONS, RESPONSE_DAYS, SUBJECTS, VISIT_OUTCOMES, VISIT_PURPOSES } from "./words";
import { dueByOf, priorityOf } from "../service/requests";
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
export function sampleRequests(rnd: Random, count: number, pickClient: () => Row, today: Day, holidays: ReadonlySet<Day>): Row[] {
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
