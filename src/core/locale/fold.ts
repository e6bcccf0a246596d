/**
 * Folding for matching people's words: "Nº Factura", "No. factura" and "núm. factura" all become
 * "no factura"; "direct-debit" and "Direct debit" become "direct debit".
 */
import { fold } from "../kernel/text";

/** Little words between the meaningful ones ("fecha de factura" = "fecha factura"). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  "de del la el los las els les l d of the on at du des der die das von am a en per por pour fur und y i et and al".split(
    " ",
  ),
);

/** Words that mark a column as something's identifier, as "Nº" does: "id_venta" is the sale's number. */
const KEY_WORDS = new Set(["id", "ident", "identifier", "identifiant", "identificador", "identificativo", "kennung"]);

/** Abbreviations of "number" (and the sign for it) that head a column: Nº, N°, No., Nr., Núm., Num., #. */
const NUMBER_SIGN = /(?:^|(?<=[\s.(/-]))(?:n\s*[º°o]\.?|nr\.?|num\.?|numero|number|nummer|#)(?=[\s.:)/]|$)/g;

export function foldWords(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A header as words to compare: folded, "number" abbreviations made "no", little words dropped. */
export function headerTokens(header: string): string[] {
  // "InvoiceDate", "IDFacture", "montantLigne": words run together by capitals are words all the same.
  const split = header
    .replace(/([a-z\u00df-\u00ff]{3})([A-Z])/g, "$1 $2")
    .replace(/([A-Z]{2,})([A-Z][a-z]{2})/g, "$1 $2");
  const text = fold(split).replace(/(?<![a-z])(?:[a-z]\.)+[a-z](?![a-z])\.?/g, (m) => m.replace(/\./g, "")); // "C.P." is "cp", "N.I.F." is "nif"
  return foldWords(text.replace(NUMBER_SIGN, " no ").replace(/%/g, " pct ")) // "% IVA" is a rate, "IVA" an amount
    .split(" ")
    .filter((t) => t !== "" && !STOP_WORDS.has(t))
    .map((t) => (KEY_WORDS.has(t) ? "no" : t));
}
