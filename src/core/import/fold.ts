/**
 * Folding for matching people's words: "Nº Factura", "No. factura" and "núm. factura" all become
 * "no factura"; "direct-debit" and "Direct debit" become "direct debit".
 */
import { fold } from "../text";
import { STOP_WORDS } from "./vocabulary";

/** Abbreviations of "number" (and the sign for it) that head a column: Nº, N°, No., Nr., Núm., Num., #. */
const NUMBER_SIGN = /(?:^|(?<=[\s.(/-]))(?:n\s*[º°o]\.?|nr\.?|num\.?|numero|number|nummer|#)(?=[\s.:)/]|$)/g;

export function foldWords(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A header as words to compare: folded, "number" abbreviations made "no", little words dropped. */
export function headerTokens(header: string): string[] {
  const text = fold(header).replace(/(?<![a-z])(?:[a-z]\.)+[a-z](?![a-z])\.?/g, (m) => m.replace(/\./g, "")); // "C.P." is "cp", "N.I.F." is "nif"
  return foldWords(text.replace(NUMBER_SIGN, " no ").replace(/%/g, " pct ")) // "% IVA" is a rate, "IVA" an amount
    .split(" ")
    .filter((t) => t !== "" && !STOP_WORDS.has(t));
}
