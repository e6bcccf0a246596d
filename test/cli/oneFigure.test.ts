/**
 * One figure, one answer (issue 27): revenue, target, variance, attainment, outstanding, overdue, late
 * orders and the on-time rate computed through every face on one workbook — SALES.* cells, the CLI's
 * --json and text, and the report sheet it writes — come out the same. The workbook has invoices with
 * no due date and credit notes, where the definitions used to part.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as functions from "../../src/functions/functions";
import { setToday } from "../../src/functions/snapshots";
import { setSource } from "../../src/runtime/sharedRead";
import { cell } from "../helpers/functionCell";
import { runCli } from "../helpers/cli";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { generateSample } from "../../src/core/sample/sample";
import { readSalesData } from "../../src/core/workbook/salesData";
import { dayOf, formatDmy, formatIsoDate } from "../../src/core/kernel/dates";
import { CONTRACT } from "../../src/core/workbook/contract";
import { formatMoney, toCents } from "../../src/core/kernel/money";
import type { SheetOutput } from "../../src/core/workbook/port";

const today = dayOf(2026, 11, 27);
const WEEK = "2026-W48";
const weekEnd = dayOf(2026, 11, 29);
const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-figures-"));

async function cli(...argv: string[]) {
  const { code, out } = await runCli(...argv);
  expect(code).toBe(0);
  return out;
}

/** The sample with every fourth invoice's due date left blank (it falls due after the client's terms). */
function sampleSheets(companyTarget?: number): SheetOutput[] {
  const sheets = generateSample({ seed: 27, invoices: 500, today });
  const invoices = sheets.find((s) => s.name === "Invoices")!.tables[0];
  const due = CONTRACT.Invoices.columns.findIndex((c) => c.name === "DueDate");
  invoices.rows.forEach((row, i) => i % 4 === 0 && ((row as unknown[])[due] = null));
  if (companyTarget !== undefined) {
    const targets = sheets.find((s) => s.name === "Targets")!.tables[0];
    const row = CONTRACT.Targets.columns.map((c) =>
      c.name === "Period" ? "2026-11" : c.name === "RevenueTarget" ? companyTarget : null,
    );
    targets.rows.push(row);
  }
  return sheets;
}

async function workbookFile(name: string, sheets: SheetOutput[]) {
  const workbook = new XlsxWorkbook();
  for (const sheet of sheets) await workbook.writeSheet(sheet);
  const file = path.join(dir, name);
  writeFileSync(file, await workbook.save());
  setSource(() => readSalesData(workbook));
  setToday(() => today);
  return file;
}

const value = (fn: (...args: never[]) => void, ...args: unknown[]) => cell(fn, ...args).value() as Promise<number>;

describe("every face gives one answer for each figure", () => {
  it("revenue, target, variance, attainment, outstanding, overdue, late orders and on-time rate", async () => {
    const file = await workbookFile("faces.xlsx", sampleSheets());
    const asOf = formatIsoDate(weekEnd);
    const report = JSON.parse(await cli("report", file, "--week", WEEK, "--json"));
    const aging = JSON.parse(await cli("aging", file, "--as-of", asOf, "--json"));
    const orders = JSON.parse(await cli("orders", file, "--as-of", asOf, "--json"));
    const text = await cli("report", file, "--week", WEEK);
    const out = path.join(dir, "faces-report.xlsx");
    await cli("report", file, "--week", WEEK, "--out", out);
    const kpi = (await (await XlsxWorkbook.load(readFileSync(out))).readTable("Report_2026W48_KPI"))!;
    const sheet = Object.fromEntries(kpi.headers.map((h, i) => [h, kpi.rows[0][i]]));

    const revenue = await value(functions.revenue, WEEK, null, null, null);
    const target = await value(functions.target, WEEK, null, null);
    expect([revenue, target]).toEqual([report.total.actual, report.total.target]);
    expect([sheet.Actual, sheet.Target, sheet.Variance, sheet.Attainment]).toEqual([
      revenue,
      target,
      report.total.variance,
      report.total.attainment,
    ]);
    expect(await value(functions.variance, WEEK, null)).toBe(report.total.variance);
    expect(await value(functions.attainment, WEEK, null)).toBe(report.total.attainment);
    expect(target).toBeGreaterThan(0);
    // With no exec the target is the team's: here, with no company-level target, the execs' added up.
    const execTargets = await Promise.all(
      report.execs.map((e: { exec: string }) => value(functions.target, WEEK, e.exec, null)),
    );
    expect(toCents(target)).toBe(execTargets.reduce((sum, t) => sum + toCents(t), 0));

    const overdue = await value(functions.overdue, null, asOf);
    expect(overdue).toBeGreaterThan(0);
    expect(report.summary.asOf).toBe(asOf);
    expect(toCents(report.summary.overdue)).toBe(toCents(overdue));
    expect(toCents(aging.total.total) - toCents(aging.total.current)).toBe(toCents(overdue));
    expect(await value(functions.outstanding, null, asOf)).toBe(aging.total.total);
    expect(text).toContain(`Overdue receivables (${formatDmy(weekEnd)}): ${formatMoney(toCents(overdue), "en-GB")}`);

    const late = await value(functions.lateOrders, null, asOf);
    expect([report.summary.lateDeliveries, orders.late.length, report.summary.lateOrders.length]).toEqual([
      late,
      late,
      late,
    ]);
    expect(text).toContain(`Late orders (${formatDmy(weekEnd)}): ${late}`);
    expect(await value(functions.onTime, WEEK, null)).toBe(report.summary.onTime.rate);
  }, 30_000);

  it("with a company-level target, the team's target is the company's, in the cells and in the report", async () => {
    const file = await workbookFile("company.xlsx", sampleSheets(90_000));
    const report = JSON.parse(await cli("report", file, "--week", WEEK, "--json"));
    const target = await value(functions.target, WEEK, null, null);
    // November 2026 has 21 working days; W48 holds five of them (each day's share rounded to the cent).
    expect(Math.abs(toCents(target) - (9_000_000 * 5) / 21)).toBeLessThanOrEqual(5);
    expect(report.total.target).toBe(target);
    expect(await value(functions.attainment, WEEK, null)).toBe(report.total.attainment);
    expect(await value(functions.variance, WEEK, null)).toBe(report.total.variance);
  }, 30_000);
});
