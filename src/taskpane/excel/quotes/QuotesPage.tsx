/**
 * Quotes tab: the estimates awaiting an answer as the admin follows them — those to follow up, those
 * expiring within a week, the other open ones, and those expired unanswered — with the pipeline and
 * the win rate; a quote marked sent, accepted or rejected on each of its lines.
 */
import type { SectionProps } from "../../components/SectionProps";
import { useMemo, useState } from "react";
import { Body1, Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { CheckmarkRegular, DismissRegular, DocumentArrowDownRegular, SendRegular } from "@fluentui/react-icons";
import {
  estimateDocument,
  daysToExpiry,
  isOpenQuote,
  quoteFollowUp,
  toFollowUp,
  type QuoteStatus,
  type QuoteSummary,
  recordQuoteStatus,
  issueQuote,
  orderFromQuote,
} from "../../../core/orders";
import { downloadDocument } from "../../documentDownload";
import type { SalesData } from "../../../core/workbook";
import { formatDmy, type Day } from "../../../core/kernel";
import { DayField, readDay } from "../../components/DayField";
import { LinesForm } from "../../components/LinesForm";
import { MessageKey, useI18n } from "../../i18n";
import { money, percent } from "../../format";
import { usePort } from "../../state/port";
import { useWrite } from "../../state/useWrite";
import { useToday } from "../../state/today";
import { usePageStyles } from "../../components/TaskPage";
import { Outcome } from "../../components/Outcome";
import { TablePage } from "../../components/TablePage";

/** Open quotes that expire within this many days are listed apart. */
const SOON_DAYS = 7;
/** The promised date an accepted quote's order is given unless the admin says another. */
const PROMISED_IN_DAYS = 14;

export function QuotesPage() {
  return (
    <TablePage id="quotes" table="Quotes">
      {(data, onDone) => (
        <>
          <NewQuote data={data} onDone={onDone} />
          <Quotes data={data} onDone={onDone} />
        </>
      )}
    </TablePage>
  );
}

function Quotes({ data, onDone }: SectionProps) {
  const { t, language } = useI18n();
  const styles = usePageStyles();
  const today = useToday();
  const follow = useMemo(() => quoteFollowUp(data.quotes, data.settings.quoteValidityDays, today), [data, today]);
  const followUp = follow.open.filter((q) => toFollowUp(q, today));
  const soon = follow.open.filter((q) => !followUp.includes(q) && daysToExpiry(q, today) < SOON_DAYS);
  const others = follow.open.filter((q) => !followUp.includes(q) && !soon.includes(q));
  const { winRate } = follow;
  const section = (title: MessageKey, quotes: QuoteSummary[]) =>
    quotes.length > 0 && (
      <section aria-label={t(title, { n: quotes.length })} className={styles.page}>
        <Subtitle2 as="h3">{t(title, { n: quotes.length })}</Subtitle2>
        {quotes.map((q) => (
          <QuoteCard key={q.quoteId} quote={q} data={data} today={today} onDone={onDone} />
        ))}
      </section>
    );
  return (
    <>
      <Body1>{t("quotes.pipeline", { amount: money(follow.pipeline, language), n: follow.open.length })}</Body1>
      <Body1>
        {t("quotes.winRate", { rate: percent(winRate.rate, language), accepted: winRate.accepted, n: winRate.decided })}
      </Body1>
      {follow.open.length === 0 && <Body1>{t("quotes.none")}</Body1>}
      {section("quotes.followUp", followUp)}
      {section("quotes.soon", soon)}
      {section("quotes.open", others)}
      {section("quotes.expired", follow.expired)}
    </>
  );
}

function QuoteCard({
  quote,
  data,
  today,
  onDone,
}: {
  quote: QuoteSummary;
  data: SalesData;
  today: Day;
  onDone: (o: Outcome) => void;
}) {
  const { t, language } = useI18n();
  const styles = usePageStyles();
  const port = usePort();
  const { busy, write } = useWrite(onDone);
  const client = data.clients.find((c) => c.ClientID === quote.clientId)?.Name ?? quote.clientId;
  const [promised, setPromised] = useState(formatDmy(today + PROMISED_IN_DAYS));
  const promisedDay = readDay(promised);
  const canOrder = data.present.has("Orders");
  const answer = (status: QuoteStatus) => {
    const answered = recordQuoteStatus(port, quote, status).then(async (r): Promise<Outcome> => {
      if (r.refused > 0)
        return {
          intent: "warning",
          text: t("quotes.refused", { order: quote.quoteId, n: r.refused, written: r.written }),
        };
      if (status === "Accepted" && canOrder && promisedDay !== undefined) {
        // An accepted quote becomes the order the admin follows, its lines copied, the quote named as its contract.
        const order = await orderFromQuote(port, data.settings.orderPattern, quote, today, promisedDay);
        return {
          intent: "success",
          text: t("quotes.ordered", { quote: quote.quoteId, order, date: formatDmy(promisedDay) }),
        };
      }
      return {
        intent: "success",
        text: t("quotes.recorded", { quote: quote.quoteId, status: t(`quotes.status.${status}` as MessageKey) }),
      };
    });
    write(answered, (outcome) => outcome);
  };
  const open = isOpenQuote(quote, today);
  return (
    <article className={styles.card} aria-label={`${quote.quoteId} · ${client}`}>
      <Body1>
        <strong>{quote.quoteId}</strong> · {client}
      </Body1>
      <Caption1>
        {t(`quotes.status.${quote.status}` as MessageKey)} · {t("quotes.dated", { date: formatDmy(quote.quoteDate) })} ·{" "}
        {t(open ? "quotes.validUntil" : "quotes.expiredOn", { date: formatDmy(quote.validUntil) })} ·{" "}
        {money(quote.net, language)}
      </Caption1>
      <div className={styles.actions}>
        {quote.status === "Draft" && (
          <Button size="small" icon={<SendRegular />} disabled={busy} onClick={() => answer("Sent")}>
            {t("quotes.markSent")}
          </Button>
        )}
        {open && canOrder && (
          <DayField size="small" label={t("quotes.promisedFor")} value={promised} onChange={setPromised} />
        )}
        {open && (
          <Button
            size="small"
            appearance="primary"
            icon={<CheckmarkRegular />}
            disabled={busy || (canOrder && promisedDay === undefined)}
            onClick={() => answer("Accepted")}
          >
            {t(canOrder ? "quotes.acceptOrder" : "quotes.accept")}
          </Button>
        )}
        {open && (
          <Button size="small" icon={<DismissRegular />} disabled={busy} onClick={() => answer("Rejected")}>
            {t("quotes.reject")}
          </Button>
        )}
        {!open && (
          <Button size="small" icon={<DismissRegular />} disabled={busy} onClick={() => answer("Expired")}>
            {t("quotes.markExpired")}
          </Button>
        )}
        <Button
          size="small"
          icon={<DocumentArrowDownRegular />}
          onClick={() => void downloadDocument(estimateDocument(quote, data))}
        >
          {t("quotes.document")}
        </Button>
      </div>
    </article>
  );
}

/** A new quote for a client from the price list: its lines, their discounts and its validity. */
function NewQuote({ data, onDone }: SectionProps) {
  const { t, language } = useI18n();
  const port = usePort();
  const today = useToday();
  return (
    <LinesForm
      data={data}
      id="new-quote"
      title={t("quotes.newTitle")}
      dateLabel={t("quotes.validUntilField")}
      firstDate={today + data.settings.quoteValidityDays}
      saveLabel={t("quotes.save")}
      onDone={onDone}
      save={async ({ clientId, exec, lines, date, net }) => {
        const number = await issueQuote(
          port,
          data.settings.quotePattern,
          { clientId, exec, quoteDate: today, validUntil: date, lines },
          data.products,
        );
        return t("quotes.saved", { quote: number, n: lines.length, net: money(net, language) });
      }}
    />
  );
}
