/**
 * Visits and meetings as calendar events, written by RFC 5545 itself (issue 28): text values escaped
 * (backslash, semicolon, comma, line breaks as `\n`), parameter values always quoted with RFC 6868's
 * caret encoding (a `"` or a line break in a name can neither end the parameter nor start a property),
 * addresses taken only when they are one plain mailbox, lines folded at 75 octets. Each event's UID is
 * its record's, so a calendar that opens the file again updates the event instead of adding one. A
 * visit is an all-day event at the client's address; a meeting an invitation at its local time, its
 * attendees from Team, cancelled when the meeting is.
 */
import { partsOf, pad2, type Day, isMailbox } from "../core/kernel";
import { type Client, type Meeting, type TeamMember, type Visit, teamIndex } from "../core/workbook";
import { attendeesOf } from "../core/support";

const PRODUCT = "-//Sales Admin Desk//salesdesk calendar//EN";

/** A property: its name, its parameters (quoted and caret-encoded here) and its value as written. */
type Property = [name: string, value: string, params?: Record<string, string>];

/** TEXT (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function icsText(value: string): string {
  return value
    .replace(/\r\n?|[\n\u2028\u2029\u0085]/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/[\\;,\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`));
}

/** A parameter value (RFC 5545 §3.2, RFC 6868): always quoted, `^` `"` and line breaks caret-encoded, other controls dropped. */
export function icsParam(value: string): string {
  const encoded = value
    .replace(/\r\n?|[\n\u2028\u2029\u0085]/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/[\^"\n]/g, (c) => (c === "^" ? "^^" : c === '"' ? "^'" : "^n"));
  return `"${encoded}"`;
}

/** A content line folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let part = "";
  let octets = 0;
  for (const ch of line) {
    const size = new TextEncoder().encode(ch).length;
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(part);
      [part, octets] = ["", 0];
    }
    part += ch;
    octets += size;
  }
  return [...parts, part].join("\r\n ");
}

function line([name, value, params]: Property): string {
  const head = Object.entries(params ?? {})
    .map(([key, v]) => `;${key}=${v}`)
    .join("");
  return fold(`${name}${head}:${value}`);
}

const date = (day: Day) => {
  const { year, month, day: d } = partsOf(day);
  return `${year}${pad2(month)}${pad2(d)}`;
};
/** A local ("floating") date-time, as an office's agenda is kept. */
const localTime = (day: Day, time: string) => `${date(day)}T${time.slice(0, 2)}${time.slice(3, 5)}00`;
const utcStamp = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");

function calendar(events: Property[][], stamp: Date, method: string): string {
  const lines: Property[] = [
    ["BEGIN", "VCALENDAR"],
    ["VERSION", "2.0"],
    ["PRODID", PRODUCT],
    ["CALSCALE", "GREGORIAN"],
    ["METHOD", method],
    ...events.flatMap((event): Property[] => [
      ["BEGIN", "VEVENT"],
      ["DTSTAMP", utcStamp(stamp)],
      ...event,
      ["END", "VEVENT"],
    ]),
    ["END", "VCALENDAR"],
  ];
  return lines.map(line).join("\r\n") + "\r\n";
}

/** A person as a calendar user (a quoted name, one plain mailbox), or nobody when the address is not one mailbox. */
function calendarUser(
  name: string,
  email: string | null | undefined,
  params: Record<string, string> = {},
): [value: string, params: Record<string, string>] | undefined {
  const address = email?.trim();
  return address && isMailbox(address) ? [`mailto:${address}`, { ...params, CN: icsParam(name) }] : undefined;
}

const addressOf = (client: Client | undefined) =>
  [client?.Street, client?.PostalCode, client?.City].filter(Boolean).join(", ");

export function visitsIcs(
  visits: readonly Visit[],
  clients: readonly Client[],
  team: readonly TeamMember[],
  stamp: Date,
): string {
  const execs = teamIndex(team);
  return calendar(
    visits.map((v): Property[] => {
      const client = clients.find((c) => c.ClientID === v.ClientID);
      const exec = v.Exec ? execs.name(execs.resolve(v.Exec)) || v.Exec : "";
      return [
        ["UID", icsText(`${v.VisitID}@salesdesk`)],
        // all day: from the day to the next (DTEND is exclusive)
        ["DTSTART", date(v.Scheduled), { VALUE: "DATE" }],
        ["DTEND", date(v.Scheduled + 1), { VALUE: "DATE" }],
        ["SUMMARY", icsText(`${client?.Name ?? v.ClientID ?? ""}${v.Purpose ? ` · ${v.Purpose}` : ""}`)],
        ["DESCRIPTION", icsText([v.Purpose, exec].filter(Boolean).join("\n"))],
        ["LOCATION", icsText(addressOf(client))],
        ["STATUS", v.Status === "Cancelled" ? "CANCELLED" : "CONFIRMED"],
      ];
    }),
    stamp,
    "PUBLISH",
  );
}

/** A meeting as an invitation: at its local time, an hour when it says no end. */
export function meetingIcs(
  meeting: Meeting,
  team: readonly TeamMember[],
  clients: readonly Client[],
  stamp: Date,
): string {
  const invited = attendeesOf(meeting, team).flatMap((id) => {
    const member = team.find((m) => m.ExecID === id);
    const user =
      member &&
      calendarUser(member.Name ?? id, member.Email, {
        RSVP: "TRUE",
        ROLE: "REQ-PARTICIPANT",
        PARTSTAT: "NEEDS-ACTION",
      });
    return user ? [{ member, user }] : [];
  });
  const client = clients.find((c) => c.ClientID === meeting.ClientID);
  const start = meeting.Start ?? "09:00";
  // the first attendee with an e-mail organises it: an invitation (METHOD:REQUEST) must name one
  const organizer =
    invited[0] && calendarUser(invited[0].member.Name ?? invited[0].member.ExecID ?? "", invited[0].member.Email);
  const event: Property[] = [
    ["UID", icsText(`${meeting.MeetingID}@salesdesk`)],
    ["DTSTART", localTime(meeting.Date, start)],
    meeting.End ? ["DTEND", localTime(meeting.Date, meeting.End)] : ["DURATION", "PT1H"],
    ["SUMMARY", icsText(meeting.Title ?? "")],
    [
      "DESCRIPTION",
      icsText([meeting.Agenda, client && `${client.Name} (${client.ClientID})`].filter(Boolean).join("\n\n")),
    ],
    ...(client ? [["LOCATION", icsText(addressOf(client))] as Property] : []),
    ["STATUS", meeting.Status === "Cancelled" ? "CANCELLED" : "CONFIRMED"],
    ...(organizer ? [["ORGANIZER", ...organizer] as Property] : []),
    ...invited.map(({ user }): Property => ["ATTENDEE", ...user]),
  ];
  return calendar([event], stamp, invited.length ? (meeting.Status === "Cancelled" ? "CANCEL" : "REQUEST") : "PUBLISH");
}
