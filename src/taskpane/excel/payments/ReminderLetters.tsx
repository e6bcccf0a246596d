/**
 * The reminders due, as letters: each client's at its level (what was sent before shown), as a Word
 * file or all in one file a page each, and marked as sent — which logs it, so the next reminder's
 * level follows. Clients reminded lately wait, their next level and day said.
 */
import { useMemo, useState } from "react";
import { Badge, Body1, Button, Caption1, Dropdown, makeStyles, Option, Subtitle2 } from "@fluentui/react-components";
import { DocumentArrowDownRegular, DocumentMultipleRegular, MailCheckmarkRegular } from "@fluentui/react-icons";
import { reminderPlan, type Reminder, markReminderSent, type ReminderChannel } from "../../../core/receivables";
import { reminderLetter } from "../../../core/documents";
import { REMINDER_CHANNELS } from "../../../core/workbook";
import { formatDmy } from "../../../core/kernel";
import type { SectionProps } from "../../components/SectionProps";
import { useI18n } from "../../i18n";
import { money } from "../../format";
import { usePort } from "../../state/port";
import { useToday } from "../../state/today";
import { useWrite } from "../../state/useWrite";
import { downloadDocument } from "../../documentDownload";
import { usePageStyles } from "../../components/TaskPage";
import { Outcome } from "../../components/Outcome";
import { OutlookDrafts } from "../../components/OutlookDrafts";
import { reminderDrafts } from "../../../core/campaigns";

const useStyles = makeStyles({
  line: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap", justifyContent: "space-between" },
});

/** `onDone` after a write (the page reads the workbook again); `say` for what changed nothing in it (drafts made in Outlook). */
export function ReminderLetters({ data, onDone, say }: SectionProps & { say: (o: Outcome) => void }) {
  const { t } = useI18n();
  const page = usePageStyles();
  const today = useToday();
  const plan = useMemo(() => reminderPlan(data, today), [data, today]);
  const due = plan.filter((r) => r.waitUntil === null);
  const waiting = plan.filter((r) => r.waitUntil !== null);
  if (plan.length === 0) return <Body1>{t("payments.noReminders")}</Body1>;
  return (
    <>
      <section aria-label={t("letters.due", { n: due.length })} className={page.page}>
        <Subtitle2 as="h3">{t("letters.due", { n: due.length })}</Subtitle2>
        {due.length > 0 && (
          <>
            <Button
              icon={<DocumentMultipleRegular />}
              onClick={() =>
                void downloadDocument(
                  due.map((r) => reminderLetter(r, data, today)),
                  `${t("letters.wordTitle")} ${formatDmy(today)}`,
                )
              }
            >
              {t("letters.all")}
            </Button>
            <OutlookDrafts
              drafted={() => reminderDrafts(data, today)}
              run={`reminders:${today}`}
              zipName={`${t("letters.wordTitle")} ${formatDmy(today)}`}
              onDone={say}
            />
          </>
        )}
        {due.map((r) => (
          <LetterCard key={r.client.ClientID} reminder={r} data={data} onDone={onDone} />
        ))}
      </section>
      {waiting.length > 0 && (
        <section aria-label={t("letters.waiting", { n: waiting.length })} className={page.page}>
          <Subtitle2 as="h3">{t("letters.waiting", { n: waiting.length })}</Subtitle2>
          {waiting.map((r) => (
            <LetterCard key={r.client.ClientID} reminder={r} data={data} onDone={onDone} />
          ))}
        </section>
      )}
    </>
  );
}

function LetterCard({ reminder: r, data, onDone }: SectionProps & { reminder: Reminder }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const page = usePageStyles();
  const port = usePort();
  const today = useToday();
  const [channel, setChannel] = useState<ReminderChannel>("Letter");
  const { busy, write } = useWrite(onDone);
  const client = r.client.Name ?? r.client.ClientID ?? "";
  const mark = () => {
    write(markReminderSent(port, r, today, channel), (n) => ({
      intent: "success",
      text: t("letters.marked", { level: r.level, client, n }),
    }));
  };
  return (
    <article className={page.card} aria-label={client}>
      <div className={styles.line}>
        <Body1>
          <strong>{client}</strong> · {money(r.total, language)}
        </Body1>
        <Badge appearance="tint" color={r.level >= 3 ? "danger" : "warning"}>
          {t("payments.level", { n: r.level })}
        </Badge>
      </div>
      <Caption1>
        {t("payments.overdueInvoices", {
          n: r.invoices.length,
          late: t("payments.late", { n: r.invoices[0].daysPastDue }),
          language: r.language.toUpperCase(),
        })}
      </Caption1>
      {r.lastLevel !== null && r.lastSent !== null && (
        <Caption1 className={page.muted}>
          {t("letters.lastSent", { level: r.lastLevel, date: formatDmy(r.lastSent) })}
        </Caption1>
      )}
      {r.waitUntil !== null ? (
        <Caption1>{t("letters.next", { level: r.level, date: formatDmy(r.waitUntil) })}</Caption1>
      ) : (
        <div className={page.actions}>
          <Button
            size="small"
            icon={<DocumentArrowDownRegular />}
            onClick={() => void downloadDocument(reminderLetter(r, data, today))}
          >
            {t("letters.letter")}
          </Button>
          <Dropdown
            size="small"
            aria-label={t("letters.channel")}
            value={t(`letters.channel.${channel}`)}
            selectedOptions={[channel]}
            onOptionSelect={(_, d) => setChannel(d.optionValue as ReminderChannel)}
          >
            {REMINDER_CHANNELS.map((c) => (
              <Option key={c} value={c}>
                {t(`letters.channel.${c}`)}
              </Option>
            ))}
          </Dropdown>
          <Button size="small" appearance="primary" icon={<MailCheckmarkRegular />} disabled={busy} onClick={mark}>
            {t("letters.markSent")}
          </Button>
        </div>
      )}
    </article>
  );
}
