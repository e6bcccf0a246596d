/** What every feature reports with: where (sheet, row, column), how bad, and what is wrong, in words. */
import { maskCardNumbers } from "../kernel/cards";

export type Severity = "error" | "warning";

export interface Problem {
  sheet: string;
  /** 1-based sheet row, or null for a problem of the whole sheet/table */
  row: number | null;
  /** contract column (or source header when unmapped), or null */
  column: string | null;
  severity: Severity;
  message: string;
}

/** A problem, said without a full card number in any part of it: a sheet or a header can be one, a message can quote one. */
export function problem(sheet: string, row: number | null, column: string | null, severity: Severity, message: string): Problem {
  return { sheet: maskCardNumbers(sheet), row, column: column === null ? null : maskCardNumbers(column), severity, message: maskCardNumbers(message) };
}

export function countBySeverity(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === "error") errors++;
  return { errors, warnings: problems.length - errors };
}

/** "Invoices!C8 (IssueDate): '31/11/2026' is not a date" — one line for a terminal or a list. */
export function describeProblem(p: Problem): string {
  const where = [p.sheet, p.row !== null ? `row ${p.row}` : null, p.column].filter(Boolean).join(", ");
  return `${p.severity}: ${where}: ${p.message}`;
}
