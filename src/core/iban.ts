/** IBAN (ISO 13616): checked by ibantools, stored in electronic form (no spaces or separators). */
import { friendlyFormatIBAN, isValidIBAN } from "ibantools";

/** "es91 2100-0418.4502…" → "ES9121000418…": what a person types, as the bank reads it. */
export function compactIban(text: string): string {
  return text.replace(/[\s.\-]/g, "").toUpperCase();
}

export function isValidIban(text: string): boolean {
  return isValidIBAN(compactIban(text));
}

/** Groups of four for display: "ES91 2100 0418 …". */
export function displayIban(text: string): string {
  return friendlyFormatIBAN(compactIban(text)) ?? text;
}

/** Builds a valid IBAN from a country code and a BBAN by computing its two check digits (mod 97). */
export function ibanFromBban(country: string, bban: string): string {
  const digits = (bban + country + "00").replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97;
  return `${country}${String(98 - rest).padStart(2, "0")}${bban}`;
}
