/**
 * The weekly report figure by figure (issue 35), on invoices built by hand so that every figure is a sum
 * on paper: the week, the week before, month, quarter and (fiscal) year to date, their targets, the run
 * rate forecasts, each status at exactly its threshold, regions without their own target, categories.
 * Week 2026-W48 runs from Monday 23 to Sunday 29 November; no holidays.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { weeklyReport, type WeeklyReport } from "../../../src/core/sales/weeklyReport";
import { reportSheet, weeklySalesSheet } from "../../../src/core/sales/reportSheet";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import { SaidError } from "../../../src/core/kernel/messages";
import type { Cell } from "../../../src/core/workbook/port";
import { tableData } from "../../helpers/tables";

const d = (y: number, m: number, day: number) => serialFromDay(dayOf(y, m, day));

function report(fiscalYearStartMonth = 1, basis?: "booked", week = "2026-W48"): WeeklyReport {
  const invoice = (no: string, date: Cell, exec: string, net: number, order: string | null = null): Cell[] => [
    no,
    date,
    "C-1",
    exec,
    order,
    net,
    0,
    0,
    net,
    null,
    "Issued",
  ];
  const data = salesDataFrom([
    tableData(
      "Team",
      ["ExecID", "Name", "Region"],
      [
        ["E01", "Anna Puig", "Girona"],
        ["E02", "Joan Vidal", "Lleida"],
        ["E03", "Marta Soler", "Girona"],
      ],
    ),
    tableData("Settings", ["Setting", "Value"], [["FiscalYearStartMonth", fiscalYearStartMonth]]),
    tableData(
      "Products",
      ["SKU", "Name", "Category", "UnitPrice"],
      [
        ["P1", "Folis", "Paper", 5],
        ["P2", "Tòner", "Tinta", 40],
      ],
    ),
    tableData(
      "Orders",
      ["OrderID", "OrderDate", "ClientID", "Exec", "SKU", "Net"],
      [
        ["O-1", d(2026, 11, 20), "C-1", "E01", "P1", 700],
        ["O-2", d(2026, 11, 24), "C-1", "E02", "P2", 900],
      ],
    ),
    tableData(
      "Invoices",
      ["InvoiceNo", "IssueDate", "ClientID", "Exec", "OrderID", "Net", "VATRate", "VAT", "Total", "DueDate", "Status"],
      [
        invoice("F1", d(2026, 11, 23), "E01", 1000, "O-1"),
        invoice("F2", d(2026, 11, 16), "E01", 400),
        invoice("F3", d(2026, 11, 2), "E01", 300),
        invoice("F4", d(2026, 10, 5), "E01", 200),
        invoice("F5", d(2026, 3, 10), "E01", 500),
        invoice("F6", d(2026, 11, 24), "E02", 900, "O-2"),
        invoice("F7", d(2026, 11, 29), "E03", 1000),
        invoice("F8", d(2026, 11, 30), "E03", 5000), // the Monday after: not in the week
        invoice("F9", d(2026, 12, 30), "E01", 250),
      ],
    ),
    tableData(
      "Targets",
      ["Period", "Exec", "Region", "Category", "RevenueTarget"],
      [
        ["2026-W48", "E01", null, null, 1000],
        ["2026-W48", "E02", null, null, 1000],
        ["2026-W48", "E03", null, null, 2000],
        ["2026-W48", null, null, "Paper", 1000],
      ],
    ),
  ]);
  const r = weeklyReport(data, week, basis);
  if (!r.ok) throw new SaidError(r.error);
  return r.value;
}

describe("the weekly report, figure by figure", () => {
  it("gives an exec the week, the week before, the month, quarter and year to date, their targets and the run rates", () => {
    const anna = report().execs.find((e) => e.exec === "E01");
    // November: 20 of its 21 working days by Sunday the 29th; the quarter: 42 of 66
    expect(anna).toEqual({
      exec: "E01",
      name: "Anna Puig",
      actual: 1000_00,
      target: 1000_00,
      variance: 0,
      attainment: 1,
      lastWeek: 400_00,
      change: 600_00,
      mtdActual: 1700_00,
      mtdTarget: 1000_00,
      qtdActual: 1900_00,
      qtdTarget: 1000_00,
      ytdActual: 2400_00,
      ytdTarget: 1000_00,
      forecastMonth: Math.round((1700_00 / 20) * 21),
      forecastQuarter: Math.round((1900_00 / 42) * 66),
      status: "green",
    });
  });

  it("starts the year to date at the fiscal year's first month, in this calendar year or the one before", () => {
    const fromApril = report(4).execs.find((e) => e.exec === "E01")!;
    const fromDecember = report(12).execs.find((e) => e.exec === "E01")!;
    expect([fromApril.ytdActual, fromDecember.ytdActual, report(11).execs[0].ytdActual]).toEqual([
      1900_00, 2400_00, 1700_00,
    ]);
  });

  it("reaches back before the year for the first week's week before", () => {
    const anna = report(1, undefined, "2027-W01").execs.find((e) => e.exec === "E01")!;
    expect([anna.actual, anna.lastWeek, anna.change, anna.ytdActual]).toEqual([0, 250_00, -250_00, 0]);
  });

  it("is green at exactly the green threshold, amber at exactly the amber one, red below, and has no status without a target", () => {
    const r = report();
    expect(r.execs.map((e) => [e.exec, e.attainment, e.status])).toEqual([
      ["E01", 1, "green"],
      ["E02", 0.9, "amber"],
      ["E03", 0.5, "red"],
    ]);
    expect([r.total.actual, r.total.target, r.total.attainment, r.total.status]).toEqual([
      2900_00,
      4000_00,
      0.725,
      "red",
    ]);
  });

  it("gives a region without a target of its own its execs' targets, and a category its own target or none", () => {
    const r = report();
    expect(r.regions).toEqual([
      { key: "Girona", actual: 2000_00, target: 3000_00, variance: -1000_00, attainment: 2 / 3, status: "red" },
      { key: "Lleida", actual: 900_00, target: 1000_00, variance: -100_00, attainment: 0.9, status: "amber" },
    ]);
    expect(r.categories).toEqual([
      { key: "Paper", actual: 1000_00, target: 1000_00, variance: 0, attainment: 1, status: "green" },
      { key: "Tinta", actual: 900_00, target: 0, variance: 900_00, attainment: null, status: null },
    ]);
  });

  it("counts orders on the booked basis: their dates and nets", () => {
    const r = report(1, "booked");
    expect([r.basis, r.execs.map((e) => [e.exec, e.actual, e.lastWeek])]).toEqual([
      "booked",
      [
        ["E01", 0, 700_00],
        ["E02", 900_00, 0],
        ["E03", 0, 0],
      ],
    ]);
  });

  it("writes every line of the report sheet and the week's history rows as test/fixtures/reports/weekly-W48.json says, in Catalan", () => {
    const r = report();
    const written = JSON.parse(
      JSON.stringify({ report: reportSheet(r, "ca"), history: weeklySalesSheet(r, undefined, "ca") }),
    );
    const golden = path.join(__dirname, "../../fixtures/reports/weekly-W48.json");
    expect(written).toEqual(JSON.parse(readFileSync(golden, "utf8")));
  });
});
