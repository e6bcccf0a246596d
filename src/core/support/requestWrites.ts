/**
 * What the admin records on requests: a call or a visitor logged at reception (the next ticket
 * number, taken at write time), a request taken by an owner, resolved. Each change is checked against
 * what was read: a ticket changed meanwhile is reported, never overwritten.
 */
import { serialFromDay, type Day } from "../kernel/dates";
import { appendNumbered } from "./numberedRow";
import type { UpdateResult, WorkbookPort } from "../workbook/port";
import { dueByOf, priorityOf, type Priority, type SlaSettings, type Ticket } from "./requests";

/** Ticket numbers: T- and five digits, as the sample and most service desks write them. */
export const TICKET_PATTERN = "T-NNNNN";

export interface Reception {
  clientId: string | null;
  channel: "Phone" | "Visit";
  kind: "Request" | "Complaint" | "Question";
  subject: string;
  /** how urgent the caller says it is; its impact is not known yet (Medium) */
  urgency: "High" | "Medium" | "Low";
  owner: string | null;
  received: Day;
}

/** A call or a visitor as a Requests row: its priority left to the rule, its due date written; answers the ticket number. */
export async function logRequest(port: WorkbookPort, call: Reception, settings: SlaSettings): Promise<string> {
  const impact = "Medium";
  const dueBy = dueByOf(call.received, priorityOf(impact, call.urgency), settings);
  return appendNumbered(port, "Requests", "TicketID", TICKET_PATTERN, {
    Received: call.received,
    ClientID: call.clientId,
    Channel: call.channel,
    Kind: call.kind,
    Subject: call.subject,
    Impact: impact,
    Urgency: call.urgency,
    DueBy: dueBy,
    Owner: call.owner,
    Status: "Open",
  });
}

/** The ticket triaged: its priority typed (it then wins over impact × urgency), its due date following it. */
export function triageRequest(
  port: WorkbookPort,
  ticket: Ticket,
  priority: Priority,
  settings: SlaSettings,
  date1904: boolean,
): Promise<UpdateResult> {
  // The cell holds the workbook's serial: that is what the write checks it still holds.
  const dueBy = ticket.record.DueBy === null ? null : serialFromDay(ticket.record.DueBy, date1904);
  return port.updateRow("Requests", "TicketID", ticket.ticketId, [
    { column: "Priority", from: ticket.record.Priority, to: priority },
    { column: "DueBy", from: dueBy, to: dueByOf(ticket.received, priority, settings) },
  ]);
}

/** The ticket taken by an owner: in progress. */
export function takeRequest(port: WorkbookPort, ticket: Ticket, owner: string): Promise<UpdateResult> {
  return port.updateRow("Requests", "TicketID", ticket.ticketId, [
    { column: "Owner", from: ticket.record.Owner, to: owner },
    { column: "Status", from: ticket.record.Status, to: "InProgress" },
  ]);
}

/** The ticket resolved on the day. */
export function resolveRequest(port: WorkbookPort, ticket: Ticket, day: Day): Promise<UpdateResult> {
  return port.updateRow("Requests", "TicketID", ticket.ticketId, [
    { column: "Status", from: ticket.record.Status, to: "Resolved" },
    { column: "Resolved", from: null, to: day }, // an open ticket has no resolved date
  ]);
}
