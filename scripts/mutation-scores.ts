/**
 * The core's mutation scores: killed (or timed out) over every mutant that ran or was never covered, as
 * StrykerJS counts them, per file, per domain of the core and over all.
 * `npm run mutate:scores` prints the measurement kept in docs/mutation/ (one record a domain run, with
 * the commit it measured); `npm run mutate:scores -- REPORT.json…` prints StrykerJS's JSON reports, and
 * `-- --record REPORT.json…` keeps each (reports/mutation/domain-X.json) as docs/mutation/X.json, measured on
 * the last commit before the report was written, or on the one `--commit=HASH` names (the run's sandbox is
 * copied as it starts: a commit made during a run is not what it measured).
 * `--survivors` also lists each mutant no test detected: where, which change, into what. Each is explained
 * in docs/mutation/survivors.md (equivalent, or left with a reason); the ones not yet explained are counted.
 * A whole core's run takes hours on two cores and reports/ is not kept: the record is what lets a
 * measurement made over several days be added up, and each domain be run again when its code changes.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

interface Mutant {
  status: string;
  mutatorName?: string;
  replacement?: string;
  location?: { start: { line: number; column?: number } };
}

/** StrykerJS's JSON report (mutation-testing-report-schema), the fields read here. */
export interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

export interface Score {
  detected: number;
  of: number;
}

/** A file's score and the mutants no test detected (`line:column status mutator: replacement`). */
export interface FileScore extends Score {
  undetected: string[];
}

/** What docs/mutation/ keeps of a report: when it was measured, on which commit, and each file's score. */
export interface MutationRecord {
  measured: { date: string; commit: string };
  files: Record<string, FileScore>;
}

const DETECTED = new Set(["Killed", "Timeout"]);
const COUNTED = new Set(["Killed", "Timeout", "Survived", "NoCoverage"]);
const ROOT = path.join(__dirname, "..");
export const RECORDS = path.join(ROOT, "docs", "mutation");
const EXPLAINED = path.join(RECORDS, "survivors.md");

/**
 * The undetected mutants `explained` (survivors.md) says nothing of: a file's section is headed `## path`,
 * and names each mutant by its `line:column`, or a whole line as `line:*`.
 */
export function unexplained(files: Record<string, FileScore>, explained: string): string[] {
  const sections = new Map(
    explained
      .split(/^## /m)
      .slice(1)
      .map((section) => [section.split("\n", 1)[0].trim(), section] as const),
  );
  return Object.entries(files).flatMap(([file, s]) => {
    const section = sections.get(file) ?? "";
    const named = new Set(section.match(/\b\d+:(?:\d+|\*)/g) ?? []);
    return s.undetected
      .map((u) => u.split(" ")[0])
      .filter((at) => !named.has(at) && !named.has(`${at.split(":")[0]}:*`))
      .map((at) => `${file}:${at}`);
  });
}

/** Each file of a report: killed and timed-out over counted, and its undetected mutants in line order. */
export function fileScores(report: Report): Record<string, FileScore> {
  const files: Record<string, FileScore> = {};
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const counted = mutants.filter((m) => COUNTED.has(m.status));
    const undetected = counted
      .filter((m) => !DETECTED.has(m.status))
      .sort(
        (a, b) =>
          (a.location?.start.line ?? 0) - (b.location?.start.line ?? 0) ||
          (a.location?.start.column ?? 0) - (b.location?.start.column ?? 0),
      )
      .map((m) => {
        const into = (m.replacement ?? "").replace(/\s+/g, " ").slice(0, 100);
        // the column tells which part of a line was changed: `a || b` made false, or only `a`
        const where = m.location ? `${m.location.start.line}:${m.location.start.column ?? "?"}` : "?";
        return `${where} ${m.status} ${m.mutatorName ?? ""}: ${into}`;
      });
    files[file.replace(/\\/g, "/")] = { detected: counted.length - undetected.length, of: counted.length, undetected };
  }
  return files;
}

/** Per file and per folder of src/core (kernel, receivables, sales, invoicing…), and over all of them. */
export function mutationScores(files: Record<string, FileScore>): Map<string, Score> {
  const scores = new Map<string, Score>();
  const add = (key: string, { detected, of }: Score) => {
    const s = scores.get(key) ?? { detected: 0, of: 0 };
    scores.set(key, { detected: s.detected + detected, of: s.of + of });
  };
  for (const [file, score] of Object.entries(files)) {
    add(file, score);
    const domain = /src\/core\/([^/]+)\//.exec(file)?.[1];
    if (domain) add(`src/core/${domain}/`, score);
    add("all", score);
  }
  return scores;
}

export const percent = (s: Score) => (s.of === 0 ? 100 : (100 * s.detected) / s.of);

/** One line a mutant that survived or was never covered: `file:line:column status mutator: replacement`. */
export const undetected = (files: Record<string, FileScore>): string[] =>
  Object.entries(files).flatMap(([file, s]) => s.undetected.map((line) => `${file}:${line}`));

/** Several runs (one a domain) read as one; a file in a later one replaces the same file in an earlier one. */
export const mergedScores = (runs: Record<string, FileScore>[]): Record<string, FileScore> =>
  Object.assign({}, ...runs) as Record<string, FileScore>;

/** A report kept: measured when the report was written, on the commit that was then the last. */
export function recordOf(report: Report, written: Date, commit: string): MutationRecord {
  return { measured: { date: written.toISOString().slice(0, 10), commit }, files: fileScores(report) };
}

const read = (file: string): Report | MutationRecord =>
  JSON.parse(readFileSync(file, "utf8")) as Report | MutationRecord;
const isRecord = (r: Report | MutationRecord): r is MutationRecord => "measured" in r;

function commitBefore(date: Date): string {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim();
  return git("log", "-1", "--format=%h", `--before=${date.toISOString()}`);
}

export function main(args: string[]): number {
  const survivors = args.includes("--survivors");
  const record = args.includes("--record");
  const commit = args.find((a) => a.startsWith("--commit="))?.slice("--commit=".length);
  const given = args.filter((a) => !a.startsWith("--"));
  const kept = existsSync(RECORDS) ? readdirSync(RECORDS).filter((f) => f.endsWith(".json")) : [];
  const files = given.length > 0 ? given : kept.sort().map((f) => path.join(RECORDS, f));
  const missing = files.filter((f) => !existsSync(f));
  if (files.length === 0 || missing.length > 0) {
    console.log(`no mutation report at ${missing.join(", ") || RECORDS}: run npm run mutate first`);
    return 1;
  }
  const runs = files.map((file) => {
    const run = read(file);
    if (isRecord(run)) {
      console.log(`${path.basename(file)}: measured ${run.measured.date} on ${run.measured.commit}`);
      return run.files;
    }
    if (record) {
      const written = statSync(file).mtime;
      const kept = path.join(RECORDS, path.basename(file).replace(/^domain-/, ""));
      mkdirSync(RECORDS, { recursive: true });
      writeFileSync(kept, `${JSON.stringify(recordOf(run, written, commit ?? commitBefore(written)), null, 2)}\n`);
      console.log(`kept ${path.relative(ROOT, kept)}`);
    }
    return fileScores(run);
  });
  const merged = mergedScores(runs);
  if (survivors) {
    for (const line of undetected(merged)) console.log(line);
    const left = unexplained(merged, existsSync(EXPLAINED) ? readFileSync(EXPLAINED, "utf8") : "");
    const files = new Set(left.map((at) => at.replace(/(:[\d?*]+){1,2}$/, "")));
    if (left.length > 0)
      console.log(
        `${left.length} not explained in ${path.relative(ROOT, EXPLAINED)} yet, in ${files.size} files: ${[...files].join(", ")}`,
      );
  }
  for (const [key, s] of [...mutationScores(merged)].sort(([a], [b]) => a.localeCompare(b)))
    console.log(
      `${key.padEnd(48)} ${percent(s).toFixed(1).padStart(5)} %  (${s.detected} of ${s.of} mutants detected)`,
    );
  return 0;
}
