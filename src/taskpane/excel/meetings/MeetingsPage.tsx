/**
 * Meetings tab: a meeting planned (title, day, times, attendees from Team, a client if any, the
 * agenda), those coming up with their agenda and invitation, the minutes and actions written once
 * it is held (or it is called off), and the week's minutes as documents.
 */
import type { SectionProps } from "../../components/SectionProps";
import { useMemo, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  Option,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import {
  CalendarAddRegular,
  CalendarCancelRegular,
  CalendarLtrRegular,
  CheckmarkCircleRegular,
  DocumentArrowDownRegular,
} from "@fluentui/react-icons";
import { type SalesData, type Meeting, type UpdateResult, teamIndex } from "../../../core/workbook";
import {
  attendeesOf,
  meetingFollowUp,
  cancelMeeting,
  planMeeting,
  recordMinutes,
  agendaDocument,
  minutesDocument,
} from "../../../core/support";
import { formatDmy, parseTimeText } from "../../../core/kernel";
import { MessageKey, useI18n } from "../../i18n";
import { usePort } from "../../state/port";
import { useToday } from "../../state/today";
import { useWrite } from "../../state/useWrite";
import { download } from "../../download";
import { downloadDocument } from "../../documentDownload";
import { usePageStyles } from "../../components/TaskPage";
import { Outcome } from "../../components/Outcome";
import { TablePage } from "../../components/TablePage";
import { ClientPicker } from "../../components/ClientPicker";
import { DayField, readDay } from "../../components/DayField";
import { OutlookCalendar } from "../../components/OutlookCalendar";
import { meetingEvent } from "../../../m365/calendar";

export function MeetingsPage() {
  return (
    <TablePage id="meetings" table="Meetings">
      {(data, onDone) => (
        <>
          <PlanForm data={data} onDone={onDone} />
          <Meetings data={data} onDone={onDone} />
        </>
      )}
    </TablePage>
  );
}

/** A typed time, or null for none; undefined when what is typed is no time. */
const timeOf = (text: string) => (text.trim() === "" ? null : parseTimeText(text));

function PlanForm({ data, onDone }: SectionProps) {
  const { t } = useI18n();
  const styles = usePageStyles();
  const port = usePort();
  const today = useToday();
  const team = useMemo(() => teamIndex(data.team), [data]);
  const [title, setTitle] = useState("");
  const [date, setDate] = useState(formatDmy(today + 1));
  const [start, setStart] = useState("09:00");
  const [end, setEnd] = useState("10:00");
  const [attendees, setAttendees] = useState<string[]>([]);
  const [clientId, setClientId] = useState("");
  const [agenda, setAgenda] = useState("");
  const [minutes, setMinutes] = useState("");
  const [actions, setActions] = useState("");
  const { busy, write } = useWrite(onDone);
  const day = readDay(date);
  // a meeting dated before today has taken place: it is logged as held, with its minutes
  const past = day !== undefined && day < today;
  const from = timeOf(start);
  const to = timeOf(end);
  const ready =
    title.trim() !== "" && day !== undefined && from !== undefined && to !== undefined && (!from || !to || to > from);
  const plan = () => {
    if (day === undefined) return; // the button waits for a date
    write(
      planMeeting(port, {
        date: day,
        start: from ?? null,
        end: to ?? null,
        title: title.trim(),
        attendees,
        clientId: clientId || null,
        agenda: agenda.trim(),
        ...(past && { held: { minutes: minutes.trim(), actions: actions.trim() } }),
      }),
      (id) => {
        setTitle("");
        setAgenda("");
        setMinutes("");
        setActions("");
        return {
          intent: "success",
          text: t(past ? "meetings.loggedHeld" : "meetings.planned", { meeting: id, date: formatDmy(day) }),
        };
      },
    );
  };
  return (
    <form className={styles.card} aria-labelledby="meeting-title" onSubmit={(e) => e.preventDefault()}>
      <Subtitle2 as="h3" id="meeting-title">
        {t("meetings.plan")}
      </Subtitle2>
      <Field label={t("meetings.what")}>
        <Input value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <DayField
        label={t("meetings.date")}
        value={date}
        onChange={setDate}
        hint={past ? t("meetings.pastHint") : undefined}
      />
      <div className={styles.actions}>
        <Field label={t("meetings.start")} validationMessage={from === undefined ? t("meetings.badTime") : undefined}>
          <Input value={start} onChange={(_, d) => setStart(d.value)} />
        </Field>
        <Field label={t("meetings.end")} validationMessage={to === undefined ? t("meetings.badTime") : undefined}>
          <Input value={end} onChange={(_, d) => setEnd(d.value)} />
        </Field>
      </div>
      <Field label={t("meetings.attendees")}>
        <Dropdown
          multiselect
          value={attendees.map((id) => team.name(id)).join(", ")}
          selectedOptions={attendees}
          onOptionSelect={(_, d) => setAttendees(d.selectedOptions)}
        >
          {team.ids.map((id) => (
            <Option key={id} value={id}>
              {team.name(id)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <ClientPicker clients={data.clients} label={t("meetings.client")} onSelect={setClientId} />
      <Field label={t("meetings.agenda")} hint={t("meetings.agendaHint")}>
        <Textarea resize="vertical" value={agenda} onChange={(_, d) => setAgenda(d.value)} />
      </Field>
      {past && (
        <>
          <Field label={t("meetings.minutes")}>
            <Textarea resize="vertical" value={minutes} onChange={(_, d) => setMinutes(d.value)} />
          </Field>
          <Field label={t("meetings.actions")} hint={t("meetings.agendaHint")}>
            <Textarea resize="vertical" value={actions} onChange={(_, d) => setActions(d.value)} />
          </Field>
        </>
      )}
      <Button appearance="primary" icon={<CalendarAddRegular />} disabled={busy || !ready} onClick={plan}>
        {t(past ? "meetings.logHeld" : "meetings.planIt")}
      </Button>
    </form>
  );
}

function Meetings({ data, onDone }: SectionProps) {
  const { t } = useI18n();
  const styles = usePageStyles();
  const today = useToday();
  const follow = useMemo(() => meetingFollowUp(data.meetings, today), [data, today]);
  const section = (title: MessageKey, meetings: Meeting[], minutes: boolean) => (
    <section aria-label={t(title, { n: meetings.length })} className={styles.page}>
      <Subtitle2 as="h3">{t(title, { n: meetings.length })}</Subtitle2>
      {meetings.length === 0 && <Caption1>{t("meetings.nothing")}</Caption1>}
      {meetings.map((m) => (
        <MeetingCard key={m.MeetingID} meeting={m} data={data} minutes={minutes || m.Date <= today} onDone={onDone} />
      ))}
    </section>
  );
  return (
    <>
      {follow.awaitingMinutes.length > 0 && section("meetings.awaitingMinutes", follow.awaitingMinutes, true)}
      <OutlookCalendar items={() => calendarMeetings(data, today)} onDone={onDone} />
      {section("meetings.upcoming", follow.upcoming, false)}
      <section aria-label={t("meetings.held", { n: follow.held.length })} className={styles.page}>
        <Subtitle2 as="h3">{t("meetings.held", { n: follow.held.length })}</Subtitle2>
        {follow.held.map((m) => (
          <HeldMeeting key={m.MeetingID} meeting={m} data={data} />
        ))}
      </section>
    </>
  );
}

function meetingLine(meeting: Meeting, data: SalesData) {
  const team = teamIndex(data.team);
  const client = data.clients.find((c) => c.ClientID === meeting.ClientID);
  return {
    when: `${formatDmy(meeting.Date)}${meeting.Start ? ` · ${[meeting.Start, meeting.End].filter(Boolean).join("–")}` : ""}`,
    who: [
      attendeesOf(meeting, data.team)
        .map((id) => team.name(id))
        .join(", "),
      client?.Name ?? meeting.ClientID,
    ]
      .filter(Boolean)
      .join(" · "),
  };
}

function MeetingCard({
  meeting,
  data,
  minutes,
  onDone,
}: {
  meeting: Meeting;
  data: SalesData;
  minutes: boolean;
  onDone: (o: Outcome) => void;
}) {
  const { t, language } = useI18n();
  const styles = usePageStyles();
  const port = usePort();
  const { when, who } = meetingLine(meeting, data);
  const [said, setSaid] = useState("");
  const [actions, setActions] = useState("");
  const { busy, write: writing } = useWrite(onDone);
  const write = (change: Promise<UpdateResult>, done: MessageKey) =>
    writing(change, (r) =>
      r.ok
        ? { intent: "success", text: t(done, { meeting: meeting.MeetingID }) }
        : { intent: "warning", text: t("common.changed", { ticket: meeting.MeetingID }) },
    );
  const invitation = async () => {
    const { meetingIcs } = await import("../../../files/calendarIcs");
    download(meetingIcs(meeting, data.team, data.clients, new Date()), meeting.MeetingID ?? "", "ics");
  };
  return (
    <article className={styles.card} aria-label={`${meeting.MeetingID} · ${meeting.Title}`}>
      <Body1>
        <strong>{when}</strong> · {meeting.Title}
      </Body1>
      <Caption1>
        {meeting.MeetingID} · {who}
      </Caption1>
      <div className={styles.actions}>
        <Button
          size="small"
          icon={<DocumentArrowDownRegular />}
          onClick={() => void downloadDocument(agendaDocument(meeting, data, language))}
        >
          {t("meetings.agendaDoc")}
        </Button>
        <Button size="small" icon={<CalendarLtrRegular />} onClick={() => void invitation()}>
          {t("meetings.ics")}
        </Button>
        <Button
          size="small"
          icon={<CalendarCancelRegular />}
          disabled={busy}
          onClick={() => write(cancelMeeting(port, meeting), "meetings.cancelled")}
        >
          {t("meetings.cancel")}
        </Button>
      </div>
      {minutes && (
        <>
          <Field label={t("meetings.minutes")}>
            <Textarea size="small" resize="vertical" value={said} onChange={(_, d) => setSaid(d.value)} />
          </Field>
          <Field label={t("meetings.actions")} hint={t("meetings.agendaHint")}>
            <Textarea size="small" resize="vertical" value={actions} onChange={(_, d) => setActions(d.value)} />
          </Field>
          <Button
            size="small"
            appearance="primary"
            icon={<CheckmarkCircleRegular />}
            disabled={busy || said.trim() === ""}
            onClick={() => write(recordMinutes(port, meeting, said.trim(), actions.trim()), "meetings.recorded")}
          >
            {t("meetings.held.record")}
          </Button>
        </>
      )}
    </article>
  );
}

function HeldMeeting({ meeting, data }: { meeting: Meeting; data: SalesData }) {
  const { t, language } = useI18n();
  const styles = usePageStyles();
  const { when, who } = meetingLine(meeting, data);
  return (
    <article className={styles.card} aria-label={`${meeting.MeetingID} · ${meeting.Title}`}>
      <Body1>
        <strong>{when}</strong> · {meeting.Title}
      </Body1>
      <Caption1>{who}</Caption1>
      {meeting.Actions && <Caption1 className={styles.muted}>{meeting.Actions.split(/\r?\n/).join(" · ")}</Caption1>}
      <Button
        size="small"
        icon={<DocumentArrowDownRegular />}
        onClick={() => void downloadDocument(minutesDocument(meeting, data, language))}
      >
        {t("meetings.minutesDoc")}
      </Button>
    </article>
  );
}

/** The meetings from today on for the calendar: the planned ones, and the cancelled ones (to cancel their events). */
function calendarMeetings(data: SalesData, today: number) {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return data.meetings
    .filter((m) => m.Date >= today && m.Status !== "Held")
    .map((m) => meetingEvent(m, data.clients, data.team, timeZone));
}
