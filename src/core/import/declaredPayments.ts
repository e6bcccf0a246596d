/**
 * An invoice register often says "Paid" with no payment anywhere to show for it. The receivables
 * count payments, not words (DESIGN.md), so such an invoice would stay owed in the aging while the
 * sheet calls it paid. The import records the fact the sheet states: one payment per such invoice,
 * marked in its Notes as declared in the source, for its Total, dated by the sheet's own paid date
 * where it has one (else the due date, else the issue date), so that every face agrees.
 */
import { Day, dayFromDate } from "../kernel/dates";
import type { SheetCell } from "../workbook/port";
import { parseDateText } from "../locale/localeValues";
import { ColumnValues, SOURCE_COLUMN, StagedRow } from "./rowRules";
import { render, say, type MessageLanguage } from "../kernel/messages";

export interface DeclaredPaid {
  invoice: StagedRow;
  /** the sheet's own paid date for it, where the sheet has one */
  paidOn: Day | null;
}

/** The payments to record: for each invoice declared paid that no payment, imported or in the workbook, covers. */
export function declaredPayments(
  declared: readonly DeclaredPaid[],
  payments: readonly StagedRow[],
  paidInWorkbook: ReadonlySet<string>,
  language: MessageLanguage = "en",
): ColumnValues[] {
  const covered = new Set([...paidInWorkbook, ...payments.map((p) => String(p.values.get("InvoiceNo") ?? ""))]);
  return declared
    .filter(({ invoice }) => !covered.has(String(invoice.values.get("InvoiceNo") ?? "")))
    .map(({ invoice: i, paidOn }) => {
      const amount = i.values.get("Total") ?? i.values.get("Net") ?? null;
      return new ColumnValues([
        ["PaymentDate", paidOn ?? i.values.get("DueDate") ?? i.values.get("IssueDate") ?? null],
        ["InvoiceNo", i.values.get("InvoiceNo") ?? null],
        ["ClientID", i.values.get("ClientID") ?? null],
        ["Amount", amount],
        ["Status", "Received"],
        ["Notes", render(say("import.declaredNote"), language)],
        [SOURCE_COLUMN, i.values.get(SOURCE_COLUMN) ?? null],
      ]);
    });
}

/** The sheet's own paid date of a row, where the sheet has such a column and the cell is a date. */
export function paidOnOf(cells: readonly SheetCell[], column: { index: number } | undefined): Day | null {
  const cell = column ? cells[column.index] : undefined;
  if (cell instanceof Date) return dayFromDate(cell);
  return typeof cell === "string" ? (parseDateText(cell.trim()) ?? null) : null;
}
