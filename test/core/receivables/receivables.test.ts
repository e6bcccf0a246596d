/** What an invoice owes, pinned at the edges (issue 35): payments that count and those that do not, overpayments exactly at zero. */
import { invoiceBalances, invoiceTotal, overpayments } from "../../../src/core/receivables/receivables";
import { dayOf } from "../../../src/core/kernel/dates";
import type { Invoice, Payment, RawRecordOf } from "../../../src/core/workbook/contract";

const asOf = dayOf(2026, 11, 27);
// the rules keep to the rows as read: a required cell left blank is tried too
const invoice = (no: string, f: Partial<RawRecordOf<"Invoices">> = {}): Invoice =>
  ({
    InvoiceNo: no,
    IssueDate: asOf - 10,
    ClientID: "C-1",
    Net: 100_00,
    VATRate: 0.21,
    VAT: 21_00,
    Total: 121_00,
    DueDate: asOf + 20,
    Status: "Issued",
    CreditOf: null,
    Currency: "EUR",
    ...f,
  }) as Invoice;
const payment = (f: Partial<RawRecordOf<"Payments">>): Payment =>
  ({ PaymentID: "P-1", PaymentDate: asOf - 1, InvoiceNo: "F1", Amount: 50_00, Status: "Received", ...f }) as Payment;
const owed = (payments: Payment[], invoices = [invoice("F1")]) =>
  invoiceBalances(invoices, payments, asOf).map((b) => [b.invoice.InvoiceNo, b.received, b.outstanding, b.status]);

describe("what an invoice owes", () => {
  it("counts only received payments dated on or before the day, with an invoice number", () => {
    expect(owed([payment({}), payment({ PaymentDate: asOf }), payment({ PaymentDate: asOf + 1 })])).toEqual([
      ["F1", 100_00, 21_00, "PartiallyPaid"],
    ]);
    expect(
      owed([
        payment({ PaymentDate: null }),
        payment({ InvoiceNo: null }),
        payment({ Status: "Pending" }),
        payment({ Status: "Reversed" }),
      ]),
    ).toEqual([["F1", 0, 121_00, "Issued"]]);
  });

  it("takes its credit notes off, leaves out what is issued after the day, and gives days past due", () => {
    const balances = invoiceBalances(
      [
        invoice("F1", { DueDate: asOf - 3 }),
        invoice("R1", { Total: -21_00, CreditOf: "F1" }),
        invoice("F2", { IssueDate: asOf + 1 }),
      ],
      [],
      asOf,
    );
    expect(balances.map((b) => [b.invoice.InvoiceNo, b.credited, b.outstanding, b.daysPastDue])).toEqual([
      ["F1", -21_00, 100_00, 3],
      ["R1", 0, 0, -20],
    ]);
  });

  it("reads a blank Total as Net plus VAT, or Net plus VAT at its rate", () => {
    expect(invoiceTotal(invoice("F1", { Total: null }))).toBe(121_00);
    expect(invoiceTotal(invoice("F1", { Total: null, VAT: null, VATRate: 0.1 }))).toBe(110_00);
    expect(invoiceTotal(invoice("F1", { Total: null, VAT: null, VATRate: null, Net: null }))).toBe(0);
  });

  it("reports an overpayment by its excess, never an invoice paid exactly, nor a credit note", () => {
    const balances = invoiceBalances(
      [invoice("F1"), invoice("F2"), invoice("R1", { Total: -21_00, CreditOf: "F2" })],
      [payment({ Amount: 121_00 }), payment({ InvoiceNo: "F2", Amount: 130_00 })],
      asOf,
    );
    const found = overpayments(balances);
    expect(found.map((p) => [p.sheet, p.column, p.severity, p.code, p.params.invoice, p.params.excess])).toEqual([
      ["Payments", "Amount", "warning", "payments.overpaid", "F2", { cents: 30_00, currency: "EUR" }],
    ]);
    expect(overpayments(balances, "Cobros").map((p) => p.sheet)).toEqual(["Cobros"]);
  });

  it("leaves out an invoice with no issue date, and gives no days past due where there is no due date", () => {
    const balances = invoiceBalances([invoice("F1", { IssueDate: null }), invoice("F2", { DueDate: null })], [], asOf);
    expect(balances.map((b) => [b.invoice.InvoiceNo, b.daysPastDue])).toEqual([["F2", null]]);
  });
});
