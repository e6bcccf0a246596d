/**
 * The mutation scores of the last `npm run mutate` (its JSON report), per file and per domain of the
 * core: killed (or timed out) over every mutant that ran or was never covered, as StrykerJS counts them.
 * `node bin/run-ts.js scripts/mutation-scores.ts [--survivors] [REPORT.json…]`; `npm run mutate:scores [-- …]`.
 * `--survivors` also lists each mutant no test detected: where, which change, into what.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

interface Mutant {
  status: string;
  mutatorName?: string;
  replacement?: string;
  location?: { start: { line: number } };
}

interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

const DETECTED = new Set(["Killed", "Timeout"]);
const COUNTED = new Set(["Killed", "Timeout", "Survived", "NoCoverage"]);

export interface Score {
  detected: number;
  of: number;
}

/** Per file and per folder of src/core (kernel, receivables, sales, invoicing…), and over all of them. */
export function mutationScores(report: Report): Map<string, Score> {
  const scores = new Map<string, Score>();
  const add = (key: string, detected: number, of: number) => {
    const s = scores.get(key) ?? { detected: 0, of: 0 };
    scores.set(key, { detected: s.detected + detected, of: s.of + of });
  };
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const counted = mutants.filter((m) => COUNTED.has(m.status));
    const detected = counted.filter((m) => DETECTED.has(m.status)).length;
    const domain = /src\/core\/([^/]+)\//.exec(file.replace(/\\/g, "/"))?.[1];
    add(file, detected, counted.length);
    if (domain) add(`src/core/${domain}/`, detected, counted.length);
    add("all", detected, counted.length);
  }
  return scores;
}

export const percent = (s: Score) => (s.of === 0 ? 100 : (100 * s.detected) / s.of);

/** One line a mutant that survived or was never covered: `file:line status mutator: replacement`. */
export function undetected(report: Report): string[] {
  return Object.entries(report.files).flatMap(([file, { mutants }]) =>
    mutants
      .filter((m) => m.status === "Survived" || m.status === "NoCoverage")
      .sort((a, b) => (a.location?.start.line ?? 0) - (b.location?.start.line ?? 0))
      .map((m) => {
        const into = (m.replacement ?? "").replace(/\s+/g, " ").slice(0, 100);
        return `${file}:${m.location?.start.line ?? "?"} ${m.status} ${m.mutatorName ?? ""}: ${into}`;
      }),
  );
}

/** Several reports (one run a domain) read as one; a file in a later report replaces the same file in an earlier one. */
export function mergedReports(reports: Report[]): Report {
  return { files: Object.assign({}, ...reports.map((r) => r.files)) as Report["files"] };
}

export function main(args: string[]): number {
  const survivors = args.includes("--survivors");
  const reports = args.filter((a) => a !== "--survivors");
  const files = reports.length > 0 ? reports : [path.join(__dirname, "..", "reports", "mutation", "mutation.json")];
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    console.log(`no mutation report at ${missing.join(", ")}: run npm run mutate first`);
    return 1;
  }
  const report = mergedReports(files.map((f) => JSON.parse(readFileSync(f, "utf8")) as Report));
  if (survivors) for (const line of undetected(report)) console.log(line);
  const scores = mutationScores(report);
  for (const [key, s] of [...scores].sort(([a], [b]) => a.localeCompare(b)))
    console.log(
      `${key.padEnd(48)} ${percent(s).toFixed(1).padStart(5)} %  (${s.detected} of ${s.of} mutants detected)`,
    );
  return 0;
}
