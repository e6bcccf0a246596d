/**
 * Orders and estimates as the admin follows them: the rules of docs/DESIGN.md on edge dates, and the
 * lists and rates equal to a plain loop over the rows.
 */
import fc from "fast-check";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { dayOf, serialFromDay, type Day } from "../../../src/core/kernel/dates";
import {
  daysLate,
  deliveredOnTime,
  isLate,
  onTimeRate,
  orderFollowUp,
  ordersOf,
} from "../../../src/core/orders/orders";
import {
  daysToExpiry,
  isExpiredQuote,
  isOpenQuote,
  quoteFollowUp,
  quotesOf,
  toFollowUp,
  winRate,
} from "../../../src/core/orders/quotes";
import { recordDelivery, recordQuoteStatus, recordShipped } from "../../../src/core/orders/orderWrites";
import { issueOrder } from "../../../src/core/orders/issuing";
import type { Product } from "../../../src/core/workbook/contract";
import { readSalesData } from "../../../src/core/workbook/salesData";
import { outputTable } from "../../../src/core/workbook/output";
import { XlsxWorkbook } from "../../../src/files/xlsxWorkbook";
import { tableData } from "../../helpers/tables";
import type { Cell } from "../../../src/core/workbook/port";

const asOf = dayOf(2026, 11, 27);
const s = (day: Day | null) => (day === null ? null : serialFromDay(day));
const ORDER_HEADERS = [
  "OrderID",
  "OrderDate",
  "ClientID",
  "Exec",
  "SKU",
  "Quantity",
  "Net",
  "PromisedDate",
  "DeliveredDate",
  "Status",
];
const QUOTE_HEADERS = [
  "QuoteID",
  "QuoteDate",
  "ClientID",
  "Exec",
  "SKU",
  "Quantity",
  "UnitPrice",
  "Discount",
  "Net",
  "ValidUntil",
  "Status",
];

function orders(rows: Cell[][], invoices: Cell[][] = []) {
  return salesDataFrom([
    tableData("Orders", ORDER_HEADERS, rows),
    tableData(
      "Invoices",
      ["InvoiceNo", "IssueDate", "ClientID", "OrderID", "Net", "VATRate", "Total", "Status", "CreditOf"],
      invoices,
    ),
  ]);
}

const line = (
  id: string,
  promised: Day | null,
  delivered: Day | null,
  status = "Confirmed",
  net = 100,
  exec = "E01",
): Cell[] => [id, s(asOf - 30), "C-1", exec, "SKU1", 1, net, s(promised), s(delivered), status];

describe("orders", () => {
  it("are delivered when every line not cancelled has a delivery date, on the latest of them", () => {
    const data = orders([
      line("O-1", asOf - 5, asOf - 8),
      line("O-1", asOf - 2, asOf - 3, "Delivered"), // delivered on different days: the order on the latest
      line("O-1", asOf + 9, null, "Cancelled", 500), // a cancelled line neither waits nor counts
      line("O-2", asOf - 1, asOf - 10),
      line("O-2", asOf - 1, null, "Shipped"),
    ]);
    const [o1, o2] = ordersOf(data.orders);
    expect(o1).toMatchObject({ deliveredDate: asOf - 3, promisedDate: asOf + 9, status: "Delivered", net: 20000 });
    expect(deliveredOnTime(o1)).toBe(true); // promised on the latest of its lines, the cancelled one too
    expect(o2).toMatchObject({ deliveredDate: null, status: "Shipped" });
    expect([isLate(o2, asOf), daysLate(o2, asOf)]).toEqual([true, 1]);
  });

  it("are late only once the promised day has gone by, never when delivered or cancelled", () => {
    const data = orders([
      line("O-1", asOf, null), // promised today: not late yet
      line("O-2", asOf - 1, null, "Open"),
      line("O-3", asOf - 20, asOf - 1, "Delivered"), // delivered late: not open, not late
      line("O-4", asOf - 20, null, "Cancelled"), // every line cancelled: the order is cancelled
      line("O-5", null, null), // promised no day: never late
    ]);
    const follow = orderFollowUp(data.orders, [], asOf);
    expect(follow.open.map((o) => o.orderId)).toEqual(["O-2", "O-1", "O-5"]); // by promised date, none last
    expect(follow.late.map((o) => [o.orderId, daysLate(o, asOf)])).toEqual([["O-2", 1]]);
    expect(ordersOf(data.orders).find((o) => o.orderId === "O-4")?.status).toBe("Cancelled");
    expect(deliveredOnTime(ordersOf(data.orders).find((o) => o.orderId === "O-3")!)).toBe(false);
  });

  it("are Invoiced once an invoice names them", () => {
    const data = orders(
      [line("O-1", asOf - 5, asOf - 6, "Delivered")],
      [["2026-0001", s(asOf - 1), "C-1", "O-1", 100, 0.21, 121, "Issued", null]],
    );
    expect(ordersOf(data.orders, data.invoices)[0].status).toBe("Invoiced");
  });

  it("count in the on-time rate of a period when their delivery date falls in it, both ends included", () => {
    const data = orders([
      line("O-1", asOf - 89, asOf - 89), // first day of the 90: on time
      line("O-2", asOf - 10, asOf), // last day: late by 10
      line("O-3", asOf - 100, asOf - 90), // delivered the day before the window
    ]);
    expect(onTimeRate(ordersOf(data.orders), asOf - 89, asOf)).toEqual({
      from: asOf - 89,
      to: asOf,
      delivered: 2,
      onTime: 1,
      rate: 0.5,
    });
    expect(onTimeRate(ordersOf(data.orders), asOf + 1, asOf + 9).rate).toBeNull();
  });

  it("follow-up lists equal a plain loop over the rows", () => {
    const day = fc.option(fc.integer({ min: asOf - 120, max: asOf + 30 }), { nil: null });
    const row = fc.tuple(
      fc.constantFrom("O-1", "O-2", "O-3", "O-4"),
      day,
      day,
      fc.constantFrom("Open", "Confirmed", "Shipped", "Delivered", "Cancelled"),
      fc.integer({ min: 1, max: 999 }),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const data = orders(
          rows.map(([id, promised, delivered, status, net]) => line(id, promised, delivered, status, net)),
        );
        const follow = orderFollowUp(data.orders, [], asOf);
        // the rules, spelt out on the rows
        const expected = { open: [] as string[], late: [] as [string, number][], delivered: 0, onTime: 0 };
        for (const id of [...new Set(rows.map((r) => r[0]))]) {
          const mine = rows.filter((r) => r[0] === id);
          const live = mine.filter((r) => r[3] !== "Cancelled");
          let promised: Day | null = null;
          for (const r of mine) if (r[1] !== null && (promised === null || r[1] > promised)) promised = r[1];
          let delivered: Day | null = null;
          let all = live.length > 0;
          for (const r of live) {
            if (r[2] === null) all = false;
            else if (delivered === null || r[2] > delivered) delivered = r[2];
          }
          if (live.length === 0) continue;
          // open on the as-of day: some line undelivered, or the last delivery still to come then
          if (!all || delivered! > asOf) {
            expected.open.push(id);
            if (promised !== null && promised < asOf) expected.late.push([id, asOf - promised]);
          } else if (delivered! >= asOf - 89 && delivered! <= asOf) {
            expected.delivered++;
            if (promised === null || delivered! <= promised) expected.onTime++;
          }
        }
        expect(follow.open.map((o) => o.orderId).sort()).toEqual(expected.open.sort());
        expect(follow.late.map((o) => [o.orderId, daysLate(o, asOf)]).sort()).toEqual(expected.late.sort());
        expect([follow.onTime.delivered, follow.onTime.onTime]).toEqual([expected.delivered, expected.onTime]);
      }),
    );
  });
});

function quotes(rows: Cell[][]) {
  return salesDataFrom([tableData("Quotes", QUOTE_HEADERS, rows)]);
}

const quote = (
  id: string,
  date: Day,
  validUntil: Day | null,
  status: string | null,
  net: number | null = 100,
  exec = "E01",
): Cell[] => [id, s(date), "C-1", exec, "SKU1", 2, 60, 0.1, net, s(validUntil), status];

describe("quotes", () => {
  it("are open while a draft or sent and valid: a quote expiring today is still open, tomorrow it has expired", () => {
    const data = quotes([
      quote("Q-1", asOf - 30, asOf, "Sent"),
      quote("Q-2", asOf - 30, asOf - 1, "Sent"),
      quote("Q-3", asOf - 3, null, "Draft", null), // valid for QuoteValidityDays (30); net from its line: 2 × 60 less 10 %
      quote("Q-4", asOf - 3, asOf + 9, "Accepted"),
    ]);
    const all = quotesOf(data.quotes, 30);
    const byId = (id: string) => all.find((q) => q.quoteId === id)!;
    expect([isOpenQuote(byId("Q-1"), asOf), daysToExpiry(byId("Q-1"), asOf)]).toEqual([true, 0]);
    expect([isOpenQuote(byId("Q-2"), asOf), isExpiredQuote(byId("Q-2"), asOf)]).toEqual([false, true]);
    expect(byId("Q-3")).toMatchObject({ validUntil: asOf + 27, net: 10800 });
    expect(isOpenQuote(byId("Q-4"), asOf)).toBe(false);
    const follow = quoteFollowUp(data.quotes, 30, asOf);
    expect(follow.open.map((q) => q.quoteId)).toEqual(["Q-1", "Q-3"]);
    expect(follow.pipeline).toBe(10000 + 10800);
  });

  it("win when accepted, of those decided: a sent quote past its validity counts as expired", () => {
    const data = quotes([
      quote("Q-1", asOf - 10, asOf + 5, "Accepted"),
      quote("Q-2", asOf - 10, asOf + 5, "Rejected"),
      quote("Q-3", asOf - 40, asOf - 1, "Sent"), // expired unanswered
      quote("Q-4", asOf - 40, asOf - 1, "Draft"), // never sent: not decided
      quote("Q-5", asOf - 90, asOf - 60, "Accepted"), // dated before the 90 days
      quote("Q-6", asOf - 5, asOf + 5, "Sent"), // awaiting an answer
    ]);
    expect(winRate(quotesOf(data.quotes, 30), asOf - 89, asOf, asOf)).toEqual({
      from: asOf - 89,
      to: asOf,
      accepted: 1,
      decided: 3,
      rate: 1 / 3,
    });
  });
});

describe("recording on an order's or a quote's lines", () => {
  it("delivers every line still to deliver, quotes' answers on each line, and follows up sent quotes after two weeks", async () => {
    const workbook = new XlsxWorkbook(); // output tables take days in their date columns
    await workbook.writeSheet({
      name: "Orders",
      tables: [
        outputTable("Orders", [
          ["O-1", asOf - 30, "C-1", "E01", "A", 1, 10, asOf - 2, null, "Shipped", null],
          ["O-1", asOf - 30, "C-1", "E01", "B", 1, 10, asOf - 2, asOf - 3, "Delivered", null],
          ["O-1", asOf - 30, "C-1", "E01", "C", 1, 10, asOf - 2, null, "Cancelled", null],
          ["O-2", asOf - 30, "C-1", "E01", "A", 1, 10, asOf - 2, null, "Open", null],
        ]),
      ],
    });
    await workbook.writeSheet({
      name: "Quotes",
      tables: [
        outputTable("Quotes", [
          ["Q-1", asOf - 14, "C-1", "E01", "A", 1, 10, 0, 10, asOf + 5, "Sent"],
          ["Q-1", asOf - 14, "C-1", "E01", "B", 1, 10, 0, 10, asOf + 5, "Sent"],
        ]),
      ],
    });
    const data = await readSalesData(workbook);
    const [order] = ordersOf(data.orders);
    expect(await recordDelivery(workbook, order, asOf)).toEqual({ written: 1, refused: 0 });
    const after = ordersOf((await readSalesData(workbook)).orders);
    expect(after.map((o) => [o.orderId, o.status, o.deliveredDate])).toEqual([
      ["O-1", "Delivered", asOf],
      ["O-2", "Open", null],
    ]);
    // shipping what is shipped writes nothing; a pane that read before a delivery is told, and writes nothing
    expect(await recordShipped(workbook, order)).toEqual({ written: 0, refused: 0 });
    const open = ordersOf(data.orders)[1];
    expect(await recordShipped(workbook, open)).toEqual({ written: 1, refused: 0 });
    expect(await recordDelivery(workbook, open, asOf)).toEqual({ written: 0, refused: 1 });
    const [quote] = quotesOf(data.quotes, 30);
    expect([toFollowUp(quote, asOf), toFollowUp(quote, asOf - 1)]).toEqual([true, false]);
    expect(await recordQuoteStatus(workbook, quote, "Accepted")).toEqual({ written: 2, refused: 0 });
    expect(quotesOf((await readSalesData(workbook)).quotes, 30)[0].status).toBe("Accepted");
    // an order typed in: the next number of the series, its lines priced, Confirmed, promised, its contract named
    const products = [
      { SKU: "A", UnitPrice: 1000 },
      { SKU: "B", UnitPrice: 250 },
    ] as Product[];
    const lines = [
      { sku: "A", quantity: 2, discount: 0.5 },
      { sku: "B", quantity: 1, discount: 0 },
    ];
    const number = await issueOrder(
      workbook,
      "O-NNNNNN",
      { clientId: "C-1", exec: "E01", orderDate: asOf, promised: asOf + 7, lines, contractRef: "CT-9" },
      products,
    );
    expect(number).toBe("O-000001"); // O-1 and O-2 are not of the series
    const made = ordersOf((await readSalesData(workbook)).orders).find((o) => o.orderId === number)!;
    expect(made).toMatchObject({ status: "Confirmed", promisedDate: asOf + 7, net: 1250 });
    expect(made.lines.map((l) => l.ContractRef)).toEqual(["CT-9", "CT-9"]);
    await expect(
      issueOrder(
        workbook,
        "O-NNNNNN",
        {
          clientId: "C-1",
          exec: null,
          orderDate: asOf,
          promised: asOf,
          lines: [{ sku: "Z", quantity: 1, discount: 0 }],
          contractRef: null,
        },
        products,
      ),
    ).rejects.toThrow("no product Z with a price in the Products table");
  });
});

describe("recording one line of an order", () => {
  it("delivers the line chosen, and the order waits for the other", async () => {
    const workbook = new XlsxWorkbook();
    await workbook.writeSheet({
      name: "Orders",
      tables: [
        outputTable("Orders", [
          ["O-9", asOf - 30, "C-1", "E01", "A", 1, 10, asOf - 2, null, "Confirmed", null],
          ["O-9", asOf - 30, "C-1", "E01", "B", 1, 10, asOf - 2, null, "Confirmed", null],
        ]),
      ],
    });
    const [order] = ordersOf((await readSalesData(workbook)).orders);
    expect(await recordDelivery(workbook, order, asOf - 1, [order.lines[1]])).toEqual({ written: 1, refused: 0 });
    const [after] = ordersOf((await readSalesData(workbook)).orders);
    expect(after.lines.map((l) => [l.SKU, l.DeliveredDate, l.Status])).toEqual([
      ["A", null, "Confirmed"],
      ["B", asOf - 1, "Delivered"],
    ]);
    expect([after.status, after.deliveredDate, isLate(after, asOf)]).toEqual(["Confirmed", null, true]);
  });
});

describe("an order read from its lines, at the edges", () => {
  const d = (day: number) => dayOf(2026, 11, day);
  const line = (changes: Record<string, unknown>) =>
    ({
      OrderID: "O-1",
      OrderDate: d(10),
      ClientID: "C-1",
      Exec: null,
      SKU: "P1",
      Quantity: 1,
      Net: 100_00,
      PromisedDate: null,
      DeliveredDate: null,
      Status: "Open",
      ContractRef: null,
      ...changes,
    }) as never;
  const invoice = (changes: Record<string, unknown>) =>
    ({ InvoiceNo: "F1", OrderID: "O-1", CreditOf: null, Status: "Issued", ...changes }) as never;

  it("takes the first exec named, the earliest order date and the latest promise among its lines; a line of no order is none", () => {
    const [order, ...rest] = ordersOf([
      line({ OrderDate: d(12), PromisedDate: d(20) }),
      line({ Exec: "E02", OrderDate: d(9), PromisedDate: null }),
      line({ Exec: "E03", PromisedDate: d(25) }),
      line({ OrderID: null, Exec: "E09" }),
    ]);
    expect([order.exec, order.orderDate, order.promisedDate, rest]).toEqual(["E02", d(9), d(25), []]);
  });

  it("is invoiced by an invoice that stands, never by a credit note or a cancelled invoice alone", () => {
    const delivered = [line({ DeliveredDate: d(12), Status: "Delivered" })];
    const status = (invoices: never[]) => ordersOf(delivered, invoices)[0].status;
    expect([
      status([invoice({})]),
      status([invoice({ CreditOf: "F0" })]),
      status([invoice({ Status: "Cancelled" })]),
      status([invoice({ OrderID: null })]),
    ]).toEqual(["Invoiced", "Delivered", "Delivered", "Delivered"]);
  });

  it("is late by no days before its promise, and never on time undelivered", () => {
    const [order] = ordersOf([line({ PromisedDate: d(20) })]);
    expect([daysLate(order, d(19)), daysLate(order, d(23)), deliveredOnTime(order)]).toEqual([0, 3, false]);
    expect(onTimeRate([order], d(1), d(30))).toMatchObject({ delivered: 0, rate: null });
  });
});
