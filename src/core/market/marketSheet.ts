/**
 * The market research as a sheet for management, in her language: segments with a chart, the
 * survey's NPS by segment with a chart, answers and frequent words, opportunities, campaigns and
 * what they brought in, and every client's scores.
 */
import { formatDmy } from "../kernel/dates";
import { fromCents } from "../kernel/money";
import type { MessageLanguage } from "../kernel/messages";
import type { Cell, OutputColumn, OutputTable, SheetOutput } from "../workbook/port";
import { MARKET_SHEET, ownedSheet } from "../workbook/ownedSheets";
import type { MarketReport } from "./market";
import { npsQuestion, type Nps } from "./surveyResults";
import { MARKET_WORDS } from "./marketWords";
import { segmentName, type SegmentCode } from "./segments";

const money = (header: string): OutputColumn => ({ header, format: "money" });
const integer = (header: string): OutputColumn => ({ header, format: "integer" });
const percent = (header: string): OutputColumn => ({ header, format: "percent" });
const text = (header: string): OutputColumn => ({ header });

export function marketSheet(report: MarketReport, language: MessageLanguage): SheetOutput {
  const w = MARKET_WORDS[language];
  const segment = (code: SegmentCode) => segmentName(code, language);
  const nps = npsQuestion(report.surveys);
  const table = (name: string, columns: OutputColumn[], rows: Cell[][]): OutputTable[] =>
    rows.length ? [{ name: `Market_${name}`, columns, rows }] : [];
  const tables: OutputTable[] = [
    ...table(
      "Segments",
      [text(w.segment), integer(w.clients), money(w.revenue)],
      report.segments.filter((s) => s.clients > 0).map((s) => [segment(s.segment), s.clients, fromCents(s.monetary)]),
    ),
    ...(nps
      ? table(
          "NPS",
          [
            text(w.segment),
            integer(w.nps),
            integer(w.answers),
            integer(w.promoters),
            integer(w.passives),
            integer(w.detractors),
          ],
          [
            ["Total", ...npsCells(nps.nps)],
            ...nps.bySegment.map((g) => [
              g.group === null ? w.unknownClient : segment(g.group as SegmentCode),
              ...npsCells(g.nps),
            ]),
          ],
        )
      : []),
    ...table(
      "Answers",
      [text(w.question), text(w.answer), integer(w.count)],
      report.surveys
        .filter((q) => q.kind !== "text")
        .flatMap((q) => Object.entries(q.counts).map(([answer, n]) => [q.question, answer, n])),
    ),
    ...table(
      "Words",
      [text(w.question), text(w.word), integer(w.count)],
      report.surveys.flatMap((q) => [...(q.words ?? []), ...(q.pairs ?? [])].map((f) => [q.question, f.word, f.count])),
    ),
    ...table(
      "Opportunities",
      [text(w.client), text(w.name), text(w.category)],
      report.opportunities.map((o) => [o.clientId, o.name, o.category]),
    ),
    ...table(
      "RegionGaps",
      [
        text(w.category),
        text(w.region),
        integer(w.clients),
        integer(w.buyers),
        percent(w.share),
        percent(w.companyShare),
      ],
      report.regionShares
        .filter((r) => r.farBelow)
        .map((r) => [r.category, r.region, r.clients, r.buyers, r.share, r.companyShare]),
    ),
    ...table(
      "Campaigns",
      [
        text(w.campaign),
        text(w.name),
        text(w.date),
        integer(w.recipients),
        integer(w.ordersBefore),
        integer(w.ordersAfter),
        money(w.revenueBefore),
        money(w.revenueAfter),
        integer(w.control),
        money(w.controlBefore),
        money(w.controlAfter),
        money(w.lift),
        text(w.note),
      ],
      report.campaigns.map((c) => [
        c.campaignId,
        c.name,
        formatDmy(c.date),
        c.recipients,
        c.before.orders,
        c.after.orders,
        fromCents(c.before.revenue),
        fromCents(c.after.revenue),
        c.controlAfter.clients,
        fromCents(c.controlBefore.revenue),
        fromCents(c.controlAfter.revenue),
        c.lift === null ? null : fromCents(c.lift),
        [c.few ? w.few : null, c.complete ? null : w.running].filter(Boolean).join("; ") || null,
      ]),
    ),
    ...table(
      "Clients",
      [
        text(w.client),
        text(w.name),
        text(w.segment),
        integer(w.recency),
        integer(w.frequency),
        money(w.monetary),
        integer("R"),
        integer("F"),
        integer("M"),
        text(w.churnRisk),
      ],
      report.clients.map((c) => [
        c.clientId,
        c.name,
        segment(c.segment),
        c.recency,
        c.frequency,
        fromCents(c.monetary),
        c.r,
        c.f,
        c.m,
        c.churnRisk ? "✓" : null,
      ]),
    ),
  ];
  return {
    ...ownedSheet(MARKET_SHEET, language),
    title: w.title(formatDmy(report.asOf)),
    tables,
    charts: [
      { table: "Market_Segments", title: w.clientsChart, from: w.segment, to: w.clients },
      ...(nps ? [{ table: "Market_NPS", title: w.npsChart, from: w.segment, to: w.nps }] : []),
    ],
  };
}

const npsCells = (n: Nps | undefined) => (n ? [n.score, n.answers, n.promoters, n.passives, n.detractors] : []);
