/**
 * A meeting's agenda (sent before it) and its minutes (after it) as documents: the company's
 * letterhead, who attends, when and with which client, the points or the actions as a table.
 */
import type { MessageLanguage } from "../kernel/messages";
import { documentWords, documentHead, type BusinessDocument } from "../documents/document";
import type { Meeting } from "../workbook/contract";
import type { SalesData } from "../workbook/salesData";
import { teamIndex } from "../workbook/team";
import { attendeesOf, pointsOf } from "./meetings";

function meetingHead(meeting: Meeting, data: SalesData, language: MessageLanguage) {
  const words = documentWords(language, data.settings.currency);
  const { word, date } = words;
  const team = teamIndex(data.team);
  const client = data.clients.find((c) => c.ClientID === meeting.ClientID);
  const time = [meeting.Start, meeting.End].filter(Boolean).join("–");
  return {
    word,
    head: documentHead(data, language, word, [
      word("doc.meeting.attendees"),
      ...attendeesOf(meeting, data.team).map((id) => team.name(id)),
    ]),
    facts: [
      [word("doc.number"), meeting.MeetingID],
      [word("doc.date"), date(meeting.Date)],
      ...(time ? [[word("doc.meeting.time"), time]] : []),
      ...(meeting.ClientID ? [[word("doc.meeting.client"), client?.Name ?? meeting.ClientID]] : []),
    ] as [string, string][],
  };
}

const numbered = (points: string[]) => points.map((point, i) => [String(i + 1), point]);

/** The agenda: its points, numbered. */
export function agendaDocument(meeting: Meeting, data: SalesData, language: MessageLanguage): BusinessDocument {
  const { word, head, facts } = meetingHead(meeting, data, language);
  return {
    ...head,
    title: word("doc.agenda.title", { title: meeting.Title }),
    facts,
    lines: {
      headers: ["#", word("doc.agenda.point")],
      rows: numbered(pointsOf(meeting.Agenda)),
      numeric: [true, false],
    },
    totals: [],
    notes: [],
  };
}

/** The minutes: what was said, paragraph by paragraph, and the actions it left, numbered. */
export function minutesDocument(meeting: Meeting, data: SalesData, language: MessageLanguage): BusinessDocument {
  const { word, head, facts } = meetingHead(meeting, data, language);
  return {
    ...head,
    title: word("doc.minutes.title", { title: meeting.Title }),
    facts,
    lines: {
      headers: ["#", word("doc.minutes.action")],
      rows: numbered(pointsOf(meeting.Actions)),
      numeric: [true, false],
    },
    totals: [],
    notes: (meeting.Minutes ?? "").split(/\r?\n/).filter((p) => p.trim() !== ""),
  };
}
