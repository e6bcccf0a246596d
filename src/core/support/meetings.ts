/**
 * Meetings as the admin organises them (docs/DESIGN.md, *Meetings*): who attends (Team members, by
 * ID or name), what is coming up from a date on, what was held in the week up to it, and a meeting's
 * agenda and minutes as documents.
 */
import type { Day } from "../kernel/dates";
import { minutesOf } from "../kernel/times";
import { referencesIn } from "../workbook/check";
import type { Meeting, TeamMember } from "../workbook/contract";
import { teamIndex } from "../workbook/team";

/** The ExecIDs of a meeting's attendees (a name Team knows becomes its ID; one it does not stays as typed). */
export function attendeesOf(meeting: Meeting, team: readonly TeamMember[]): string[] {
  const index = teamIndex(team);
  return [...new Set(referencesIn(meeting.Attendees ?? "").map((a) => index.resolve(a)))];
}

const byTime = (a: Meeting, b: Meeting) =>
  a.Date - b.Date ||
  minutesOf(a.Start ?? "00:00") - minutesOf(b.Start ?? "00:00") ||
  a.MeetingID.localeCompare(b.MeetingID);

const isPlanned = (m: Meeting) => (m.Status ?? "Planned") === "Planned";

/** Planned from the date on; planned before it and still without minutes; held in the 7 days up to it. Cancelled ones in none. */
export function meetingFollowUp(meetings: readonly Meeting[], asOf: Day) {
  return {
    asOf,
    upcoming: meetings.filter((m) => isPlanned(m) && m.Date >= asOf).sort(byTime),
    awaitingMinutes: meetings.filter((m) => isPlanned(m) && m.Date < asOf).sort(byTime),
    held: meetings.filter((m) => m.Status === "Held" && m.Date > asOf - 7 && m.Date <= asOf).sort(byTime),
  };
}

/** The meetings an exec attends between two days, in time order. */
export function meetingsOf(
  meetings: readonly Meeting[],
  team: readonly TeamMember[],
  exec: string,
  from: Day,
  to: Day,
): Meeting[] {
  return meetings
    .filter((m) => m.Status !== "Cancelled" && m.Date >= from && m.Date <= to && attendeesOf(m, team).includes(exec))
    .sort(byTime);
}

/** The points of an agenda or a list of actions: one a line, their own numbering ("1.", "-", "•") taken off. */
export function pointsOf(text: string | null): string[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(\d+[.)]|[-•*])\s*/, "").trim())
    .filter((line) => line !== "");
}
