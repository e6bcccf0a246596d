/**
 * Each SALES.* figure over a snapshot of a small workbook built by hand (issue 35), so that every
 * expected value is a sum one can do on paper: revenue by exec, category and basis, targets,
 * attainment, run rate, receivables, DSO, a client's field, working days, orders and quotes, and each
 * mistake said with whether Excel shows it as #N/A (nothing to show) or #VALUE! (a wrong argument).
 */
import { dayArgument, FigureError, FIGURES, Snapshot } from "../../../src/core/sales/figures";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import { render } from "../../../src/core/kernel/messages";
import type { TableData } from "../../../src/core/workbook/port";
import { tableData } from "../../helpers/tables";

const today = dayOf(2026, 11, 27);
const d = (m: number, day: number) => serialFromDay(dayOf(2026, m, day));

function tables(): TableData[] {
  return [
    tableData(
      "Team",
      ["ExecID", "Name"],
      [
        ["E01", "Anna Puig"],
        ["E02", "Joan Vidal"],
      ],
    ),
    tableData(
      "Products",
      ["SKU", "Name", "Category", "UnitPrice"],
      [
        ["P1", "Folis", "Paper", 5],
        ["P2", "Tòner", "Tinta", 40],
      ],
    ),
    tableData(
      "Clients",
      ["ClientID", "Name", "City", "Phone"],
      [
        ["C-1", "Forn Puig SL", "Girona", null],
        ["C-2", "Vidal SA", "Lleida", "973000000"],
      ],
    ),
    tableData(
      "Orders",
      ["OrderID", "OrderDate", "ClientID", "Exec", "SKU", "Net", "PromisedDate", "DeliveredDate", "Status"],
      [
        ["O-1", d(11, 2), "C-1", "E01", "P1", 100, d(11, 10), d(11, 9), null], // delivered on time
        ["O-2", d(11, 3), "C-2", "E02", "P2", 50, d(11, 5), d(11, 12), null], // delivered late
        ["O-3", d(11, 20), "C-1", "E01", "P1", 70, d(11, 25), null, null], // late at the 27th
        ["O-4", d(11, 21), "C-2", "Joan Vidal", "P2", 30, d(11, 22), null, "Cancelled"],
      ],
    ),
    tableData(
      "Invoices",
      [
        "InvoiceNo",
        "IssueDate",
        "ClientID",
        "Exec",
        "OrderID",
        "Net",
        "VATRate",
        "VAT",
        "Total",
        "DueDate",
        "Status",
        "CreditOf",
      ],
      [
        ["F1", d(11, 2), "C-1", "E01", "O-1", 100, 0.21, 21, 121, d(11, 12), "Issued", null],
        ["F2", d(11, 4), "C-2", "Joan Vidal", "O-2", 50, 0.21, 10.5, 60.5, d(12, 4), "Issued", null],
        ["F3", d(11, 10), "C-1", "E01", null, 200, 0.21, 42, 242, d(12, 10), "Draft", null],
        ["F4", d(10, 15), "C-2", "E02", null, 80, 0.21, 16.8, 96.8, d(10, 30), "Cancelled", null],
        ["R1", d(11, 16), "C-1", "E01", "O-1", -20, 0.21, -4.2, -24.2, null, "Issued", "F1"],
      ],
    ),
    tableData(
      "Payments",
      ["PaymentID", "PaymentDate", "InvoiceNo", "Amount", "Status"],
      [["P-1", d(11, 20), "F2", 30.25, "Received"]],
    ),
    tableData(
      "Targets",
      ["Period", "Exec", "RevenueTarget"],
      [
        ["2026-11", "E01", 300],
        ["2026-11", "E02", 100],
      ],
    ),
    tableData(
      "Quotes",
      ["QuoteID", "QuoteDate", "ClientID", "Exec", "Net", "ValidUntil", "Status"],
      [
        ["Q-1", d(11, 5), "C-1", "E01", 400, d(12, 5), "Sent"],
        ["Q-2", d(11, 6), "C-2", "E02", 250, d(12, 6), "Accepted"],
        ["Q-3", d(11, 7), "C-2", "E02", 90, d(12, 7), "Rejected"],
        ["Q-4", d(10, 1), "C-1", "E01", 60, d(10, 31), "Sent"],
      ],
    ),
  ];
}
// built in each test, so that a mutation tool sees which test covers which line
const snapshot = (only?: string[]) =>
  new Snapshot(salesDataFrom(only ? tables().filter((t) => only.includes(t.name)) : tables()));
/** The mistake a figure makes, in English, and whether it is "not available" (#N/A) rather than a wrong argument. */
function mistake(figure: () => unknown): [string, boolean] {
  try {
    figure();
  } catch (e) {
    if (e instanceof FigureError) return [render(e.said, "en"), e.notAvailable];
    throw e;
  }
  throw new Error(`no mistake: ${String(figure())}`);
}

describe("SALES.* figures, sum by sum", () => {
  it("REVENUE: issued invoices and credit notes of the period, by exec (ID or name), category and basis", () => {
    const s = snapshot();
    const r = (...args: unknown[]) => (FIGURES.revenue as (...a: unknown[]) => number)(s, ...args);
    expect([r("2026-11"), r("2026-11", "E01"), r("2026-11", "Anna Puig"), r("2026-11", "E02")]).toEqual([
      130, 80, 80, 50,
    ]);
    expect([
      r("2026-11", null, "Paper"),
      r("2026-11", "", "tinta"),
      r("2026-11", "E01", "Tinta"),
      r("2026-11", "E01", "Paper"),
    ]).toEqual([80, 50, 0, 80]);
    expect([
      r("2026-11", null, null, "booked"),
      r("2026-11", "E02", null, "Booked"),
      r("2026-11", "", "", ""),
      r("2026-11", null, null, "Invoiced"),
    ]).toEqual([220, 50, 130, 130]);
    expect([r("2026-11-02"), r(d(11, 4)), r("2026-10"), r("2026-W47"), r("2026")]).toEqual([100, 50, 0, -20, 130]);
  });

  it("TARGET, VARIANCE and ATTAINMENT: an exec's, the team's, and no attainment without a target", () => {
    const s = snapshot();
    expect([
      FIGURES.target(s, "2026-11", "E01"),
      FIGURES.target(s, "2026-11"),
      FIGURES.target(s, "2026-10", "E01"),
    ]).toEqual([300, 400, 0]);
    // a category's target is its own (none here), never the team's
    expect(FIGURES.target(s, "2026-11", null, "Paper")).toBe(0);
    expect([FIGURES.variance(s, "2026-11", "E01"), FIGURES.variance(s, "2026-11")]).toEqual([-220, -270]);
    expect([FIGURES.attainment(s, "2026-11", "E02"), FIGURES.attainment(s, "2026-11")]).toEqual([0.5, 130 / 400]);
    expect(mistake(() => FIGURES.attainment(s, "2026-10", "E01"))).toEqual(["no target for E01 in 2026-10", true]);
    expect(mistake(() => FIGURES.attainment(s, "2026-10"))).toEqual(["no target for everyone in 2026-10", true]);
  });

  it("RUNRATE: revenue to date over the working days passed, times the period's; none before it starts or before a working day", () => {
    const s = snapshot();
    // November 2026: 21 working days, 20 of them by Friday the 27th; Anna has 80 to date
    expect(FIGURES.workdays(s, "2026-11")).toBe(21);
    expect(FIGURES.runrate(s, "2026-11", "E01", "2026-11-27", today)).toBe(84);
    expect(FIGURES.runrate(s, "2026-11", "E01", null, today)).toBe(84);
    expect(FIGURES.runrate(s, "2026-10", null, null, today)).toBe(0);
    expect(FIGURES.runrate(s, "2026-11", null, "2026-11-02", today)).toBe(2100);
    expect(mistake(() => FIGURES.runrate(s, "2026-12", null, null, today))).toEqual([
      "2026-12 has not started on 27/11/2026",
      true,
    ]);
    expect(mistake(() => FIGURES.runrate(s, "2026-11", null, "2026-11-01", today))).toEqual([
      "no working day of 2026-11 has passed yet",
      true,
    ]);
  });

  it("OUTSTANDING, OVERDUE and DSO: what is owed as of a day, late or not, over what was invoiced in the days before", () => {
    const s = snapshot();
    // F1 121 − 24.20 credited, due on the 12th: overdue; F2 60.50 − 30.25 received, due in December
    expect([FIGURES.outstanding(s, null, null, today), FIGURES.overdue(s, "", "2026-11-27", today)]).toEqual([
      127.05, 96.8,
    ]);
    expect([FIGURES.outstanding(s, "c-2", null, today), FIGURES.overdue(s, "C-2", null, today)]).toEqual([30.25, 0]);
    expect(FIGURES.outstanding(s, " C-1 ", "2026-11-10", today)).toBe(121);
    // C-2's first invoice is of the 4th: on the 3rd it owes nothing
    expect([
      FIGURES.outstanding(s, "C-2", "2026-11-03", today),
      FIGURES.overdue(s, "C-2", "2026-11-03", today),
    ]).toEqual([0, 0]);
    expect(mistake(() => FIGURES.outstanding(s, "C-9", null, today))).toEqual([
      "unknown client 'C-9': not in the Clients table",
      true,
    ]);
    // invoiced 121 + 60.50 − 24.20 = 157.30 in the 90 days; 127.05 owed
    expect([FIGURES.dso(s, null, null, today), FIGURES.dso(s, undefined, null, today)]).toEqual([72.7, 72.7]);
    // everything invoiced paid: nothing owed, 0 days
    const paid = new Snapshot(
      salesDataFrom([
        ...tables().filter((t) => t.name !== "Payments"),
        tableData(
          "Payments",
          ["PaymentID", "PaymentDate", "InvoiceNo", "Amount", "Status"],
          [
            ["P-1", d(11, 20), "F1", 96.8, "Received"],
            ["P-2", d(11, 20), "F2", 60.5, "Received"],
          ],
        ),
      ]),
    );
    expect(FIGURES.dso(paid, null, null, today)).toBe(0);
    expect(FIGURES.dso(s, "", d(11, 27), today)).toBe(72.7);
    // the 15 days from the 2nd to the 16th, F1 on the first of them; all 157.30 still owed then
    expect(FIGURES.dso(s, 15, "2026-11-16", today)).toBe(15);
    expect(mistake(() => FIGURES.dso(s, 1, "2026-11-03", today))).toEqual([
      "nothing was invoiced in the 1 day to 03/11/2026",
      true,
    ]);
    expect([0, 3661, 2.5, "x"].map((days) => mistake(() => FIGURES.dso(s, days, null, today))[0])).toEqual([
      "'0' is not a number of days (1–3660)",
      "'3661' is not a number of days (1–3660)",
      "'2.5' is not a number of days (1–3660)",
      "'x' is not a number of days (1–3660)",
    ]);
    expect(FIGURES.dso(s, 3660, null, today)).toBeCloseTo((127.05 / 157.3) * 3660, 0);
  });

  it("CLIENT and WORKDAYS: a field by its name in any case, blank as empty; a field that is none refused", () => {
    const s = snapshot();
    expect([
      FIGURES.client(s, "C-1", "City"),
      FIGURES.client(s, "c-2", " phone "),
      FIGURES.client(s, "C-1", "Phone"),
    ]).toEqual(["Girona", "973000000", ""]);
    expect(mistake(() => FIGURES.client(s, "C-1", "Town"))[0]).toMatch(
      /^'Town' is not a Clients column \(ClientID, Name, /,
    );
    expect(mistake(() => FIGURES.client(s, "C-1", null))[1]).toBe(false);
  });

  it("ONTIME and LATEORDERS: deliveries in the period on time, orders late on the day, cancelled ones never late", () => {
    const s = snapshot();
    expect([
      FIGURES.ontime(s, "2026-11"),
      FIGURES.ontime(s, "2026-11", "E01"),
      FIGURES.ontime(s, "2026-11", "Joan Vidal"),
    ]).toEqual([0.5, 1, 0]);
    expect(mistake(() => FIGURES.ontime(s, "2026-12"))).toEqual(["no order was delivered in 2026-12", true]);
    // a client left out, or given as nothing, is every client
    expect([FIGURES.lateorders(s, undefined, null, today), FIGURES.lateorders(s, "", null, today)]).toEqual([
      FIGURES.lateorders(s, null, null, today),
      FIGURES.lateorders(s, null, null, today),
    ]);
    expect(FIGURES.outstanding(s, undefined, null, today)).toBe(FIGURES.outstanding(s, null, null, today));
    expect([
      FIGURES.lateorders(s, null, null, today),
      FIGURES.lateorders(s, "c-1", null, today),
      FIGURES.lateorders(s, "C-2", null, today),
      FIGURES.lateorders(s, null, "2026-11-25", today),
      FIGURES.lateorders(s, null, "2026-11-26", today),
    ]).toEqual([1, 1, 0, 0, 1]);
  });

  it("PIPELINE and WINRATE: quotes open on the day, and accepted over decided in the period (an expired one decided)", () => {
    const s = snapshot();
    expect([
      FIGURES.pipeline(s, null, null, today),
      FIGURES.pipeline(s, "E02", null, today),
      FIGURES.pipeline(s, null, "2026-10-20", today),
    ]).toEqual([400, 0, 60]);
    expect([
      FIGURES.winrate(s, "2026-11", null, today),
      FIGURES.winrate(s, "2026-11", "E02", today),
      FIGURES.winrate(s, "2026-10", "", today),
    ]).toEqual([0.5, 0.5, 0]);
    expect(mistake(() => FIGURES.winrate(s, "2026-11", "E01", today))).toEqual([
      "no quote dated in 2026-11 has been decided",
      true,
    ]);
  });

  it("say a wrong argument as #VALUE! and a missing table as #N/A", () => {
    const s = snapshot();
    expect(mistake(() => FIGURES.revenue(s, "2026-11", "E09"))).toEqual([
      "unknown exec 'E09': not in the Team table",
      false,
    ]);
    expect(mistake(() => FIGURES.revenue(s, "2026-11", null, "Vi"))).toEqual([
      "unknown category 'Vi': not in the Products table",
      false,
    ]);
    expect(mistake(() => FIGURES.revenue(s, "2026-11", null, null, "cash"))).toEqual([
      '\'cash\' is not a basis: use "invoiced" or "booked"',
      false,
    ]);
    expect(mistake(() => FIGURES.revenue(s, "Novembre"))[1]).toBe(false);
    expect(mistake(() => FIGURES.revenue(s, -5))).toEqual(["'-5' is not a date or a period", false]);
    const bare = snapshot(["Invoices"]);
    expect(mistake(() => FIGURES.ontime(bare, "2026-11"))).toEqual(["the workbook has no Orders table", true]);
    expect(mistake(() => FIGURES.target(bare, "2026-11"))).toEqual(["the workbook has no Targets table", true]);
    expect(mistake(() => FIGURES.pipeline(bare, null, null, today))).toEqual([
      "the workbook has no Quotes table",
      true,
    ]);
    expect(mistake(() => FIGURES.revenue(bare, "2026-11", null, null, "booked"))).toEqual([
      "the workbook has no Orders table",
      true,
    ]);
    expect(mistake(() => FIGURES.client(bare, "C-1", "City"))).toEqual(["the workbook has no Clients table", true]);
    // no Team table: any exec is taken as written
    expect(FIGURES.revenue(bare, "2026-11", "E01")).toBe(80);
    const empty = new Snapshot(
      salesDataFrom([tableData("Invoices", ["InvoiceNo", "IssueDate", "ClientID", "Net"], [])]),
    );
    expect(FIGURES.revenue(empty, "2026")).toBe(0);
    const oneDay = salesDataFrom([
      tableData("Invoices", ["InvoiceNo", "IssueDate", "ClientID", "Net"], [["F1", d(11, 2), "C-1", 100]]),
    ]);
    expect(FIGURES.revenue(new Snapshot(oneDay), "2026-11-02")).toBe(100);
    expect(mistake(() => FIGURES.revenue(snapshot([]), "2026"))).toEqual(["the workbook has no Invoices table", true]);
  });

  it("take a date as a date cell, a typed date or nothing (today), and refuse anything else", () => {
    const s = snapshot();
    expect([dayArgument(s, null, today), dayArgument(s, "", today), dayArgument(s, undefined, today)]).toEqual([
      today,
      today,
      today,
    ]);
    expect([dayArgument(s, d(11, 3), today), dayArgument(s, "03/11/2026", today)]).toEqual([
      dayOf(2026, 11, 3),
      dayOf(2026, 11, 3),
    ]);
    expect(mistake(() => dayArgument(s, "someday", today))).toEqual(["'someday' is not a date", false]);
  });
});
