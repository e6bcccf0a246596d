/**
 * Visits and meetings as calendar events (RFC 5545, with the `ics` package). Each event's UID is its
 * record's, so a calendar that opens the file again updates the event instead of adding one. A visit
 * is an all-day event at the client's address; a meeting an invitation at its local time, its
 * attendees from Team, cancelled when the meeting is.
 */
import { createEvents, type DateTime, type EventAttributes } from "ics";
import { partsOf, type Day } from "../core/kernel/dates";
import type { Client, Meeting, TeamMember, Visit } from "../core/workbook/contract";
import { attendeesOf } from "../core/service/meetings";

const PRODUCT = "salesdesk/calendar";

function dateOf(day: Day, time?: string): DateTime {
  const { year, month, day: date } = partsOf(day);
  return time ? [year, month, date, Number(time.slice(0, 2)), Number(time.slice(3, 5))] : [year, month, date];
}

function calendar(events: EventAttributes[], method?: string): string {
  const { error, value } = createEvents(events, { productId: PRODUCT, ...(method ? { method } : {}) });
  if (error || !value) throw error ?? new Error("the events could not be written as a calendar");
  return value;
}

const addressOf = (client: Client | undefined) => [client?.Street, client?.PostalCode, client?.City].filter(Boolean).join(", ");

export function visitsIcs(visits: readonly Visit[], clients: readonly Client[]): string {
  return calendar(
    visits.map((v) => {
      const client = clients.find((c) => c.ClientID === v.ClientID);
      return {
        uid: `${v.VisitID}@salesdesk`,
        // all day: from the day to the next (DTEND is exclusive)
        start: dateOf(v.Scheduled!),
        end: dateOf(v.Scheduled! + 1),
        title: `${client?.Name ?? v.ClientID ?? ""}${v.Purpose ? ` · ${v.Purpose}` : ""}`,
        description: [v.Purpose, v.Exec && `Exec: ${v.Exec}`].filter(Boolean).join("\n"),
        location: addressOf(client),
        status: v.Status === "Cancelled" ? "CANCELLED" : "CONFIRMED",
      };
    }),
  );
}

/** A meeting as an invitation: at its local time (floating, as an office's agenda is), an hour when it says no end. */
export function meetingIcs(meeting: Meeting, team: readonly TeamMember[], clients: readonly Client[]): string {
  const people = attendeesOf(meeting, team).map((id) => team.find((m) => m.ExecID === id));
  const invited = people.filter((m): m is TeamMember => m?.Email != null);
  const client = clients.find((c) => c.ClientID === meeting.ClientID);
  const start = meeting.Start ?? "09:00";
  const event: EventAttributes = {
    uid: `${meeting.MeetingID}@salesdesk`,
    start: dateOf(meeting.Date!, start),
    startInputType: "local",
    startOutputType: "local",
    ...(meeting.End ? { end: dateOf(meeting.Date!, meeting.End), endInputType: "local", endOutputType: "local" } : { duration: { hours: 1 } }),
    title: meeting.Title!,
    description: [meeting.Agenda, client && `${client.Name} (${client.ClientID})`].filter(Boolean).join("\n\n"),
    location: client ? addressOf(client) : undefined,
    status: meeting.Status === "Cancelled" ? "CANCELLED" : "CONFIRMED",
    // the first attendee with an e-mail organises it: an invitation (METHOD:REQUEST) must name one
    organizer: invited[0] ? { name: invited[0].Name ?? invited[0].ExecID!, email: invited[0].Email! } : undefined,
    attendees: invited.map((m) => ({ name: m.Name ?? m.ExecID!, email: m.Email!, rsvp: true, role: "REQ-PARTICIPANT", partstat: "NEEDS-ACTION" })),
  };
  return calendar([event], invited.length ? (meeting.Status === "Cancelled" ? "CANCEL" : "REQUEST") : "PUBLISH");
}
