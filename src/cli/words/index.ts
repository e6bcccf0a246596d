/** What the CLI prints, in the language of --lang (else the environment's, else English). */
import { fillTemplate, formatDmy, type Day, type MessageLanguage, type Param } from "../../core/kernel";
import { en, type CliWord } from "./en";
import { ca } from "./ca";
import { es } from "./es";

export type { CliWord };
export const CLI_WORDS = { en, ca, es };

/** The CLI's words in one language: `words("wrote", { file })`. */
export const wordsIn =
  (language: MessageLanguage) =>
  (word: CliWord, params: Record<string, Param> = {}): string =>
    fillTemplate(CLI_WORDS[language][word], params, language);

/** A day as the lines of text write it, day first (07/12/2026), or a dash. */
export const dmy = (day: Day | null): string => (day === null ? "–" : formatDmy(day));

/** Words that start lines, padded to the longest so that what follows lines up in every language. */
export function padded(labels: readonly string[]): (label: string) => string {
  const width = Math.max(...labels.map((l) => l.length));
  return (label) => label.padEnd(width);
}
