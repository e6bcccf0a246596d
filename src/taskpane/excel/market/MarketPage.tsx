/**
 * Market tab: what clients need, as of today — segments from what they bought (RFM), churn risk,
 * the survey's answers, opportunities and what each campaign brought in. Each list can become a
 * mailing list in one step (logged as a campaign), and the whole goes to management as a sheet.
 */
import { useEffect, useMemo, useState } from "react";
import { Badge, Body1, Button, Caption1, Dropdown, Option, Subtitle2 } from "@fluentui/react-components";
import { DocumentTableRegular, MailAddRegular } from "@fluentui/react-icons";
import {
  marketReport,
  type MarketReport,
  marketSheet,
  segmentName,
  type SegmentCode,
  readRecipientSheets,
} from "../../../core/market";
import { mailingList, mailingSheet } from "../../../core/campaigns";
import type { SectionProps } from "../../components/SectionProps";
import { useI18n } from "../../i18n";
import { usePort } from "../../state/port";
import { useSalesData } from "../../state/salesData";
import { useToday } from "../../state/today";
import { useWrite } from "../../state/useWrite";
import { useCampaignLog } from "../../state/useCampaignLog";
import { money } from "../../format";
import { MarketBars } from "./MarketBars";
import { MarketSurvey } from "./MarketSurvey";
import { MarketOpportunities, type MakeList } from "./MarketOpportunities";
import { MarketSegmentsWrite } from "./MarketSegmentsWrite";
import { TaskPage, usePageStyles } from "../../components/TaskPage";
import { Outcome, wroteOutcome } from "../../components/Outcome";

export function MarketPage() {
  const { t } = useI18n();
  const [state, reload] = useSalesData();
  const [outcome, setOutcome] = useState<Outcome>();
  const done = (o: Outcome) => {
    setOutcome(o);
    reload();
  };
  return (
    <TaskPage id="market" title={t("market.title")} intro={t("market.intro")} outcome={outcome} state={state}>
      {(data) => <Market data={data} onDone={done} />}
    </TaskPage>
  );
}

function Market({ data, onDone }: SectionProps) {
  const { t, language } = useI18n();
  const styles = usePageStyles();
  const port = usePort();
  const today = useToday();
  const log = useCampaignLog();
  const { busy, write } = useWrite(onDone);
  const [sheets, setSheets] = useState<Map<string, string[]>>();
  useEffect(() => {
    // only a campaign too big for its cell has a sheet to read: the report is not computed twice for nothing
    if (data.campaigns.some((c) => c.RecipientSheet)) void readRecipientSheets(port, data.campaigns).then(setSheets);
  }, [port, data]);
  const report = useMemo(() => marketReport(data, today, sheets), [data, today, sheets]);
  const makeList: MakeList = (ids, name, segment) =>
    write(
      (async () => {
        const clients = mailingList(data, { clients: { ids: new Set(ids), name } });
        const written = await port.writeSheet(
          mailingSheet(clients, { clients: { ids: new Set(ids), name } }, language),
        );
        const id = await log({ name, channel: "List", segment, recipients: clients.map((c) => c.ClientID) });
        return { written, id, n: clients.length };
      })(),
      ({ written, id, n }) => wroteOutcome(t("market.listMade", { n, id, sheet: written.sheet }), written, language),
    );
  const toSheet = () =>
    write(port.writeSheet({ ...marketSheet(report, language), currency: data.settings.currency }), (w) =>
      wroteOutcome(t("market.sheetWritten", { sheet: w.sheet }), w, language),
    );
  return (
    <>
      <Segments report={report} makeList={makeList} busy={busy} />
      <MarketSegmentsWrite data={data} report={report} onDone={onDone} />
      <MarketSurvey report={report} answers={data.survey} makeList={makeList} busy={busy} />
      <MarketOpportunities report={report} makeList={makeList} busy={busy} />
      <Campaigns report={report} />
      <div className={styles.actions}>
        <Button appearance="primary" icon={<DocumentTableRegular />} disabled={busy} onClick={toSheet}>
          {t("market.sheet")}
        </Button>
      </div>
    </>
  );
}

function Segments({ report, makeList, busy }: { report: MarketReport; makeList: MakeList; busy: boolean }) {
  const { t, language } = useI18n();
  const styles = usePageStyles();
  const shown = report.segments.filter((s) => s.clients > 0);
  const [chosen, setChosen] = useState<SegmentCode | "churn">(shown[0]?.segment ?? "none");
  const name = (s: SegmentCode | "churn") => (s === "churn" ? t("market.churn") : segmentName(s, language));
  const clients = report.clients.filter((c) => (chosen === "churn" ? c.churnRisk : c.segment === chosen));
  return (
    <section className={styles.page} aria-labelledby="market-segments">
      <Subtitle2 as="h3" id="market-segments">
        {t("market.segments")}
      </Subtitle2>
      <MarketBars
        title={t("market.segments")}
        bars={shown.map((s) => ({
          label: segmentName(s.segment, language),
          value: s.clients,
          shown: `${s.clients} · ${money(s.monetary, language)}`,
        }))}
      />
      <Caption1 className={styles.muted}>{t("market.segmentRule")}</Caption1>
      <Dropdown
        aria-label={t("market.showSegment")}
        value={name(chosen)}
        selectedOptions={[chosen]}
        onOptionSelect={(_, d) => setChosen(d.optionValue as SegmentCode | "churn")}
      >
        {[...shown.map((s) => s.segment), "churn" as const].map((s) => (
          <Option key={s} value={s}>
            {name(s)}
          </Option>
        ))}
      </Dropdown>
      <ul aria-label={name(chosen)} className={styles.page}>
        {clients.map((c) => (
          <li key={c.clientId}>
            <Body1>
              {c.name} ·{" "}
              {c.recency === null
                ? t("market.neverBought")
                : c.recency === 0
                  ? t("market.today")
                  : t("market.daysAgo", { n: c.recency })}{" "}
              · {money(c.monetary, language)} {c.churnRisk && <Badge color="danger">{t("market.churn")}</Badge>}
            </Body1>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button
          icon={<MailAddRegular />}
          disabled={busy || clients.length === 0}
          onClick={() =>
            makeList(
              clients.map((c) => c.clientId),
              name(chosen),
              chosen === "churn" ? null : name(chosen),
            )
          }
        >
          {t("market.makeList")}
        </Button>
      </div>
    </section>
  );
}

function Campaigns({ report }: { report: MarketReport }) {
  const { t, language } = useI18n();
  const styles = usePageStyles();
  const euros = (c: number) => money(c, language);
  return (
    <section className={styles.page} aria-labelledby="market-campaigns">
      <Subtitle2 as="h3" id="market-campaigns">
        {t("market.campaigns")}
      </Subtitle2>
      {report.campaigns.length === 0 && <Body1>{t("market.noCampaigns")}</Body1>}
      {report.campaigns.map((c) => (
        <article key={c.campaignId} className={styles.card} aria-label={`${c.campaignId} ${c.name}`}>
          <Body1>
            <b>{c.name}</b> · {c.campaignId} · {t("market.sentTo", { n: c.recipients })}
          </Body1>
          <Caption1>
            {t("market.before", {
              before: euros(c.before.revenue),
              after: euros(c.after.revenue),
              orders: c.after.orders,
            })}
          </Caption1>
          <Caption1>
            {t("market.control", {
              n: c.controlAfter.clients,
              before: euros(c.controlBefore.revenue),
              after: euros(c.controlAfter.revenue),
            })}
          </Caption1>
          {c.complete ? (
            <Body1>{c.lift === null ? t("market.noLift") : t("market.lift", { lift: euros(c.lift) })}</Body1>
          ) : (
            <Badge color="informative">{t("market.running")}</Badge>
          )}
          {c.few && <Badge color="warning">{t("market.few")}</Badge>}
        </article>
      ))}
    </section>
  );
}
