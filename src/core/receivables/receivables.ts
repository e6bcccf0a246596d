/**
 * What each invoice still owes as of a date (DESIGN.md, Receivables): its Total plus its credit
 * notes' Totals minus the payments that count (status Received, dated on or before the date).
 */
import type { Invoice, Payment } from "../workbook/contract";
import type { Day } from "../kernel/dates";
import type { Cents } from "../kernel/money";
import { vatOf } from "../kernel/money";
import { deriveInvoiceStatus, DerivedStatus, outstandingOf } from "./invoiceStatus";
import { Problem, problem } from "../workbook/problems";
import { say } from "../kernel/messages";

export interface InvoiceBalance {
  invoice: Invoice;
  total: Cents;
  credited: Cents;
  received: Cents;
  outstanding: Cents;
  status: DerivedStatus;
  /** days past due as of the date (≤ 0: not yet due) */
  daysPastDue: number | null;
}

/** An invoice's Total, or Net + VAT where the Total column is blank. */
export function invoiceTotal(invoice: Invoice): Cents {
  if (invoice.Total !== null) return invoice.Total;
  const net = invoice.Net ?? 0;
  return net + (invoice.VAT ?? vatOf(net, invoice.VATRate ?? 0));
}

export function invoiceBalances(
  invoices: readonly Invoice[],
  payments: readonly Payment[],
  asOf: Day,
): InvoiceBalance[] {
  const issued = invoices.filter((i) => i.IssueDate !== null && i.IssueDate <= asOf);
  const credited = new Map<string, Cents>();
  for (const i of issued) if (i.CreditOf) credited.set(i.CreditOf, (credited.get(i.CreditOf) ?? 0) + invoiceTotal(i));
  const received = new Map<string, Cents>();
  for (const p of payments) {
    if (p.Status !== "Received" || p.InvoiceNo === null || p.PaymentDate === null || p.PaymentDate > asOf) continue;
    received.set(p.InvoiceNo, (received.get(p.InvoiceNo) ?? 0) + (p.Amount ?? 0));
  }
  return issued.map((invoice) => {
    const facts = {
      total: invoiceTotal(invoice),
      credited: credited.get(invoice.InvoiceNo) ?? 0,
      received: received.get(invoice.InvoiceNo) ?? 0,
      dueDate: invoice.DueDate,
      storedStatus: invoice.Status,
      isCreditNote: invoice.CreditOf !== null,
    };
    return {
      invoice,
      total: facts.total,
      credited: facts.credited,
      received: facts.received,
      outstanding: outstandingOf(facts),
      status: deriveInvoiceStatus(facts, asOf),
      daysPastDue: invoice.DueDate === null ? null : asOf - invoice.DueDate,
    };
  });
}

/** Invoices that received more than they owe: reported, so a negative balance never passes unseen. */
export function overpayments(balances: readonly InvoiceBalance[], sheet = "Payments"): Problem[] {
  return balances
    .filter((b) => b.outstanding < 0 && b.invoice.CreditOf === null)
    .map((b) =>
      problem(
        sheet,
        null,
        "Amount",
        "warning",
        say("payments.overpaid", {
          invoice: b.invoice.InvoiceNo,
          excess: { cents: -b.outstanding, currency: b.invoice.Currency ?? undefined },
        }),
      ),
    );
}
