/**
 * Values as people type them in Catalan, Spanish, English, French and German sheets: amounts with
 * either decimal mark, percentages, dates in day-first or month-first order, month names, countries
 * by name. Every parser returns undefined rather than guess; the caller says what could not be read.
 */
import { Day, dayOf, isValidDate } from "../kernel/dates";
import { COUNTRY_CODES } from "../kernel/countries";
import { parsePeriod } from "../kernel/periods";
import { foldWords } from "./fold";

export const LANGUAGES = ["ca", "es", "en", "fr", "de"] as const;

export type DecimalMark = "," | ".";
export type DateOrder = "dmy" | "mdy";

const CURRENCY =
  /R\$|MX\$|AR\$|US\$|€|\$|£|₹|¥|₡|zł|\b(?:eur|euros?|usd|gbp|chf|inr|brl|mxn|ars|jpy|crc|pln|rs\.?|s?fr\.)(?=[\s\d]|$)/gi;
const SPACES = /[\s\u00a0\u202f']/g;

/** Currency marks people and number formats write, to their ISO code ("$" alone is the US dollar). */
const CURRENCY_MARKS: [RegExp, string][] = [
  // not the R$ of AR$, the Argentine peso
  [/(?<![A-Z])R\$|\bBRL\b/i, "BRL"],
  [/MX\$|\bMXN\b/i, "MXN"],
  [/AR\$|\bARS\b/i, "ARS"],
  [/C\$|CA\$|\bCAD\b/i, "CAD"],
  [/A\$|AU\$|\bAUD\b/i, "AUD"],
  [/€|\bEUR\b|\beuros?\b/i, "EUR"],
  [/£|\bGBP\b/i, "GBP"],
  [/₹|\bINR\b|\bRs\.?(?=\s|\d|$)/i, "INR"],
  [/\bCHF\b|\bS?Fr\.(?=\s|\d)/i, "CHF"],
  [/¥|\bJPY\b/i, "JPY"],
  [/₡|\bCRC\b/i, "CRC"],
  [/zł|\bPLN\b/i, "PLN"],
  [/\bUSD\b|US\$|\$/i, "USD"],
];

/** The currency a text or an Excel number format shows ("2 CHF", "R$ 456,00", '#,##0.00 [$€-C0A]'), if any. */
export function currencyIn(text: string): string | undefined {
  // a quoted mark stands apart from the digits before it: '#,##0.00"EUR"' shows euros
  const plain = text.replace(/\[\$([^-\]]*)[^\]]*\]/g, "$1").replace(/"/g, " ");
  return CURRENCY_MARKS.find(([mark]) => mark.test(plain))?.[1];
}

/** The currency most of these texts or formats show, if any does. */
export function mostCommonCurrency(texts: Iterable<string>): string | undefined {
  const counts = new Map<string, number>();
  for (const t of texts) {
    const code = currencyIn(t);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * "1.234,56 €", "1,234.56", "-300,00", "(300.00)", "300-", "1 234,5": the amount, or undefined.
 * `mark` is the column's decimal mark when known; a lone separator followed by three digits is
 * otherwise read as a thousands separator only when the other reading is impossible.
 */
export function parseAmount(text: string, mark: DecimalMark = ","): number | undefined {
  let t = text.replace(CURRENCY, "").replace(SPACES, "");
  if (t === "-" || t === "–") return 0; // accounting formats show zero as a dash
  let negative = false;
  if (/^\(.*\)$/.test(t)) [negative, t] = [true, t.slice(1, -1)];
  if (/^[-–]/.test(t)) [negative, t] = [!negative, t.slice(1)];
  else if (/-$/.test(t)) [negative, t] = [!negative, t.slice(0, -1)];
  else if (t.startsWith("+")) t = t.slice(1);
  if (!/^\d[\d.,]*$/.test(t) && !/^[.,]\d+$/.test(t)) return undefined;
  const decimal = decimalMarkIn(t) ?? mark;
  const thousands = decimal === "," ? "." : ",";
  const [whole, fraction, extra] = t.split(decimal);
  if (extra !== undefined) return undefined;
  if (whole.includes(thousands) && !/^\d{1,3}(?:[.,]\d{3})*$/.test(whole)) return undefined;
  const value = Number(`${whole.split(thousands).join("") || "0"}${fraction !== undefined ? "." + fraction : ""}`);
  if (!Number.isFinite(value) || (fraction !== undefined && !/^\d+$/.test(fraction))) return undefined;
  return negative ? -value : value;
}

/** The decimal mark a single number shows unambiguously, if any ("1.234,5" → ","; "1,234" → none). */
export function decimalMarkIn(number: string): DecimalMark | undefined {
  const lastComma = number.lastIndexOf(",");
  const lastDot = number.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) return lastComma > lastDot ? "," : ".";
  const mark = lastComma >= 0 ? "," : lastDot >= 0 ? "." : undefined;
  if (!mark) return undefined;
  const parts = number.split(mark);
  if (parts.length > 2) return mark === "," ? "." : ","; // 1.234.567 groups thousands
  return parts[1].length === 3 ? undefined : mark;
}

/** The decimal mark of a column: what its unambiguous numbers show, else the European comma. */
export function decimalMarkOf(texts: Iterable<string>): DecimalMark {
  const votes = { ",": 0, ".": 0 };
  for (const t of texts) {
    const mark = decimalMarkIn(t.replace(CURRENCY, "").replace(SPACES, ""));
    if (mark) votes[mark]++;
  }
  return votes["."] > votes[","] ? "." : ",";
}

/** "21%", "21 %", "21,5 %", "0.21", 21 (a VAT rate typed as a percentage): the fraction. */
export function parseRate(
  cell: string | number,
  mark: DecimalMark = ",",
): { rate: number; fromWhole: boolean } | undefined {
  if (typeof cell === "number")
    return cell > 1 && cell <= 100
      ? { rate: cell / 100, fromWhole: true }
      : cell >= 0 && cell <= 1
        ? { rate: cell, fromWhole: false }
        : undefined;
  const percent = /%\s*$/.test(cell);
  const n = parseAmount(cell.replace(/%\s*$/, ""), mark);
  if (n === undefined || n < 0) return undefined;
  if (percent) return n <= 100 ? { rate: round(n / 100), fromWhole: false } : undefined;
  return parseRate(n, mark);
}

const round = (x: number) => Math.round(x * 1e10) / 1e10;

let months: Map<string, number> | undefined;

/** Month names and their unambiguous abbreviations in the five languages ("nov", "novembre", "märz"…). */
function monthNames(): Map<string, number> {
  const months = new Map<string, number>();
  const clashes = new Set<string>();
  for (const lang of LANGUAGES) {
    const long = new Intl.DateTimeFormat(lang, { month: "long", timeZone: "UTC" });
    for (let m = 1; m <= 12; m++) {
      const name = foldWords(long.format(new Date(Date.UTC(2026, m - 1, 1)))).replace(/^de /, "");
      for (let n = 3; n <= name.length; n++) {
        const prefix = name.slice(0, n);
        if (months.has(prefix) && months.get(prefix) !== m) clashes.add(prefix);
        else months.set(prefix, m);
      }
    }
  }
  for (const c of clashes) months.delete(c);
  return months;
}

export function monthOf(word: string): number | undefined {
  months ??= monthNames(); // built on first use: the locale data is not free
  return months.get(foldWords(word));
}

/** The order of day and month a column's slash dates use: month first only when a date proves it. */
export function dateOrderOf(texts: Iterable<string>): DateOrder {
  let dmy = 0;
  let mdy = 0;
  for (const t of texts) {
    const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/.exec(t);
    if (!m) continue;
    if (Number(m[1]) > 12) dmy++;
    else if (Number(m[2]) > 12) mdy++;
  }
  return mdy > dmy ? "mdy" : "dmy";
}

/** The words that carry a date or a period, the little ones between them left out ("3 d'agost de 2026"). */
const LINKING_WORDS = new Set(["de", "del", "d", "of", "the"]);
const wordsBetween = (text: string) =>
  foldWords(text)
    .split(" ")
    .filter((w) => !LINKING_WORDS.has(w));

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * A date typed as text: ISO (2026-11-27, 2026/11/27, with or without a time), numeric with / - .
 * (day first unless `order` says otherwise; two-digit years are 20yy), or with a month name in any
 * of the five languages ("27 de novembre de 2026", "3 d'agost de 2026", "27. November 2026", "Nov 27, 2026", "27-nov-26").
 */
export function parseDateText(text: string, order: DateOrder = "dmy"): Day | undefined {
  const t = text.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(t);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return order === "dmy" ? validDay(fullYear(m[3]), b, a) : validDay(fullYear(m[3]), a, b);
  }
  const words = wordsBetween(t);
  if (words.length === 3) {
    const [x, y, z] = words;
    const [mx, my] = [monthOf(x), monthOf(y)];
    if (/^\d{1,2}$/.test(x) && my && /^\d{2}(\d{2})?$/.test(z)) return validDay(fullYear(z), my, Number(x));
    if (mx && /^\d{1,2}$/.test(y) && /^\d{4}$/.test(z)) return validDay(Number(z), mx, Number(y));
  }
  return undefined;
}

function validDay(year: number, month: number, day: number): Day | undefined {
  return isValidDate(year, month, day) && year >= 1900 && year <= 2200 ? dayOf(year, month, day) : undefined;
}

/** True when the text is shaped like a date, even an impossible one (31/11/2026): a date column's cell. */
export function looksLikeDate(text: string): boolean {
  return /^\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(\s|T|$)/.test(text) || parseDateText(text) !== undefined;
}

/** A period as people write it ("novembre 2026", "T4 2026", "KW 48 2026") or as a label ("2026-11"): the label's parse. */
export function parsePeriodWords(text: string): ReturnType<typeof parsePeriod> {
  return parsePeriod(parsePeriodText(text) ?? text.trim().toUpperCase());
}

/**
 * A month, quarter, week or year typed in words or numbers: "Nov 2026", "novembre 2026",
 * "noviembre de 2026", "d'agost de 2026", "11/2026", "T4 2026", "4T 2026", "Q4-2026", "KW 48 2026",
 * "S48 2026"; the answer is the contract's label (2026-11, 2026-Q4, 2026-W48) or undefined.
 */
export function parsePeriodText(text: string): string | undefined {
  const words = wordsBetween(text);
  const joined = words.join(" ");
  let m: RegExpExecArray | null;
  if (words.length === 2) {
    const [a, b] = words;
    const month = (w: string) => (/^\d{1,2}$/.test(w) ? Number(w) : monthOf(w));
    const label = /^\d{4}$/.test(b)
      ? monthLabel(Number(b), month(a))
      : /^\d{4}$/.test(a)
        ? monthLabel(Number(a), month(b))
        : undefined;
    if (label) return label;
  }
  if ((m = /^(?:q|t|quarter|trimestre|quartal) ?([1-4]) (\d{4})$/.exec(joined))) return `${m[2]}-Q${m[1]}`;
  if ((m = /^([1-4])(?:st|nd|rd|th|er|r|n|o|e)? ?(?:q|t|quarter|trimestre|quartal) (\d{4})$/.exec(joined)))
    return `${m[2]}-Q${m[1]}`;
  if ((m = /^(?:w|s|kw|wk|week|semana|setmana|semaine|woche) ?(\d{1,2}) (\d{4})$/.exec(joined)))
    return `${m[2]}-W${m[1].padStart(2, "0")}`;
  return undefined;
}

/**
 * The period a column header names, in a sheet laid out one column per period ("2021-01", "T1 2026",
 * "novembre 2026", "2026-W48", or a date on the 1st of a month, as "2017-01-01"): its label, else undefined.
 * A bare year is not taken for one: "2024" heads too many other things.
 */
export function periodOfHeader(header: string): string | undefined {
  const text = header.trim();
  const firstOfMonth = /^(\d{4})-(\d{2})-01$/.exec(text);
  if (firstOfMonth) return monthLabel(Number(firstOfMonth[1]), Number(firstOfMonth[2]));
  const code = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q[1-4]|W(?:0[1-9]|[1-4]\d|5[0-3]))$/i.exec(text);
  return code ? text.toUpperCase() : parsePeriodText(text);
}

/** A period as a person types it ("2026-11", "novembre 2026", "T4 2026", "2026-W48", "2026"): its label, or undefined. */
export function readPeriod(text: string): string | undefined {
  const parsed = parsePeriod(periodOfHeader(text) ?? text.trim());
  return parsed.ok && parsed.value.kind !== "day" ? parsed.value.label : undefined;
}

function monthLabel(year: number, month: number | undefined): string | undefined {
  return month !== undefined && month >= 1 && month <= 12 && year >= 1900
    ? `${year}-${String(month).padStart(2, "0")}`
    : undefined;
}

let countries: Map<string, string> | undefined;

/** Country names in the five languages (from the platform's own locale data) → ISO code. */
function countryNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const lang of LANGUAGES) {
    const display = new Intl.DisplayNames([lang], { type: "region" });
    for (const code of COUNTRY_CODES) {
      const name = display.of(code);
      if (name && name !== code) names.set(foldWords(name), code);
    }
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) names.set(alias, code);
  return names;
}

/** Everyday names the locale data lacks. */
const COUNTRY_ALIASES: Record<string, string> = {
  uk: "GB",
  "great britain": "GB",
  england: "GB",
  "gran bretana": "GB",
  "gran bretanya": "GB",
  usa: "US",
  "ee uu": "US",
  eeuu: "US",
  eua: "US",
  "united states of america": "US",
  holland: "NL",
  holanda: "NL",
  "la rioja": "ES",
  esp: "ES",
  fra: "FR",
  deu: "DE",
  prt: "PT",
  ita: "IT",
  and: "AD",
};

export function parseCountry(text: string): string | undefined {
  const code = text.trim().toUpperCase();
  if (COUNTRY_CODES.has(code)) return code;
  countries ??= countryNames();
  return countries.get(foldWords(text));
}

/** "Mailto:Anna@Example.COM " → "anna@example.com" (the shape is checked by the caller). */
export function normalizeEmail(text: string): string {
  return text
    .trim()
    .replace(/^mailto:/i, "")
    .toLowerCase();
}
