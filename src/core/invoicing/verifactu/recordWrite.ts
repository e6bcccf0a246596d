/**
 * Writing VERI*FACTU records as invoices are issued and cancelled: each appended to the owned
 * `BillingRecords` table under the same claim as invoice numbers (port.ts, appendRow), so that the
 * record it chains to is the one standing above it when it is written, whoever else writes.
 */
import type { WorkbookPort, RowValues } from "../../workbook/port";
import type { InvoiceDraft } from "../invoicing";
import { issueInvoice } from "../invoicing";
import type { SalesData } from "../../workbook/salesData";
import { nextDocumentNumber } from "../../kernel/numbering";
import { say } from "../../kernel/messages";
import { Refusal } from "../../workbook/port";
import {
  altaRecord,
  anulacionRecord,
  BILLING_RECORDS,
  RECORD_COLUMNS,
  RECORD_PATTERN,
  RECORDS_SHEET,
  recordContext,
  type BillingRecord,
  type RectificationType,
} from "./records";

/** The version the records name as the invoicing system's (kept equal to package.json's by a test). */
export const SYSTEM_VERSION = "0.2.0";

/** The owned sheet of records, made the first time one is written. */
export const recordsSheet = () => ({
  name: RECORDS_SHEET,
  tables: [{ name: BILLING_RECORDS, columns: RECORD_COLUMNS.map((header) => ({ header })), rows: [] }],
});

const text = (v: RowValues[string]) => (v === null || v === undefined ? "" : String(v));

/** Appends the record `make` builds on the one above it; answers it with its number. */
export async function appendRecord(
  port: WorkbookPort,
  make: (previous: BillingRecord | undefined) => BillingRecord,
): Promise<BillingRecord> {
  if (!(await port.tableNames()).includes(BILLING_RECORDS)) await port.writeSheet(recordsSheet());
  const row = await port.appendRow({
    table: BILLING_RECORDS,
    keyColumn: "RecordNo",
    reads: ["InvoiceNo", "IssueDate", "Hash"],
    texts: RECORD_COLUMNS,
    build: (above) => {
      const last = above.at(-1);
      const previous = last
        ? ({ InvoiceNo: text(last.InvoiceNo), IssueDate: text(last.IssueDate), Hash: text(last.Hash) } as BillingRecord)
        : undefined;
      return {
        ...make(previous),
        RecordNo: nextDocumentNumber(
          RECORD_PATTERN,
          0,
          above.map((r) => r.RecordNo),
        ),
      };
    },
  });
  return row as BillingRecord;
}

/**
 * Issues the draft as the next invoice of its series, then its registro de alta where the company has
 * a Spanish NIF (answered with the row). Two writes, not one: a record that could not be written is what `check` reports.
 */
export async function issueWithRecord(
  port: WorkbookPort,
  data: SalesData,
  draft: InvoiceDraft,
  now: Date,
  rectification?: RectificationType,
): Promise<{ row: Record<string, unknown>; recorded: boolean }> {
  // a credit note takes the next number of the credit notes' own series
  const row = await issueInvoice(
    port,
    draft.CreditOf ? data.settings.creditPattern : data.settings.invoicePattern,
    draft,
  );
  const context = recordContext(data.settings, SYSTEM_VERSION, now);
  if (context) {
    const invoice = { ...draft, InvoiceNo: String(row.InvoiceNo) };
    const client = data.clients.find((c) => c.ClientID === draft.ClientID);
    const original = data.invoices.find((i) => i.InvoiceNo === draft.CreditOf);
    await appendRecord(port, (previous) => altaRecord(invoice, client, original, previous, context, rectification));
  }
  return { row, recorded: context !== undefined };
}

/**
 * Cancels an invoice issued by mistake: marked Cancelled, then its registro de anulación where the
 * company has a Spanish NIF. Refused for a credit note, an invoice already cancelled, paid or credited:
 * those are corrected by a rectifying invoice. Answers whether a record was written.
 */
export async function cancelIssued(
  port: WorkbookPort,
  data: SalesData,
  invoiceNo: string,
  now: Date,
): Promise<boolean> {
  const invoice = data.invoices.find((i) => i.InvoiceNo === invoiceNo);
  if (!invoice) throw new Refusal(say("cancel.noInvoice", { invoice: invoiceNo }));
  if (invoice.Status === "Cancelled") throw new Refusal(say("cancel.already", { invoice: invoiceNo }));
  if (
    invoice.CreditOf !== null ||
    data.invoices.some((i) => i.CreditOf === invoiceNo) ||
    data.payments.some((p) => p.InvoiceNo === invoiceNo)
  )
    throw new Refusal(say("cancel.rectifyInstead", { invoice: invoiceNo }));
  const changed = await port.updateRow("Invoices", "InvoiceNo", invoiceNo, [
    { column: "Status", from: invoice.Status, to: "Cancelled" },
  ]);
  if (!changed.ok) throw new Refusal(say("cancel.changed", { invoice: invoiceNo }));
  const context = recordContext(data.settings, SYSTEM_VERSION, now);
  if (context) await appendRecord(port, (previous) => anulacionRecord(invoice, previous, context));
  return context !== undefined;
}
