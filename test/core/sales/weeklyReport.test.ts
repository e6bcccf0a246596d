import { salesDataFrom, SalesData } from "../../../src/core/workbook/salesData";
import { weeklyReport, WeeklyReport, lastCompleteWeek } from "../../../src/core/sales/weeklyReport";
import { reportSheet, weeklySalesSheet } from "../../../src/core/sales/reportSheet";
import { dayOf, serialFromDay, formatIsoDate } from "../../../src/core/kernel/dates";
import { isoWeekLabel, isWorkingDay, parsePeriod, spreadOverWorkingDays } from "../../../src/core/kernel/periods";
import type { Cell, TableData } from "../../../src/core/workbook/port";
import { SALE_HEADERS, tableData } from "../../helpers/tables";
import { sampleTables } from "../../helpers/sampleTables";
import { SaidError } from "../../../src/core/kernel/messages";

const d = (y: number, m: number, day: number) => serialFromDay(dayOf(y, m, day));
const team = tableData(
  "Team",
  ["ExecID", "Name", "Region"],
  [
    ["E01", "Anna Puig", "Barcelona"],
    ["E02", "Jordi Vidal", "Girona"],
  ],
);
const settings = tableData(
  "Settings",
  ["Setting", "Value"],
  [
    ["Holiday", "2026-12-08"],
    ["Holiday", "2026-12-25"],
    ["Holiday", "2027-01-01"],
  ],
);

function data(targets: Cell[][], invoices: Cell[][] = [], extra: TableData[] = []): SalesData {
  return salesDataFrom([
    team,
    settings,
    tableData("Targets", ["Period", "Exec", "Region", "Category", "RevenueTarget"], targets),
    tableData(
      "Invoices",
      ["InvoiceNo", "IssueDate", "ClientID", "Exec", "Net", "VATRate", "Total", "DueDate", "Status", "CreditOf"],
      invoices,
    ),
    ...extra,
  ]);
}

function report(sales: SalesData, week: string): WeeklyReport {
  const r = weeklyReport(sales, week);
  if (!r.ok) throw new SaidError(r.error);
  return r.value;
}

const periodOf = (label: string) => {
  const p = parsePeriod(label);
  if (!p.ok) throw new SaidError(p.error);
  return p.value;
};

const exec = (r: WeeklyReport, id: string) => r.execs.find((e) => e.exec === id)!;

describe("targets in the weekly report", () => {
  it("cuts a week that spans two months (2026-W49: Monday 30 November, then 1–6 December)", () => {
    // November: 21 working days; December: 21 (8th and 25th are holidays).
    const r = report(
      data([
        ["2026-11", "E01", null, null, 21000],
        ["2026-12", "E01", null, null, 42000],
      ]),
      "2026-W49",
    );
    expect(exec(r, "E01").target).toBe(100000 + 4 * 200000);
  });

  it("crosses the ISO year boundary (2026-W53: 28–31 December 2026, 1 January 2027 is a holiday)", () => {
    const r = report(
      data([
        ["2026-12", "E01", null, null, 42000],
        ["2027-01", "E01", null, null, 99999],
      ]),
      "2026-W53",
    );
    expect(exec(r, "E01").target).toBe(4 * 200000);
    expect(r).toMatchObject({ from: dayOf(2026, 12, 28), to: dayOf(2027, 1, 3) });
    // January has had no working day by the week's end: no forecast for the month, its cell left blank
    expect([r.total.forecastMonth, reportSheet(r).tables[0].rows[0].at(-1)]).toEqual([null, null]);
  });

  it("lets the finest granularity win on a day (week over month over quarter over year)", () => {
    const r = report(
      data([
        ["2026", "E01", null, null, 1_000_000],
        ["2026-Q4", "E01", null, null, 300_000],
        ["2026-11", "E01", null, null, 21000],
        ["2026-W48", "E01", null, null, 5000],
      ]),
      "2026-W48",
    );
    expect(exec(r, "E01").target).toBe(500000);
    const month = report(
      data([
        ["2026-Q4", "E01", null, null, 300_000],
        ["2026-11", "E01", null, null, 21000],
      ]),
      "2026-W48",
    );
    expect(exec(month, "E01").target).toBe(500000); // 5 days × 1.000 €
  });

  it("reports two targets of the same granularity for the same exec and day", () => {
    const r = report(
      data([
        ["2026-11", "E01", null, null, 21000],
        ["2026-11", "Anna Puig", null, null, 21000],
      ]),
      "2026-W48",
    );
    expect(r.problems).toEqual([
      expect.objectContaining({ severity: "error", message: expect.stringContaining("overlap for exec E01") }),
    ]);
  });
});

describe("actuals and figures", () => {
  const invoices: Cell[][] = [
    ["2026-0001", d(2026, 11, 24), "C-1", "E01", 1000, 0.21, 1210, d(2026, 12, 24), "Issued", null],
    ["2026-0002", d(2026, 11, 25), "C-2", "Anna Puig", 500, 0.21, 605, d(2026, 12, 25), "Issued", null],
    ["R-2026-0001", d(2026, 11, 26), "C-1", "E01", -200, 0.21, -242, d(2026, 11, 26), "Issued", "2026-0001"],
    ["2026-0003", d(2026, 11, 27), "C-3", "E09", 300, 0.21, 363, d(2026, 12, 27), "Issued", null],
    ["2026-0004", d(2026, 11, 27), "C-3", "E01", 999, 0.21, null, null, "Draft", null],
    ["2026-0000", d(2026, 11, 17), "C-1", "E01", 400, 0.21, 484, d(2026, 11, 18), "Issued", null],
  ];
  // computed in each test, so that a mutation tool sees which test covers which line
  const weekReport = () =>
    report(
      data(
        [
          ["2026-W48", "E01", null, null, 2000],
          ["2026-W48", "E02", null, null, 0],
        ],
        invoices,
      ),
      "2026-W48",
    );

  it("counts credit notes, leaves drafts out and maps exec names to IDs", () => {
    const r = weekReport();
    expect(exec(r, "E01")).toMatchObject({
      actual: 130000,
      target: 200000,
      variance: -70000,
      attainment: 0.65,
      status: "red",
      lastWeek: 40000,
      change: 90000,
    });
  });

  it("leaves attainment empty for a zero target, and keeps execs with targets but no sales", () => {
    const r = weekReport();
    expect(exec(r, "E02")).toMatchObject({ actual: 0, target: 0, attainment: null, status: null });
  });

  it("lists execs with sales but no target (and not in Team)", () => {
    const r = weekReport();
    expect(exec(r, "E09")).toMatchObject({ name: "E09", actual: 30000, target: 0, attainment: null });
    expect(r.total).toMatchObject({ actual: 160000, target: 200000, attainment: 0.8, status: "red" });
  });

  it("summarizes: top clients, new clients, overdue receivables", () => {
    const r = weekReport();
    expect(r.summary.topClients.map((c) => [c.clientId, c.net])).toEqual([
      ["C-1", 80000],
      ["C-2", 50000],
      ["C-3", 30000],
    ]);
    expect(r.summary.newClients.map((c) => c.clientId)).toEqual(["C-2", "C-3"]);
    expect(r.summary.overdue).toBe(48400); // 2026-0000 was due on 18/11, nothing received
    expect(r.summary.lateDeliveries).toBeNull();
  });

  it("refuses a period that is not a week, and words that are no period", () => {
    expect(weeklyReport(data([]), "2026-11")).toEqual({
      ok: false,
      error: "'2026-11' is not a week: use the form 2026-W48",
    });
    expect(weeklyReport(data([]), "la setmana passada").ok).toBe(false);
    expect(lastCompleteWeek(dayOf(2026, 11, 27))).toBe("2026-W47");
  });
});

describe("orders in the weekly report", () => {
  it("gives the week's on-time rate and the orders late at its end, by exec, the most days late first", () => {
    // week 2026-W47: Monday 16 to Sunday 22 November
    const orders = tableData(
      "Orders",
      ["OrderID", "OrderDate", "ClientID", "Exec", "Net", "PromisedDate", "DeliveredDate", "Status"],
      [
        ["O-1", d(2026, 11, 2), "C-1", "E02", 100, d(2026, 11, 18), d(2026, 11, 17), "Delivered"], // on time, delivered in the week
        ["O-2", d(2026, 11, 2), "C-1", "E02", 100, d(2026, 11, 16), d(2026, 11, 20), "Delivered"], // late, delivered in the week
        ["O-3", d(2026, 11, 2), "C-2", "Anna Puig", 200, d(2026, 11, 12), null, "Shipped"], // late by 10 at the week's end
        ["O-4", d(2026, 11, 2), "C-2", "E01", 300, d(2026, 11, 20), null, "Open"], // late by 2
        ["O-5", d(2026, 11, 2), "C-2", "E01", 300, d(2026, 11, 22), null, "Open"], // promised on the last day: not late
        ["O-6", d(2026, 11, 2), "C-2", "E01", 300, d(2026, 11, 1), null, "Cancelled"],
      ],
    );
    const r = report(data([], [], [orders]), "2026-W47");
    expect(r.summary.onTime).toMatchObject({ delivered: 2, onTime: 1, rate: 0.5 });
    expect(r.summary.lateOrders.map((o) => [o.execName, o.orderId, o.daysLate])).toEqual([
      ["Anna Puig", "O-3", 10],
      ["Anna Puig", "O-4", 2],
    ]);
    expect(r.summary.lateDeliveries).toBe(2);
    const sheet = reportSheet(r, "ca");
    const late = sheet.tables.find((t) => t.name.endsWith("_Late"))!;
    expect(late.columns.map((c) => [c.header, c.format ?? null])).toEqual([
      ["Comercial", null],
      ["Comanda", null],
      ["Client", null],
      ["Data promesa", "date"],
      ["Dies de retard", "integer"],
      ["Import net", "money"],
    ]);
  });
});

describe("the report on the sample workbook", () => {
  const today = dayOf(2026, 11, 27);
  // computed in each test, so that a mutation tool sees which test covers which line
  const tables = () => sampleTables(5, 2000, today);
  const week = "2026-W47";
  const sampleData = () => salesDataFrom(tables());

  it("equals an independent plain-loop computation of every exec's actual and target", () => {
    const sales = sampleData();
    const r = report(sales, week);
    const { start, end } = periodOf(week);
    for (const e of r.execs) {
      let actual = 0;
      for (const i of sales.invoices)
        if (
          i.Exec === e.exec &&
          i.IssueDate! >= start &&
          i.IssueDate! <= end &&
          i.Status !== "Draft" &&
          i.Status !== "Cancelled"
        )
          actual += i.Net!;
      // target: the week target if the exec has one for this week, else the month's spread
      const weekly = sales.targets.filter((t) => t.Exec === e.exec && t.Period === week);
      let target = 0;
      if (weekly.length) target = weekly[0].RevenueTarget!;
      else {
        for (let day = start; day <= end; day++) {
          if (!isWorkingDay(day, sales.settings.holidays)) continue;
          const month = sales.targets.find((t) => t.Exec === e.exec && t.Period === formatIsoDate(day).slice(0, 7))!;
          target += spreadOverWorkingDays(month.RevenueTarget!, periodOf(month.Period!), sales.settings.holidays).get(
            day,
          )!;
        }
      }
      expect([e.exec, e.actual, e.target]).toEqual([e.exec, actual, target]);
    }
    expect(r.total.actual).toBe(r.execs.reduce((s, e) => s + e.actual, 0));
    expect(isoWeekLabel(r.from)).toBe(week);
  });

  it("writes a report sheet and a WeeklySales history that a re-run replaces, never duplicates", () => {
    const sales = sampleData();
    const r = report(sales, week);
    const sheet = reportSheet(r);
    expect(sheet.name).toBe("Report 2026-W47");
    expect(sheet.tables.map((t) => t.name)).toEqual([
      "Report_2026W47_KPI",
      "Report_2026W47_Execs",
      "Report_2026W47_ToDate",
      "Report_2026W47_Regions",
      "Report_2026W47_Categories",
      "Report_2026W47_Service",
      "Report_2026W47_Late",
      "Report_2026W47_TopClients",
      "Report_2026W47_TopProducts",
      "Report_2026W47_NewClients",
    ]);
    // a manager's report: few named columns a table, names rather than codes, no column of zeros
    expect(sheet.tables.every((t) => t.columns.length <= 8)).toBe(true);
    expect(sheet.tables[1].columns.map((c) => c.header)).toEqual([
      "Exec",
      "Actual",
      "Target",
      "Variance",
      "Attainment",
      "Status",
    ]);
    expect(sheet.tables[1].rows.map((row) => row[0])).toEqual(r.execs.map((e) => e.name));
    for (const t of sheet.tables.filter((x) => x.columns.some((c) => c.header === "Target"))) {
      const at = t.columns.findIndex((c) => c.header === "Target");
      expect([t.name, t.rows.some((row) => row[at] !== 0)]).toEqual([t.name, true]);
    }
    expect(sheet.charts).toEqual([
      { table: "Report_2026W47_Execs", title: "Actual vs target, 2026-W47", from: "Exec", to: "Target" },
    ]);
    expect(sheet.print).toEqual({ landscape: true, fitToWidth: true, titleRows: 1 });
    // in the language chosen: title, headers, statuses coloured by their words, the chart
    const ca = reportSheet(r, "ca");
    expect(ca.title).toMatch(/^Vendes de la setmana 2026-W47 \(16\/11\/2026 – 22\/11\/2026\), facturació$/);
    expect(ca.tables[1].columns.map((c) => c.header)).toEqual([
      "Comercial",
      "Vendes",
      "Objectiu",
      "Diferència",
      "Assoliment",
      "Estat",
    ]);
    expect(ca.tables[1].columns[5].rag).toEqual({ green: "En objectiu", amber: "A prop", red: "Per sota" });
    expect(new Set(ca.tables[1].rows.map((row) => row[5]))).toEqual(
      new Set(r.execs.map((e) => ({ green: "En objectiu", amber: "A prop", red: "Per sota" })[e.status!])),
    );
    expect(ca.charts).toEqual([
      { table: "Report_2026W47_Execs", title: "Vendes i objectiu, 2026-W47", from: "Comercial", to: "Objectiu" },
    ]);
    expect(reportSheet(r, "es").tables[0].columns[0].header).toBe("Ventas");
    const first = weeklySalesSheet(r, undefined);
    const asRead = tableData(
      "WeeklySales",
      first.tables[0].columns.map((c) => c.header),
      first.tables[0].rows as Cell[][],
    );
    const second = weeklySalesSheet(r, asRead);
    expect(second.tables[0].rows).toEqual(first.tables[0].rows);
    expect(second.tables[0].rows).toHaveLength(r.execs.length);
    const other = report(sales, "2026-W46");
    expect(weeklySalesSheet(other, asRead).tables[0].rows).toHaveLength(2 * r.execs.length);
  });
});

describe("the report's breakdowns", () => {
  // 2026-W47: Monday 16 to Sunday 22 November
  const sale = (no: string, exec: string | null, net: number, orderId: string | null = null): Cell[] => [
    no,
    d(2026, 11, 17),
    "C-1",
    exec,
    net,
    0.21,
    net * 1.21,
    null,
    "Issued",
    null,
    orderId,
  ];
  const weekOf = (targets: Cell[][], sales: Cell[][], teamRows: Cell[][] = [], products: Cell[][] = []) =>
    report(
      salesDataFrom([
        tableData("Team", ["ExecID", "Name", "Region"], [...team.rows, ...teamRows] as Cell[][]),
        settings,
        tableData("Targets", ["Period", "Exec", "Region", "Category", "RevenueTarget"], targets),
        tableData("Invoices", SALE_HEADERS, sales),
        tableData("Products", ["SKU", "Name", "Category", "UnitPrice"], products),
        tableData(
          "Orders",
          ["OrderID", "OrderDate", "ClientID", "SKU", "Net"],
          [
            ["O-1", d(2026, 11, 2), "C-1", "P-1", 100],
            ["O-2", d(2026, 11, 2), "C-1", "P-2", 100],
          ],
        ),
      ]),
      "2026-W47",
    );

  it("lists the execs Team does not know in the order of their IDs, and no exec for a sale of nobody's", () => {
    const r = weekOf([], [sale("1", "E09", 100), sale("2", "E08", 50), sale("3", null, 70)]);
    expect(r.execs.map((e) => [e.exec, e.actual])).toEqual([
      ["E01", 0],
      ["E02", 0],
      ["E08", 5000],
      ["E09", 10000],
    ]);
    expect(r.total.actual).toBe(22000);
  });

  it("gives a region its own target where it has one, else its execs' added; no row for an exec of no region", () => {
    const r = weekOf(
      [
        ["2026-W47", null, "Girona", null, 1000],
        ["2026-W47", "E01", null, null, 300],
        ["2026-W47", "E03", null, null, 200],
      ],
      [sale("1", "E01", 100), sale("2", "E03", 40)],
      [
        ["E03", "Pau Serra", "Barcelona"],
        ["E04", "Marta Gil", null],
      ],
    );
    expect(r.regions.map((b) => [b.key, b.actual, b.target])).toEqual([
      ["Barcelona", 14000, 50000],
      ["Girona", 0, 100000],
    ]);
  });

  it("lists every category of the products, sold or not, and none for a product of no category", () => {
    const r = weekOf(
      [],
      [sale("1", "E01", 100, "O-1")],
      [],
      [
        ["P-1", "Cadira", "Mobles", 10],
        ["P-2", "Llum", "Il·luminació", 10],
        ["P-3", "Regal", null, 10],
      ],
    );
    expect(r.categories.map((b) => [b.key, b.actual])).toEqual([
      ["Mobles", 10000],
      ["Il·luminació", 0],
    ]);
  });
});
