/**
 * Customer requests and complaints as the admin triages them (docs/DESIGN.md, *Requests*): a
 * priority from impact × urgency unless one is typed, a due date that many working days after the
 * request came in (counted as Excel's WORKDAY), overdue once that day has gone by unanswered, and the
 * queue in the order she works it.
 */
import type { Day } from "../kernel/dates";
import { addWorkingDays, nextWorkingDay } from "../kernel/periods";
import type { Request } from "../workbook/contract";
import type { Settings } from "../workbook/settings";

export type Priority = "P1" | "P2" | "P3" | "P4";

/** What a due date needs of the Settings: the service levels and the holidays. */
export type SlaSettings = { sla: Settings["sla"]; holidays: ReadonlySet<Day> };
export const PRIORITY_ORDER: readonly Priority[] = ["P1", "P2", "P3", "P4"];

const MATRIX: Record<string, Priority> = {
  "High|High": "P1",
  "High|Medium": "P2",
  "Medium|High": "P2",
  "Medium|Medium": "P3",
  "High|Low": "P3",
  "Low|High": "P3",
};

/** High/High P1; High/Medium or Medium/High P2; Medium/Medium, High/Low or Low/High P3; otherwise P4. */
export function priorityOf(impact: string | null, urgency: string | null): Priority {
  return MATRIX[`${impact}|${urgency}`] ?? "P4";
}

/**
 * The day a request is due: its service level in working days after it came in (weekends and Holiday
 * settings skipped, as WORKDAY counts: Saturday + 1 is Monday); 0 days is the day itself when it is a
 * working day, else the next one.
 */
export function dueByOf(received: Day, priority: Priority, settings: SlaSettings): Day {
  const days = settings.sla[priority];
  return days === 0 ? nextWorkingDay(received, settings.holidays) : addWorkingDays(received, days, settings.holidays);
}

export interface Ticket {
  ticketId: string;
  clientId: string | null;
  kind: string | null;
  subject: string;
  priority: Priority;
  received: Day;
  dueBy: Day;
  status: string;
  owner: string | null;
  record: Request;
}

export const isOpenTicket = (t: Ticket) => t.status !== "Resolved" && t.status !== "Closed";
export const isOverdue = (t: Ticket, asOf: Day) => isOpenTicket(t) && t.dueBy < asOf;

/** Every request with its priority (typed, else from impact × urgency) and its due date. */
export function ticketsOf(requests: readonly Request[], settings: SlaSettings): Ticket[] {
  return requests.map((r) => {
    const priority = r.Priority ?? priorityOf(r.Impact, r.Urgency);
    return {
      ticketId: r.TicketID,
      clientId: r.ClientID,
      kind: r.Kind,
      subject: r.Subject ?? "",
      priority,
      received: r.Received,
      dueBy: dueByOf(r.Received, priority, settings),
      status: r.Status ?? "Open",
      owner: r.Owner,
      record: r,
    };
  });
}

/** The open requests in the order she works them: overdue first, then P1 → P4, then by due date. */
export function requestQueue(requests: readonly Request[], settings: SlaSettings, asOf: Day) {
  const queue = ticketsOf(requests, settings)
    .filter(isOpenTicket)
    .sort(
      (a, b) =>
        Number(isOverdue(b, asOf)) - Number(isOverdue(a, asOf)) ||
        PRIORITY_ORDER.indexOf(a.priority) - PRIORITY_ORDER.indexOf(b.priority) ||
        a.dueBy - b.dueBy ||
        a.ticketId.localeCompare(b.ticketId),
    );
  const byPriority = Object.fromEntries(
    PRIORITY_ORDER.map((p) => [p, queue.filter((t) => t.priority === p).length]),
  ) as Record<Priority, number>;
  return { asOf, queue, overdue: queue.filter((t) => isOverdue(t, asOf)).length, byPriority };
}
