/**
 * The import's score on a corpus of real workbooks (`truth.json` beside the files, as in
 * shared/fixtures/real/import): for every sheet, is the table right, is every column mapped as a careful
 * admin would, are the spot-checked values read right, are all the records accounted for.
 * `node bin/run-ts.js scripts/import-score.ts [DIR] [--details]` prints it; the bench and a test use it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { knownFile, readWorkbookFile } from "../src/files/workbookFile";
import { prepareImport, runImport } from "../src/core/import/workbookImport";
import { formatIsoDate } from "../src/core/kernel/dates";
import { columnLetter } from "../src/core/kernel/a1";
import type { ImportResult } from "../src/core/import/result";
import type { SheetPlan } from "../src/core/import/plan";
import type { OutputCell } from "../src/core/workbook/port";

interface TruthSheet {
  table: string | null;
  headerRow?: number | null;
  columns?: Record<string, string | null>;
  dataRows?: number;
  values?: Record<string, Record<string, string | number | boolean | null>>;
  /** a full card number that no output may hold */
  panMustNotSurvive?: string;
}
interface Truth {
  files: Record<string, { sheets: Record<string, TruthSheet> }>;
}

export interface Tally {
  right: number;
  of: number;
}
export interface CorpusScore {
  tables: Tally;
  columns: Tally;
  values: Tally;
  records: Tally;
  /** one line per miss, for the one improving the import */
  misses: string[];
  /** full card numbers found in what the import would write */
  leaks: string[];
  seconds: number;
}

export const DEFAULT_CORPUS = path.join(__dirname, "..", "..", "shared", "fixtures", "real", "import");
/** The development sets: the corpus the import was first built on, and the second of sheets it had not seen (issue 31). */
export const DEVELOPMENT_SETS = [DEFAULT_CORPUS, path.join(DEFAULT_CORPUS, "..", "import2")];

const tally = (): Tally => ({ right: 0, of: 0 });
const count = (t: Tally, right: boolean) => {
  t.of++;
  if (right) t.right++;
};
export const percent = (t: Tally) => (t.of === 0 ? 100 : (100 * t.right) / t.of);

export async function scoreCorpus(dir = DEFAULT_CORPUS): Promise<CorpusScore> {
  const truth = JSON.parse(readFileSync(path.join(dir, "truth.json"), "utf8")) as Truth;
  const score: CorpusScore = {
    tables: tally(),
    columns: tally(),
    values: tally(),
    records: tally(),
    misses: [],
    leaks: [],
    seconds: 0,
  };
  const started = performance.now();
  for (const [file, expected] of Object.entries(truth.files)) {
    let result: ImportResult | undefined;
    let plans: SheetPlan[] = [];
    try {
      const workbook = await readWorkbookFile(await knownFile(readFileSync(path.join(dir, file)), file));
      const prepared = await prepareImport(workbook, workbook, file);
      plans = prepared.plans;
      result = runImport(prepared);
    } catch (error) {
      score.misses.push(`${file}: not read (${(error as Error).message})`);
    }
    const written = JSON.stringify(result ?? {}, (_, v) => (v instanceof Map ? [...v] : v));
    for (const [sheet, want] of Object.entries(expected.sheets))
      if (want.panMustNotSurvive && written.includes(want.panMustNotSurvive)) score.leaks.push(`${file}/${sheet}`);
    for (const [sheet, want] of Object.entries(expected.sheets))
      scoreSheet(
        score,
        `${file}/${sheet}`,
        want,
        plans.find((p) => p.sheet === sheet),
        result,
      );
  }
  score.seconds = (performance.now() - started) / 1000;
  return score;
}

function scoreSheet(
  score: CorpusScore,
  where: string,
  want: TruthSheet,
  plan: SheetPlan | undefined,
  result: ImportResult | undefined,
): void {
  const table = plan?.table ?? null;
  count(score.tables, table === want.table);
  if (table !== want.table) score.misses.push(`${where}: table ${table} (want ${want.table})`);
  if (want.table === null) return;
  for (const [header, column] of Object.entries(want.columns ?? {})) {
    const ours = table === want.table ? plan?.columns.find((c) => sameHeader(c, header)) : undefined;
    const right = ours !== undefined && ours.column === column;
    count(score.columns, right);
    if (!right)
      score.misses.push(`${where}: column '${header}' → ${ours ? ours.column : "(not found)"} (want ${column})`);
  }
  const summary = result?.sheets.find((s) => `${where}`.endsWith(`/${s.sheet}`));
  if (want.dataRows !== undefined) {
    // Held rows are accounted for: said, waiting for a column she chooses, the source untouched.
    const rows = summary && table === want.table ? summary.imported + summary.quarantined + (summary.held ?? 0) : 0;
    count(score.records, rows === want.dataRows);
    if (rows !== want.dataRows) score.misses.push(`${where}: ${rows} records accounted for (want ${want.dataRows})`);
  }
  // What a sheet that waits for a column would write once she chose it is read as well: the values are read the same.
  const staged = new Map(
    [...(result?.tables ?? []), ...(result?.held ?? [])]
      .filter((t) => t.table === want.table)
      .flatMap((t) => t.rows)
      .filter((r) => where.endsWith(`/${r.sheet}`))
      .map((r) => [r.row, r.values]),
  );
  for (const [row, cells] of Object.entries(want.values ?? {})) {
    for (const [column, value] of Object.entries(cells)) {
      const got = staged.get(Number(row))?.get(column);
      const right = table === want.table && sameValue(got, value);
      count(score.values, right);
      if (!right)
        score.misses.push(
          `${where}: row ${row} ${column} = ${JSON.stringify(got ?? null)} (want ${JSON.stringify(value)})`,
        );
    }
  }
}

/** truth.json names a column by its header, "(column X, no header)", or the ISO date a date header shows. */
function sameHeader(column: { index: number; header: string }, key: string): boolean {
  const letter = /^\(column ([A-Z]+), no header\)$/.exec(key)?.[1];
  if (letter) return columnLetter(column.index + 1) === letter;
  return column.header.replace(/\s+/g, " ").trim() === key.replace(/\s+/g, " ").trim();
}

function sameValue(got: OutputCell | undefined, want: string | number | boolean | null): boolean {
  if (got === undefined || got === null) return want === null;
  if (typeof want === "number") return typeof got === "number" && Math.abs(got - want) < 0.006;
  if (typeof want === "string" && /^\d{4}-\d{2}-\d{2}$/.test(want) && typeof got === "number")
    return formatIsoDate(got) === want;
  return String(got).trim() === String(want).trim();
}

export function scoreLine(s: CorpusScore): string {
  const f = (name: string, t: Tally) => `${name} ${t.right}/${t.of} (${percent(t).toFixed(1)} %)`;
  return [f("tables", s.tables), f("columns", s.columns), f("values", s.values), f("records", s.records)].join(", ");
}

export async function main(args: string[]): Promise<number> {
  const score = await scoreCorpus(args.find((a) => !a.startsWith("--")) ?? DEFAULT_CORPUS);
  if (args.includes("--details")) for (const m of score.misses) console.log(m);
  console.log(`import corpus: ${scoreLine(score)} in ${score.seconds.toFixed(1)} s`);
  return 0;
}
