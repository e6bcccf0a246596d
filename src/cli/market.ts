/** `salesdesk market`: segments, survey results, opportunities and campaigns, as text or JSON, and as a sheet for management. */
import { writeWhole } from "./files";
import { dayOption, messageLanguage, type CommandOutput, type Values } from "./options";
import { UsageError } from "./usageError";
import { openWorkbook, openWritable } from "./workbooks";
import { readSalesData } from "../core/workbook";
import {
  formatDmy,
  formatIsoDate,
  formatMoney,
  fromCents,
  LOCALES,
  render,
  type MessageLanguage,
} from "../core/kernel";
import {
  marketReport,
  type MarketReport,
  marketSheet,
  MARKET_WORDS,
  segmentName,
  readRecipientSheets,
  npsQuestion,
  segmentChanges,
  writeSegments,
} from "../core/market";
import { wordsIn } from "./words";

export async function market(values: Values, positionals: string[]): Promise<CommandOutput> {
  const file = positionals[0];
  const workbook = await openWorkbook(file);
  const data = await readSalesData(workbook);
  if (!data.present.has("Invoices")) throw new UsageError(`${file} has no Invoices table to segment clients by`);
  const language = messageLanguage(values);
  const report = marketReport(data, dayOption(values, "as-of"), await readRecipientSheets(workbook, data.campaigns));
  if (values.segments && typeof values.out !== "string")
    throw new UsageError("--segments writes Clients.Segment: name the workbook to write with --out OUT.xlsx");
  const lines: string[] = [];
  const notes: string[] = [];
  const say = wordsIn(language);
  if (typeof values.out === "string") {
    const into = await openWritable(file);
    if (values.segments) {
      const done = await writeSegments(
        into,
        segmentChanges(report.clients, data.clients, language),
        values.overwrite === true,
      );
      lines.push(
        say("market.segments", { n: done.written }) + (done.skipped ? say("market.skipped", { n: done.skipped }) : ""),
      );
    }
    const written = await into.writeSheet({ ...marketSheet(report, language), currency: data.settings.currency });
    if (written.note) notes.push(render(written.note, language));
    await writeWhole(values.out, await into.save());
    lines.push(say("wroteSheet", { file: values.out, sheet: written.sheet }));
  }
  if (values.json) return { text: JSON.stringify(marketJson(report)), exitCode: 0, notes };
  return { text: [...marketText(report, language, data.settings.currency), ...lines].join("\n"), exitCode: 0, notes };
}

export function marketJson(r: MarketReport) {
  return {
    asOf: formatIsoDate(r.asOf),
    clients: r.clients.map((c) => ({
      clientId: c.clientId,
      recency: c.recency,
      frequency: c.frequency,
      monetary: fromCents(c.monetary),
      r: c.r,
      f: c.f,
      m: c.m,
      segment: c.segment,
      churnRisk: c.churnRisk,
    })),
    segments: r.segments.map((s) => ({ segment: s.segment, clients: s.clients, monetary: fromCents(s.monetary) })),
    opportunities: r.opportunities.map((o) => ({ clientId: o.clientId, category: o.category })),
    regionShares: r.regionShares.map(({ nonBuyers: _, ...share }) => share),
    surveys: r.surveys.map((q) => ({
      question: q.question,
      kind: q.kind,
      answers: q.answers,
      counts: q.counts,
      ...(q.nps ? { nps: q.nps.score, promoters: q.nps.promoters, detractors: q.nps.detractors } : {}),
      bySegment: q.bySegment,
      byRegion: q.byRegion,
      byCategory: q.byCategory,
      ...(q.words ? { words: q.words, pairs: q.pairs } : {}),
    })),
    unmatchedAnswers: r.unmatchedAnswers,
    campaigns: r.campaigns.map((c) => ({
      campaignId: c.campaignId,
      date: formatIsoDate(c.date),
      recipients: c.recipients,
      before: windowJson(c.before),
      after: windowJson(c.after),
      controlBefore: windowJson(c.controlBefore),
      controlAfter: windowJson(c.controlAfter),
      lift: c.lift === null ? null : fromCents(c.lift),
      complete: c.complete,
      few: c.few,
    })),
  };
}

const windowJson = (w: { clients: number; orders: number; revenue: number }) => ({
  clients: w.clients,
  orders: w.orders,
  revenue: fromCents(w.revenue),
});

function marketText(r: MarketReport, language: MessageLanguage, currency: string): string[] {
  const w = MARKET_WORDS[language];
  const money = (c: number) => formatMoney(c, LOCALES[language], currency);
  const nps = npsQuestion(r.surveys);
  return [
    w.title(formatDmy(r.asOf)),
    "",
    `${w.segment.padEnd(22)} ${w.clients.padStart(8)} ${w.revenue.padStart(20)}`,
    ...r.segments
      .filter((s) => s.clients > 0)
      .map(
        (s) =>
          `${segmentName(s.segment, language).padEnd(22)} ${String(s.clients).padStart(8)} ${money(s.monetary).padStart(20)}`,
      ),
    `${w.churnRisk}: ${r.clients.filter((c) => c.churnRisk).length}`,
    ...(nps
      ? ["", `${w.nps} «${nps.question}»: ${nps.nps.score} (${w.answers.toLowerCase()}: ${nps.nps.answers})`]
      : []),
    ...(r.unmatchedAnswers ? [w.unmatched(r.unmatchedAnswers)] : []),
    "",
    `${w.opportunities}: ${r.opportunities.length}`,
    `${w.regionGaps}: ${r.regionShares.filter((s) => s.farBelow).length}`,
    ...r.campaigns.flatMap((c) => [
      "",
      `${w.campaign} ${c.campaignId} ${c.name} (${formatDmy(c.date)}), ${w.recipients.toLowerCase()}: ${c.recipients}`,
      `  ${w.revenueBefore}: ${money(c.before.revenue)}  ${w.revenueAfter}: ${money(c.after.revenue)}`,
      `  ${w.controlBefore}: ${money(c.controlBefore.revenue)}  ${w.controlAfter}: ${money(c.controlAfter.revenue)}  (${w.control.toLowerCase()}: ${c.controlAfter.clients})`,
      `  ${w.lift}: ${c.lift === null ? "–" : money(c.lift)}${c.few ? ` (${w.few})` : ""}${c.complete ? "" : ` (${w.running})`}`,
    ]),
  ];
}
