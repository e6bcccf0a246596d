/**
 * The weekly report as sheets the add-in owns: `Report 2026-W48` (title, KPIs, execs with RAG, a chart
 * of actual vs target, breakdowns, summary) and the `WeeklySales` history, where each week's rows are
 * replaced, never duplicated, so trend charts and formulas can use them.
 */
import { formatDmy } from "../kernel/dates";
import { fromCents } from "../kernel/money";
import type { Cell, OutputColumn, OutputTable, SheetOutput, TableData } from "../workbook/port";
import type { BreakdownRow, Rag, WeeklyReport } from "./weeklyReport";
import { REPORT_WORDS, type ReportLanguage } from "./reportWords";
import { WEEKLY_SALES, ownedSheet, reportSheetName } from "../workbook/ownedSheets";

const money = (header: string): OutputColumn => ({ header, format: "money" });
const percent = (header: string): OutputColumn => ({ header, format: "percent" });
const cents = (c: number | null): Cell => (c === null ? null : fromCents(c));

/**
 * Excel table names are workbook-wide: one prefix per week, a word, since a name may not begin with
 * an R1C1 reference (`R2026…` is row 2026) nor be an A1 one (kernel/excelNames.ts).
 */
const tableName = (week: string, part: string) => `Report_${week.replace("-", "")}_${part}`;

/**
 * The report sheet in the language chosen: a headline row a manager reads first, the execs by name in
 * few columns (their figures to date in a table of their own), breakdowns, service figures, and the
 * status as words coloured green, amber or red.
 */
export function reportSheet(report: WeeklyReport, language: ReportLanguage = "en"): SheetOutput {
  const w = REPORT_WORDS[language];
  const t = (part: string) => tableName(report.week, part);
  const s = report.summary;
  const status: OutputColumn = { header: w.status, rag: w.rag };
  const word = (r: Rag | null) => (r === null ? null : w.rag[r]);
  const figures = (f: {
    actual: number;
    target: number;
    variance: number;
    attainment: number | null;
    status: Rag | null;
  }): Cell[] => [cents(f.actual), cents(f.target), cents(f.variance), f.attainment, word(f.status)];
  const measured = [money(w.actual), money(w.target), money(w.variance), percent(w.attainment), status];
  /** With targets where it has any; without (categories seldom have them) its actuals and each one's share, instead of columns of zeros. */
  const breakdown = (name: string, key: string, rows: BreakdownRow[]): OutputTable => {
    if (rows.some((r) => r.target !== 0))
      return { name, columns: [{ header: key }, ...measured], rows: rows.map((r) => [r.key, ...figures(r)]) };
    const total = rows.reduce((sum, r) => sum + r.actual, 0);
    return {
      name,
      columns: [{ header: key }, money(w.actual), percent(w.share)],
      rows: rows.map((r) => [r.key, cents(r.actual), total === 0 ? null : r.actual / total]),
    };
  };
  return {
    ...ownedSheet(reportSheetName(report.week), language),
    title: w.title(report.week, formatDmy(report.from), formatDmy(report.to), report.basis === "booked"),
    tables: [
      {
        name: t("KPI"),
        columns: [...measured, money(w.lastWeek), money(w.monthForecast)],
        rows: [[...figures(report.total), cents(report.total.lastWeek), cents(report.total.forecastMonth)]],
      },
      {
        name: t("Execs"),
        columns: [{ header: w.exec }, ...measured],
        rows: report.execs.map((e) => [e.name || e.exec, ...figures(e)]),
      },
      {
        name: t("ToDate"),
        columns: [
          { header: w.exec },
          money(w.monthToDate),
          money(w.monthTarget),
          money(w.quarterToDate),
          money(w.quarterTarget),
          money(w.yearToDate),
          money(w.yearTarget),
          money(w.quarterForecast),
        ],
        rows: report.execs.map((e) => [
          e.name || e.exec,
          cents(e.mtdActual),
          cents(e.mtdTarget),
          cents(e.qtdActual),
          cents(e.qtdTarget),
          cents(e.ytdActual),
          cents(e.ytdTarget),
          cents(e.forecastQuarter),
        ]),
      },
      breakdown(t("Regions"), w.region, report.regions),
      breakdown(t("Categories"), w.category, report.categories),
      {
        name: t("Service"),
        // counted as of the week's last day, which the headers say: the pane counts as of today
        columns: [
          money(`${w.overdue} (${formatDmy(report.to)})`),
          { header: `${w.lateDeliveries} (${formatDmy(report.to)})`, format: "integer" },
          percent(w.onTime),
          { header: w.openComplaints, format: "integer" },
        ],
        rows: [[cents(s.overdue), s.lateDeliveries, s.onTime?.rate ?? null, s.openComplaints]],
      },
      ...(s.lateOrders.length
        ? [
            {
              name: t("Late"),
              columns: [
                { header: w.exec },
                { header: w.order },
                { header: w.client },
                { header: w.promised, format: "date" },
                { header: w.daysLate, format: "integer" },
                money(w.net),
              ],
              rows: s.lateOrders.map((o) => [
                o.execName || o.exec,
                o.orderId,
                o.clientId,
                o.promisedDate,
                o.daysLate,
                cents(o.net),
              ]),
            } satisfies OutputTable,
          ]
        : []),
      {
        name: t("TopClients"),
        columns: [{ header: w.client }, money(w.net)],
        rows: s.topClients.map((c) => [c.name || c.clientId, cents(c.net)]),
      },
      {
        name: t("TopProducts"),
        columns: [{ header: w.product }, money(w.net)],
        rows: s.topProducts.map((p) => [p.name || p.sku, cents(p.net)]),
      },
      {
        name: t("NewClients"),
        columns: [{ header: w.newClient }],
        rows: s.newClients.map((c) => [c.name || c.clientId]),
      },
    ],
    charts: [{ table: t("Execs"), title: w.chart(report.week), from: w.exec, to: w.target }],
    // Printed, it fits one page wide, landscape, the title on every page.
    print: { landscape: true, fitToWidth: true, titleRows: 1 },
  };
}

const HISTORY_COLUMNS: OutputColumn[] = [
  { header: "Week" },
  { header: "Basis" },
  { header: "Exec" },
  money("Actual"),
  money("Target"),
];

/** The history with this week's rows (for this basis) replaced by the report's. */
export function weeklySalesSheet(
  report: WeeklyReport,
  existing: TableData | undefined,
  language: ReportLanguage = "en",
): SheetOutput {
  const kept = (existing?.rows ?? []).filter((r) => !(r[0] === report.week && r[1] === report.basis));
  const fresh: Cell[][] = report.execs.map((e) => [
    report.week,
    report.basis,
    e.exec,
    cents(e.actual),
    cents(e.target),
  ]);
  const rows = [...kept, ...fresh].sort(
    (a, b) =>
      String(a[0]).localeCompare(String(b[0])) ||
      String(a[1]).localeCompare(String(b[1])) ||
      String(a[2]).localeCompare(String(b[2])),
  );
  return { ...ownedSheet(WEEKLY_SALES, language), tables: [{ name: WEEKLY_SALES, columns: HISTORY_COLUMNS, rows }] };
}
