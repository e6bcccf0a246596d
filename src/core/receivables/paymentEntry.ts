/**
 * A payment written into the Payments table — a bank line confirmed, or one the admin records by hand
 * (cash, a cheque, a transfer not on the statement) — under the next payment number, checking in the
 * same write that the invoice still owes the amount (another pane, line or co-author may have paid it).
 */
import type { Day } from "../kernel/dates";
import { Cents, fromCents, toCents } from "../kernel/money";
import { findCardNumbers } from "../kernel/cards";
import { say } from "../kernel/messages";
import type { Invoice } from "../workbook/contract";
import type { PAYMENT_METHODS } from "../workbook/codes";
import type { SalesData } from "../workbook/salesData";
import { Refusal, type Cell, type OutputCell, type WorkbookPort } from "../workbook/port";
import { invoiceBalances } from "./receivables";

export interface PaymentEntry {
  /** the invoice it pays; undefined for money received against no invoice yet */
  invoice: Invoice | undefined;
  date: Day;
  amount: Cents;
  method: (typeof PAYMENT_METHODS)[number];
  reference: string;
}

/** The row: the next P-NNNNN after the numbers taken, received. */
export function paymentRow(entry: PaymentEntry, ids: readonly Cell[]): Record<string, OutputCell> {
  const taken = ids.reduce<number>(
    (max, id) => (typeof id === "string" && /^P-\d+$/.test(id) ? Math.max(max, Number(id.slice(2))) : max),
    0,
  );
  return {
    PaymentID: `P-${String(taken + 1).padStart(5, "0")}`,
    PaymentDate: entry.date,
    InvoiceNo: entry.invoice?.InvoiceNo ?? null,
    ClientID: entry.invoice?.ClientID ?? null,
    Amount: fromCents(entry.amount),
    Method: entry.method,
    Reference: entry.reference || null,
    Status: "Received",
  };
}

/** Writes the payment; refuses (writing nothing) an amount the invoice no longer owes, or a card number in the reference. */
export function recordPayment(
  port: WorkbookPort,
  entry: PaymentEntry,
  data: SalesData,
): Promise<Record<string, OutputCell>> {
  const { invoice } = entry;
  if (entry.amount <= 0) return Promise.reject(new Refusal(say("payment.positive")));
  const card = findCardNumbers(entry.reference)[0];
  if (card) return Promise.reject(new Refusal(say("cell.card", { last4: card })));
  const owed = invoice
    ? invoiceBalances(
        [invoice, ...data.invoices.filter((i) => i.CreditOf === invoice.InvoiceNo)],
        [],
        Number.MAX_SAFE_INTEGER,
      )[0]
    : undefined;
  return port.appendRow({
    table: "Payments",
    keyColumn: "PaymentID",
    reads: ["InvoiceNo", "Amount", "Status"],
    build: (payments) => {
      if (invoice && owed) {
        const paid = payments
          .filter((p) => p.InvoiceNo === invoice.InvoiceNo && p.Status === "Received" && typeof p.Amount === "number")
          .reduce((sum, p) => sum + toCents(p.Amount as number), 0);
        if (entry.amount > owed.outstanding - paid) {
          throw new Refusal(
            say("bank.owesLess", {
              invoice: invoice.InvoiceNo,
              owes: { cents: Math.max(0, owed.outstanding - paid) },
              line: { cents: entry.amount },
            }),
          );
        }
      }
      return paymentRow(
        entry,
        payments.map((p) => p.PaymentID),
      );
    },
  });
}
