/** The survey's answers on the Market tab: question by question, the NPS by segment, choices as bars, free answers by their frequent words. */
import { useState } from "react";
import { Body1, Button, Caption1, Dropdown, Option, Subtitle2 } from "@fluentui/react-components";
import {
  type MarketReport,
  type FrequentWord,
  type QuestionResult,
  segmentName,
  type SegmentCode,
  FEW_CLIENTS,
} from "../../../core/market";
import type { SurveyAnswer } from "../../../core/workbook";
import { MailAddRegular } from "@fluentui/react-icons";
import { useI18n } from "../../i18n";
import type { MakeList } from "./MarketOpportunities";
import { MarketBars } from "./MarketBars";
import { usePageStyles } from "../../components/TaskPage";

export function MarketSurvey({
  report,
  answers,
  makeList,
  busy,
}: {
  report: MarketReport;
  answers: readonly SurveyAnswer[];
  makeList: MakeList;
  busy: boolean;
}) {
  const { t } = useI18n();
  const styles = usePageStyles();
  return (
    <section className={styles.page} aria-labelledby="market-survey">
      <Subtitle2 as="h3" id="market-survey">
        {t("market.survey")}
      </Subtitle2>
      {report.surveys.length === 0 && <Body1>{t("market.noSurvey")}</Body1>}
      {report.unmatchedAnswers > 0 && (
        <Caption1 className={styles.muted}>{t("market.unmatched", { n: report.unmatchedAnswers })}</Caption1>
      )}
      {report.surveys.map((q) => (
        <Question
          key={q.question}
          question={q}
          answers={answers.filter((a) => a.Question === q.question)}
          makeList={makeList}
          busy={busy}
        />
      ))}
    </section>
  );
}

function Question({
  question: q,
  answers,
  makeList,
  busy,
}: {
  question: QuestionResult;
  answers: readonly SurveyAnswer[];
  makeList: MakeList;
  busy: boolean;
}) {
  const { t, language } = useI18n();
  const styles = usePageStyles();
  // the clients who would not recommend us: a list to call on
  const detractors = [
    ...new Set(answers.flatMap((a) => (a.Score !== null && a.Score <= 6 && a.ClientID ? [a.ClientID] : []))),
  ];
  const group = (g: string | null) => (g === null ? t("market.noClient") : segmentName(g as SegmentCode, language));
  return (
    <article className={styles.card} aria-label={q.question}>
      <Body1>
        <b>{q.question}</b>
      </Body1>
      <Caption1 className={styles.muted}>{t("market.answers", { n: q.answers })}</Caption1>
      {q.nps && (
        <>
          <Body1>
            {t("market.nps", {
              score: q.nps.score,
              promoters: q.nps.promoters,
              passives: q.nps.passives,
              detractors: q.nps.detractors,
            })}
          </Body1>
          <MarketBars
            title={t("market.npsBySegment")}
            bars={q.bySegment.map((g) => ({
              label: group(g.group),
              value: g.nps?.score ?? 0,
              shown: `${g.nps?.score ?? "–"} (${g.answers})`,
            }))}
          />
          {q.bySegment.some((g) => g.answers < FEW_CLIENTS) && (
            <Caption1 className={styles.muted}>{t("market.fewAnswers")}</Caption1>
          )}
          <div className={styles.actions}>
            <Button
              size="small"
              icon={<MailAddRegular />}
              disabled={busy || !detractors.length}
              onClick={() => makeList(detractors, t("market.detractorsList"), null)}
            >
              {t("market.detractorsMake", { n: detractors.length })}
            </Button>
          </div>
        </>
      )}
      {q.kind !== "text" && !q.nps && <Spread question={q} />}
      {q.words && <Words words={[...q.words, ...(q.pairs ?? [])]} answers={answers} />}
    </article>
  );
}

type Grouping = "all" | "bySegment" | "byRegion" | "byCategory";

/** A question's answers as bars, or spread by segment, region or preferred category, a line a group. */
function Spread({ question: q }: { question: QuestionResult }) {
  const { t, language } = useI18n();
  const styles = usePageStyles();
  const [by, setBy] = useState<Grouping>("all");
  const label = (g: Grouping) => t(`market.${g}`);
  const name = (group: string | null) =>
    group === null ? t("market.noClient") : by === "bySegment" ? segmentName(group as SegmentCode, language) : group;
  return (
    <>
      <Dropdown
        aria-label={t("market.spread", { question: q.question })}
        value={label(by)}
        selectedOptions={[by]}
        onOptionSelect={(_, d) => setBy(d.optionValue as Grouping)}
      >
        {(["all", "bySegment", "byRegion", "byCategory"] as const).map((g) => (
          <Option key={g} value={g}>
            {label(g)}
          </Option>
        ))}
      </Dropdown>
      {by === "all" ? (
        <MarketBars
          title={q.question}
          bars={Object.entries(q.counts).map(([answer, n]) => ({ label: answer, value: n, shown: String(n) }))}
        />
      ) : (
        <ul className={styles.page} aria-label={label(by)}>
          {q[by].map((g) => (
            <li key={String(g.group)}>
              <Caption1>
                {name(g.group)} ({g.answers}):{" "}
                {Object.entries(g.counts)
                  .map(([answer, n]) => `${answer} ${n}`)
                  .join(" · ")}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The frequent words as buttons: one chosen lists the answers that say it. */
function Words({ words, answers }: { words: readonly FrequentWord[]; answers: readonly SurveyAnswer[] }) {
  const { t } = useI18n();
  const styles = usePageStyles();
  const [chosen, setChosen] = useState<FrequentWord>();
  if (words.length === 0) return <Caption1 className={styles.muted}>{t("market.noWords")}</Caption1>;
  return (
    <>
      <div className={styles.actions} aria-label={t("market.words")}>
        {words.map((w) => (
          <Button
            key={w.word}
            size="small"
            appearance={chosen === w ? "primary" : "secondary"}
            onClick={() => setChosen(chosen === w ? undefined : w)}
          >
            {w.word} · {w.count}
          </Button>
        ))}
      </div>
      {chosen && (
        <ul aria-label={t("market.wordIn", { word: chosen.word })}>
          {answers
            .filter((a) => chosen.responses.includes(a.ResponseID))
            .map((a) => (
              <li key={a.ResponseID}>
                <Caption1>{a.Answer}</Caption1>
              </li>
            ))}
        </ul>
      )}
    </>
  );
}
