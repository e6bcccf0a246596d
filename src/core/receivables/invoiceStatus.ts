/**
 * An invoice's status follows from the facts (DESIGN.md, Receivables): what it owes after its credit
 * notes, what was received for it, and its due date, all as of a date. Draft and Cancelled are set
 * by hand and kept; credit notes owe nothing of their own.
 */
import type { Cents } from "../kernel/money";
import type { Day } from "../kernel/dates";

export interface InvoiceFacts {
  total: Cents;
  /** sum of the Totals of its credit notes (negative) */
  credited: Cents;
  /** payments with status Received, dated on or before the as-of date */
  received: Cents;
  dueDate: Day | null;
  /** the status typed in the table, for the hand-set ones */
  storedStatus: string | null;
  isCreditNote: boolean;
}

export type DerivedStatus = "Draft" | "Cancelled" | "Issued" | "PartiallyPaid" | "Paid" | "Overdue";

export function outstandingOf(f: InvoiceFacts): Cents {
  if (f.isCreditNote || f.storedStatus === "Draft" || f.storedStatus === "Cancelled") return 0;
  return f.total + f.credited - f.received;
}

export function deriveInvoiceStatus(f: InvoiceFacts, asOf: Day): DerivedStatus {
  if (f.storedStatus === "Draft" || f.storedStatus === "Cancelled") return f.storedStatus;
  if (f.isCreditNote) return "Issued";
  const outstanding = outstandingOf(f);
  if (outstanding <= 0) return "Paid";
  if (f.dueDate !== null && asOf > f.dueDate) return "Overdue";
  return f.received > 0 ? "PartiallyPaid" : "Issued";
}
