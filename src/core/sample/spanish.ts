/** What a Spanish company's records hold that must be valid: Catalan public holidays, bank accounts (IBAN) and company tax IDs (CIF). */
import { Day, dayOf } from "../kernel/dates";
import { ibanFromBban } from "../kernel/iban";
import type { Random } from "../kernel/random";
import { fold } from "../kernel/text";

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(year: number): Day {
  const a = year % 19,
    b = Math.floor(year / 100),
    c = year % 100;
  const d = Math.floor(b / 4),
    e = b % 4,
    f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30,
    i = Math.floor(c / 4),
    k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return dayOf(year, month, ((h + l - 7 * m + 114) % 31) + 1);
}

/** Public holidays in Catalonia (Spanish national days, Easter Monday, Sant Joan, the Diada…). */
export function catalanHolidays(year: number): Day[] {
  const easter = easterSunday(year);
  const fixed: [number, number][] = [
    [1, 1],
    [1, 6],
    [5, 1],
    [6, 24],
    [8, 15],
    [9, 11],
    [10, 12],
    [11, 1],
    [12, 6],
    [12, 8],
    [12, 25],
    [12, 26],
  ];
  return [...fixed.map(([m, d]) => dayOf(year, m, d)), easter - 2, easter + 1].sort((a, b) => a - b);
}

/** The two Spanish bank-account control digits (DC) over 10 digits, weights 1,2,4,8,5,10,9,7,3,6. */
function spanishControlDigit(ten: string): number {
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const dc = 11 - ([...ten].reduce((s, ch, i) => s + Number(ch) * weights[i], 0) % 11);
  return dc === 11 ? 0 : dc === 10 ? 1 : dc;
}

export function spanishIban(rnd: Random): string {
  const bank = rnd.pick(["2100", "0081", "0049", "2038", "0182", "1465", "3058"]);
  const branch = rnd.digits(4);
  const account = rnd.digits(10);
  const dc = `${spanishControlDigit("00" + bank + branch)}${spanishControlDigit(account)}`;
  return ibanFromBban("ES", bank + branch + dc + account);
}

/** A Spanish CIF (company tax ID) with its control digit. */
export function spanishCif(rnd: Random, letter: "A" | "B"): string {
  const digits = rnd.digits(7);
  let sum = 0;
  for (let i = 0; i < 7; i++) {
    const d = Number(digits[i]);
    if (i % 2 === 1) sum += d;
    else sum += Math.floor((d * 2) / 10) + ((d * 2) % 10);
  }
  return `${letter}${digits}${(10 - (sum % 10)) % 10}`;
}

export function slug(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, "");
}
