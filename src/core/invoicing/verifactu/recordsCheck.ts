/**
 * The VERI*FACTU part of the workbook check: the `BillingRecords` table read as it stands, its chain
 * recomputed, and the issued invoices held against their records, each problem at its sheet and row.
 */
import type { RawRecordOf } from "../../workbook/contract";
import type { Sourced } from "../../workbook/records";
import type { TableData } from "../../workbook/port";
import { problem, type Problem } from "../../workbook/problems";
import type { Day } from "../../kernel/dates";
import type { DomainCheck } from "../../workbook/check";
import { BILLING_RECORDS, chainProblems, invoiceRecordProblems, RECORD_COLUMNS, type BillingRecord } from "./records";

/** The records of a BillingRecords table as text, each with its sheet row. */
export function billingRecords(data: TableData | undefined): { record: BillingRecord; row: number }[] {
  if (!data) return [];
  const at = RECORD_COLUMNS.map((c) => data.headers.indexOf(c));
  return data.rows.flatMap((cells, i) => {
    if (cells.every((c) => c === null || c === "")) return [];
    const record = Object.fromEntries(
      RECORD_COLUMNS.map((c, k) => [c, at[k] < 0 || cells[at[k]] === null ? "" : String(cells[at[k]])]),
    ) as BillingRecord;
    return [{ record, row: data.headerRow + 1 + i }];
  });
}

export function verifactuProblems(
  invoices: { sheet: string; records: readonly Sourced<RawRecordOf<"Invoices">>[] } | undefined,
  recordsTable: TableData | undefined,
  from: Day,
): Problem[] {
  const records = billingRecords(recordsTable);
  const rowOf = new Map(records.map((r) => [r.record.RecordNo, r.row]));
  const sheet = recordsTable?.sheet ?? BILLING_RECORDS;
  const chain = chainProblems(records.map((r) => r.record)).map((p) =>
    problem(sheet, rowOf.get(p.record) ?? null, "Hash", "error", p.said),
  );
  if (!invoices) return chain;
  const invoiceRows = new Map(invoices.records.map((s) => [s.record.InvoiceNo, s.row]));
  const held = invoiceRecordProblems(
    invoices.records.map((s) => s.record),
    records.map((r) => r.record),
    from,
  ).map((p) =>
    p.said.code === "verifactu.noRecord"
      ? problem(invoices.sheet, invoiceRows.get(p.record) ?? null, "InvoiceNo", "error", p.said)
      : problem(sheet, rowOf.get(p.record) ?? null, String(p.said.params.column), "error", p.said),
  );
  return [...chain, ...held];
}

/** The workbook check's VERI*FACTU part, counted with the invoices: what the faces pass to `checkWorkbook`. */
export const VERIFACTU_CHECK: DomainCheck = {
  reads: BILLING_RECORDS,
  countedWith: "Invoices",
  check: (readings, settings, table) => verifactuProblems(readings.Invoices, table, settings.verifactu.from),
};
