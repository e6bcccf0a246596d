/** The commands that follow customer service: the request queue, site visits and meetings, with their calendar events and documents. */
import { formatIsoDate, type Day } from "../core/kernel";
import {
  isOverdue,
  requestQueue,
  visitFollowUp,
  attendeesOf,
  meetingFollowUp,
  agendaDocument,
  minutesDocument,
} from "../core/support";
import { meetingIcs, visitsIcs } from "../files/calendarIcs";
import { documentDocx } from "../files/documentDocx";
import { readSalesData, type SalesData } from "../core/workbook";
import { dayOption, messageLanguage, type CommandOutput, type Values } from "./options";
import { UsageError } from "./usageError";
import { openWorkbook } from "./workbooks";
import { OutputFolder } from "./files";
import { dmy, padded, wordsIn } from "./words";

const iso = (day: Day | null) => (day === null ? null : formatIsoDate(day));

async function readWith(file: string, table: string): Promise<SalesData> {
  const data = await readSalesData(await openWorkbook(file));
  if (!data.present.has(table)) throw new UsageError(`${file} has no ${table} table`);
  return data;
}

/** Files into a folder, one a record, named from its values: answers their paths. */
async function writeEach<T>(
  folder: OutputFolder,
  items: readonly T[],
  name: (item: T) => [value: string, extension: string],
  content: (item: T) => Promise<string | Uint8Array> | string,
): Promise<string[]> {
  const written: string[] = [];
  for (const item of items) written.push(await folder.write(...name(item), await content(item)));
  return written;
}

export async function requests(values: Values, positionals: string[]): Promise<CommandOutput> {
  const data = await readWith(positionals[0], "Requests");
  const asOf = dayOption(values, "as-of");
  const { queue, overdue, byPriority } = requestQueue(data.requests, data.settings, asOf);
  const json = {
    asOf: iso(asOf),
    queue: queue.map((t) => ({
      ticketId: t.ticketId,
      clientId: t.clientId,
      kind: t.kind,
      priority: t.priority,
      received: iso(t.received),
      dueBy: iso(t.dueBy),
      status: t.status,
      owner: t.owner,
      overdue: isOverdue(t, asOf),
    })),
    overdue,
    byPriority,
  };
  if (values.json) return { text: JSON.stringify(json), exitCode: 0 };
  const say = wordsIn(messageLanguage(values));
  return {
    text: [
      say("requests.head", {
        date: { day: asOf },
        n: queue.length,
        overdue,
        p1: byPriority.P1,
        p2: byPriority.P2,
        p3: byPriority.P3,
        p4: byPriority.P4,
      }),
      ...queue.map(
        (t) =>
          `${t.ticketId.padEnd(9)} ${t.priority} ${(t.kind ?? "").padEnd(9)} ${(t.clientId ?? "").padEnd(8)} ${say("requests.due", { date: dmy(t.dueBy) })}${isOverdue(t, asOf) ? ` ${say("requests.overdue")}` : ""}  ${t.subject}`,
      ),
    ].join("\n"),
    exitCode: 0,
  };
}

export async function visits(values: Values, positionals: string[]): Promise<CommandOutput> {
  const data = await readWith(positionals[0], "Visits");
  const asOf = dayOption(values, "as-of");
  const follow = visitFollowUp(data.visits, data.clients, data.settings.visitEveryDays, asOf);
  const json = {
    asOf: iso(asOf),
    planned: follow.planned.map((v) => ({
      visitId: v.VisitID,
      clientId: v.ClientID,
      exec: v.Exec,
      scheduled: iso(v.Scheduled),
      purpose: v.Purpose,
    })),
    due: follow.due.map((d) => ({
      clientId: d.clientId,
      exec: d.exec,
      lastVisit: iso(d.lastVisit),
      daysSince: d.daysSince,
    })),
    done: follow.done.map((v) => ({
      visitId: v.VisitID,
      clientId: v.ClientID,
      exec: v.Exec,
      scheduled: iso(v.Scheduled),
      outcome: v.Outcome,
    })),
  };
  const written =
    typeof values.ics === "string"
      ? await writeEach(
          new OutputFolder(values.ics),
          follow.planned,
          (v) => [v.VisitID ?? "", "ics"],
          (v) => visitsIcs([v], data.clients, data.team, new Date()),
        )
      : [];
  if (values.json) return { text: JSON.stringify(json), exitCode: 0 };
  const language = messageLanguage(values);
  const say = wordsIn(language);
  const label = padded([say("visits.planned"), say("visits.due"), say("visits.done")]);
  return {
    text: [
      say("visits.head", {
        date: { day: asOf },
        planned: follow.planned.length,
        due: follow.due.length,
        done: follow.done.length,
      }),
      ...follow.planned.map(
        (v) =>
          `${label(say("visits.planned"))} ${dmy(v.Scheduled)} ${v.VisitID} ${v.ClientID} ${v.Exec ?? ""} ${v.Purpose ?? ""}`,
      ),
      ...follow.due.map(
        (d) =>
          `${label(say("visits.due"))} ${d.clientId} ${d.exec ?? ""} ${d.lastVisit === null ? say("visits.never") : say("visits.last", { date: { day: d.lastVisit }, n: d.daysSince })}`,
      ),
      ...follow.done.map(
        (v) => `${label(say("visits.done"))} ${dmy(v.Scheduled)} ${v.VisitID} ${v.ClientID} ${v.Outcome ?? ""}`,
      ),
      ...(written.length ? [say("visits.wrote", { n: written.length, dir: String(values.ics) })] : []),
    ].join("\n"),
    exitCode: 0,
  };
}

export async function meetings(values: Values, positionals: string[]): Promise<CommandOutput> {
  const data = await readWith(positionals[0], "Meetings");
  const asOf = dayOption(values, "as-of");
  const follow = meetingFollowUp(data.meetings, asOf);
  const row = (m: (typeof follow.upcoming)[number]) => ({
    meetingId: m.MeetingID,
    date: iso(m.Date),
    start: m.Start,
    end: m.End,
    title: m.Title,
    attendees: attendeesOf(m, data.team),
    clientId: m.ClientID,
  });
  const json = {
    asOf: iso(asOf),
    upcoming: follow.upcoming.map(row),
    awaitingMinutes: follow.awaitingMinutes.map(row),
    held: follow.held.map((m) => ({ ...row(m), actions: m.Actions })),
  };
  const language = messageLanguage(values);
  const invitations =
    typeof values.ics === "string"
      ? await writeEach(
          new OutputFolder(values.ics),
          follow.upcoming,
          (m) => [m.MeetingID ?? "", "ics"],
          (m) => meetingIcs(m, data.team, data.clients, new Date()),
        )
      : [];
  const folder = typeof values.docx === "string" ? new OutputFolder(values.docx) : undefined;
  const documents = folder
    ? [
        ...(await writeEach(
          folder,
          follow.upcoming,
          (m) => [`${m.MeetingID}-agenda`, "docx"],
          (m) => documentDocx(agendaDocument(m, data, language)),
        )),
        ...(await writeEach(
          folder,
          follow.held,
          (m) => [`${m.MeetingID}-minutes`, "docx"],
          (m) => documentDocx(minutesDocument(m, data, language)),
        )),
      ]
    : [];
  if (values.json) return { text: JSON.stringify(json), exitCode: 0 };
  const line = (meeting: (typeof follow.upcoming)[number]) => {
    const m = row(meeting);
    return `${dmy(meeting.Date)} ${[m.start, m.end].filter(Boolean).join("–").padEnd(11)} ${m.meetingId} ${m.title} (${m.attendees.join(", ")})${m.clientId ? ` · ${m.clientId}` : ""}`;
  };
  const say = wordsIn(language);
  const label = padded([say("meetings.planned"), say("meetings.held")]);
  return {
    text: [
      say("meetings.head", {
        date: { day: asOf },
        planned: follow.upcoming.length,
        awaiting: follow.awaitingMinutes.length,
        held: follow.held.length,
      }),
      ...follow.upcoming.map((m) => `${label(say("meetings.planned"))} ${line(m)}`),
      ...follow.awaitingMinutes.map((m) => `${say("meetings.noMinutes")} ${line(m)}`),
      ...follow.held.map(
        (m) => `${label(say("meetings.held"))} ${line(m)}${m.Actions ? ` → ${m.Actions.split("\n")[0]}` : ""}`,
      ),
      ...(invitations.length ? [say("meetings.invitations", { n: invitations.length, dir: String(values.ics) })] : []),
      ...(documents.length ? [say("meetings.documents", { n: documents.length, dir: String(values.docx) })] : []),
    ].join("\n"),
    exitCode: 0,
  };
}
