/**
 * Estimates as the admin follows them: the lines sharing a QuoteID are one quote, open while it is a
 * draft or sent and still valid; the pipeline is what the open ones are worth, the win rate how many
 * of those decided were accepted (docs/DESIGN.md, *Estimates*).
 */
import type { Day } from "../kernel/dates";
import { roundHalfAway, type Cents } from "../kernel/money";
import type { Quote } from "../workbook/contract";

export type QuoteStatus = "Draft" | "Sent" | "Accepted" | "Rejected" | "Expired";

export interface QuoteSummary {
  quoteId: string;
  clientId: string;
  exec: string | null;
  /** the earliest QuoteDate of its lines */
  quoteDate: Day;
  /** the latest ValidUntil of its lines, else the quote date plus the QuoteValidityDays setting */
  validUntil: Day;
  /** as typed (Draft where blank): a sent quote past its validity is still Sent here */
  status: QuoteStatus;
  /** the lines' Net, or quantity × unit price less the discount where Net is blank */
  net: Cents;
  lines: Quote[];
}

/** The workbook's quotes, one per QuoteID, in the order their first lines come. */
export function quotesOf(lines: readonly Quote[], validityDays: number): QuoteSummary[] {
  const byId = new Map<string, Quote[]>();
  for (const line of lines) {
    if (line.QuoteID === null) continue;
    const group = byId.get(line.QuoteID);
    if (group) group.push(line);
    else byId.set(line.QuoteID, [line]);
  }
  return [...byId].map(([quoteId, group]) => {
    const quoteDate = Math.min(...group.map((l) => l.QuoteDate));
    const valid = group.map((l) => l.ValidUntil).filter((d): d is Day => d !== null);
    return {
      quoteId,
      clientId: group[0].ClientID,
      exec: group.find((l) => l.Exec !== null)?.Exec ?? null,
      quoteDate,
      validUntil: valid.length ? Math.max(...valid) : quoteDate + validityDays,
      status: group.find((l) => l.Status !== null)?.Status ?? "Draft",
      net: group.reduce((sum, l) => sum + quoteLineNet(l), 0),
      lines: group,
    };
  });
}

/** A line's net: as typed, else quantity × unit price less the discount. */
export function quoteLineNet(line: Quote): Cents {
  if (line.Net !== null) return line.Net;
  return roundHalfAway((line.Quantity ?? 0) * (line.UnitPrice ?? 0) * (1 - (line.Discount ?? 0)));
}

const awaited = (q: QuoteSummary) => q.status === "Draft" || q.status === "Sent";

/** A draft or sent quote still valid on the date (it expires at the end of ValidUntil). */
export const isOpenQuote = (q: QuoteSummary, asOf: Day) => awaited(q) && asOf <= q.validUntil;

/** A draft or sent quote whose validity ended before the date. */
export const isExpiredQuote = (q: QuoteSummary, asOf: Day) => awaited(q) && asOf > q.validUntil;

/** Days left to its validity (0 on its last day; below 0 once expired). */
export const daysToExpiry = (q: QuoteSummary, asOf: Day) => q.validUntil - asOf;

/** Days after its date that a sent quote with no answer is to be followed up. */
export const FOLLOW_UP_DAYS = 14;

/** Sent, still open, and dated FOLLOW_UP_DAYS or more before the date: time to ask the client. */
export const toFollowUp = (q: QuoteSummary, asOf: Day) =>
  q.status === "Sent" && isOpenQuote(q, asOf) && asOf - q.quoteDate >= FOLLOW_UP_DAYS;

/** The net worth of the quotes open on a date: made by then, and still valid (a later quote is not in a past pipeline). */
export const pipeline = (quotes: readonly QuoteSummary[], asOf: Day): Cents =>
  quotes.filter((q) => q.quoteDate <= asOf && isOpenQuote(q, asOf)).reduce((sum, q) => sum + q.net, 0);

export interface WinRate {
  from: Day;
  to: Day;
  accepted: number;
  /** accepted, rejected and expired (a sent quote past its validity counts as expired) */
  decided: number;
  /** accepted ÷ decided; null when none was decided */
  rate: number | null;
}

/** The win rate of the quotes dated between two days (both included), as decided on `asOf`. */
export function winRate(quotes: readonly QuoteSummary[], from: Day, to: Day, asOf: Day): WinRate {
  const dated = quotes.filter((q) => q.quoteDate >= from && q.quoteDate <= to);
  const accepted = dated.filter((q) => q.status === "Accepted").length;
  const decided = dated.filter(
    (q) =>
      q.status === "Accepted" ||
      q.status === "Rejected" ||
      q.status === "Expired" ||
      (q.status === "Sent" && asOf > q.validUntil),
  ).length;
  return { from, to, accepted, decided, rate: decided ? accepted / decided : null };
}

/** What the admin follows as of a date: the open quotes (soonest to expire first), those expired unanswered, the pipeline and the win rate of the 90 days up to it. */
export function quoteFollowUp(lines: readonly Quote[], validityDays: number, asOf: Day) {
  const quotes = quotesOf(lines, validityDays);
  const soonest = (a: QuoteSummary, b: QuoteSummary) =>
    a.validUntil - b.validUntil || a.quoteId.localeCompare(b.quoteId);
  return {
    asOf,
    open: quotes.filter((q) => isOpenQuote(q, asOf)).sort(soonest),
    expired: quotes.filter((q) => isExpiredQuote(q, asOf)).sort(soonest),
    pipeline: pipeline(quotes, asOf),
    winRate: winRate(quotes, asOf - 89, asOf, asOf),
  };
}
