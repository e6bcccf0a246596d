/**
 * The rules checked again as an invoice is written (issue 35): against the log as it stands then, an
 * order is invoiced once (a credit note or a cancelled invoice does not count), and a credit note never
 * credits more than its original still owes, to the cent; the row takes the next number of its year.
 */
import { checkAgainstLog, numberAndRow, surchargeOf, type InvoiceDraft } from "../../../src/core/invoicing/invoicing";
import { dayOf } from "../../../src/core/kernel/dates";
import { Refusal, type RowValues } from "../../../src/core/workbook/port";
import type { Message } from "../../../src/core/kernel/messages";

const draft = (changes: Partial<InvoiceDraft>): InvoiceDraft => ({
  IssueDate: dayOf(2026, 12, 7),
  ClientID: "C-1",
  Exec: null,
  OrderID: null,
  Net: 10000,
  VATRate: 0.21,
  VAT: 2100,
  Total: 12100,
  Currency: "EUR",
  DueDate: null,
  Status: "Issued",
  CreditOf: null,
  Reason: null,
  ...changes,
});
const row = (InvoiceNo: string | number, changes: Partial<Record<string, string | number | null>> = {}): RowValues => ({
  InvoiceNo,
  OrderID: null,
  CreditOf: null,
  Status: "Issued",
  Total: 121,
  ...changes,
});
/** What the check refused with (its message), or undefined where it let the row through. */
const refused = (f: () => void): Message | undefined => {
  try {
    f();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(Refusal);
    return (error as Refusal).said;
  }
};
const refusal = (f: () => void) => refused(f)?.code;

describe("an invoice checked against the log as it is written", () => {
  it("refuses an order invoiced meanwhile, naming the invoice, and lets one whose invoice was cancelled or credited through", () => {
    const order = draft({ OrderID: "O-7" });
    expect(refusal(() => checkAgainstLog(order, [row("2026-0001", { OrderID: "O-7" })]))).toBe(
      "invoice.invoicedMeanwhile",
    );
    expect(refused(() => checkAgainstLog(order, [row(20260002, { OrderID: "O-7" })]))?.params).toEqual({
      order: "O-7",
      invoice: "20260002",
    });
    expect(
      refusal(() => checkAgainstLog(order, [row("2026-0001", { OrderID: "O-7", Status: "Cancelled" })])),
    ).toBeUndefined();
    expect(
      refusal(() =>
        checkAgainstLog(order, [row("R-2026-0001", { OrderID: "O-7", CreditOf: "2026-0001", Total: -121 })]),
      ),
    ).toBeUndefined();
    expect(refusal(() => checkAgainstLog(order, [row("2026-0001", { OrderID: "O-8" })]))).toBeUndefined();
    // an invoice with no order, or a credit note of an order's invoice, is never "the order again"
    expect(refusal(() => checkAgainstLog(draft({}), [row("2026-0001")]))).toBeUndefined();
    const creditOfOrder = draft({ CreditOf: "2026-0001", OrderID: "O-7", Net: -10000, VAT: -2100, Total: -12100 });
    expect(refusal(() => checkAgainstLog(creditOfOrder, [row("2026-0001", { OrderID: "O-7" })]))).toBeUndefined();
  });

  it("credits at most what the original still owes as the log stands, to the cent", () => {
    const credit = (total: number) => draft({ CreditOf: "2026-0001", Net: -total, VAT: 0, Total: -total });
    const log = [
      row("2026-0001", { Total: 121 }),
      row("R-2026-0001", { CreditOf: "2026-0001", Total: -21 }),
      row("2026-0002", { Total: 500 }),
    ];
    expect(refusal(() => checkAgainstLog(credit(10000), log))).toBeUndefined(); // exactly the 100 left
    expect(refused(() => checkAgainstLog(credit(10001), log))).toEqual({
      code: "credit.atMostNow",
      params: { invoice: "2026-0001", most: { cents: 10000, currency: "EUR" } },
    });
    // credited in full already: nothing left, said as 0, never as a negative amount
    const spent = [
      row("2026-0001", { Total: 121 }),
      row("R-1", { CreditOf: "2026-0001", Total: -121 }),
      row("R-2", { CreditOf: "2026-0001", Total: -10 }),
    ];
    expect(refused(() => checkAgainstLog(credit(1), spent))).toMatchObject({
      code: "credit.atMostNow",
      params: { most: { cents: 0 } },
    });
  });

  it("refuses a credit note whose original is gone from the log, and reads a total typed as text as nothing", () => {
    const credit = draft({ CreditOf: "2026-0009", Total: -100 });
    expect(refused(() => checkAgainstLog(credit, [row("2026-0001")]))).toEqual({
      code: "credit.originalGone",
      params: { invoice: "2026-0009" },
    });
    expect(
      refusal(() =>
        checkAgainstLog(draft({ CreditOf: "2026-0001", Total: -100 }), [row("2026-0001", { Total: "121" })]),
      ),
    ).toBe("credit.atMostNow");
    expect(
      refusal(() => checkAgainstLog(draft({ CreditOf: "2026-0001", Total: null }), [row("2026-0001", { Total: 0 })])),
    ).toBeUndefined();
  });
});

describe("the row written", () => {
  it("takes the next number of the draft's year and writes amounts in euros, the rest as drafted", () => {
    const written = numberAndRow("YYYY-NNNN", draft({ Net: 10050, VAT: 2111, Total: 12161 }), [
      "2026-0003",
      "2025-0100",
      "2026-0001",
      null,
    ]);
    expect(written).toMatchObject({
      InvoiceNo: "2026-0004",
      Net: 100.5,
      VAT: 21.11,
      Total: 121.61,
      VATRate: 0.21,
      ClientID: "C-1",
      Status: "Issued",
    });
  });
});

describe("the recargo de equivalencia an invoice charged", () => {
  it("is what its total holds beyond net and VAT when that is the surcharge of its rate, to the cent, and nothing else", () => {
    const invoice = (Net: number | null, VAT: number | null, Total: number | null, VATRate: number | null = 0.21) => ({
      Net,
      VAT,
      Total,
      VATRate,
    });
    expect(surchargeOf(invoice(10000, 2100, 12620))).toBe(520); // 5.2 % of 100
    expect(surchargeOf(invoice(10000, 2100, 12621))).toBe(521); // a cent of rounding
    expect(surchargeOf(invoice(10000, 2100, 12622))).toBe(0); // two cents off: something else
    expect(surchargeOf(invoice(10000, 1000, 11140, 0.1))).toBe(140); // 1.4 % with 10 %
    expect(surchargeOf(invoice(10000, 2100, 12100))).toBe(0);
    expect(surchargeOf(invoice(-10000, -2100, -12620))).toBe(-520); // a credit note of one
    expect(surchargeOf(invoice(10000, 2100, 12620, null))).toBe(0); // no rate, no surcharge to recognise
    for (const missing of [invoice(null, 2100, 12620), invoice(10000, null, 12620), invoice(10000, 2100, null)])
      expect(surchargeOf(missing)).toBe(0);
  });
});
