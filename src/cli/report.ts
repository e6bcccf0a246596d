/** `salesdesk report`: the weekly sales report as text or JSON, written into the workbook as a sheet, printed to PDF. */
import { writeWhole } from "./files";
import { dayOption, messageLanguage, type CommandOutput, type Values } from "./options";
import { UsageError } from "./usageError";
import { openWorkbook, openWritable } from "./workbooks";
import { XlsxWorkbook } from "../files/xlsxWorkbook";
import { type SheetOutput, type WrittenSheet, describeProblem, readSalesData, WEEKLY_SALES } from "../core/workbook";
import { printToPdf } from "./libreOffice";
import { render, formatDmy, formatIsoDate, formatMoney, formatPercent, fromCents, LOCALES } from "../core/kernel";
import {
  Figures,
  lastCompleteWeek,
  weeklyReport,
  WeeklyReport,
  reportSheet,
  weeklySalesSheet,
  REPORT_LANGUAGES,
  REPORT_WORDS,
  type ReportLanguage,
} from "../core/sales";
import { wordsIn } from "./words";

export async function report(values: Values, positionals: string[]): Promise<CommandOutput> {
  const workbook = await openWorkbook(positionals[0]);
  const basis = values.basis;
  if (basis !== undefined && basis !== "invoiced" && basis !== "booked")
    throw new UsageError("--basis must be invoiced or booked");
  const data = await readSalesData(workbook);
  if (!data.present.has(basis === "booked" ? "Orders" : "Invoices"))
    throw new UsageError(`${positionals[0]} has no ${basis === "booked" ? "Orders" : "Invoices"} table to report on`);
  const week = typeof values.week === "string" ? values.week : lastCompleteWeek(dayOption(values, "today"));
  const result = weeklyReport(data, week, basis);
  if (!result.ok) throw new UsageError(render(result.error, messageLanguage(values)));
  const written: WrittenSheet[] = [];
  const currency = data.settings.currency;
  const language = (values.lang ?? data.settings.language ?? "en") as ReportLanguage;
  if (!REPORT_LANGUAGES.includes(language)) throw new UsageError("--lang must be ca, es or en");
  if (typeof values.pdf === "string")
    await writeReportPdf(values.pdf, { ...reportSheet(result.value, language), currency });
  if (typeof values.out === "string") {
    const into = await openWritable(positionals[0]);
    written.push(await into.writeSheet({ ...reportSheet(result.value, language), currency }));
    written.push(
      await into.writeSheet({
        ...weeklySalesSheet(result.value, await into.readTable(WEEKLY_SALES), language),
        currency,
      }),
    );
    await writeWhole(values.out, await into.save());
  }
  const exitCode = result.value.problems.some((p) => p.severity === "error") ? 1 : 0;
  const text = values.json
    ? JSON.stringify(reportJson(result.value))
    : [
        reportText(result.value, values.out, data.settings.currency, language, written[0]?.sheet),
        ...(typeof values.pdf === "string" ? [wordsIn(language)("wrote", { file: values.pdf })] : []),
      ].join("\n");
  return { text, exitCode, notes: written.flatMap((w) => (w.note ? [render(w.note, language)] : [])) };
}

/** The report sheet alone, printed by LibreOffice as Excel would print it (landscape, one page wide, its chart). */
async function writeReportPdf(file: string, sheet: SheetOutput): Promise<void> {
  const alone = new XlsxWorkbook();
  await alone.writeSheet(sheet);
  const pdf = await printToPdf(await alone.save());
  if (!pdf)
    throw new UsageError(
      "--pdf needs LibreOffice (soffice) to print the sheet: install it, or print the report sheet from Excel",
    );
  await writeWhole(file, pdf);
}

const euros = (c: number | null) => (c === null ? null : fromCents(c));

function figuresJson(f: Figures) {
  return {
    actual: euros(f.actual),
    target: euros(f.target),
    variance: euros(f.variance),
    attainment: f.attainment,
    lastWeek: euros(f.lastWeek),
    change: euros(f.change),
    mtdActual: euros(f.mtdActual),
    mtdTarget: euros(f.mtdTarget),
    qtdActual: euros(f.qtdActual),
    qtdTarget: euros(f.qtdTarget),
    ytdActual: euros(f.ytdActual),
    ytdTarget: euros(f.ytdTarget),
    forecastMonth: euros(f.forecastMonth),
    forecastQuarter: euros(f.forecastQuarter),
    status: f.status,
  };
}

export function reportJson(r: WeeklyReport) {
  return {
    week: r.week,
    from: formatIsoDate(r.from),
    to: formatIsoDate(r.to),
    basis: r.basis,
    execs: r.execs.map((e) => ({ exec: e.exec, name: e.name, ...figuresJson(e) })),
    total: figuresJson(r.total),
    summary: {
      /** overdue and late orders count as of the week's last day */
      asOf: formatIsoDate(r.to),
      topClients: r.summary.topClients.map((c) => ({ ...c, net: euros(c.net) })),
      topProducts: r.summary.topProducts.map((p) => ({ ...p, net: euros(p.net) })),
      newClients: r.summary.newClients,
      overdue: euros(r.summary.overdue),
      lateDeliveries: r.summary.lateDeliveries,
      openComplaints: r.summary.openComplaints,
      onTime: r.summary.onTime && {
        delivered: r.summary.onTime.delivered,
        onTime: r.summary.onTime.onTime,
        rate: r.summary.onTime.rate,
      },
      lateOrders: r.summary.lateOrders.map((o) => ({
        ...o,
        promisedDate: formatIsoDate(o.promisedDate),
        net: euros(o.net),
      })),
    },
    problems: r.problems,
  };
}

function reportText(r: WeeklyReport, out: unknown, currency: string, language: ReportLanguage, sheet?: string): string {
  const w = REPORT_WORDS[language];
  const pct = (a: number | null) => (a === null ? "–" : formatPercent(a, language));
  const money = (c: number) => formatMoney(c, LOCALES[language], currency);
  const row = (label: string, f: Figures) =>
    `${label.padEnd(22)} ${money(f.actual).padStart(14)} ${money(f.target).padStart(14)} ${pct(f.attainment).padStart(11)}  ${f.status ? w.rag[f.status] : ""}`;
  return [
    w.title(r.week, formatDmy(r.from), formatDmy(r.to), r.basis === "booked"),
    `${"".padEnd(22)} ${w.actual.padStart(14)} ${w.target.padStart(14)} ${w.attainment.padStart(11)}`,
    ...r.execs.map((e) => row(`${e.exec} ${e.name}`, e)),
    row(w.total, r.total),
    `${w.overdue} (${formatDmy(r.to)}): ${money(r.summary.overdue)}`,
    ...(r.summary.onTime
      ? [
          `${w.onTime}: ${r.summary.onTime.onTime} / ${r.summary.onTime.delivered}; ${w.lateDeliveries} (${formatDmy(r.to)}): ${r.summary.lateOrders.length}`,
          ...r.summary.lateOrders.map(
            (o) =>
              `  ${(o.execName || o.exec || "").padEnd(20)} ${o.orderId} ${o.clientId} ${w.promised} ${formatDmy(o.promisedDate)}, ${w.daysLate}: ${o.daysLate}`,
          ),
        ]
      : []),
    ...r.problems.map((p) => describeProblem(p, language)),
    ...(typeof out === "string"
      ? [wordsIn(language)(sheet ? "wroteSheet" : "wrote", { file: out, sheet: sheet ?? null })]
      : []),
  ].join("\n");
}
