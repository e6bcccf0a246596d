/**
 * The mutation scores of the last `npm run mutate` (its JSON report), per file and per domain of the
 * core: killed (or timed out) over every mutant that ran or was never covered, as StrykerJS counts them.
 * `node bin/run-ts.js scripts/mutation-scores.ts [REPORT.json]`; `npm run mutate:scores`.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

interface Report {
  files: Record<string, { mutants: { status: string }[] }>;
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

export function main(args: string[]): number {
  const file = args[0] ?? path.join(__dirname, "..", "reports", "mutation", "mutation.json");
  if (!existsSync(file)) {
    console.log(`no mutation report at ${file}: run npm run mutate first`);
    return 1;
  }
  const scores = mutationScores(JSON.parse(readFileSync(file, "utf8")) as Report);
  for (const [key, s] of [...scores].sort(([a], [b]) => a.localeCompare(b)))
    console.log(
      `${key.padEnd(48)} ${percent(s).toFixed(1).padStart(5)} %  (${s.detected} of ${s.of} mutants detected)`,
    );
  return 0;
}
