/**
 * Calendar days as integers (days since 1970-01-01, UTC): no time zones, no Date objects in the hot paths.
 * Excel stores dates as serial numbers in one of two systems, both honoured here.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 system (valid from 1900-03-01 on). */
const EPOCH_1900 = 25_569;
/** Serial of 1970-01-01 in the 1904 system (serial 0 = 1904-01-01). */
const EPOCH_1904 = 24_107;
/** Excel's fictitious 1900-02-29 (kept for Lotus 1-2-3 compatibility). */
const PHANTOM_LEAP_DAY = 60;

export function dayOf(year: number, month: number, day: number): Day {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function partsOf(day: Day): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Monday … 6 = Sunday (ISO 8601). */
export function weekday(day: Day): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** A date that exists: its parts come back as they went in (13/2026, 31 April or 2.5 January do not). */
export function isValidDate(year: number, month: number, day: number): boolean {
  const p = partsOf(dayOf(year, month, day));
  return p.year === year && p.month === month && p.day === day;
}

/**
 * An Excel serial to a day; the time of day is ignored. Returns undefined for serials that are no date:
 * below 1, and 60 in the 1900 system (the 29 February 1900 that never was).
 */
export function dayFromSerial(serial: number, date1904 = false): Day | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (date1904) return whole >= 0 ? whole - EPOCH_1904 : undefined;
  if (whole < 1 || whole === PHANTOM_LEAP_DAY) return undefined;
  return whole < PHANTOM_LEAP_DAY ? whole - EPOCH_1900 + 1 : whole - EPOCH_1900;
}

export function serialFromDay(day: Day, date1904 = false): number {
  if (date1904) return day + EPOCH_1904;
  const serial = day + EPOCH_1900;
  return serial <= PHANTOM_LEAP_DAY ? serial - 1 : serial;
}

/** "2026-11-27" */
export function formatIsoDate(day: Day): string {
  const p = partsOf(day);
  return `${String(p.year).padStart(4, "0")}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** Strict ISO date "yyyy-mm-dd"; undefined if malformed or impossible (2026-02-30). */
export function parseIsoDate(text: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? dayOf(y, mo, d) : undefined;
}

/** "27/11/2026", the European way users read dates. */
export function formatDmy(day: Day): string {
  const p = partsOf(day);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
}

export function dayFromDate(date: Date): Day {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/**
 * The local calendar date of a moment, not the UTC one (in Barcelona at 00:30 it is already the 1st
 * while UTC still says the 30th). Dates read from cells stay UTC (dayFromDate). The core never asks
 * the system for the moment: each face passes it (DESIGN.md, "Time is an input").
 */
export function localToday(now: Date): Day {
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function dateFromDay(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
