/**
 * Full card numbers must never be stored (PCI DSS): any Luhn-valid run of 13–19 digits in a card
 * network's range and length is found and masked; only the last four digits survive. Text is read as a
 * person sees it (NFKC, so fullwidth digits count; invisible format characters such as zero-width
 * spaces and soft hyphens dropped), and digit groups may be separated by any punctuation or space.
 * A number is made of whole digit groups (never the middle of a longer number). What fits a known
 * identifier by its own check is no card: IBANs (set aside first), SIRETs (whose SIREN checks too),
 * EAN/GTIN codes and international phone numbers; a hash's hexadecimal digits are none either (DESIGN.md,
 * "Card payments").
 */
import { blankIbans } from "./iban";

/** Digit groups separated by one to three characters that are neither letters nor digits. */
const DIGIT_RUN = /\d+(?:[^\p{L}\p{N}]{1,3}\d+)*/gu;
const FORMAT_CHARACTER = /^\p{Cf}$/u;
/**
 * A hash written in hexadecimal, standing apart: as long as MD5's, SHA-1's, SHA-256's (a VERI*FACTU
 * huella) or SHA-512's, and no other length, so that a card with hex digits typed after it is still one.
 */
const HEX_HASH =
  /(?<![\p{L}\p{N}])(?:[0-9A-Fa-f]{128}|[0-9A-Fa-f]{64}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{32})(?![\p{L}\p{N}])/gu;
const blankHashes = (text: string) => text.replace(HEX_HASH, (hash) => " ".repeat(hash.length));

/**
 * The text as it reads (NFKC, format characters dropped), with where each of its characters came from
 * in the original, so that a card found in one is masked in the other.
 */
function asRead(text: string): { text: string; from: number[]; to: number[] } {
  let out = "";
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length;) {
    // i indexes a character of the text
    const point = String.fromCodePoint(text.codePointAt(i)!);
    const read = FORMAT_CHARACTER.test(point) ? "" : point.normalize("NFKC");
    for (let k = 0; k < read.length; k++) {
      from.push(i);
      to.push(i + point.length);
    }
    out += read;
    i += point.length;
  }
  return { text: out, from, to };
}

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
  return (
    NETWORKS.some(([prefix, lengths]) => prefix.test(digits) && lengths.includes(digits.length)) && passesLuhn(digits)
  );
}

/** A known identifier whose digits also pass for a card: left as it is. */
function isOtherIdentifier(digits: string, before: string): boolean {
  if (before === "+" && digits.length <= 15) return true; // an international phone number (E.164)
  if (digits.length === 14 && passesLuhn(digits.slice(0, 9))) return true; // a SIRET: its SIREN checks on its own
  return (digits.length === 13 || digits.length === 14) && passesGs1(digits); // an EAN-13 or GTIN-14
}

/** The GS1 check digit (EAN, GTIN): weights 3 and 1 from the right, the check digit included. */
function passesGs1(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++)
    sum += (digits.charCodeAt(digits.length - 1 - i) - 48) * (i % 2 === 1 ? 3 : 1);
  return sum % 10 === 0;
}

/**
 * Start and end of each card number in a text (in the text as given): within each digit run of the
 * text as it reads, the first sequence of whole groups that holds 13–19 digits and is a card number.
 */
function cardSpans(given: string): readonly { start: number; end: number; last4: string }[] {
  if (digitCount(given, 13) < 13) return NONE; // most texts, at a glance
  const read = asRead(given);
  const text = read.text;
  const spans: { start: number; end: number; last4: string }[] = [];
  for (const run of blankHashes(blankIbans(text)).matchAll(DIGIT_RUN)) {
    const groups = [...run[0].matchAll(/\d+/g)].map((g) => ({
      digits: g[0],
      start: run.index + g.index,
      end: run.index + g.index + g[0].length,
    }));
    for (let i = 0; i < groups.length; i++) {
      if (!/^[2-6]/.test(groups[i].digits)) continue;
      let digits = "";
      for (let j = i; j < groups.length && digits.length + groups[j].digits.length <= 19; j++) {
        digits += groups[j].digits;
        // one long group after a decimal mark is a fraction's digits (0.5454545454545454), not a card
        const fraction = j === i && i > 0 && /^[.,]$/.test(text.slice(groups[i - 1].end, groups[i].start));
        if (
          digits.length >= 13 &&
          !fraction &&
          isCardNumber(digits) &&
          !isOtherIdentifier(digits, text[groups[i].start - 1] ?? "")
        ) {
          spans.push({ start: read.from[groups[i].start], end: read.to[groups[j].end - 1], last4: digits.slice(-4) });
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

/** The digits in a text (ASCII or fullwidth), counted up to `enough`. */
function digitCount(text: string, enough: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < enough; i++) {
    const ch = text.charCodeAt(i);
    if ((ch >= 48 && ch <= 57) || (ch >= 0xff10 && ch <= 0xff19)) count++;
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
  return /^\d+$/.test(digits) && isCardNumber(digits) && !isOtherIdentifier(digits, "") ? digits : undefined;
}

/** A cell's value with every full card number masked to its last four: a text's, or a number that is one. */
export function maskCardsIn<T>(value: T): T | string {
  if (typeof value === "string") return value.length < 13 ? value : maskCardNumbers(value);
  const card = cardNumberOf(value);
  return card ? `•••• ${card.slice(-4)}` : value;
}
