/** What every command reads of its options, and gives back. */
import { localToday, parseIsoDate, MESSAGE_LANGUAGES, type MessageLanguage } from "../core/kernel";
import { UsageError } from "./usageError";

export interface CommandOutput {
  text: string;
  exitCode: number;
  /** said on stderr: a sheet written beside a user's own of that name */
  notes?: string[];
}

export type Values = Record<string, string | boolean | string[] | undefined>;

/** How many problems the human-readable output lists before pointing to --json. */
export const SHOWN_PROBLEMS = 50;

/** Today where the CLI runs: the one place it asks the system for the date. */
export const today = (): number => localToday(new Date());

/** A date option (YYYY-MM-DD); today where not given. */
export function dayOption(values: Values, name: string): number {
  const raw = values[name];
  if (raw === undefined) return today();
  const day = parseIsoDate(String(raw));
  if (day === undefined) throw new UsageError(`--${name} must be a date as YYYY-MM-DD`);
  return day;
}

/** The language problems and errors are printed in: --lang, else the environment's (LANG=ca_ES.UTF-8), else English. */
export function messageLanguage(values: Values): MessageLanguage {
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || "";
  const language = typeof values.lang === "string" ? values.lang : env.slice(0, 2).toLowerCase();
  if ((MESSAGE_LANGUAGES as readonly string[]).includes(language)) return language as MessageLanguage;
  if (typeof values.lang === "string") throw new UsageError("--lang must be ca, es or en");
  return "en";
}
