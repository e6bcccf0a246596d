/** What every feature reports with: where (sheet, row, column), how bad, and what is wrong, as a message each face renders. */
import { maskCardNumbers } from "../kernel/cards";
import { say, render, type Message, type MessageCode, type Param, type MessageLanguage } from "../kernel/messages";

export type Severity = "error" | "warning";

export interface Problem {
  sheet: string;
  /** 1-based sheet row, or null for a problem of the whole sheet/table */
  row: number | null;
  /** contract column (or source header when unmapped), or null */
  column: string | null;
  severity: Severity;
  /** what is wrong, to be rendered in the reader's language */
  code: MessageCode;
  params: Readonly<Record<string, Param>>;
  /** the same in English (logs, `--json`) */
  message: string;
}

/** A problem, said without a full card number in any part of it: a sheet, a header or a quoted value can be one. */
export function problem(
  sheet: string,
  row: number | null,
  column: string | null,
  severity: Severity,
  what: Message,
): Problem {
  const masked = maskedMessage(what);
  return {
    sheet: maskCardNumbers(sheet),
    row,
    column: column === null ? null : maskCardNumbers(column),
    severity,
    code: masked.code,
    params: masked.params,
    message: render(masked),
  };
}

function maskedMessage(message: Message): Message {
  return say(
    message.code,
    Object.fromEntries(Object.entries(message.params).map(([name, p]) => [name, maskedParam(p)])),
  );
}

function maskedParam(param: Param): Param {
  if (typeof param === "string") return maskCardNumbers(param);
  if (Array.isArray(param))
    return param.map((p: string | Message) => (typeof p === "string" ? maskCardNumbers(p) : maskedMessage(p)));
  return param !== null && typeof param === "object" && "code" in param ? maskedMessage(param) : param;
}

/** The problem's message, to render again or to wrap in another. */
export const said = (p: Problem): Message => say(p.code, p.params);

export function countBySeverity(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === "error") errors++;
  return { errors, warnings: problems.length - errors };
}

/** "error: Invoices, row 8, IssueDate: '31/11/2026' is not a date" — one line for a terminal or a list, in the language asked. */
export function describeProblem(p: Problem, language: MessageLanguage = "en"): string {
  const where = say(p.row !== null ? "problem.whereRow" : "problem.where", { sheet: p.sheet, row: String(p.row) });
  const place = p.column === null ? where : say("problem.whereColumn", { where, column: p.column });
  return render(
    say(p.severity === "error" ? "problem.error" : "problem.warning", { where: place, what: said(p) }),
    language,
  );
}
