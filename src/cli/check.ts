/** `salesdesk check`: every contract table validated, its problems listed by sheet, row and column. */
import { messageLanguage, SHOWN_PROBLEMS, type CommandOutput, type Values } from "./options";
import { openWorkbook } from "./workbooks";
import { checkWorkbook, WorkbookHealth, describeProblem } from "../core/workbook";
import { VERIFACTU_CHECK } from "../core/invoicing";
import { LOCALES, type MessageLanguage } from "../core/kernel";
import { wordsIn } from "./words";

export async function check(values: Values, positionals: string[]): Promise<CommandOutput> {
  const health = await checkWorkbook(await openWorkbook(positionals[0]), [VERIFACTU_CHECK]);
  const exitCode = health.errors > 0 ? 1 : 0;
  return { text: values.json ? JSON.stringify(health) : healthText(health, messageLanguage(values)), exitCode };
}

function healthText(health: WorkbookHealth, language: MessageLanguage): string {
  const say = wordsIn(language);
  const count = (n: number) => new Intl.NumberFormat(LOCALES[language]).format(n);
  const lines = health.tables.map((t) =>
    t.present
      ? `${t.table.padEnd(10)} ${say("check.table", { rows: count(t.rows).padStart(7), errors: t.errors, warnings: t.warnings })}`
      : `${t.table.padEnd(10)}  ${say("check.absent")}`,
  );
  const shown = health.problems.slice(0, SHOWN_PROBLEMS).map((p) => describeProblem(p, language));
  const more = health.problems.length - shown.length;
  return [
    ...lines,
    "",
    ...shown,
    ...(more > 0 ? [say("more", { n: more, command: "check" })] : []),
    say("check.total", { errors: health.errors, warnings: health.warnings }),
  ].join("\n");
}
