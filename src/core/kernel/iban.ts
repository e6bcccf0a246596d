/** IBAN (ISO 13616): checked by ibantools, stored in electronic form (no spaces or separators). */
import { countrySpecs, isValidIBAN } from "ibantools";

/** "es91 2100-0418.4502…" → "ES9121000418…": what a person types, as the bank reads it. */
export function compactIban(text: string): string {
  return text.replace(/[\s.\-]/g, "").toUpperCase();
}

export function isValidIban(text: string): boolean {
  return isValidIBAN(compactIban(text));
}

/** Builds a valid IBAN from a country code and a BBAN by computing its two check digits (mod 97). */
export function ibanFromBban(country: string, bban: string): string {
  const digits = (bban + country + "00").replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97;
  return `${country}${String(98 - rest).padStart(2, "0")}${bban}`;
}

const IBAN_START = /(?<![A-Za-z0-9])[A-Z]{2}(?=[ .\-]?\d{2})/g;

/**
 * The text with every valid IBAN in it (compact or grouped) replaced by spaces of the same length,
 * so that scanners for other numbers do not mistake its digit groups. Each IBAN is read to exactly
 * its country's length.
 */
export function blankIbans(text: string): string {
  let out = text;
  for (const m of text.matchAll(IBAN_START)) {
    const length = countrySpecs[m[0]]?.chars;
    if (!length) continue;
    let end = m.index;
    let count = 0;
    while (end < text.length && count < length) {
      if (/[A-Za-z0-9]/.test(text[end])) count++;
      else if (!/[ .\-]/.test(text[end])) break;
      end++;
    }
    if (count === length && isValidIBAN(compactIban(text.slice(m.index, end)))) {
      out = out.slice(0, m.index) + " ".repeat(end - m.index) + out.slice(end);
    }
  }
  return out;
}

/** An IBAN as people read and type it: groups of four (ES91 2100 0418 4502 0005 1332). */
export function formatIban(iban: string): string {
  return compactIban(iban).replace(/(.{4})(?=.)/g, "$1 ");
}
