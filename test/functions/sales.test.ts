import * as functions from "../../src/functions/functions";
import { cell } from "../helpers/functionCell";
import { setToday } from "../../src/functions/snapshots";
import { setDisplayLanguage } from "../../src/functions/errors";
import { invalidate, salesData, setSource } from "../../src/runtime/sharedRead";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { generateSample } from "../../src/core/sample/sample";
import { readSalesData } from "../../src/core/workbook/salesData";
import { dayOf, serialFromDay } from "../../src/core/kernel/dates";
import { onTimeRate, orderFollowUp, ordersOf } from "../../src/core/orders/orders";
import { pipeline, quoteFollowUp, quotesOf, winRate } from "../../src/core/orders/quotes";
import { weeklyReport } from "../../src/core/sales/weeklyReport";
import { agingAsOf } from "../../src/core/receivables/aging";
import { fromCents } from "../../src/core/kernel/money";
import { outputTable } from "../../src/core/workbook/output";
import { CONTRACT } from "../../src/core/workbook/contract";
import { SaidError } from "../../src/core/kernel/messages";
import { clientActivity } from "../../src/core/market/rfm";
import { segmentName } from "../../src/core/market/segments";

const today = dayOf(2026, 11, 27);
let workbook: XlsxWorkbook;

beforeAll(async () => {
  workbook = new XlsxWorkbook();
  for (const sheet of generateSample({ seed: 11, invoices: 800, today })) await workbook.writeSheet(sheet);
  setSource(() => readSalesData(workbook));
  setToday(() => today); // the cells count as of the day the sample was made, whatever the real date
});

describe("SALES.* functions over the workbook", () => {
  it("REVENUE, TARGET, VARIANCE and ATTAINMENT agree with the weekly report", async () => {
    const report = weeklyReport(await readSalesData(workbook), "2026-W47");
    if (!report.ok) throw new SaidError(report.error);
    const anna = report.value.execs.find((e) => e.exec === "E01")!;
    expect(await cell(functions.revenue, "2026-W47", "E01", null, null).value()).toBe(fromCents(anna.actual));
    expect(await cell(functions.revenue, "2026-W47", "Anna Puig", null, null).value()).toBe(fromCents(anna.actual));
    expect(await cell(functions.target, "2026-W47", "E01", null).value()).toBe(fromCents(anna.target));
    expect(await cell(functions.variance, "2026-W47", "E01").value()).toBe(fromCents(anna.actual - anna.target));
    expect(await cell(functions.attainment, "2026-W47", "e01").value()).toBeCloseTo(anna.attainment!, 12);
    expect(await cell(functions.revenue, "2026-W47", null, null, null).value()).toBe(
      fromCents(report.value.total.actual),
    );
  });

  it("REVENUE takes months, quarters, years, dates, categories and the booked basis", async () => {
    const data = await readSalesData(workbook);
    const november = data.invoices
      .filter((i) => i.IssueDate! >= dayOf(2026, 11, 1) && i.IssueDate! <= dayOf(2026, 11, 30))
      .reduce((s, i) => s + i.Net!, 0);
    expect(await cell(functions.revenue, "2026-11", null, null, "invoiced").value()).toBe(fromCents(november));
    const q4 = (await cell(functions.revenue, "2026-Q4", null, null, null).value()) as number;
    expect(q4).toBeGreaterThanOrEqual(fromCents(november));
    const day = data.invoices[data.invoices.length - 1].IssueDate!;
    const thatDay = data.invoices.filter((i) => i.IssueDate === day).reduce((s, i) => s + i.Net!, 0);
    expect(await cell(functions.revenue, day + 25569, null, null, null).value()).toBe(fromCents(thatDay));
    const software = (await cell(functions.revenue, "2026", null, "software", null).value()) as number;
    const all = (await cell(functions.revenue, "2026", null, null, null).value()) as number;
    expect(software).toBeGreaterThan(0);
    expect(software).toBeLessThan(all);
    const booked = data.orders
      .filter(
        (o) => o.Status !== "Cancelled" && o.OrderDate! >= dayOf(2026, 11, 1) && o.OrderDate! <= dayOf(2026, 11, 30),
      )
      .reduce((s, o) => s + o.Net!, 0); // a cancelled line is no revenue
    expect(await cell(functions.revenue, "2026-11", null, null, "booked").value()).toBe(fromCents(booked));
  });

  it("OUTSTANDING, OVERDUE and DSO agree with the aging", async () => {
    const aging = agingAsOf(await readSalesData(workbook), today);
    const asOf = "2026-11-27";
    expect(await cell(functions.outstanding, null, asOf).value()).toBe(fromCents(aging.total.total));
    expect(await cell(functions.overdue, null, asOf).value()).toBe(fromCents(aging.total.total - aging.total.current));
    const top = aging.clients[0];
    expect(await cell(functions.outstanding, top.clientId, asOf).value()).toBe(fromCents(top.total));
    expect(await cell(functions.dso, null, asOf).value()).toBe(aging.dso);
  });

  it("SEGMENT names a client's segment as the market's RFM does, as of a day or today, and refuses a client it does not know", async () => {
    const data = await readSalesData(workbook);
    const october = clientActivity(data, dayOf(2026, 10, 15));
    const now = clientActivity(data, today);
    expect(new Set(october.map((a) => a.segment)).size).toBeGreaterThan(3);
    for (const a of october)
      expect(await cell(functions.segment, a.clientId, "2026-10-15").value()).toBe(segmentName(a.segment, "en"));
    expect(await cell(functions.segment, now[3].clientId, null).value()).toBe(segmentName(now[3].segment, "en"));
    expect(((await cell(functions.segment, "C-9999", null).value()) as Error).message).toBe(
      "unknown client 'C-9999': not in the Clients table",
    );
  });

  it("RUNRATE projects the month from the working days elapsed", async () => {
    const toDate = (await cell(functions.revenue, "2026-11", null, null, null).value()) as number;
    // November 2026 to Friday the 27th: 20 of its 21 working days (the 1st, a holiday, is a Sunday)
    expect(await cell(functions.runRate, "2026-11", null, "2026-11-27").value()).toBeCloseTo((toDate / 20) * 21, 2);
  });

  it("ONTIME, LATEORDERS, PIPELINE and WINRATE agree with the follow-up of orders and quotes", async () => {
    const data = await readSalesData(workbook);
    const follow = orderFollowUp(data.orders, data.invoices, today);
    const quarter = onTimeRate(ordersOf(data.orders, data.invoices), dayOf(2026, 10, 1), dayOf(2026, 12, 31));
    expect(await cell(functions.onTime, "2026-Q4", null).value()).toBeCloseTo(quarter.rate!, 12);
    expect(await cell(functions.lateOrders, null, serialFromDay(today)).value()).toBe(follow.late.length);
    expect(follow.late.length).toBeGreaterThan(0);
    const late = follow.late[0];
    expect(await cell(functions.lateOrders, late.clientId, "2026-11-27").value()).toBe(
      follow.late.filter((o) => o.clientId === late.clientId).length,
    );
    const quotes = quoteFollowUp(data.quotes, data.settings.quoteValidityDays, today);
    expect(await cell(functions.pipeline, null, "2026-11-27").value()).toBe(fromCents(quotes.pipeline));
    const mine = quotesOf(data.quotes, 30).filter((q) => q.exec === "E01");
    expect(await cell(functions.pipeline, "Anna Puig", "2026-11-27").value()).toBe(fromCents(pipeline(mine, today)));
    const rate = winRate(quotesOf(data.quotes, 30), dayOf(2026, 1, 1), dayOf(2026, 12, 31), today).rate!;
    expect(await cell(functions.winRate, "2026", null).value()).toBeCloseTo(rate, 12);
    // nothing to say: an error with the reason
    expect(((await cell(functions.onTime, "2030-01", null).value()) as Error).message).toBe(
      "no order was delivered in 2030-01",
    );
  });

  it("CLIENT and WORKDAYS read the records and the settings", async () => {
    const data = await readSalesData(workbook);
    const c = data.clients[3];
    expect(await cell(functions.client, c.ClientID!, "email").value()).toBe(c.Email);
    expect(await cell(functions.client, c.ClientID!, "PaymentTermsDays").value()).toBe(c.PaymentTermsDays);
    expect(await cell(functions.workdays, "2026-12").value()).toBe(21); // 8 and 25 December are holidays
    expect(await cell(functions.workdays, "2026-W53").value()).toBe(4); // 1 January 2027 too
  });

  it("answers mistakes with a message a person understands", async () => {
    const message = async (fn: Parameters<typeof cell>[0], ...args: unknown[]) =>
      ((await cell(fn, ...args).value()) as Error).message;
    expect(await message(functions.revenue, "2026-W54", null, null, null)).toBe(
      "'2026-W54' is not a period: 2026 has weeks 1 to 53",
    );
    expect(await message(functions.revenue, "2026-11", "Nobody", null, null)).toBe(
      "unknown exec 'Nobody': not in the Team table",
    );
    expect(await message(functions.revenue, "2026-11", null, "Toys", null)).toBe(
      "unknown category 'Toys': not in the Products table",
    );
    expect(await message(functions.revenue, "2026-11", null, null, "cash")).toBe(
      `'cash' is not a basis: use "invoiced" or "booked"`,
    );
    expect(await message(functions.attainment, "2020-01", "E01")).toBe("no target for E01 in 2020-01");
    expect(await message(functions.client, "C-9999", "Email")).toBe(
      "unknown client 'C-9999': not in the Clients table",
    );
    expect(await message(functions.client, "C-0001", "Shoe size")).toContain("'Shoe size' is not a Clients column");
    expect(await message(functions.dso, 0, null)).toBe("'0' is not a number of days (1–3660)");
  });

  it("says them in Office's display language (the workbench's, outside Office)", async () => {
    // the workbench's stand-in for Excel's cell errors, which carry the message in the language
    await import("../../src/workbench/customFunctionsHost");
    setDisplayLanguage("ca");
    try {
      const said = ((await cell(functions.revenue, "2026-W54", null, null, null).value()) as Error).message;
      expect(said).toMatch(/2026 té les setmanes de l'1 a la 53$/);
    } finally {
      setDisplayLanguage("en");
    }
  });

  it("says which table is missing", async () => {
    const bare = new XlsxWorkbook();
    await bare.writeSheet(generateSample({ seed: 1, invoices: 20, today }).find((s) => s.name === "Invoices")!);
    setSource(() => readSalesData(bare));
    expect(((await cell(functions.target, "2026-11", null, null).value()) as Error).message).toBe(
      "the workbook has no Targets table",
    );
    setSource(() => readSalesData(workbook));
  });
});

describe("after an edit", () => {
  it("a live cell shows the new figure once the tables change (no stale value)", async () => {
    const revenue = cell(functions.revenue, "2026-11-27", "E02", null, null);
    const before = (await revenue.value(1)) as number;
    // A co-author adds an invoice for E02 on 27/11/2026: the table changes, the cache is dropped.
    const invoices = (await workbook.readTable("Invoices"))!;
    const row = CONTRACT.Invoices.columns.map(
      (c) =>
        ({
          InvoiceNo: "2026-9999",
          IssueDate: today,
          ClientID: "C-0001",
          Exec: "E02",
          Net: 1234.5,
          VATRate: 0.21,
          VAT: 259.25,
          Total: 1493.75,
          Currency: "EUR",
          DueDate: today + 30,
          Status: "Issued",
          CreditOf: null,
        })[c.name as "InvoiceNo"] ?? null,
    );
    const rows = invoices.rows.map((r) =>
      r.map((v, i) => (CONTRACT.Invoices.columns[i].type === "date" && typeof v === "number" ? v - 25569 : v)),
    );
    await workbook.writeSheet({ name: "Invoices", tables: [outputTable("Invoices", [...rows, row])] });
    invalidate();
    expect(await revenue.value(2)).toBeCloseTo(before + 1234.5, 2);
    // a removed cell stops listening
    revenue.invocation.onCanceled!();
    invalidate();
    await cell(functions.workdays, "2026-11").value();
    expect(revenue.results).toHaveLength(2);
  });
});

describe("one read shared by the pane's pages and the functions", () => {
  it("reads the workbook once until the tables change", async () => {
    let reads = 0;
    setSource(() => {
      reads++;
      return readSalesData(workbook);
    });
    const [a, b] = await Promise.all([salesData(), salesData()]);
    await cell(functions.revenue, "2026-11", null, null, null).value();
    expect(a).toBe(b);
    expect(reads).toBe(1);
    invalidate();
    expect(await salesData()).not.toBe(a);
    expect(reads).toBe(2);
    setSource(() => readSalesData(workbook));
  });
});
