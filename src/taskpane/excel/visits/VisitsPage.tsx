/**
 * Visits tab: a visit planned (client, exec, date, purpose), the planned ones by exec with their
 * calendar event, the clients due a visit, a visit's outcome recorded once done, and the week's
 * visit reports, whose next action opens a request or a quote.
 */
import { useMemo, useState } from "react";
import { Body1, Button, Caption1, Dropdown, Field, Input, Option, Subtitle2 } from "@fluentui/react-components";
import {
  CalendarAddRegular,
  CalendarLtrRegular,
  ChatAddRegular,
  CheckmarkCircleRegular,
  DocumentAddRegular,
} from "@fluentui/react-icons";
import { type SalesData, type Visit, teamIndex } from "../../../core/workbook";
import { visitFollowUp, planVisit, recordVisitOutcome, logRequest } from "../../../core/support";
import { useNavigate } from "../../state/navigation";
import { OutlookCalendar } from "../../components/OutlookCalendar";
import { visitEvent } from "../../../m365/calendar";
import { formatDmy } from "../../../core/kernel";
import type { SectionProps } from "../../components/SectionProps";
import { useI18n } from "../../i18n";
import { usePort } from "../../state/port";
import { useToday } from "../../state/today";
import { useWrite } from "../../state/useWrite";
import { download } from "../../download";
import { usePageStyles } from "../../components/TaskPage";
import { TablePage } from "../../components/TablePage";
import { ClientPicker } from "../../components/ClientPicker";
import { DayField, readDay } from "../../components/DayField";

export function VisitsPage() {
  return (
    <TablePage id="visits" table="Visits">
      {(data, onDone) => (
        <>
          <PlanForm data={data} onDone={onDone} />
          <Visits data={data} onDone={onDone} />
        </>
      )}
    </TablePage>
  );
}

function PlanForm({ data, onDone }: SectionProps) {
  const { t } = useI18n();
  const styles = usePageStyles();
  const port = usePort();
  const today = useToday();
  const team = useMemo(() => teamIndex(data.team), [data]);
  const [clientId, setClientId] = useState("");
  const [exec, setExec] = useState("");
  const [date, setDate] = useState(formatDmy(today + 7));
  const [purpose, setPurpose] = useState("");
  const { busy, write } = useWrite(onDone);
  const day = readDay(date);
  const chosenExec = exec || (data.clients.find((c) => c.ClientID === clientId)?.Exec ?? "");
  const plan = () => {
    if (day === undefined) return; // the button waits for a date
    write(planVisit(port, { clientId, exec: chosenExec || null, scheduled: day, purpose: purpose.trim() }), (id) => {
      setPurpose("");
      return { intent: "success", text: t("visits.planned", { visit: id, date: formatDmy(day) }) };
    });
  };
  return (
    <form className={styles.card} aria-labelledby="plan-title" onSubmit={(e) => e.preventDefault()}>
      <Subtitle2 as="h3" id="plan-title">
        {t("visits.plan")}
      </Subtitle2>
      <ClientPicker clients={data.clients} onSelect={setClientId} />
      <Field label={t("common.exec")}>
        <Dropdown
          value={chosenExec ? team.name(chosenExec) : ""}
          selectedOptions={[chosenExec]}
          onOptionSelect={(_, d) => setExec(d.optionValue ?? "")}
        >
          {team.ids.map((id) => (
            <Option key={id} value={id}>
              {team.name(id)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <DayField label={t("visits.date")} value={date} onChange={setDate} from={today} />
      <Field label={t("visits.purpose")}>
        <Input value={purpose} onChange={(_, d) => setPurpose(d.value)} />
      </Field>
      <Button
        appearance="primary"
        icon={<CalendarAddRegular />}
        disabled={busy || !clientId || day === undefined || day < today}
        onClick={plan}
      >
        {t("visits.planIt")}
      </Button>
    </form>
  );
}

function Visits({ data, onDone }: SectionProps) {
  const { t } = useI18n();
  const styles = usePageStyles();
  const today = useToday();
  const team = useMemo(() => teamIndex(data.team), [data]);
  const follow = useMemo(
    () => visitFollowUp(data.visits, data.clients, data.settings.visitEveryDays, today),
    [data, today],
  );
  const name = (id: string | null) => data.clients.find((c) => c.ClientID === id)?.Name ?? id ?? "";
  return (
    <>
      <section aria-label={t("visits.plannedList", { n: follow.planned.length })} className={styles.page}>
        <Subtitle2 as="h3">{t("visits.plannedList", { n: follow.planned.length })}</Subtitle2>
        <OutlookCalendar items={() => calendarVisits(data, today)} onDone={onDone} />
        {follow.planned.map((v) => (
          <PlannedVisit
            key={v.VisitID}
            visit={v}
            client={name(v.ClientID)}
            exec={v.Exec ? team.name(team.resolve(v.Exec)) : ""}
            data={data}
            onDone={onDone}
          />
        ))}
      </section>
      <section aria-label={t("visits.dueList", { n: follow.due.length })} className={styles.page}>
        <Subtitle2 as="h3">{t("visits.dueList", { n: follow.due.length })}</Subtitle2>
        {follow.due.slice(0, 20).map((d) => (
          <Caption1 key={d.clientId}>
            {name(d.clientId)} ({d.clientId}) ·{" "}
            {d.lastVisit === null
              ? t("visits.never")
              : t("visits.lastVisit", { date: formatDmy(d.lastVisit), n: today - d.lastVisit })}
          </Caption1>
        ))}
      </section>
      <section aria-label={t("visits.doneList", { n: follow.done.length })} className={styles.page}>
        <Subtitle2 as="h3">{t("visits.doneList", { n: follow.done.length })}</Subtitle2>
        {follow.done.map((v) => (
          <DoneVisit key={v.VisitID} visit={v} client={name(v.ClientID)} data={data} onDone={onDone} />
        ))}
      </section>
    </>
  );
}

function PlannedVisit({
  visit,
  client,
  exec,
  data,
  onDone,
}: SectionProps & { visit: Visit; client: string; exec: string }) {
  const { t } = useI18n();
  const styles = usePageStyles();
  const port = usePort();
  const [outcome, setOutcome] = useState("");
  const [next, setNext] = useState("");
  const { busy, write } = useWrite(onDone);
  const today = useToday();
  // a visit ahead is not done yet: its outcome is recorded from its day on
  const ahead = visit.Scheduled > today;
  const record = () => {
    write(recordVisitOutcome(port, visit, outcome.trim(), next.trim(), today), (r) =>
      r.ok
        ? { intent: "success", text: t("visits.recorded", { visit: visit.VisitID }) }
        : { intent: "warning", text: t("common.changed", { ticket: visit.VisitID }) },
    );
  };
  const calendar = async () => {
    const { visitsIcs } = await import("../../../files/calendarIcs");
    download(visitsIcs([visit], data.clients, data.team, new Date()), visit.VisitID ?? "", "ics");
  };
  return (
    <article className={styles.card} aria-label={`${visit.VisitID} · ${client}`}>
      <Body1>
        <strong>{formatDmy(visit.Scheduled)}</strong> · {client}
      </Body1>
      <Caption1>
        {visit.VisitID} · {exec} · {visit.Purpose ?? ""}
      </Caption1>
      <Field
        label={t("visits.outcome")}
        hint={ahead ? t("visits.doneFrom", { date: formatDmy(visit.Scheduled) }) : undefined}
      >
        <Input size="small" value={outcome} onChange={(_, d) => setOutcome(d.value)} />
      </Field>
      <Field label={t("visits.nextAction")}>
        <Input size="small" value={next} onChange={(_, d) => setNext(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button
          size="small"
          appearance="primary"
          icon={<CheckmarkCircleRegular />}
          disabled={busy || outcome.trim() === "" || ahead}
          onClick={record}
        >
          {t("visits.done")}
        </Button>
        <Button size="small" icon={<CalendarLtrRegular />} onClick={() => void calendar()}>
          {t("visits.ics")}
        </Button>
      </div>
    </article>
  );
}

/** A visit done, in the week's visit reports: its next action opens a request for the client, or a quote. */
function DoneVisit({ visit, client, data, onDone }: SectionProps & { visit: Visit; client: string }) {
  const { t } = useI18n();
  const styles = usePageStyles();
  const port = usePort();
  const today = useToday();
  const navigate = useNavigate();
  const { busy, write } = useWrite(onDone);
  const openRequest = () => {
    const call = {
      clientId: visit.ClientID,
      channel: "Visit",
      kind: "Request",
      subject: visit.NextAction ?? "",
      urgency: "Medium",
      owner: visit.Exec,
      received: today,
    } as const;
    write(logRequest(port, call, data.settings), (ticket) => ({
      intent: "success",
      text: t("visits.requestOpened", { ticket, visit: visit.VisitID }),
    }));
  };
  return (
    <article className={styles.card} aria-label={`${visit.VisitID} · ${client}`}>
      <Caption1>
        {formatDmy(visit.Scheduled)} · {client} · {visit.Outcome ?? ""}
        {visit.NextAction ? ` → ${visit.NextAction}` : ""}
      </Caption1>
      {visit.NextAction && (
        <div className={styles.actions}>
          <Button size="small" icon={<ChatAddRegular />} disabled={busy} onClick={openRequest}>
            {t("visits.openRequest")}
          </Button>
          {data.present.has("Quotes") && (
            <Button
              size="small"
              icon={<DocumentAddRegular />}
              onClick={() => navigate("quotes", { clientId: visit.ClientID })}
            >
              {t("visits.openQuote")}
            </Button>
          )}
        </div>
      )}
    </article>
  );
}

/** The visits from today on for the calendar: the planned ones, and the cancelled ones (to cancel their events). */
function calendarVisits(data: SalesData, today: number) {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return data.visits
    .filter((v) => v.Scheduled >= today && v.Status !== "Done")
    .map((v) => visitEvent(v, data.clients, data.team, timeZone));
}
