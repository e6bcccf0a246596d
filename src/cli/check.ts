/** `salesdesk check`: every contract table validated, its problems listed by sheet, row and column. */
import { messageLanguage, SHOWN_PROBLEMS, type CommandOutput, type Values } from "./options";
import { openWorkbook } from "./workbooks";
import { checkWorkbook, WorkbookHealth, describeProblem } from "../core/workbook";
import { VERIFACTU_CHECK } from "../core/invoicing";
import type { MessageLanguage } from "../core/kernel";

export async function check(values: Values, positionals: string[]): Promise<CommandOutput> {
  const health = await checkWorkbook(await openWorkbook(positionals[0]), [VERIFACTU_CHECK]);
  const exitCode = health.errors > 0 ? 1 : 0;
  return { text: values.json ? JSON.stringify(health) : healthText(health, messageLanguage(values)), exitCode };
}

function healthText(health: WorkbookHealth, language: MessageLanguage): string {
  const lines = health.tables.map((t) =>
    t.present
      ? `${t.table.padEnd(10)} ${String(t.rows).padStart(7)} rows  ${t.errors} errors, ${t.warnings} warnings`
      : `${t.table.padEnd(10)}  absent`,
  );
  const shown = health.problems.slice(0, SHOWN_PROBLEMS).map((p) => describeProblem(p, language));
  const more = health.problems.length - shown.length;
  return [
    ...lines,
    "",
    ...shown,
    ...(more > 0 ? [`… and ${more} more (salesdesk check --json lists them all)`] : []),
    `${health.errors} errors, ${health.warnings} warnings`,
  ].join("\n");
}
