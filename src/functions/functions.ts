/*
 * SALES.* custom functions. This file holds only the JSDoc-tagged functions: the metadata plugin builds
 * functions.json from the tags and registers each one, so they stay plain, unit-testable code.
 */
import { parsePeriod, isoWeekLabel } from "../core/periods";
import { dayFromSerial, serialFromDay } from "../core/dates";
import { parseTextDate } from "../core/cells";
import { isValidIban } from "../core/iban";
import { fromCents, toCents, vatOf } from "../core/money";
import { invalidValue } from "./errors";

/**
 * The ISO 8601 week of a date, such as "2026-W48" (weeks start on Monday; week 1 holds the year's first Thursday).
 * @customfunction WEEK
 * @param date A date, or a date typed as text (2026-11-27 or 27/11/2026).
 * @returns The ISO week, as year-W-week.
 */
export function week(date: number | string): string {
  const day = typeof date === "number" ? dayFromSerial(date) : parseTextDate(String(date));
  if (day === undefined) throw invalidValue(`'${date}' is not a date`);
  return isoWeekLabel(day);
}

/**
 * The first day of a period: the Monday of a week, the 1st of a month, quarter or year.
 * @customfunction WEEKSTART
 * @param period A week (2026-W48), month (2026-11), quarter (2026-Q4) or year (2026).
 * @returns The date the period starts (format the cell as a date).
 */
export function weekStart(period: string | number): number {
  const parsed = parsePeriod(String(period));
  if (!parsed.ok) throw invalidValue(parsed.error);
  return serialFromDay(parsed.value.start);
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
  if (!Number.isFinite(net)) throw invalidValue(`'${net}' is not an amount`);
  if (!Number.isFinite(r) || r < 0 || r > 1) throw invalidValue(`'${r}' is not a VAT rate: write 21% or 0.21`);
  return fromCents(vatOf(toCents(net), r));
}
