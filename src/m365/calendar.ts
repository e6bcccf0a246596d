/**
 * Planned visits and meetings as events in the user's Outlook calendar (Graph `me/events`): each
 * event carries our record's UID in an extended property of its own, so the next run finds it —
 * updated when the visit or meeting moved, cancelled (attendees told) when it was called off.
 */
import { formatIsoDate } from "../core/kernel";
import { attendeesOf } from "../core/support";
import type { Client, Meeting, TeamMember, Visit } from "../core/workbook";
import { graphError, odataLiteral, type GraphClient } from "./graph";

export const CALENDAR_SCOPES = ["Calendars.ReadWrite"] as const;
/** Our property on the events we make: a GUID of the add-in's own and a name. */
export const UID_PROPERTY = "String {6b2f9a4e-51c3-4d0e-9a57-3c1e8f2d7b10} Name SalesDeskUid";

export interface CalendarItem {
  uid: string;
  cancelled: boolean;
  event: Record<string, unknown>;
}

export type EventOutcome =
  | { uid: string; state: "created" | "updated" | "cancelled" | "not there" }
  | { uid: string; state: "failed"; error: string };

const at = (day: number, time: string, timeZone: string) => ({
  dateTime: `${formatIsoDate(day)}T${time}:00`,
  timeZone,
});

/** A visit: all day at the client's address, the exec invited. */
export function visitEvent(
  visit: Visit,
  clients: readonly Client[],
  team: readonly TeamMember[],
  timeZone: string,
): CalendarItem {
  const client = clients.find((c) => c.ClientID === visit.ClientID);
  const exec = team.find((m) => m.ExecID === visit.Exec);
  return {
    uid: `${visit.VisitID}@salesdesk`,
    cancelled: visit.Status === "Cancelled",
    event: {
      subject: `${client?.Name ?? visit.ClientID}${visit.Purpose ? ` · ${visit.Purpose}` : ""}`,
      body: { contentType: "Text", content: visit.Purpose ?? "" },
      isAllDay: true,
      start: at(visit.Scheduled, "00:00", timeZone),
      end: at(visit.Scheduled + 1, "00:00", timeZone),
      location: { displayName: [client?.Street, client?.PostalCode, client?.City].filter(Boolean).join(", ") },
      attendees: exec?.Email
        ? [{ emailAddress: { address: exec.Email, name: exec.Name ?? exec.ExecID }, type: "required" }]
        : [],
      singleValueExtendedProperties: [{ id: UID_PROPERTY, value: `${visit.VisitID}@salesdesk` }],
    },
  };
}

/** A meeting: at its times (an hour when no end is given), its attendees from Team, the agenda as the text. */
export function meetingEvent(
  meeting: Meeting,
  clients: readonly Client[],
  team: readonly TeamMember[],
  timeZone: string,
): CalendarItem {
  const start = meeting.Start ?? "09:00";
  const end = meeting.End ?? `${String(Math.min(23, Number(start.slice(0, 2)) + 1)).padStart(2, "0")}${start.slice(2)}`;
  const client = clients.find((c) => c.ClientID === meeting.ClientID);
  const invited = attendeesOf(meeting, team)
    .map((id) => team.find((m) => m.ExecID === id))
    .filter((m): m is TeamMember => m?.Email != null);
  return {
    uid: `${meeting.MeetingID}@salesdesk`,
    cancelled: meeting.Status === "Cancelled",
    event: {
      subject: meeting.Title,
      body: { contentType: "Text", content: meeting.Agenda ?? "" },
      start: at(meeting.Date, start, timeZone),
      end: at(meeting.Date, end, timeZone),
      location: { displayName: client ? [client.Name, client.Street, client.City].filter(Boolean).join(", ") : "" },
      attendees: invited.map((m) => ({
        // invited holds the attendees who have an e-mail
        emailAddress: { address: m.Email!, name: m.Name ?? m.ExecID },
        type: "required",
      })),
      singleValueExtendedProperties: [{ id: UID_PROPERTY, value: `${meeting.MeetingID}@salesdesk` }],
    },
  };
}

/** Finds each item's event, then creates, updates or cancels it: two rounds of batches. */
export async function syncEvents(graph: GraphClient, items: readonly CalendarItem[]): Promise<EventOutcome[]> {
  const filter = (uid: string) =>
    `/me/events?$filter=singleValueExtendedProperties/Any(ep: ep/id eq ${odataLiteral(UID_PROPERTY)} and ep/value eq ${odataLiteral(uid)})&$select=id`;
  const found = await graph.batch(
    items.map((item, i) => ({ id: String(i), method: "GET", url: filter(item.uid) })),
    CALENDAR_SCOPES,
  );
  const existing = items.map(
    (_, i) => ((found.get(String(i))?.body as { value?: { id: string }[] } | undefined)?.value ?? [])[0]?.id,
  );
  const writes = items.flatMap((item, i) => {
    const id = existing[i];
    if (item.cancelled)
      return id
        ? [{ id: String(i), method: "POST" as const, url: `/me/events/${id}/cancel`, body: { comment: "" } }]
        : [];
    return [
      id
        ? { id: String(i), method: "PATCH" as const, url: `/me/events/${id}`, body: item.event }
        : { id: String(i), method: "POST" as const, url: "/me/events", body: item.event },
    ];
  });
  const answers = await graph.batch(writes, CALENDAR_SCOPES);
  return items.map((item, i): EventOutcome => {
    const lookup = found.get(String(i));
    if (lookup && lookup.status >= 400) return { uid: item.uid, state: "failed", error: graphError(lookup) };
    if (item.cancelled && !existing[i]) return { uid: item.uid, state: "not there" };
    const answer = answers.get(String(i));
    if (!answer || answer.status >= 400)
      return { uid: item.uid, state: "failed", error: answer ? graphError(answer) : "no answer" };
    return { uid: item.uid, state: item.cancelled ? "cancelled" : existing[i] ? "updated" : "created" };
  });
}
