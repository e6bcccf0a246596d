/**
 * Meetings: times of day as typed or as Excel keeps them, attendees from Team, what is coming up and
 * what was held, an exec's week, the agenda and minutes as documents, invitations another parser reads.
 */
import ICAL from "ical.js";
import { attendeesOf, meetingFollowUp, meetingsOf, pointsOf } from "../../../src/core/support/meetings";
import { agendaDocument, minutesDocument } from "../../../src/core/support/meetingDocuments";
import { execWeek } from "../../../src/core/support/execWeek";
import { meetingIcs } from "../../../src/files/calendarIcs";

const STAMP = new Date("2026-11-27T10:00:00Z");
import { parseTimeText, timeFromFraction } from "../../../src/core/kernel/times";
import { checkTables } from "../../../src/core/workbook/check";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import { readSalesData, salesDataFrom } from "../../../src/core/workbook/salesData";
import { tableData } from "../../helpers/tables";
import { XlsxWorkbook } from "../../../src/files/xlsxWorkbook";
import { outputTable } from "../../../src/core/workbook/output";

import { cancelMeeting, planMeeting, recordMinutes } from "../../../src/core/support/meetingWrites";

const asOf = dayOf(2026, 11, 25); // a Wednesday
const s = (d: number) => serialFromDay(d);
const tables = [
  tableData(
    "Team",
    ["ExecID", "Name", "Email"],
    [
      ["E01", "Anna Puig", "anna.puig@exemple.cat"],
      ["E02", "Marc Vidal", "marc.vidal@exemple.cat"],
      ["E03", "Pere Sense Correu", null],
    ],
  ),
  tableData(
    "Clients",
    ["ClientID", "Name", "Street", "PostalCode", "City"],
    [["C-1", "Forn Puig, SL", "Carrer Major 1", "17001", "Girona"]],
  ),
  tableData(
    "Meetings",
    ["MeetingID", "Date", "Start", "End", "Title", "Attendees", "ClientID", "Agenda", "Minutes", "Actions", "Status"],
    [
      [
        "M-1",
        s(asOf),
        0.375,
        "10h30",
        "Setmanal; vendes",
        "E01, Marc Vidal; E03",
        null,
        "1. Vendes\n2) Comandes\n- Visites",
        null,
        null,
        null,
      ], // blank: planned
      ["M-2", s(asOf + 1), "16:00", null, "Amb Forn Puig", "E02", "C-1", "Renovació", null, null, "Planned"],
      [
        "M-3",
        s(asOf - 2),
        "9:00",
        "10:00",
        "Setmanal",
        "E01, E02",
        null,
        null,
        "Vendes bé.\nGirona per sota.",
        "Trucar clients\nRevisar estoc",
        "Held",
      ],
      ["M-4", s(asOf + 2), "9:00", null, "Anul·lada", "E01", null, null, null, null, "Cancelled"],
      ["M-5", s(asOf - 7), "9:00", null, "Fa una setmana", "E01", null, null, null, null, "Held"], // 7 days ago: outside the week
      ["M-6", s(asOf), "2:15 pm", "tard", "Hora dolenta", "Joan Desconegut", null, null, null, null, null],
    ],
  ),
];
const data = salesDataFrom(tables);

describe("times of day", () => {
  it("are read from Excel's day fractions and from what people type", () => {
    expect(timeFromFraction(0.375)).toBe("09:00");
    expect(timeFromFraction(46000.5)).toBe("12:00");
    expect(timeFromFraction(0.99999)).toBe("00:00");
    expect(["9:30", "09.30", "9h30", "9h", "14:30:00", "2:15 pm", "12:00 am", "12 pm"].map(parseTimeText)).toEqual([
      "09:30",
      "09:30",
      "09:30",
      "09:00",
      "14:30",
      "14:15",
      "00:00",
      "12:00",
    ]);
    expect(["25:00", "9", "tard", "13 pm", "9:75"].map(parseTimeText)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("meetings", () => {
  it("are checked: a time that is none is an error, an attendee Team does not know (by ID or name) a warning", () => {
    const problems = checkTables(tables).problems.filter((p) => p.sheet === "Meetings");
    expect(problems.map((p) => [p.row, p.column, p.severity, p.message])).toEqual([
      [7, "End", "error", "'tard' is not a time of day (write 09:30)"],
      [7, "Attendees", "warning", "'Joan Desconegut' is not in Team"],
    ]);
  });

  it("list who attends by ExecID, names resolved through Team", () => {
    expect(attendeesOf(data.meetings[0], data.team)).toEqual(["E01", "E02", "E03"]);
  });

  it("coming up from the date on in time order, past ones awaiting their minutes, held in the 7 days up to it; cancelled ones in none", () => {
    const f = meetingFollowUp(data.meetings, asOf);
    expect(f.upcoming.map((m) => [m.MeetingID, m.Start, m.End])).toEqual([
      ["M-1", "09:00", "10:30"],
      ["M-6", "14:15", null],
      ["M-2", "16:00", null],
    ]);
    expect(f.held.map((m) => m.MeetingID)).toEqual(["M-3"]);
    expect(meetingFollowUp(data.meetings, asOf + 1).awaitingMinutes.map((m) => m.MeetingID)).toEqual(["M-1", "M-6"]);
  });

  it("are in the week of each exec who attends them", () => {
    expect(meetingsOf(data.meetings, data.team, "E02", asOf - 2, asOf + 4).map((m) => m.MeetingID)).toEqual([
      "M-3",
      "M-1",
      "M-2",
    ]);
    expect(execWeek(data, "E01", asOf).meetings.map((m) => m.MeetingID)).toEqual(["M-3", "M-1"]);
  });

  it("take the points of an agenda one a line, their own numbering off", () => {
    expect(pointsOf(" 1. Vendes\n2) Comandes\n\n- Visites\n• Altres")).toEqual([
      "Vendes",
      "Comandes",
      "Visites",
      "Altres",
    ]);
  });

  it("give an agenda and minutes as documents in the language asked", () => {
    const agenda = agendaDocument(
      data.meetings.find((m) => m.MeetingID === "M-1")!,
      data,
      "ca",
    );
    expect(agenda.title).toBe("Ordre del dia: Setmanal; vendes");
    expect(agenda.recipient).toEqual(["Assistents", "Anna Puig", "Marc Vidal", "Pere Sense Correu"]);
    expect(agenda.facts).toEqual([
      ["Número", "M-1"],
      ["Data", "25/11/2026"],
      ["Hora", "09:00–10:30"],
    ]);
    expect(agenda.lines.rows).toEqual([
      ["1", "Vendes"],
      ["2", "Comandes"],
      ["3", "Visites"],
    ]);
    const minutes = minutesDocument(
      data.meetings.find((m) => m.MeetingID === "M-3")!,
      data,
      "en",
    );
    expect(minutes.title).toBe("Minutes: Setmanal");
    expect(minutes.notes).toEqual(["Vendes bé.", "Girona per sota."]);
    expect(minutes.lines.rows).toEqual([
      ["1", "Trucar clients"],
      ["2", "Revisar estoc"],
    ]);
    const withClient = agendaDocument(
      data.meetings.find((m) => m.MeetingID === "M-2")!,
      data,
      "es",
    );
    expect(withClient.facts).toContainEqual(["Cliente", "Forn Puig, SL"]);
  });

  it("lay the agenda and the minutes out: numbered points, no totals; a start without an end; an unknown client by its ID", () => {
    const m1 = data.meetings.find((m) => m.MeetingID === "M-1")!;
    const agenda = agendaDocument({ ...m1, End: null, ClientID: "C-9999" }, data, "en");
    expect([agenda.lines.headers, agenda.lines.numeric, agenda.totals, agenda.notes]).toEqual([
      ["#", "Point"],
      [true, false],
      [],
      [],
    ]);
    expect(agenda.facts.slice(2)).toEqual([
      ["Time", "09:00"],
      ["Client", "C-9999"],
    ]);
    const minutes = minutesDocument(
      { ...m1, Start: null, End: null, Minutes: "First.\r\n\r\n  \r\nSecond.", Actions: null },
      data,
      "en",
    );
    expect([minutes.lines.headers, minutes.lines.rows, minutes.totals, minutes.notes]).toEqual([
      ["#", "Action"],
      [],
      [],
      ["First.", "Second."],
    ]);
    expect(minutes.facts.map(([k]) => k)).toEqual(["Number", "Date"]);
  });

  it("become invitations another parser reads: local time, attendees with e-mail, the first organising", () => {
    const calendar = new ICAL.Component(ICAL.parse(meetingIcs(data.meetings[0], data.team, data.clients, STAMP)));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    const vevent = calendar.getFirstSubcomponent("vevent")!;
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe("M-1@salesdesk");
    expect(event.summary).toBe("Setmanal; vendes");
    expect(event.startDate.toString()).toBe("2026-11-25T09:00:00");
    expect(event.startDate.zone?.tzid).toBe("floating");
    expect(event.endDate.toString()).toBe("2026-11-25T10:30:00");
    expect(event.attendees.map((a) => a.getFirstValue())).toEqual([
      "mailto:anna.puig@exemple.cat",
      "mailto:marc.vidal@exemple.cat",
    ]);
    expect(String(vevent.getFirstPropertyValue("organizer")).toLowerCase()).toBe("mailto:anna.puig@exemple.cat");
    const cancelled = new ICAL.Component(
      ICAL.parse(
        meetingIcs(
          data.meetings.find((m) => m.MeetingID === "M-4")!,
          data.team,
          data.clients,
          STAMP,
        ),
      ),
    );
    expect(cancelled.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(cancelled.getFirstSubcomponent("vevent")!.getFirstPropertyValue("status")).toBe("CANCELLED");
    const noEnd = new ICAL.Event(
      new ICAL.Component(ICAL.parse(meetingIcs(data.meetings[1], data.team, data.clients, STAMP))).getFirstSubcomponent(
        "vevent",
      )!,
    );
    expect(noEnd.endDate.toString()).toBe("2026-11-26T17:00:00");
    expect(noEnd.location).toBe("Carrer Major 1, 17001, Girona");
  });

  it("cannot be redirected by a name or an address: no property added, no parameter changed (RFC 5545, RFC 6868)", () => {
    const team = data.team.map((m, i) =>
      i === 0
        ? { ...m, Name: 'Anna "Boss" Puig\r\nATTENDEE:mailto:spy@evil.example', Email: m.Email }
        : i === 1
          ? { ...m, Name: "Marc; Vidal, ^Jr", Email: "a>,<b@evil.example" }
          : m,
    );
    const meeting = {
      ...data.meetings[0],
      Title: "Tarifes\r\nORGANIZER:mailto:spy@evil.example",
      Agenda: "1, 2; 3 \\ fi",
    };
    const text = meetingIcs(meeting, team, data.clients, STAMP);
    expect(text.split("\r\n").every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!;
    const attendees = vevent.getAllProperties("attendee");
    expect(attendees.map((a) => a.getFirstValue())).toEqual(["mailto:anna.puig@exemple.cat"]); // the second address is no mailbox
    expect(attendees[0].getParameter("cn")).toBe('Anna "Boss" Puig\nATTENDEE:mailto:spy@evil.example');
    expect(String(vevent.getFirstPropertyValue("organizer"))).toBe("mailto:anna.puig@exemple.cat");
    expect(vevent.getFirstPropertyValue("summary")).toBe("Tarifes\nORGANIZER:mailto:spy@evil.example");
    expect(vevent.getFirstPropertyValue("description")).toBe("1, 2; 3 \\ fi");
    expect(vevent.getAllProperties().map((p) => p.name)).toEqual([
      "dtstamp",
      "uid",
      "dtstart",
      "dtend",
      "summary",
      "description",
      "status",
      "organizer",
      "attendee",
    ]);
  });
});

describe("a meeting written", () => {
  const plan = {
    date: dayOf(2026, 11, 20),
    start: "09:00",
    end: null,
    title: "Tarifes",
    attendees: ["E01"],
    clientId: null,
    agenda: "Preus",
  };
  const written = async (held?: { minutes: string; actions: string }) => {
    const workbook = new XlsxWorkbook();
    await workbook.writeSheet({
      name: "Meetings",
      tables: [
        outputTable("Meetings", [
          ["M-00007", dayOf(2026, 11, 2), null, null, "Abans", null, null, null, null, null, "Held"],
        ]),
      ],
    });
    const id = await planMeeting(workbook, { ...plan, held });
    const data = await readSalesData(workbook);
    return { id, workbook, meeting: data.meetings.find((m) => m.MeetingID === id) };
  };
  const reread = async (workbook: XlsxWorkbook, id: string) =>
    (await readSalesData(workbook)).meetings.find((m) => m.MeetingID === id);

  it("is planned, its number the next of the series", async () => {
    const { id, meeting } = await written();
    expect([id, meeting?.Status, meeting?.Minutes, meeting?.Agenda]).toEqual(["M-00008", "Planned", null, "Preus"]);
    expect(meeting).toMatchObject({ Date: dayOf(2026, 11, 20), Start: "09:00", End: null, Title: "Tarifes" });
    expect(meeting).toMatchObject({ Attendees: "E01", ClientID: null, Actions: null });
    // several attendees in one cell; no agenda and no attendee, blank cells
    const workbook = new XlsxWorkbook();
    await workbook.writeSheet({ name: "Meetings", tables: [outputTable("Meetings", [])] });
    const two = await planMeeting(workbook, { ...plan, attendees: ["E01", "E02"], clientId: "C-0001", agenda: "" });
    expect(await reread(workbook, two)).toMatchObject({ Attendees: "E01, E02", ClientID: "C-0001", Agenda: null });
    const none = await planMeeting(workbook, { ...plan, attendees: [] });
    expect((await reread(workbook, none))?.Attendees).toBeNull();
  });

  it("once held takes its minutes and actions, or none; called off it is Cancelled; a co-author's change is never overwritten", async () => {
    const { id, workbook, meeting } = await written();
    expect(await recordMinutes(workbook, meeting!, "Acordat.", "Trucar a C-0001")).toEqual({ ok: true });
    expect(await reread(workbook, id)).toMatchObject({
      Status: "Held",
      Minutes: "Acordat.",
      Actions: "Trucar a C-0001",
    });
    // written again from what was read before: the row changed since, so nothing is written
    expect(await recordMinutes(workbook, meeting!, "Una altra", "")).toMatchObject({ ok: false });
    const held = (await reread(workbook, id))!;
    expect(await recordMinutes(workbook, held, "", "")).toEqual({ ok: true });
    expect(await reread(workbook, id)).toMatchObject({ Status: "Held", Minutes: null, Actions: null });
    const other = await written();
    expect(await cancelMeeting(other.workbook, other.meeting!)).toEqual({ ok: true });
    expect((await reread(other.workbook, other.id))?.Status).toBe("Cancelled");
    expect(await cancelMeeting(other.workbook, other.meeting!)).toMatchObject({ ok: false });
  });

  it("already held is logged after the fact, straight as held, with its minutes and actions", async () => {
    const { meeting } = await written({ minutes: "Pugem un 3 %.", actions: "Avisar els clients" });
    expect([meeting?.Status, meeting?.Minutes, meeting?.Actions, meeting?.Date]).toEqual([
      "Held",
      "Pugem un 3 %.",
      "Avisar els clients",
      dayOf(2026, 11, 20),
    ]);
    expect((await written({ minutes: "", actions: "" })).meeting?.Minutes).toBeNull();
  });
});
