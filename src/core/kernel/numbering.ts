import { escapeRegExp } from "./text";

/**
 * Document numbers from a pattern: YYYY (or YY) is the year of issue, a run of N the zero-padded
 * sequence (padded wider where the series is already written wider: P-001134 after P-001133).
 */
export function formatDocumentNumber(pattern: string, year: number, sequence: number, width = 0): string {
  return pattern
    .replace(/YYYY/g, String(year))
    .replace(/YY/g, String(year % 100).padStart(2, "0"))
    .replace(/N+/, (run) => String(sequence).padStart(Math.max(run.length, width), "0"));
}

/** A series is the pattern with its year filled in: "2026-NNNN" numbers 2026-0001, 2026-0002… */
function seriesPattern(pattern: string, year: number): RegExp {
  const filled = escapeRegExp(formatDocumentNumber(pattern.replace(/N+/, "\u0000"), year, 0));
  // a pattern is checked to hold N before it is used
  const digits = pattern.match(/N+/)![0].length;
  return new RegExp(`^${filled.replace("\u0000", `(\\d{${digits},})`)}$`);
}

/**
 * The series a number belongs to, as its document names it: the pattern with the year of issue and
 * without its sequence ("2026-0007" → "2026", "F/26/00009" → "F/26"). A number of another series
 * ("R-2026-0001" where the pattern is YYYY-NNNN) loses its last run of digits.
 */
export function seriesOf(number: string, pattern: string, year: number): string {
  const series = seriesPattern(pattern, year).test(number.trim())
    ? formatDocumentNumber(pattern.replace(/N+/, ""), year, 0)
    : number.replace(/\d+(?!.*\d)/, "");
  return series.replace(/^[-/. ]+|[-/. ]+$/g, "");
}

/** A sequence longer than this is a typo, not a number of the series: read as a number it would throw every later one off. */
const MAX_SEQUENCE_DIGITS = 9;

/**
 * The sequence numbers a series has used, in the order they appear (as text: digits, never floats),
 * its malformed ones, and how many digits its highest number is written with.
 */
export function sequencesOf(
  pattern: string,
  year: number,
  numbers: Iterable<unknown>,
): { used: number[]; malformed: string[]; width: number } {
  const series = seriesPattern(pattern, year);
  const used: number[] = [];
  const malformed: string[] = [];
  let [top, width] = [0, 0];
  for (const n of numbers) {
    const m = typeof n === "string" ? series.exec(n.trim()) : null;
    if (!m) continue;
    if (m[1].length > MAX_SEQUENCE_DIGITS) malformed.push(n as string);
    else {
      const sequence = Number(m[1]);
      used.push(sequence);
      if (sequence > top) [top, width] = [sequence, m[1].length];
    }
  }
  return { used, malformed, width };
}

const highest = (numbers: readonly number[]) => numbers.reduce((max, n) => (n > max ? n : max), 0);

/**
 * The next number of the year's series (invoices, quotes, orders; year 0 for a series with no year):
 * one past the highest used, as wide as it is written (gaps are reported, never filled; typos skipped).
 */
export function nextDocumentNumber(pattern: string, year: number, numbers: Iterable<unknown>): string {
  const { used, width } = sequencesOf(pattern, year, numbers);
  return formatDocumentNumber(pattern, year, highest(used) + 1, width);
}
