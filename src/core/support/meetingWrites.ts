/**
 * What the admin records on meetings: one planned (the next meeting number, taken at write time), or one
 * already held logged after the fact with its minutes; the minutes and actions of a planned one once
 * held, or its cancellation. Each change is checked against what was read.
 */
import type { Day } from "../kernel/dates";
import { appendNumbered } from "./numberedRow";
import type { Meeting } from "../workbook/contract";
import type { UpdateResult, WorkbookPort } from "../workbook/port";

/** Meeting numbers: M- and five digits, as the sample writes them. */
export const MEETING_PATTERN = "M-NNNNN";

export interface MeetingPlan {
  date: Day;
  start: string | null;
  end: string | null;
  title: string;
  /** ExecIDs */
  attendees: string[];
  clientId: string | null;
  agenda: string;
  /** a meeting that has already taken place: logged straight as held, with what was said and decided */
  held?: { minutes: string; actions: string };
}

/** The meeting written as Planned, or as Held with its minutes when it has taken place; answers its number. */
export async function planMeeting(port: WorkbookPort, plan: MeetingPlan): Promise<string> {
  return appendNumbered(port, "Meetings", "MeetingID", MEETING_PATTERN, {
    Date: plan.date,
    Start: plan.start,
    End: plan.end,
    Title: plan.title,
    Attendees: plan.attendees.join(", ") || null,
    ClientID: plan.clientId,
    Agenda: plan.agenda || null,
    Status: plan.held ? "Held" : "Planned",
    ...(plan.held && { Minutes: plan.held.minutes || null, Actions: plan.held.actions || null }),
  });
}

/** The meeting held: its minutes and the actions it leaves. */
export function recordMinutes(
  port: WorkbookPort,
  meeting: Meeting,
  minutes: string,
  actions: string,
): Promise<UpdateResult> {
  return port.updateRow("Meetings", "MeetingID", meeting.MeetingID, [
    { column: "Status", from: meeting.Status, to: "Held" },
    { column: "Minutes", from: meeting.Minutes, to: minutes || null },
    { column: "Actions", from: meeting.Actions, to: actions || null },
  ]);
}

/** The meeting called off: it leaves the lists, and its invitation becomes a cancellation. */
export function cancelMeeting(port: WorkbookPort, meeting: Meeting): Promise<UpdateResult> {
  return port.updateRow("Meetings", "MeetingID", meeting.MeetingID, [
    { column: "Status", from: meeting.Status, to: "Cancelled" },
  ]);
}
