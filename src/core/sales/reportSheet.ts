/**
 * The weekly report as sheets the add-in owns: `Report 2026-W48` (title, KPIs, execs with RAG, a chart
 * of actual vs target, breakdowns, summary) and the `WeeklySales` history, where each week's rows are
 * replaced, never duplicated, so trend charts and formulas can use them.
 */
import { formatDmy } from "../kernel/dates";
import { fromCents } from "../kernel/money";
import type { Cell, OutputColumn, OutputTable, SheetOutput, TableData } from "../workbook/port";
import type { BreakdownRow, Figures, WeeklyReport } from "./weeklyReport";
import { WEEKLY_SALES, reportSheetName } from "../workbook/ownedSheets";

const money = (header: string): OutputColumn => ({ header, format: "money" });
const percent = (header: string): OutputColumn => ({ header, format: "percent" });
const cents = (c: number | null): Cell => (c === null ? null : fromCents(c));

/** Excel table names are workbook-wide, letters, digits and underscores: one prefix per week. */
const tableName = (week: string, part: string) => `R${week.replace("-", "")}_${part}`;

/** What a manager reads first, one row: the week against its target, and where the month is heading. */
const HEADLINE: OutputColumn[] = [
  money("Actual"),
  money("Target"),
  money("Variance"),
  percent("Attainment"),
  { header: "Status", rag: true },
  money("Last week"),
  money("Month forecast"),
];

const headline = (f: Figures): Cell[] => [
  cents(f.actual),
  cents(f.target),
  cents(f.variance),
  f.attainment,
  f.status,
  cents(f.lastWeek),
  cents(f.forecastMonth),
];

/** The same per exec; the figures to date come in a table of their own below. */
const EXEC: OutputColumn[] = [{ header: "Exec" }, money("Actual"), money("Target"), money("Variance"), percent("Attainment"), { header: "Status", rag: true }];

const TO_DATE: OutputColumn[] = [
  { header: "Exec" },
  money("Month to date"),
  money("Month target"),
  money("Quarter to date"),
  money("Quarter target"),
  money("Year to date"),
  money("Year target"),
  money("Quarter forecast"),
];

/**
 * A breakdown with targets where it has any; without (categories seldom have targets) its actuals
 * and each one's share of the week, instead of columns of zeros.
 */
function breakdownTable(name: string, keyHeader: string, rows: BreakdownRow[]): OutputTable {
  if (rows.some((r) => r.target !== 0)) {
    return {
      name,
      columns: [{ header: keyHeader }, money("Actual"), money("Target"), money("Variance"), percent("Attainment"), { header: "Status", rag: true }],
      rows: rows.map((r) => [r.key, cents(r.actual), cents(r.target), cents(r.variance), r.attainment, r.status]),
    };
  }
  const total = rows.reduce((sum, r) => sum + r.actual, 0);
  return {
    name,
    columns: [{ header: keyHeader }, money("Actual"), percent("Share")],
    rows: rows.map((r) => [r.key, cents(r.actual), total === 0 ? null : r.actual / total]),
  };
}

export function reportSheet(report: WeeklyReport): SheetOutput {
  const t = (part: string) => tableName(report.week, part);
  const s = report.summary;
  return {
    name: reportSheetName(report.week),
    title: `Weekly sales ${report.week} (${formatDmy(report.from)} – ${formatDmy(report.to)}), ${report.basis} revenue`,
    tables: [
      { name: t("KPI"), columns: HEADLINE, rows: [headline(report.total)] },
      {
        name: t("Execs"),
        columns: EXEC,
        rows: report.execs.map((e) => [e.name || e.exec, cents(e.actual), cents(e.target), cents(e.variance), e.attainment, e.status]),
      },
      {
        name: t("ToDate"),
        columns: TO_DATE,
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
      breakdownTable(t("Regions"), "Region", report.regions),
      breakdownTable(t("Categories"), "Category", report.categories),
      {
        name: t("Service"),
        columns: [money("Overdue receivables"), { header: "Late deliveries", format: "integer" }, { header: "Open complaints", format: "integer" }],
        rows: [[cents(s.overdue), s.lateDeliveries, s.openComplaints]],
      },
      {
        name: t("TopClients"),
        columns: [{ header: "Client" }, money("Net")],
        rows: s.topClients.map((c) => [c.name || c.clientId, cents(c.net)]),
      },
      {
        name: t("TopProducts"),
        columns: [{ header: "Product" }, money("Net")],
        rows: s.topProducts.map((p) => [p.name || p.sku, cents(p.net)]),
      },
      { name: t("NewClients"), columns: [{ header: "New client" }], rows: s.newClients.map((c) => [c.name || c.clientId]) },
    ],
    charts: [{ table: t("Execs"), title: `Actual vs target, ${report.week}`, from: "Exec", to: "Target" }],
    // Printed, it fits one page wide, landscape, the title on every page.
    print: { landscape: true, fitToWidth: true, titleRows: 1 },
  };
}

const HISTORY_COLUMNS: OutputColumn[] = [{ header: "Week" }, { header: "Basis" }, { header: "Exec" }, money("Actual"), money("Target")];

/** The history with this week's rows (for this basis) replaced by the report's. */
export function weeklySalesSheet(report: WeeklyReport, existing: TableData | undefined): SheetOutput {
  const kept = (existing?.rows ?? []).filter((r) => !(r[0] === report.week && r[1] === report.basis));
  const fresh: Cell[][] = report.execs.map((e) => [report.week, report.basis, e.exec, cents(e.actual), cents(e.target)]);
  const rows = [...kept, ...fresh].sort(
    (a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])) || String(a[2]).localeCompare(String(b[2])),
  );
  return { name: WEEKLY_SALES, tables: [{ name: WEEKLY_SALES, columns: HISTORY_COLUMNS, rows }] };
}
