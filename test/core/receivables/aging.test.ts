import fc from "fast-check";
import {
  agedBalances,
  agingAsOf,
  agingSheet,
  bucketOf,
  BUCKETS,
  overdueAsOf,
} from "../../../src/core/receivables/aging";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import type { Cell } from "../../../src/core/workbook/port";
import { tableData } from "../../helpers/tables";

const asOf = dayOf(2026, 11, 27);
const s = (day: number) => serialFromDay(day);
const invoiceHeaders = [
  "InvoiceNo",
  "IssueDate",
  "ClientID",
  "Net",
  "VATRate",
  "VAT",
  "Total",
  "DueDate",
  "Status",
  "CreditOf",
];
const paymentHeaders = ["PaymentID", "PaymentDate", "InvoiceNo", "Amount", "Status"];

function data(invoices: Cell[][], payments: Cell[][] = []) {
  return salesDataFrom([
    tableData(
      "Clients",
      ["ClientID", "Name", "PaymentTermsDays"],
      [
        ["C-1", "Puig SL", 30],
        ["C-2", "Vidal SA", 60],
      ],
    ),
    tableData("Invoices", invoiceHeaders, invoices),
    tableData("Payments", paymentHeaders, payments),
  ]);
}

describe("aging buckets", () => {
  it("puts exactly 30/31/60/61/90/91 days past due on the right side", () => {
    expect([-5, 0, 1, 30, 31, 60, 61, 90, 91, 400].map(bucketOf)).toEqual([
      "current",
      "current",
      "1-30",
      "1-30",
      "31-60",
      "31-60",
      "61-90",
      "61-90",
      "90+",
      "90+",
    ]);
  });

  it("ages each invoice's outstanding amount: partial payments, reversals, credit notes", () => {
    const a = agingAsOf(
      data(
        [
          ["F1", s(asOf - 60), "C-1", 100, 0.21, 21, 121, s(asOf - 30), null, null], // 30 days past due
          ["F2", s(asOf - 100), "C-1", 100, 0.21, 21, 121, s(asOf - 91), null, null], // 91 days
          ["F3", s(asOf - 10), "C-2", 1000, 0.21, 210, 1210, s(asOf + 50), null, null], // not yet due
          ["R1", s(asOf - 5), "C-2", -100, 0.21, -21, -121, s(asOf - 5), null, "F3"], // credit note on F3
          ["F4", s(asOf + 1), "C-1", 500, 0.21, 105, 605, s(asOf + 31), null, null], // issued after the date
          ["F5", s(asOf - 40), "C-1", 100, 0.21, 21, 121, s(asOf - 10), "Draft", null],
        ],
        [
          ["P1", s(asOf - 20), "F1", 21, "Received"],
          ["P2", s(asOf - 15), "F2", 121, "Reversed"], // came back: counts zero
          ["P3", s(asOf + 2), "F3", 1089, "Received"], // after the date
        ],
      ),
      asOf,
    );
    expect(a.clients.find((c) => c.clientId === "C-1")).toMatchObject({
      current: 0,
      "1-30": 10000,
      "31-60": 0,
      "61-90": 0,
      "90+": 12100,
      total: 22100,
    });
    expect(a.clients.find((c) => c.clientId === "C-2")).toMatchObject({ current: 108900, total: 108900 });
    expect(a.total).toMatchObject({ current: 108900, "1-30": 10000, "90+": 12100, total: 131000 });
    // DSO: receivables 1.310,00 ÷ Totals issued in the last 90 days (121 + 1210 − 121; F2 is older) × 90
    expect(a.dso).toBe(Math.round((131000 / 121000) * 90 * 10) / 10);
    // as a sheet, in the language asked: its name, title and headers are words
    const sheet = agingSheet(a, "ca");
    expect(sheet.title).toBe(
      `Antiguitat dels cobraments pendents a 27/11/2026: DSO ${String(a.dso).replace(".", ",")} dies (els últims 90 dies)`,
    );
    expect(sheet).toMatchObject({ id: "Aging", name: "Antiguitat de saldos" });
    expect(sheet.tables[0].columns.map((c) => c.header)).toEqual([
      "Codi de client",
      "Client",
      "No vençut",
      "1–30 dies",
      "31–60 dies",
      "61–90 dies",
      "Més de 90 dies",
      "Total",
    ]);
    expect(agingSheet(a).tables[0].columns.map((c) => c.header)).toContain("Over 90 days");
  });

  it("always adds the buckets up to the outstanding total", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: -200, max: 0 }),
            fc.integer({ min: -120, max: 120 }),
            fc.integer({ min: -50000, max: 100000 }),
            fc.integer({ min: 0, max: 100000 }),
          ),
          { maxLength: 30 },
        ),
        (rows) => {
          const invoices = rows.map(
            ([issued, due, total], i) =>
              [`F${i}`, s(asOf + issued), "C-1", total / 100, 0, 0, total / 100, s(asOf + due), null, null] as Cell[],
          );
          const payments = rows.map(
            ([, , , paid], i) => [`P${i}`, s(asOf - 1), `F${i}`, paid / 100, "Received"] as Cell[],
          );
          const a = agingAsOf(data(invoices, payments), asOf);
          expect(BUCKETS.reduce((sum, b) => sum + a.total[b], 0)).toBe(a.total.total);
          expect(a.total.total).toBe(rows.reduce((sum, [, , total, paid]) => sum + total - paid, 0));
        },
      ),
    );
  });
});

describe("aging, pinned at its edges (issue 35)", () => {
  it("counts in DSO an invoice issued on the day and one 89 days before, not one issued exactly 90 days before or after the day", () => {
    const sold = (no: string, issued: number) => [
      no,
      s(issued),
      "C-1",
      100,
      0.21,
      21,
      121,
      s(issued + 30),
      "Issued",
      null,
    ];
    const aging = agingAsOf(
      data([sold("F1", asOf), sold("F2", asOf - 89), sold("F3", asOf - 90), sold("F4", asOf + 1)]),
      asOf,
    );
    // outstanding as of the day 3 × 121 (not the one issued after it) over sales of 2 × 121 in the window, times 90 days
    expect(aging.dso).toBe(135);
  });

  it("ages an invoice with no due date from its issue date plus the client's terms, else the default terms", () => {
    const undated = (no: string, client: string, issued: number) => [
      no,
      s(issued),
      client,
      100,
      0.21,
      21,
      121,
      null,
      "Issued",
      null,
    ];
    const withTerms = salesDataFrom([
      tableData(
        "Clients",
        ["ClientID", "Name", "PaymentTermsDays"],
        [
          ["C-1", "Puig SL", 20],
          ["C-3", "Sense termes", null],
        ],
      ),
      tableData("Invoices", invoiceHeaders, [
        undated("F1", "C-1", asOf - 31),
        undated("F2", "C-1", asOf - 30),
        undated("F3", "C-3", asOf - 45),
      ]),
      tableData("Payments", paymentHeaders, []),
    ]);
    const rows = agingAsOf(withTerms, asOf).clients.map((c) => [c.clientId, c.current, c["1-30"]]);
    expect(rows).toEqual([
      ["C-1", 0, 242_00], // 20 days' terms: due 11 and 10 days ago
      ["C-3", 0, 121_00], // default terms, 30 days: due 15 days ago
    ]);
  });

  it("writes every client's row, the totals and DSO into its sheet, as amounts in euros", () => {
    const aging = agingAsOf(
      data([
        ["F1", s(asOf - 100), "C-1", 100, 0.21, 21, 121, s(asOf - 70), "Issued", null],
        ["F2", s(asOf - 10), "C-2", 200, 0.21, 42, 242, s(asOf + 50), "Issued", null],
      ]),
      asOf,
    );
    const sheet = agingSheet(aging);
    expect(sheet.tables[0].rows).toEqual([
      ["C-2", "Vidal SA", 242, 0, 0, 0, 0, 242],
      ["C-1", "Puig SL", 0, 0, 0, 121, 0, 121],
    ]);
    expect(sheet.tables[1].rows).toEqual([[242, 0, 0, 121, 0, 363, aging.dso]]);
    expect(aging.dso).toBe(Math.round((363 / 242) * 90 * 10) / 10);
  });

  it("sums what is past due, for everyone or for one client, never what is current", () => {
    const aged = agedBalances(
      data(
        [
          ["F1", s(asOf - 100), "C-1", 100, 0.21, 21, 121, s(asOf - 70), "Issued", null], // 61-90
          ["F2", s(asOf - 5), "C-1", 50, 0, 0, 50, s(asOf + 25), "Issued", null], // current
          ["F3", s(asOf - 40), "C-2", 30, 0, 0, 30, s(asOf - 1), "Issued", null], // 1-30
        ],
        [["P1", s(asOf - 2), "F3", 10, "Received"]],
      ),
      asOf,
    );
    expect([overdueAsOf(aged), overdueAsOf(aged, "C-1"), overdueAsOf(aged, "C-2"), overdueAsOf(aged, "C-9")]).toEqual([
      141_00, 121_00, 20_00, 0,
    ]);
  });

  it("lists no client who owes nothing, and counts drafts and cancelled invoices in no sales", () => {
    const aging = agingAsOf(
      data(
        [
          ["F1", s(asOf - 10), "C-1", 100, 0, 0, 100, s(asOf + 20), "Issued", null],
          ["F2", s(asOf - 10), "C-2", 100, 0, 0, 100, s(asOf + 20), "Issued", null],
          ["F3", s(asOf - 10), "C-1", 900, 0, 0, 900, s(asOf + 20), "Draft", null],
          ["F4", s(asOf - 10), "C-1", 900, 0, 0, 900, s(asOf + 20), "Cancelled", null],
        ],
        [["P1", s(asOf - 1), "F2", 100, "Received"]],
      ),
      asOf,
    );
    expect(aging.clients.map((c) => c.clientId)).toEqual(["C-1"]);
    // 100 outstanding over 200 of sales in 90 days
    expect(aging.dso).toBe(45);
  });

  it("has no DSO where nothing was invoiced in its window, even with amounts outstanding", () => {
    const aging = agingAsOf(data([["F1", s(asOf - 200), "C-1", 100, 0, 0, 100, s(asOf - 170), "Issued", null]]), asOf);
    expect([aging.total.total, aging.dso]).toEqual([100_00, null]);
    expect(agingSheet(aging).tables[1].rows).toEqual([[0, 0, 0, 0, 100, 100, null]]);
  });

  it("names its tables and headers, amounts formatted as money and DSO as a number", () => {
    const sheet = agingSheet(agingAsOf(data([]), asOf));
    expect(sheet.name).toBe("Aging");
    const buckets = ["Not yet due", "1–30 days", "31–60 days", "61–90 days", "Over 90 days", "Total"].map((header) => [
      header,
      "money",
    ]);
    expect(sheet.tables.map((t) => [t.name, t.columns.map((c) => [c.header, c.format ?? null])])).toEqual([
      ["Aging", [["ClientID", null], ["Client", null], ...buckets]],
      ["AgingTotal", [...buckets, ["DSO", "number"]]],
    ]);
  });
});
