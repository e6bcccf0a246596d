/**
 * Week tab: one exec's week as the admin follows the team — visits and meetings this week, quotes to follow up,
 * late orders, the open requests they own and the overdue invoices of their clients.
 */
import { useMemo, useState } from "react";
import { Body1, Button, Caption1, Dropdown, Field, Option, Subtitle2 } from "@fluentui/react-components";
import { ChevronLeftRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { type SalesData, teamIndex } from "../../../core/workbook";
import { execWeek } from "../../../core/support";
import { formatDmy } from "../../../core/kernel";
import { MessageKey, useI18n } from "../../i18n";
import { money } from "../../format";
import { useToday } from "../../state/today";
import { useSalesData } from "../../state/salesData";
import { TaskPage, usePageStyles } from "../../components/TaskPage";

export function WeekPage() {
  const { t } = useI18n();
  const [state] = useSalesData();
  return (
    <TaskPage id="week" title={t("week.title")} intro={t("week.intro")} state={state}>
      {(data) => (data.team.length > 0 ? <Week data={data} /> : <Body1>{t("week.needTeam")}</Body1>)}
    </TaskPage>
  );
}

function Week({ data }: { data: SalesData }) {
  const { t, language } = useI18n();
  const styles = usePageStyles();
  const today = useToday();
  const team = useMemo(() => teamIndex(data.team), [data]);
  const [exec, setExec] = useState(team.ids[0]);
  // weeks before or after this one: everything as it stands on that week's same weekday
  const [shift, setShift] = useState(0);
  const asOf = today + 7 * shift;
  const week = useMemo(() => execWeek(data, exec, asOf), [data, exec, asOf]);
  const client = (id: string | null) => data.clients.find((c) => c.ClientID === id)?.Name ?? id ?? "";
  const section = (title: MessageKey, lines: string[]) => (
    <section aria-label={t(title, { n: lines.length })} className={styles.card}>
      <Subtitle2 as="h3">{t(title, { n: lines.length })}</Subtitle2>
      {lines.length === 0 ? (
        <Caption1>{t("week.nothing")}</Caption1>
      ) : (
        lines.map((line, i) => <Caption1 key={i}>{line}</Caption1>)
      )}
    </section>
  );
  return (
    <>
      <Field label={t("common.exec")}>
        <Dropdown
          value={team.name(exec)}
          selectedOptions={[exec]}
          onOptionSelect={(_, d) => setExec(d.optionValue ?? exec)}
        >
          {team.ids.map((id) => (
            <Option key={id} value={id}>
              {team.name(id)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Body1>{t("week.range", { from: formatDmy(week.from), to: formatDmy(week.to) })}</Body1>
      <div role="group" className={styles.actions} aria-label={t("week.choose")}>
        <Button icon={<ChevronLeftRegular />} size="small" onClick={() => setShift(shift - 1)}>
          {t("week.previous")}
        </Button>
        {shift !== 0 && (
          <Button appearance="subtle" size="small" onClick={() => setShift(0)}>
            {t("week.thisWeek")}
          </Button>
        )}
        <Button icon={<ChevronRightRegular />} iconPosition="after" size="small" onClick={() => setShift(shift + 1)}>
          {t("week.next")}
        </Button>
      </div>
      {section(
        "week.visits",
        week.visits.map((v) => `${formatDmy(v.Scheduled)} · ${client(v.ClientID)} · ${v.Purpose ?? ""}`),
      )}
      {section(
        "week.meetings",
        week.meetings.map(
          (m) =>
            `${formatDmy(m.Date)}${m.Start ? ` ${m.Start}` : ""} · ${m.Title}${m.ClientID ? ` · ${client(m.ClientID)}` : ""}`,
        ),
      )}
      {section(
        "week.quotes",
        week.quotes.map((q) => `${q.quoteId} · ${client(q.clientId)} · ${money(q.net, language)}`),
      )}
      {section(
        "week.lateOrders",
        week.lateOrders.map(
          // a late order has a promised date (isLate)
          (o) => `${o.orderId} · ${client(o.clientId)} · ${t("week.daysLate", { n: asOf - o.promisedDate! })}`,
        ),
      )}
      {section(
        "week.requests",
        week.requests.map((r) => `${r.ticketId} · ${r.priority} · ${r.subject}`),
      )}
      {section(
        "week.overdue",
        week.overdue.map(
          (b) => `${b.invoice.InvoiceNo} · ${client(b.invoice.ClientID)} · ${money(b.outstanding, language)}`,
        ),
      )}
    </>
  );
}
