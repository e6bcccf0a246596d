/*
 * SALES.* custom functions. This file holds only the JSDoc-tagged functions: the metadata plugin builds
 * functions.json from the tags and registers each one, so they stay plain, unit-testable code.
 */
import {
  parsePeriod,
  isoWeekLabel,
  dayFromSerial,
  serialFromDay,
  isValidIban,
  fromCents,
  toCents,
  vatOf,
  say,
} from "../core/kernel";
import { parseTextDate } from "../core/workbook";
import { displayLanguage, invalidValue } from "./errors";
import { segmentFigure } from "../core/market";
import { FIGURES } from "../core/sales";
import { stream, streamDates } from "./snapshots";

/**
 * The ISO 8601 week of a date, such as "2026-W48" (weeks start on Monday; week 1 holds the year's first Thursday).
 * @customfunction WEEK
 * @param date A date, or a date typed as text (2026-11-27 or 27/11/2026).
 * @param invocation Streams: the date system (1900 or 1904) is the workbook's, read on its own.
 * @returns The ISO week, as year-W-week.
 */
export function week(date: number | string, invocation: CustomFunctions.StreamingInvocation<string>): void {
  streamDates(invocation, (date1904) => {
    const day = typeof date === "number" ? dayFromSerial(date, date1904) : parseTextDate(String(date));
    if (day === undefined) throw invalidValue(say("settings.notDate", { value: String(date) }));
    return isoWeekLabel(day);
  });
}

/**
 * The first day of a period: the Monday of a week, the 1st of a month, quarter or year.
 * @customfunction WEEKSTART
 * @param period A week (2026-W48), month (2026-11), quarter (2026-Q4) or year (2026).
 * @param invocation Streams: the date system (1900 or 1904) is the workbook's, read on its own.
 * @returns The date the period starts (format the cell as a date).
 */
export function weekStart(period: string | number, invocation: CustomFunctions.StreamingInvocation<number>): void {
  streamDates(invocation, (date1904) => {
    const parsed = parsePeriod(String(period));
    if (!parsed.ok) throw invalidValue(parsed.error);
    return serialFromDay(parsed.value.start, date1904);
  });
}

/**
 * Whether an IBAN is valid: country, length and check digits (ISO 13616). Spaces, dots and dashes are allowed.
 * @customfunction IBANCHECK
 * @param iban The IBAN as written, such as "ES91 2100 0418 4502 0005 1332".
 * @returns TRUE if the IBAN is valid.
 */
export function ibanCheck(iban: string): boolean {
  return isValidIban(String(iban ?? ""));
}

/**
 * The VAT of a net amount, rounded to the cent (half away from zero), as on an invoice line.
 * @customfunction VAT
 * @param net The net amount (before VAT).
 * @param [rate] The VAT rate as a percentage cell (21%) or fraction (0.21); 21% if omitted.
 * @returns The VAT amount.
 */
export function vat(net: number, rate?: number): number {
  const r = rate ?? 0.21;
  if (!Number.isFinite(net)) throw invalidValue(say("cell.notAmount", { value: `'${net}'` }));
  if (!Number.isFinite(r) || r < 0 || r > 1) throw invalidValue(say("figure.vatRate", { value: String(r) }));
  return fromCents(vatOf(toCents(net), r));
}

/**
 * Revenue of a period (net of VAT; credit notes included): invoiced by issue date, or booked by order date.
 * @customfunction REVENUE
 * @param period A week (2026-W48), month (2026-11), quarter (2026-Q4), year (2026) or a date (that day).
 * @param [exec] An exec's ID or name; everyone if omitted.
 * @param [category] A product category; all if omitted.
 * @param [basis] "invoiced" or "booked"; the workbook's setting (invoiced) if omitted.
 * @param invocation Streaming invocation: the cell updates when the tables change.
 * @streaming
 */
export function revenue(
  period: string | number,
  exec: string | null,
  category: string | null,
  basis: string | null,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, (s) => FIGURES.revenue(s, period, exec, category, basis));
}

/**
 * The revenue target of a period, spread over working days; a finer target (week over month) wins on the days it covers.
 * @customfunction TARGET
 * @param period A week, month, quarter, year or date.
 * @param [exec] An exec's ID or name; the company-wide target if omitted.
 * @param [category] A product category.
 * @param invocation Streaming invocation.
 * @streaming
 */
export function target(
  period: string | number,
  exec: string | null,
  category: string | null,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, (s) => FIGURES.target(s, period, exec, category));
}

/**
 * Revenue minus target for a period (negative when behind).
 * @customfunction VARIANCE
 * @param period A week, month, quarter, year or date.
 * @param [exec] An exec's ID or name; everyone if omitted.
 * @param invocation Streaming invocation.
 * @streaming
 */
export function variance(
  period: string | number,
  exec: string | null,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, (s) => FIGURES.variance(s, period, exec));
}

/**
 * Revenue divided by target (1 = 100 %); #N/A when there is no target.
 * @customfunction ATTAINMENT
 * @param period A week, month, quarter, year or date.
 * @param [exec] An exec's ID or name; everyone if omitted.
 * @param invocation Streaming invocation.
 * @streaming
 */
export function attainment(
  period: string | number,
  exec: string | null,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, (s) => FIGURES.attainment(s, period, exec));
}

/**
 * Forecast revenue for the whole period at the run rate so far: revenue to date ÷ working days elapsed × working days in the period.
 * @customfunction RUNRATE
 * @param period A week, month, quarter or year.
 * @param [exec] An exec's ID or name; everyone if omitted.
 * @param [asOf] The date to count up to; today if omitted.
 * @param invocation Streaming invocation.
 * @streaming
 */
export function runRate(
  period: string | number,
  exec: string | null,
  asOf: number | string | null,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, (s, today) => FIGURES.runrate(s, period, exec, asOf, today));
}

/**
 * What clients owe: invoice totals plus credit notes minus payments received, as of a date.
 * @customfunction OUTSTANDING
 * @param [client] A ClientID; all clients if omitted.
 * @param [asOf] The date; today if omitted.
 * @param invocation Streaming invocation.
 * @streaming
 */
export function outstanding(
  client: string | null,
  asOf: number | string | null,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, (s, today) => FIGURES.outstanding(s, client, asOf, today));
}

/**
 * The part of what clients owe that is past its due date, as of a date.
 * @customfunction OVERDUE
 * @param [client] A ClientID; all clients if omitted.
 * @param [asOf] The date; today if omitted.
 * @param invocation Streaming invocation.
 * @streaming
 */
export function overdue(
  client: string | null,
  asOf: number | string | null,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, (s, today) => FIGURES.overdue(s, client, asOf, today));
}

/**
 * Days sales outstanding: receivables ÷ totals invoiced in the last days × days.
 * @customfunction DSO
 * @param [days] The window in days; 90 if omitted.
 * @param [asOf] The date; today if omitted.
 * @param invocation Streaming invocation.
 * @streaming
 */
export function dso(
  days: number | null,
  asOf: number | string | null,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, (s, today) => FIGURES.dso(s, days, asOf, today));
}

/**
 * A field of a client's record, such as Email, City, IBAN or PaymentTermsDays.
 * @customfunction CLIENT
 * @param clientId The ClientID.
 * @param field A column of the Clients table.
 * @param invocation Streaming invocation.
 * @streaming
 */
export function client(
  clientId: string,
  field: string,
  invocation: CustomFunctions.StreamingInvocation<string | number | boolean>,
): void {
  stream(invocation, (s) => FIGURES.client(s, clientId, field));
}

/**
 * Working days (Monday to Friday, minus the Holiday settings) in a period.
 * @customfunction WORKDAYS
 * @param period A week, month, quarter, year or date.
 * @param invocation Streaming invocation.
 * @streaming
 */
export function workdays(period: string | number, invocation: CustomFunctions.StreamingInvocation<number>): void {
  stream(invocation, (s) => FIGURES.workdays(s, period));
}

/**
 * On-time delivery rate: orders delivered in the period on or before their promised date ÷ orders delivered in it.
 * @customfunction ONTIME
 * @param period A week, month, quarter, year or date: the orders whose delivery date falls in it.
 * @param [exec] An exec's ID or name; everyone if omitted.
 * @param invocation Streaming invocation.
 * @streaming
 */
export function onTime(
  period: string | number,
  exec: string | null,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, (s) => FIGURES.ontime(s, period, exec));
}

/**
 * Late orders: neither delivered nor cancelled, with their promised date before the date.
 * @customfunction LATEORDERS
 * @param [client] A ClientID; all clients if omitted.
 * @param [asOf] The date; today if omitted.
 * @param invocation Streaming invocation.
 * @streaming
 */
export function lateOrders(
  client: string | null,
  asOf: number | string | null,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, (s, today) => FIGURES.lateorders(s, client, asOf, today));
}

/**
 * The pipeline: the net worth of the quotes open on a date (drafts and sent quotes still valid).
 * @customfunction PIPELINE
 * @param [exec] An exec's ID or name; everyone if omitted.
 * @param [asOf] The date; today if omitted.
 * @param invocation Streaming invocation.
 * @streaming
 */
export function pipeline(
  exec: string | null,
  asOf: number | string | null,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, (s, today) => FIGURES.pipeline(s, exec, asOf, today));
}

/**
 * Win rate: quotes dated in the period that were accepted ÷ those decided (accepted, rejected or expired).
 * @customfunction WINRATE
 * @param period A week, month, quarter, year or date: the quotes dated in it.
 * @param [exec] An exec's ID or name; everyone if omitted.
 * @param invocation Streaming invocation.
 * @streaming
 */
export function winRate(
  period: string | number,
  exec: string | null,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, (s, today) => FIGURES.winrate(s, period, exec, today));
}

/**
 * A client's segment from what they bought (RFM: recency, frequency and money over 365 days, scored in quintiles), as of a day.
 * @customfunction SEGMENT
 * @param client A client's ID (C-0007).
 * @param [asOf] The day to look from (a date); today if omitted.
 * @param invocation Streaming invocation: the cell updates when the tables change.
 * @returns The segment's name: Champions, Loyal, Promising, New, At risk, Can't lose, Hibernating or No purchases.
 * @streaming
 */
export function segment(
  client: string,
  asOf: number | string | null,
  invocation: CustomFunctions.StreamingInvocation<string>,
): void {
  stream(invocation, (s, today) => segmentFigure(s, client, asOf, today, displayLanguage()));
}
