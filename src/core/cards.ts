/**
 * Full card numbers must never be stored (PCI DSS): any Luhn-valid run of 13–19 digits, with or
 * without spaces or dashes between groups, is found and masked; only the last four digits survive.
 * A run must stand alone (not inside a longer number, not glued to letters as in an IBAN) and start
 * with 2–6, the major industry identifiers of the card networks, so bank references rarely trip it.
 */
const CANDIDATE = /(?<!\d[ -]?)(?<![A-Za-z])[2-6](?:[ -]?\d){12,18}(?![ -]?\d)/g;

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

/** The last four digits of every card number in a text (empty when there is none). */
export function findCardNumbers(text: string): string[] {
  if (text.length < 13) return [];
  const found: string[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const digits = match[0].replace(/[ -]/g, "");
    if (passesLuhn(digits)) found.push(digits.slice(-4));
  }
  return found;
}

/** The text with each card number replaced by "•••• 1234". */
export function maskCardNumbers(text: string): string {
  return text.replace(CANDIDATE, (run) => {
    const digits = run.replace(/[ -]/g, "");
    return passesLuhn(digits) ? `•••• ${digits.slice(-4)}` : run;
  });
}
