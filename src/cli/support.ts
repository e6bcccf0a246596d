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
  return {
    text: [
      `Open requests as of ${json.asOf}: ${queue.length}, ${overdue} overdue (P1 ${byPriority.P1}, P2 ${byPriority.P2}, P3 ${byPriority.P3}, P4 ${byPriority.P4})`,
      ...queue.map(
        (t) =>
          `${t.ticketId.padEnd(9)} ${t.priority} ${(t.kind ?? "").padEnd(9)} ${(t.clientId ?? "").padEnd(8)} due ${iso(t.dueBy)}${isOverdue(t, asOf) ? " OVERDUE" : ""}  ${t.subject}`,
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
  return {
    text: [
      `Visits as of ${json.asOf}: ${follow.planned.length} planned, ${follow.due.length} clients due a visit, ${follow.done.length} done in the last 7 days`,
      ...follow.planned.map(
        (v) => `planned ${iso(v.Scheduled)} ${v.VisitID} ${v.ClientID} ${v.Exec ?? ""} ${v.Purpose ?? ""}`,
      ),
      ...follow.due.map(
        (d) =>
          `due     ${d.clientId} ${d.exec ?? ""} ${d.lastVisit === null ? "never visited" : `last ${iso(d.lastVisit)}, ${d.daysSince} days ago`}`,
      ),
      ...follow.done.map((v) => `done    ${iso(v.Scheduled)} ${v.VisitID} ${v.ClientID} ${v.Outcome ?? ""}`),
      ...(written.length ? [`wrote ${written.length} calendar events in ${String(values.ics)}`] : []),
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
  const line = (m: (typeof json.upcoming)[number]) =>
    `${m.date} ${[m.start, m.end].filter(Boolean).join("–").padEnd(11)} ${m.meetingId} ${m.title} (${m.attendees.join(", ")})${m.clientId ? ` · ${m.clientId}` : ""}`;
  return {
    text: [
      `Meetings as of ${json.asOf}: ${follow.upcoming.length} planned, ${follow.awaitingMinutes.length} past without minutes, ${follow.held.length} held in the last 7 days`,
      ...json.upcoming.map((m) => `planned ${line(m)}`),
      ...json.awaitingMinutes.map((m) => `no minutes yet ${line(m)}`),
      ...json.held.map((m) => `held    ${line(m)}${m.actions ? ` → ${m.actions.split("\n")[0]}` : ""}`),
      ...(invitations.length ? [`wrote ${invitations.length} invitations in ${String(values.ics)}`] : []),
      ...(documents.length ? [`wrote ${documents.length} agendas and minutes in ${String(values.docx)}`] : []),
    ].join("\n"),
    exitCode: 0,
  };
}
