/**
 * Full card numbers must never be stored (PCI DSS): any Luhn-valid run of 13–19 digits, grouped by
 * spaces, dots or dashes or typed as a number, is found and masked; only the last four digits survive.
 * A number must fall in a card network's range and length (a 14-digit SIRET that passes Luhn is no
 * Visa), and is made of whole digit groups (never the middle of a longer number); valid IBANs are set
 * aside first, since their digit groups can look like a card.
 */
import { blankIbans } from "./iban";

/**
 * A run of digit groups separated by spaces of any kind (non-breaking ones from pasted text
 * included), dots or dashes, one or several: "4111 1111 1111 1111", "4111.1111.1111.1111", "4111  1111…".
 */
const DIGIT_RUN = /\d+(?:[\s.\-\u2010-\u2015]+\d+)*/g;

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The card networks' number ranges (IIN prefixes) and the lengths each issues. */
const NETWORKS: [prefix: RegExp, lengths: number[]][] = [
  [/^4/, [13, 16, 19]], // Visa
  [/^(5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, [16]], // Mastercard
  [/^3[47]/, [15]], // American Express
  [/^(6011|64[4-9]|65)/, [16, 17, 18, 19]], // Discover
  [/^(30[0-5]|36|38|39)/, [14, 16, 17, 18, 19]], // Diners Club
  [/^35(2[89]|[3-8]\d)/, [16, 17, 18, 19]], // JCB
  [/^62/, [16, 17, 18, 19]], // UnionPay
  [/^(50|5[6-9]|6\d)/, [13, 14, 15, 16, 17, 18, 19]], // Maestro
];

/** A card number: in a network's range and length, and passing the Luhn check. */
export function isCardNumber(digits: string): boolean {
  return NETWORKS.some(([prefix, lengths]) => prefix.test(digits) && lengths.includes(digits.length)) && passesLuhn(digits);
}

/**
 * Start and end of each card number in a text: within each digit run, the first sequence of whole
 * groups that holds 13–19 digits, starts with 2–6 and passes Luhn.
 */
function cardSpans(text: string): readonly { start: number; end: number; last4: string }[] {
  if (digitCount(text, 13) < 13) return NONE; // most texts, at a glance
  const spans: { start: number; end: number; last4: string }[] = [];
  for (const run of blankIbans(text).matchAll(DIGIT_RUN)) {
    const groups = [...run[0].matchAll(/\d+/g)].map((g) => ({ digits: g[0], start: run.index! + g.index!, end: run.index! + g.index! + g[0].length }));
    for (let i = 0; i < groups.length; i++) {
      if (!/^[2-6]/.test(groups[i].digits)) continue;
      let digits = "";
      for (let j = i; j < groups.length && digits.length + groups[j].digits.length <= 19; j++) {
        digits += groups[j].digits;
        if (digits.length >= 13 && isCardNumber(digits)) {
          spans.push({ start: groups[i].start, end: groups[j].end, last4: digits.slice(-4) });
          i = j;
          break;
        }
      }
    }
  }
  return spans;
}

/** No card found: shared, as most texts are checked and have none. */
const NONE: readonly never[] = Object.freeze([]);

/** The digits in a text, counted up to `enough`. */
function digitCount(text: string, enough: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < enough; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 48 && ch <= 57) count++;
  }
  return count;
}

/** The last four digits of every card number in a text (empty when there is none). */
export function findCardNumbers(text: string): readonly string[] {
  const spans = cardSpans(text);
  return spans.length === 0 ? NONE : spans.map((s) => s.last4);
}

/** The text with each card number replaced by "•••• 1234". */
export function maskCardNumbers(text: string): string {
  let out = "";
  let at = 0;
  for (const s of cardSpans(text)) {
    out += text.slice(at, s.start) + `•••• ${s.last4}`;
    at = s.end;
  }
  return out + text.slice(at);
}

/** A whole number typed into a cell is a card number when its digits are one (4111111111111111). */
export function cardNumberOf(value: unknown): string | undefined {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1e12) return undefined;
  const digits = String(value);
  return /^\d+$/.test(digits) && isCardNumber(digits) ? digits : undefined;
}

/** A cell's value with every full card number masked to its last four: a text's, or a number that is one. */
export function maskCardsIn<T>(value: T): T | string {
  if (typeof value === "string") return value.length < 13 ? value : maskCardNumbers(value);
  const card = cardNumberOf(value);
  return card ? `•••• ${card.slice(-4)}` : value;
}
