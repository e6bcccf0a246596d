/**
 * CSV that Excel opens right and cannot be turned against its reader: UTF-8 with a byte-order mark
 * (accents), semicolons (the list separator of Catalan and Spanish Excel), RFC 4180 quoting, and
 * every cell that Excel would read as a formula (=, +, -, @, tab, carriage return) neutralised with
 * a leading apostrophe (OWASP "CSV injection"); a full card number is masked to its last four.
 */
import { maskCardsIn } from "./cards";
const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether Excel would read this text as a formula: it must then be written as text, never as typed. */
export const looksLikeFormula = (text: string) => FORMULA_START.test(text);

export function csvCell(cell: string | number | boolean | null): string {
  if (cell === null) return "";
  const value = maskCardsIn(cell); // a full card number never leaves in a file
  let text = String(value);
  if (typeof value === "string" && looksLikeFormula(text)) text = `'${text}`;
  return /[;",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | boolean | null)[][]): string {
  return "\uFEFF" + [header, ...rows].map((r) => r.map(csvCell).join(";")).join("\r\n") + "\r\n";
}
