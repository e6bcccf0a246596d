/** What a test reads of the core's messages: each one rendered in English, wherever it sits in a value. */
import { render, type Message } from "../../src/core/kernel/messages";
import { en as coreEnglish } from "../../src/core/kernel/messages/en";
import { ca as coreCatalan } from "../../src/core/kernel/messages/ca";
import { en as paneEnglish } from "../../src/taskpane/catalogues/en";
import { ca as paneCatalan } from "../../src/taskpane/catalogues/ca";
import { CLI_WORDS } from "../../src/cli/words";

export type English<T> = T extends Message
  ? string
  : T extends readonly (infer U)[]
    ? English<U>[]
    : T extends object
      ? { [K in keyof T]: English<T[K]> }
      : T;

const isMessage = (v: unknown): v is Message =>
  typeof v === "object" && v !== null && "code" in v && "params" in v && Object.keys(v).length === 2;

export function english<T>(value: T): English<T> {
  if (isMessage(value)) return render(value) as English<T>;
  if (Array.isArray(value)) return value.map(english) as English<T>;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, english(v)])) as English<T>;
  }
  return value as English<T>;
}

/** Problems as a person reads them: where, how bad, and the English words (code and parameters left out). */
export function readable<P extends { code: unknown; params: unknown }>(
  problems: readonly P[],
): Omit<P, "code" | "params">[] {
  return problems.map(({ code: _code, params: _params, ...rest }) => rest);
}

/**
 * The English words of our catalogues (the pane's, the core's, the CLI's) that Catalan does not share:
 * every piece of two words or more between parameters ("is not a date", "Import your sheets"), unless
 * a Catalan catalogue uses it too. A Catalan screen, file or CLI output must show none of them.
 */
export function englishPhrases(): string[] {
  const texts = (catalogue: object) =>
    Object.values(catalogue).flatMap((t: string | { one: string; other: string }) =>
      typeof t === "string" ? [t] : [t.one, t.other],
    );
  const catalan = [paneCatalan, coreCatalan, CLI_WORDS.ca].flatMap(texts).join("\n");
  const pieces = [paneEnglish, coreEnglish, CLI_WORDS.en]
    .flatMap(texts)
    .flatMap((t) => t.split(/\{\w+\}|[():;·…,.?!'"«»]/));
  return [...new Set(pieces.map((p) => p.trim()))].filter(
    (p) => /^[A-Za-z]+( [A-Za-z-]+)+$/.test(p) && !catalan.includes(p),
  );
}

/** Those of the phrases a text shows, as whole words. */
export const englishIn = (text: string, phrases: readonly string[]): string[] =>
  phrases.filter((p) => new RegExp(`\\b${p}\\b`).test(text));
