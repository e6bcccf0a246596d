/** The import's problems made readable: the same warning on the same column is not said a thousand times. */
import { problem, said, type Problem } from "../workbook/problems";
import { say } from "../kernel/messages";

/** Enough lines of one kind of warning to show them; the rest of a column's are counted in the last shown. */
const SHOWN_REPEATS = 3;

/**
 * Warnings of one kind on one column ("… rounded to the cent", "… kept as typed") are one line with a
 * count after the first few, so that 45,000 of them do not hide the one problem that matters. Errors
 * are all kept: each names a row that was not imported.
 */
export function summarizeRepeats(problems: readonly Problem[]): Problem[] {
  const kind = (p: Problem) => `${p.sheet}|${p.column}|${p.code}`;
  const counts = new Map<string, number>();
  for (const p of problems) if (p.severity === "warning") counts.set(kind(p), (counts.get(kind(p)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: Problem[] = [];
  for (const p of problems) {
    if (p.severity !== "warning") {
      out.push(p);
      continue;
    }
    const k = kind(p);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    const total = counts.get(k) ?? n;
    if (n < SHOWN_REPEATS || total === SHOWN_REPEATS) out.push(p);
    else if (n === SHOWN_REPEATS)
      out.push(
        problem(
          p.sheet,
          p.row,
          p.column,
          p.severity,
          say("import.andMore", { what: said(p), n: total - SHOWN_REPEATS }),
        ),
      );
  }
  return out;
}
