/** Every status an invoice can take, at the edges of each (issue 35). */
import { deriveInvoiceStatus, outstandingOf, type InvoiceFacts } from "../../../src/core/receivables/invoiceStatus";
import { dayOf } from "../../../src/core/kernel/dates";

const due = dayOf(2026, 11, 30);
const facts = (f: Partial<InvoiceFacts>): InvoiceFacts => ({
  total: 121_00,
  credited: 0,
  received: 0,
  dueDate: due,
  storedStatus: "Issued",
  isCreditNote: false,
  ...f,
});
const status = (f: Partial<InvoiceFacts>, asOf = dayOf(2026, 11, 27)) => deriveInvoiceStatus(facts(f), asOf);

describe("an invoice's status", () => {
  it("is Issued while nothing is received and it is not yet due, up to and on its due date", () => {
    expect(status({})).toBe("Issued");
    expect(status({}, due)).toBe("Issued");
    expect(status({}, due + 1)).toBe("Overdue");
  });

  it("is PartiallyPaid with part received before its due date, Overdue with part received after it", () => {
    expect(status({ received: 1_00 })).toBe("PartiallyPaid");
    expect(status({ received: 120_99 }, due + 1)).toBe("Overdue");
  });

  it("is Paid when received or credited covers it, exactly or beyond, even past its due date", () => {
    expect(status({ received: 121_00 }, due + 10)).toBe("Paid");
    expect(status({ received: 150_00 })).toBe("Paid");
    expect(status({ credited: -21_00, received: 100_00 }, due + 10)).toBe("Paid");
    expect(status({ credited: -121_00 })).toBe("Paid");
  });

  it("is never Overdue without a due date", () => {
    expect(status({ dueDate: null }, dayOf(2030, 1, 1))).toBe("Issued");
    expect(status({ dueDate: null, received: 1_00 }, dayOf(2030, 1, 1))).toBe("PartiallyPaid");
  });

  it("keeps Draft and Cancelled as typed, owing nothing, whatever was received", () => {
    for (const storedStatus of ["Draft", "Cancelled"]) {
      expect(status({ storedStatus, received: 500_00 }, due + 100)).toBe(storedStatus);
      expect(outstandingOf(facts({ storedStatus }))).toBe(0);
    }
  });

  it("of a credit note is Issued, and it owes nothing of its own", () => {
    expect(status({ isCreditNote: true, total: -21_00 }, due + 100)).toBe("Issued");
    expect(outstandingOf(facts({ isCreditNote: true, total: -21_00 }))).toBe(0);
  });

  it("owes its total, less its credit notes and what was received", () => {
    expect(outstandingOf(facts({ credited: -21_00, received: 50_00 }))).toBe(50_00);
    expect(outstandingOf(facts({ received: 130_00 }))).toBe(-9_00);
  });
});
