/**
 * ISO 8601 weeks and the periods targets are set for: a day, a week (2026-W48), a month (2026-11),
 * a quarter (2026-Q4) or a year (2026). Working days are Monday to Friday minus holidays.
 */
import { Day, dayOf, formatIsoDate, isValidDate, partsOf, pad2, weekday } from "./dates";
import { Cents, splitEvenly } from "./money";
import { Result, fail, ok } from "./result";
import { say, type Message } from "./messages";

export type PeriodKind = "day" | "week" | "month" | "quarter" | "year";

/** Granularity rank: a finer period overrides a coarser one (week > month > quarter > year). */
export const FINENESS: Record<PeriodKind, number> = { day: 4, week: 3, month: 2, quarter: 1, year: 0 };

export interface Period {
  kind: PeriodKind;
  /** canonical label: "2026-11-27", "2026-W48", "2026-11", "2026-Q4", "2026" */
  label: string;
  /** first and last day, inclusive */
  start: Day;
  end: Day;
}

export interface IsoWeek {
  year: number;
  week: number;
}

/** The ISO week of a day: the week belongs to the year of its Thursday. */
export function isoWeekOf(day: Day): IsoWeek {
  const thursday = day - weekday(day) + 3;
  const year = partsOf(thursday).year;
  return { year, week: Math.floor((thursday - dayOf(year, 1, 1)) / 7) + 1 };
}

export function isoWeekLabel(day: Day): string {
  const w = isoWeekOf(day);
  return `${w.year}-W${pad2(w.week)}`;
}

/** Monday of an ISO week (4 January is always in week 1). */
export function isoWeekStart(year: number, week: number): Day {
  const jan4 = dayOf(year, 1, 4);
  return jan4 - weekday(jan4) + (week - 1) * 7;
}

export function weeksInIsoYear(year: number): number {
  return isoWeekOf(dayOf(year, 12, 28)).week;
}

export function dayPeriod(day: Day): Period {
  return { kind: "day", label: formatIsoDate(day), start: day, end: day };
}

export function weekPeriod(year: number, week: number): Period {
  const start = isoWeekStart(year, week);
  return { kind: "week", label: `${year}-W${pad2(week)}`, start, end: start + 6 };
}

export function monthPeriod(year: number, month: number): Period {
  const start = dayOf(year, month, 1);
  return { kind: "month", label: `${year}-${pad2(month)}`, start, end: dayOf(year, month + 1, 1) - 1 };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const start = dayOf(year, quarter * 3 - 2, 1);
  return { kind: "quarter", label: `${year}-Q${quarter}`, start, end: dayOf(year, quarter * 3 + 1, 1) - 1 };
}

export function yearPeriod(year: number): Period {
  return { kind: "year", label: String(year), start: dayOf(year, 1, 1), end: dayOf(year + 1, 1, 1) - 1 };
}

/** The period of a given kind that contains a day. */
export function periodContaining(kind: PeriodKind, day: Day): Period {
  const p = partsOf(day);
  switch (kind) {
    case "day":
      return dayPeriod(day);
    case "week": {
      const w = isoWeekOf(day);
      return weekPeriod(w.year, w.week);
    }
    case "month":
      return monthPeriod(p.year, p.month);
    case "quarter":
      return quarterPeriod(p.year, Math.ceil(p.month / 3));
    case "year":
      return yearPeriod(p.year);
  }
}

/** The last month that has ended: a newsletter's default (the current one is a day or two old). */
export function lastCompleteMonth(today: Day): string {
  return periodContaining("month", periodContaining("month", today).start - 1).label;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

/** Parses "2026-W48", "2026-11", "2026-Q4", "2026" or "2026-11-27" (case and spaces forgiven). */
export function parsePeriod(text: string): Result<Period> {
  const t = text.trim().toUpperCase();
  let m: RegExpExecArray | null;
  const bad = (why: Message) => fail<Period>("period.not", { text, why });
  if ((m = /^(\d{4})-?W(\d{1,2})$/.exec(t))) {
    const [year, week] = [Number(m[1]), Number(m[2])];
    if (!inYearRange(year)) return bad(say("period.yearRange"));
    if (week < 1 || week > weeksInIsoYear(year))
      return bad(say("period.weeks", { year: String(year), last: weeksInIsoYear(year) }));
    return ok(weekPeriod(year, week));
  }
  if ((m = /^(\d{4})-?Q([1-4])$/.exec(t))) {
    return inYearRange(Number(m[1])) ? ok(quarterPeriod(Number(m[1]), Number(m[2]))) : bad(say("period.yearRange"));
  }
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(t))) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (!inYearRange(year)) return bad(say("period.yearRange"));
    return month >= 1 && month <= 12 ? ok(monthPeriod(year, month)) : bad(say("period.month"));
  }
  if ((m = /^(\d{4})$/.exec(t))) {
    return inYearRange(Number(m[1])) ? ok(yearPeriod(Number(m[1]))) : bad(say("period.yearRange"));
  }
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidDate(y, mo, d) && inYearRange(y) ? ok(dayPeriod(dayOf(y, mo, d))) : bad(say("period.noSuchDate"));
  }
  return bad(say("period.forms"));
}

function inYearRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

export function isWorkingDay(day: Day, holidays: ReadonlySet<Day>): boolean {
  return weekday(day) < 5 && !holidays.has(day);
}

/** The day n working days after a day (weekends and holidays skipped). */
export function addWorkingDays(day: Day, n: number, holidays: ReadonlySet<Day>): Day {
  let d = day;
  for (let left = n; left > 0;) {
    d++;
    if (isWorkingDay(d, holidays)) left--;
  }
  return d;
}

/** The day itself when it is a working day, else the next one that is. */
export function nextWorkingDay(day: Day, holidays: ReadonlySet<Day>): Day {
  let d = day;
  while (!isWorkingDay(d, holidays)) d++;
  return d;
}

export function workingDaysBetween(start: Day, end: Day, holidays: ReadonlySet<Day>): Day[] {
  const days: Day[] = [];
  for (let d = start; d <= end; d++) if (isWorkingDay(d, holidays)) days.push(d);
  return days;
}

export function countWorkingDays(period: Period, holidays: ReadonlySet<Day>): number {
  return workingDaysBetween(period.start, period.end, holidays).length;
}

/**
 * Spreads an amount evenly over the working days of a period, exact to the cent (cumulative rounding:
 * any run of days gets its exact share to within a cent). Empty when the period has no working day:
 * the caller reports that.
 */
export function spreadOverWorkingDays(amount: Cents, period: Period, holidays: ReadonlySet<Day>): Map<Day, Cents> {
  const days = workingDaysBetween(period.start, period.end, holidays);
  const shares = splitEvenly(amount, days.length);
  return new Map(days.map((d, i) => [d, shares[i]]));
}
