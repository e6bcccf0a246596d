/** Issuing invoices and credit notes, and what payments and their reversals do to what is owed. */
import fc from "fast-check";
import {
  draftCreditNote,
  draftInvoice,
  invoicedOrders,
  numberAndRow,
  numberingProblems,
  surchargeOf,
} from "../../../src/core/invoicing/invoicing";
import { nextDocumentNumber } from "../../../src/core/kernel/numbering";
import { invoiceBalances, overpayments } from "../../../src/core/receivables/receivables";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import { vatOf } from "../../../src/core/kernel/money";
import type { Cell } from "../../../src/core/workbook/port";
import type { Invoice, Payment } from "../../../src/core/workbook/contract";
import { tableData } from "../../helpers/tables";
import { SaidError } from "../../../src/core/kernel/messages";
import { english } from "../../helpers/english";

const today = dayOf(2026, 11, 27);
const s = (day: number) => serialFromDay(day);

function data(invoices: Cell[][] = [], orders: Cell[][] = [], payments: Cell[][] = []) {
  return salesDataFrom([
    tableData(
      "Clients",
      ["ClientID", "Name", "Exec", "PaymentTermsDays"],
      [
        ["C-1", "Puig SL", "E01", 45],
        ["C-2", "Vidal SA", "E02", null],
      ],
    ),
    tableData(
      "Products",
      ["SKU", "Name", "UnitPrice", "VATRate"],
      [
        ["P1", "Pa", 1, 0.1],
        ["P2", "Vi", 5, 0.21],
        ["P3", "Oli", 8, 0.21],
      ],
    ),
    tableData(
      "Invoices",
      [
        "InvoiceNo",
        "IssueDate",
        "ClientID",
        "OrderID",
        "Net",
        "VATRate",
        "VAT",
        "Total",
        "DueDate",
        "Status",
        "CreditOf",
      ],
      invoices,
    ),
    tableData("Orders", ["OrderID", "OrderDate", "ClientID", "Exec", "SKU", "Net"], orders),
    tableData("Payments", ["PaymentID", "PaymentDate", "InvoiceNo", "Amount", "Status"], payments),
    tableData("Settings", ["Setting", "Value"], [["PaymentTermsDays", 30]]),
  ]);
}

describe("invoice numbers", () => {
  it("take the next of the year's series, one past the highest: gapless, never reused", () => {
    expect(nextDocumentNumber("YYYY-NNNN", 2026, [])).toBe("2026-0001");
    expect(nextDocumentNumber("YYYY-NNNN", 2026, ["2026-0001", "2026-0002", "2025-0417", null, 17])).toBe("2026-0003");
    expect(nextDocumentNumber("F/YY/NNNNN", 2026, ["F/26/00009", "F/25/00100", "2026-0050"])).toBe("F/26/00010");
    expect(nextDocumentNumber("YYYY-NNNN", 2027, ["2026-0050"])).toBe("2027-0001");
    expect(nextDocumentNumber("YYYY-NNNN", 2026, ["2026-9999"])).toBe("2026-10000");
  });

  it("are taken from the log as it is when the row is written: two issues in a row get two numbers", () => {
    const d = data();
    const draft = draftInvoice(d, { clientId: "C-1", issueDate: today, net: 10000 });
    if (!draft.ok) throw new SaidError(draft.error);
    const log: Cell[] = ["2026-0001"];
    const first = numberAndRow("YYYY-NNNN", draft.value, log);
    log.push(first.InvoiceNo as string); // a co-author's pane wrote in between
    const second = numberAndRow("YYYY-NNNN", draft.value, log);
    expect([first.InvoiceNo, second.InvoiceNo]).toEqual(["2026-0002", "2026-0003"]);
    expect(first).toMatchObject({ Net: 100, VAT: 21, Total: 121, ClientID: "C-1", Status: "Issued" });
  });

  it("gaps and duplicates already in the log are reported, per year", () => {
    const rows = ["2026-0001", "2026-0002", "2026-0002", "2026-0005", "2025-0001", "2025-0003"].map((n, i) => ({
      InvoiceNo: n,
      IssueDate: n.startsWith("2026") ? today - i : dayOf(2025, 6, 1),
    }));
    expect(numberingProblems("YYYY-NNNN", rows).map((p) => [p.severity, p.message])).toEqual([
      ["warning", "series 2025 has gaps: 2025-0002"],
      ["error", "2026-0002 is used twice"],
      ["warning", "series 2026 has gaps: 2026-0003, 2026-0004"],
    ]);
  });
});

describe("invoice numbers read as the digits they are", () => {
  it("a mistyped 17- or 25-digit number is reported and skipped, never read as a float that throws the series off", () => {
    const log = ["2026-0001", "2026-0002", "2026-20260000000000017", "2026-1234567890123456789012345"];
    expect(nextDocumentNumber("YYYY-NNNN", 2026, log)).toBe("2026-0003");
    const rows = log.map((n) => ({ InvoiceNo: n, IssueDate: today }));
    expect(numberingProblems("YYYY-NNNN", rows).map((p) => p.message)).toEqual([
      "'2026-20260000000000017' is not a number of the series: left out of the numbering",
      "'2026-1234567890123456789012345' is not a number of the series: left out of the numbering",
    ]);
  });

  it("a year of 200,000 numbers is numbered, and a gap of a million is counted, not listed", () => {
    const log = Array.from({ length: 200_000 }, (_, i) => `2026-${String(i + 1).padStart(6, "0")}`);
    expect(nextDocumentNumber("YYYY-NNNNNN", 2026, log)).toBe("2026-200001");
    const rows = ["2026-000001", "2026-999999"].map((n) => ({ InvoiceNo: n, IssueDate: today }));
    expect(numberingProblems("YYYY-NNNNNN", rows).map((p) => p.message)).toEqual([
      "series 2026 has gaps: 2026-000002, 2026-000003, 2026-000004, 2026-000005, 2026-000006, 2026-000007, 2026-000008, 2026-000009, 2026-000010, 2026-000011 and 999,987 more",
    ]);
  });
});

describe("drafting an invoice", () => {
  it("rounds VAT to the cent, half away from zero, and dates it due by the client's terms", () => {
    const d = data();
    const draft = (net: number, clientId = "C-1") => {
      const r = draftInvoice(d, { clientId, issueDate: today, net, vatRate: 0.21 });
      if (!r.ok) throw new SaidError(r.error);
      return r.value;
    };
    expect(draft(50).VAT).toBe(11); // 0.105 → 0.11
    expect(draft(250).VAT).toBe(53); // 0.525 → 0.53
    expect(draft(2).VAT).toBe(0); // 0.0042 → 0.00
    expect(draft(250)).toMatchObject({ Total: 303, DueDate: today + 45, Exec: "E01", Currency: "EUR" });
    expect(draft(250, "C-2").DueDate).toBe(today + 30); // no terms of its own: the Settings default
  });

  it("invoices an order: its lines' net, its products' VAT rate, once only", () => {
    const orders = [
      ["O-1", s(today - 3), "C-1", "E03", "P2", 1000],
      ["O-1", s(today - 3), "C-1", "E03", "P3", 250.5],
      ["O-2", s(today - 2), "C-1", null, "P1", 10],
      ["O-2", s(today - 2), "C-1", null, "P2", 10],
    ];
    const d = data([["2026-0001", s(today - 1), "C-1", "O-9", 10, 0.21, 2.1, 12.1, null, null, null]], orders);
    const r = draftInvoice(d, { clientId: "C-1", issueDate: today, orderId: "O-1" });
    expect(r).toEqual({
      ok: true,
      value: expect.objectContaining({
        Net: 125050,
        VATRate: 0.21,
        VAT: vatOf(125050, 0.21),
        OrderID: "O-1",
        Exec: "E03",
      }),
    });
    expect(english(draftInvoice(d, { clientId: "C-1", issueDate: today, orderId: "O-2" }))).toEqual({
      ok: false,
      error: expect.stringMatching(/mixes VAT rates/),
    });
    expect(draftInvoice(d, { clientId: "C-2", issueDate: today, orderId: "O-1" })).toEqual({
      ok: false,
      error: "order O-1 is for another client",
    });
    expect(draftInvoice(d, { clientId: "C-1", issueDate: today, orderId: "O-9" })).toEqual({
      ok: false,
      error: "no order O-9 in the Orders table",
    });
    const invoiced = data([["2026-0001", s(today - 1), "C-1", "O-1", 10, 0.21, 2.1, 12.1, null, null, null]], orders);
    expect(draftInvoice(invoiced, { clientId: "C-1", issueDate: today, orderId: "O-1" })).toEqual({
      ok: false,
      error: "order O-1 is already invoiced (2026-0001)",
    });
    // an order whose invoice was cancelled is to invoice again: the pane offers it (one rule for both)
    const cancelled = data(
      [["2026-0001", s(today - 1), "C-1", "O-1", 10, 0.21, 2.1, 12.1, null, "Cancelled", null]],
      orders,
    );
    expect([...invoicedOrders(invoiced)]).toEqual(["O-1"]);
    expect([...invoicedOrders(cancelled)]).toEqual([]);
    expect(draftInvoice(cancelled, { clientId: "C-1", issueDate: today, orderId: "O-1" }).ok).toBe(true);
    expect(draftInvoice(d, { clientId: "C-9", issueDate: today, net: 100 })).toEqual({
      ok: false,
      error: "no client C-9 in the Clients table",
    });
    expect(draftInvoice(d, { clientId: "C-1", issueDate: today, net: -100 }).ok).toBe(false);
  });
});

describe("credit notes", () => {
  const invoices = [["2026-0001", s(today - 20), "C-1", null, 100, 0.21, 21, 121, s(today + 10), null, null]];

  it("are negative, name the invoice they credit and reduce what it owes", () => {
    const d = data(invoices);
    const credit = draftCreditNote(d, { creditOf: "2026-0001", issueDate: today, total: 6050 });
    if (!credit.ok) throw new SaidError(credit.error);
    expect(credit.value).toMatchObject({
      CreditOf: "2026-0001",
      ClientID: "C-1",
      Total: -6050,
      VAT: -1050,
      Net: -5000,
      VATRate: 0.21,
    });
    const row = numberAndRow("YYYY-NNNN", credit.value, ["2026-0001"]);
    expect(row).toMatchObject({ InvoiceNo: "2026-0002", Total: -60.5, CreditOf: "2026-0001" });
    const after = data([
      ...invoices,
      [row.InvoiceNo, s(today), "C-1", null, row.Net, 0.21, row.VAT, row.Total, null, null, "2026-0001"],
    ]);
    expect(invoiceBalances(after.invoices, after.payments, today)[0].outstanding).toBe(6050);
    // the rest can be credited, not more
    expect(draftCreditNote(after, { creditOf: "2026-0001", issueDate: today, total: 6051 })).toEqual({
      ok: false,
      error: "2026-0001 can be credited €60.50 at most",
    });
    expect(draftCreditNote(after, { creditOf: "2026-0001", issueDate: today }).ok).toBe(true);
    expect(draftCreditNote(after, { creditOf: row.InvoiceNo as string, issueDate: today })).toEqual({
      ok: false,
      error: "2026-0002 is itself a credit note",
    });
  });
});

describe("payments and reversals", () => {
  const invoice = ["F1", s(today - 40), "C-1", null, 1000, 0.21, 210, 1210, s(today - 10), null, null];

  it("a partial payment leaves the rest owed; a reversal reopens the invoice", () => {
    const partial = data([invoice], [], [["P1", s(today - 5), "F1", 500, "Received"]]);
    expect(invoiceBalances(partial.invoices, partial.payments, today)[0]).toMatchObject({
      outstanding: 71000,
      status: "Overdue",
    });
    const early = invoiceBalances(partial.invoices, partial.payments, today - 10)[0];
    expect(early).toMatchObject({ outstanding: 121000, status: "Issued" }); // the payment came later
    const paid = data([invoice], [], [["P1", s(today - 5), "F1", 1210, "Received"]]);
    expect(invoiceBalances(paid.invoices, paid.payments, today)[0]).toMatchObject({ outstanding: 0, status: "Paid" });
    const returned = data([invoice], [], [["P1", s(today - 5), "F1", 1210, "Reversed"]]);
    expect(invoiceBalances(returned.invoices, returned.payments, today)[0]).toMatchObject({
      outstanding: 121000,
      status: "Overdue",
    });
  });

  it("for any payments and reversals: outstanding = total − received + reversed, below zero only with an overpayment reported", () => {
    const event = fc.record({
      amount: fc.integer({ min: 1, max: 200_000 }),
      status: fc.constantFrom("Received", "Reversed", "Chargeback", "Failed", "Pending"),
      day: fc.integer({ min: -30, max: 0 }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300_000 }), fc.array(event, { maxLength: 12 }), (total, events) => {
        const inv = {
          InvoiceNo: "F1",
          IssueDate: today - 40,
          ClientID: "C-1",
          Total: total,
          CreditOf: null,
          Status: null,
          DueDate: today - 10,
        } as unknown as Invoice;
        const payments = events.map(
          (e, i) =>
            ({
              PaymentID: `P${i}`,
              PaymentDate: today + e.day,
              InvoiceNo: "F1",
              Amount: e.amount,
              Status: e.status,
            }) as unknown as Payment,
        );
        // every withdrawn payment had been received first: received counts them, reversed takes them back
        const received = events
          .filter((e) => ["Received", "Reversed", "Chargeback"].includes(e.status))
          .reduce((n, e) => n + e.amount, 0);
        const reversed = events
          .filter((e) => ["Reversed", "Chargeback"].includes(e.status))
          .reduce((n, e) => n + e.amount, 0);
        const [balance] = invoiceBalances([inv], payments, today);
        expect(balance.outstanding).toBe(total - received + reversed);
        expect(overpayments([balance]).length).toBe(balance.outstanding < 0 ? 1 : 0);
        if (balance.outstanding > 0) expect(["Overdue", "PartiallyPaid", "Issued"]).toContain(balance.status);
      }),
    );
  });
});

describe("drafting, pinned at the edges (issue 35)", () => {
  const issue = (request: Partial<Parameters<typeof draftInvoice>[1]>, d = data()) =>
    draftInvoice(d, { clientId: "C-1", issueDate: today, ...request });
  const code = (r: ReturnType<typeof draftInvoice>) => (r.ok ? "ok" : r.error.code);

  it("takes an order's products' own VAT rate, not the default", () => {
    const bread = data([], [["O-1", s(today - 2), "C-1", "E01", "P1", 50]]);
    const draft = issue({ orderId: "O-1" }, bread);
    expect(draft.ok && [draft.value.Net, draft.value.VATRate, draft.value.VAT, draft.value.Total]).toEqual([
      50_00, 0.1, 5_00, 55_00,
    ]);
  });

  it("takes a rate typed in over the default, and the default where none is", () => {
    const typed = issue({ net: 100_00, vatRate: 0.04 });
    expect(typed.ok && typed.value.VAT).toBe(4_00);
    const defaulted = issue({ net: 100_00 });
    expect(defaulted.ok && [defaulted.value.VATRate, defaulted.value.VAT]).toEqual([0.21, 21_00]);
  });

  it("refuses a rate that is not a fraction below one, and a net of zero or less", () => {
    expect([1, 1.5, -0.01, 21].map((vatRate) => code(issue({ net: 100_00, vatRate })))).toEqual(
      Array(4).fill("invoice.notVatRate"),
    );
    expect(code(issue({ net: 100_00, vatRate: 0 }))).toBe("ok");
    expect(code(issue({ net: 0 }))).toBe("invoice.positiveNet");
    expect(code(issue({ net: -1 }))).toBe("invoice.positiveNet");
    expect(code(issue({}))).toBe("invoice.positiveNet");
  });

  it("refuses a credit note for an invoice with nothing left to credit, and for more than is left", () => {
    const credited = data([
      ["F1", s(today - 5), "C-1", null, 100, 0.21, 21, 121, s(today + 25), "Issued", null],
      ["R1", s(today - 1), "C-1", null, -100, 0.21, -21, -121, null, "Issued", "F1"],
      ["F2", s(today - 5), "C-1", null, 100, 0.21, 21, 121, s(today + 25), "Issued", null],
    ]);
    const credit = (creditOf: string, total?: number) =>
      draftCreditNote(credited, { creditOf, issueDate: today, total });
    expect(code(credit("F1"))).toBe("credit.nothingLeft");
    expect(code(credit("F2", 121_01))).toBe("credit.atMost");
    expect(code(credit("F2", 0))).toBe("credit.nothingLeft");
    const whole = credit("F2");
    expect(whole.ok && [whole.value.Net, whole.value.VAT, whole.value.Total, whole.value.CreditOf]).toEqual([
      -100_00,
      -21_00,
      -121_00,
      "F2",
    ]);
    expect([credit("F9"), credit("F1")]).toEqual([
      { ok: false, error: "no invoice F9 to credit" },
      { ok: false, error: "F1 has nothing left to credit" },
    ]);
  });

  it("gives a credit note its original's currency, issued, and the reason trimmed or none", () => {
    const dollars = salesDataFrom([
      tableData("Clients", ["ClientID", "Name"], [["C-1", "Puig SL"]]),
      tableData(
        "Invoices",
        ["InvoiceNo", "IssueDate", "ClientID", "Net", "VATRate", "VAT", "Total", "Currency", "Status"],
        [["F1", s(today - 5), "C-1", 100, 0, 0, 100, "USD", "Issued"]],
      ),
      tableData("Settings", ["Setting", "Value"], [["Currency", "EUR"]]),
    ]);
    const credit = (reason?: string, total?: number) =>
      draftCreditNote(dollars, { creditOf: "F1", issueDate: today, total, reason });
    const note = credit("  Devolució  ");
    expect(note.ok && [note.value.Currency, note.value.Status, note.value.Reason]).toEqual([
      "USD",
      "Issued",
      "Devolució",
    ]);
    const blank = credit("   ");
    expect(blank.ok && blank.value.Reason).toBeNull();
    expect(credit(undefined, 100_01)).toEqual({ ok: false, error: "F1 can be credited US$100.00 at most" });
  });
});

describe("the rules' own edges (issue 35)", () => {
  it("reports the series on the Invoices sheet unless told another, and leaves out an invoice with no issue date", () => {
    const rows = [
      { InvoiceNo: "F-00001", IssueDate: today },
      { InvoiceNo: "F-00002", IssueDate: today },
      { InvoiceNo: "F-00005", IssueDate: null },
    ];
    expect(numberingProblems("F-NNNNN", rows)).toEqual([]);
    const gap = [...rows, { InvoiceNo: "F-00004", IssueDate: today }];
    expect(numberingProblems("F-NNNNN", gap).map((p) => [p.sheet, p.column, p.message])).toEqual([
      ["Invoices", "InvoiceNo", "series 2026 has gaps: F-00003"],
    ]);
    expect(numberingProblems("F-NNNNN", gap, "Factures")[0].sheet).toBe("Factures");
    // a number of no series and one used twice: errors of the InvoiceNo column, the year's numbers only
    const wrong = [
      { InvoiceNo: "F-00001", IssueDate: today },
      { InvoiceNo: "F-00001", IssueDate: today },
      { InvoiceNo: "F-00000000000000000001", IssueDate: today },
    ];
    expect(numberingProblems("F-NNNNN", wrong).map((p) => [p.column, p.severity, p.message])).toEqual([
      ["InvoiceNo", "error", "'F-00000000000000000001' is not a number of the series: left out of the numbering"],
      ["InvoiceNo", "error", "F-00001 is used twice"],
    ]);
  });

  it("holds no surcharge in an invoice missing an amount, whatever the others add up to", () => {
    const surcharge = (Net: number | null, VAT: number | null, Total: number | null) =>
      surchargeOf({ Net, VAT, Total, VATRate: 0.21 });
    expect([surcharge(0, 1, null), surcharge(null, 100, 101), surcharge(0, null, 1)]).toEqual([0, 0, 0]);
    expect(surcharge(100_00, 21_00, 126_20)).toBe(5_20);
  });

  it("refuses an order of which any line is another client's, and takes the default rate for a product not in the list", () => {
    const orders = [
      ["O-3", s(today - 2), "C-1", "E01", "P2", 10],
      ["O-3", s(today - 2), "C-2", "E01", "P2", 10],
      ["O-4", s(today - 2), "C-1", "E01", "P9", 40],
    ];
    const d = data([], orders);
    expect(draftInvoice(d, { clientId: "C-1", issueDate: today, orderId: "O-3" })).toEqual({
      ok: false,
      error: "order O-3 is for another client",
    });
    const unknown = draftInvoice(d, { clientId: "C-1", issueDate: today, orderId: "O-4" });
    expect(unknown.ok && [unknown.value.Net, unknown.value.VATRate]).toEqual([40_00, 0.21]);
  });

  it("names the order's rates, and the rate refused, in its message", () => {
    const orders = [
      ["O-2", s(today - 2), "C-1", null, "P1", 10],
      ["O-2", s(today - 2), "C-1", null, "P2", 10],
    ];
    expect(draftInvoice(data([], orders), { clientId: "C-1", issueDate: today, orderId: "O-2" })).toEqual({
      ok: false,
      error: "order O-2 mixes VAT rates (10 %, 21 %): invoice each rate apart",
    });
    expect(draftInvoice(data(), { clientId: "C-1", issueDate: today, net: 100, vatRate: 1.5 })).toEqual({
      ok: false,
      error: "1.5 is not a VAT rate",
    });
  });
});
