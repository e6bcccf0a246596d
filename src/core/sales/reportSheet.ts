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

const FIGURE_COLUMNS: OutputColumn[] = [
  money("Actual"),
  money("Target"),
  money("Variance"),
  percent("Attainment"),
  { header: "Status", rag: true },
  money("LastWeek"),
  money("Change"),
  money("MTDActual"),
  money("MTDTarget"),
  money("QTDActual"),
  money("QTDTarget"),
  money("YTDActual"),
  money("YTDTarget"),
  money("ForecastMonth"),
  money("ForecastQuarter"),
];

function figureCells(f: Figures): Cell[] {
  return [
    cents(f.actual),
    cents(f.target),
    cents(f.variance),
    f.attainment,
    f.status,
    cents(f.lastWeek),
    cents(f.change),
    cents(f.mtdActual),
    cents(f.mtdTarget),
    cents(f.qtdActual),
    cents(f.qtdTarget),
    cents(f.ytdActual),
    cents(f.ytdTarget),
    cents(f.forecastMonth),
    cents(f.forecastQuarter),
  ];
}

function breakdownTable(name: string, keyHeader: string, rows: BreakdownRow[]): OutputTable {
  return {
    name,
    columns: [{ header: keyHeader }, money("Actual"), money("Target"), money("Variance"), percent("Attainment"), { header: "Status", rag: true }],
    rows: rows.map((r) => [r.key, cents(r.actual), cents(r.target), cents(r.variance), r.attainment, r.status]),
  };
}

export function reportSheet(report: WeeklyReport): SheetOutput {
  const t = (part: string) => tableName(report.week, part);
  const s = report.summary;
  return {
    name: reportSheetName(report.week),
    title: `Weekly sales ${report.week} (${formatDmy(report.from)} – ${formatDmy(report.to)}), ${report.basis} revenue`,
    tables: [
      {
        name: t("KPI"),
        columns: [...FIGURE_COLUMNS, money("Overdue"), { header: "LateDeliveries", format: "integer" }, { header: "OpenComplaints", format: "integer" }],
        rows: [[...figureCells(report.total), cents(s.overdue), s.lateDeliveries, s.openComplaints]],
      },
      {
        name: t("Execs"),
        columns: [{ header: "Exec" }, { header: "Name" }, ...FIGURE_COLUMNS],
        rows: report.execs.map((e) => [e.exec, e.name, ...figureCells(e)]),
      },
      breakdownTable(t("Regions"), "Region", report.regions),
      breakdownTable(t("Categories"), "Category", report.categories),
      {
        name: t("TopClients"),
        columns: [{ header: "ClientID" }, { header: "Client" }, money("Net")],
        rows: s.topClients.map((c) => [c.clientId, c.name, cents(c.net)]),
      },
      {
        name: t("TopProducts"),
        columns: [{ header: "SKU" }, { header: "Product" }, money("Net")],
        rows: s.topProducts.map((p) => [p.sku, p.name, cents(p.net)]),
      },
      { name: t("NewClients"), columns: [{ header: "ClientID" }, { header: "Client" }], rows: s.newClients.map((c) => [c.clientId, c.name]) },
    ],
    charts: [{ table: t("Execs"), title: `Actual vs target, ${report.week}`, from: "Name", to: "Target" }],
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
