import fc from "fast-check";
import { dayOf, formatIsoDate, parseIsoDate } from "../../../src/core/kernel/dates";
import { splitEvenly } from "../../../src/core/kernel/money";
import { parseTextDate } from "../../../src/core/workbook/cells";
import {
  addWorkingDays,
  lastCompleteMonth,
  nextWorkingDay,
  workingDaysBetween,
  countWorkingDays,
  isoWeekLabel,
  isoWeekOf,
  isoWeekStart,
  parsePeriod,
  Period,
  periodContaining,
  spreadOverWorkingDays,
  weeksInIsoYear,
} from "../../../src/core/kernel/periods";
import { isoWeekVectors } from "./dates.test";
import { SaidError } from "../../../src/core/kernel/messages";
import { english } from "../../helpers/english";

const period = (text: string): Period => {
  const p = parsePeriod(text);
  if (!p.ok) throw new SaidError(p.error);
  return p.value;
};

describe("ISO weeks", () => {
  it("match the public test vectors (CPython, date-fns) around year boundaries", () => {
    const vectors = isoWeekVectors();
    expect(vectors.length).toBeGreaterThan(50);
    for (const v of vectors) {
      const day = parseIsoDate(v.iso)!;
      expect(parseTextDate(v.dmy)).toBe(day);
      expect(isoWeekOf(day)).toEqual({ year: v.year, week: v.week });
    }
  });

  it("puts 2026-12-31 in 2026-W53 and 2027-01-04 in 2027-W01", () => {
    expect(isoWeekLabel(dayOf(2026, 12, 31))).toBe("2026-W53");
    expect(isoWeekLabel(dayOf(2027, 1, 3))).toBe("2026-W53");
    expect(isoWeekLabel(dayOf(2027, 1, 4))).toBe("2027-W01");
    expect(isoWeekLabel(dayOf(2025, 12, 29))).toBe("2026-W01");
    expect(weeksInIsoYear(2026)).toBe(53);
    expect(weeksInIsoYear(2027)).toBe(52);
  });

  it("starts every week on a Monday that belongs to it", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf(1901, 1, 1), max: dayOf(2200, 12, 31) }), (day) => {
        const w = isoWeekOf(day);
        const start = isoWeekStart(w.year, w.week);
        expect(day - start).toBeGreaterThanOrEqual(0);
        expect(day - start).toBeLessThan(7);
      }),
    );
  });
});

describe("periods", () => {
  it("parses weeks, months, quarters, years and days", () => {
    expect(period("2026-W48")).toMatchObject({ kind: "week", start: dayOf(2026, 11, 23), end: dayOf(2026, 11, 29) });
    expect(period("2026w5").label).toBe("2026-W05");
    expect(period("2026-11")).toMatchObject({ kind: "month", start: dayOf(2026, 11, 1), end: dayOf(2026, 11, 30) });
    expect(period("2026-Q4")).toMatchObject({ kind: "quarter", start: dayOf(2026, 10, 1), end: dayOf(2026, 12, 31) });
    expect(period("2026")).toMatchObject({ kind: "year", start: dayOf(2026, 1, 1), end: dayOf(2026, 12, 31) });
    expect(period("2026-11-27")).toMatchObject({ kind: "day", start: dayOf(2026, 11, 27) });
    expect(period("2028-02").end).toBe(dayOf(2028, 2, 29));
  });

  it("refuses malformed periods with a reason", () => {
    for (const bad of ["2027-W53", "2026-13", "2026-Q5", "W48", "", "2026-02-30", "nov 2026"]) {
      const p = parsePeriod(bad);
      expect(p.ok).toBe(false);
      if (!p.ok) expect(english(p.error)).toContain(`'${bad}' is not a period`);
    }
  });

  it("refuses each malformed period with its own reason, at the edges of weeks, months and years", () => {
    const reason = (text: string) => {
      const p = parsePeriod(text);
      return p.ok ? p.value.label : english(p.error).replace(`'${text}' is not a period: `, "");
    };
    const weeks = ["2026-W00", "2026-W01", "2026-W53", "2027-W53", "1899-W10", "10000-W01"];
    expect(weeks.map(reason)).toEqual([
      "2026 has weeks 1 to 53",
      "2026-W01",
      "2026-W53",
      "2027 has weeks 1 to 52",
      "year out of range",
      "use a week (2026-W48), month (2026-11), quarter (2026-Q4), year (2026) or date (2026-11-27)",
    ]);
    const others = [
      "1900",
      "1899",
      "9999",
      "9999-Q4",
      "1899-Q1",
      "2026Q1",
      " 2026-q4 ",
      "1899-05",
      "2026-00",
      "2026-1",
      "2026-12",
    ];
    expect(others.map(reason)).toEqual([
      "1900",
      "year out of range",
      "9999",
      "9999-Q4",
      "year out of range",
      "2026-Q1",
      "2026-Q4",
      "year out of range",
      "the month must be 01 to 12",
      "2026-01",
      "2026-12",
    ]);
    const forms = [
      "x2026-W48",
      "2026-W48x",
      "2026-Q4x",
      "x2026-Q4",
      "2026-11x",
      "x2026-11",
      "2026-11-27x",
      "x2026-11-27",
    ];
    expect(new Set(forms.map(reason))).toEqual(
      new Set(["use a week (2026-W48), month (2026-11), quarter (2026-Q4), year (2026) or date (2026-11-27)"]),
    );
    expect(["1899-12-31", "2026-11-27"].map(reason)).toEqual(["no such date", "2026-11-27"]);
  });

  it("finds the period of each kind containing a day", () => {
    const day = dayOf(2026, 12, 31);
    expect(periodContaining("week", day).label).toBe("2026-W53");
    expect(periodContaining("month", day).label).toBe("2026-12");
    expect(periodContaining("quarter", day).label).toBe("2026-Q4");
    expect(periodContaining("year", day).label).toBe("2026");
  });
});

describe("working days and spreading", () => {
  const christmas = new Set([dayOf(2026, 12, 25), dayOf(2026, 12, 8), dayOf(2027, 1, 1)]);

  it("counts working days forward from a day, weekends and holidays skipped", () => {
    const [friday, saturday, monday] = [dayOf(2026, 12, 4), dayOf(2026, 12, 5), dayOf(2026, 12, 7)];
    expect(addWorkingDays(friday, 0, christmas)).toBe(friday);
    expect(addWorkingDays(friday, 1, christmas)).toBe(monday);
    expect(addWorkingDays(friday, 2, christmas)).toBe(dayOf(2026, 12, 9)); // the 8th is a holiday
    expect([nextWorkingDay(saturday, christmas), nextWorkingDay(monday, christmas)]).toEqual([monday, monday]);
    expect(nextWorkingDay(dayOf(2026, 12, 8), christmas)).toBe(dayOf(2026, 12, 9));
    expect(workingDaysBetween(friday, dayOf(2026, 12, 9), christmas)).toEqual([friday, monday, dayOf(2026, 12, 9)]);
    expect(workingDaysBetween(monday, friday, christmas)).toEqual([]);
    expect(periodContaining("day", friday).label).toBe("2026-12-04");
    expect([lastCompleteMonth(dayOf(2026, 1, 15)), lastCompleteMonth(dayOf(2026, 3, 1))]).toEqual([
      "2025-12",
      "2026-02",
    ]);
  });

  it("counts Monday to Friday minus holidays", () => {
    expect(countWorkingDays(period("2026-11"), new Set())).toBe(21);
    expect(countWorkingDays(period("2026-12"), christmas)).toBe(21);
    expect(countWorkingDays(period("2026-W53"), christmas)).toBe(4);
  });

  it("spreads a monthly target over working days, exact to the cent", () => {
    const spread = spreadOverWorkingDays(1_000_000, period("2026-11"), new Set());
    expect(spread.size).toBe(21);
    expect([...spread.values()].reduce((a, b) => a + b, 0)).toBe(1_000_000);
    expect(Math.max(...spread.values()) - Math.min(...spread.values())).toBeLessThanOrEqual(1);
    expect([...spread.keys()].map(formatIsoDate)).not.toContain("2026-11-28");
  });

  it("never loses or invents a cent, for any amount and period", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e11, max: 1e11 }),
        fc.constantFrom("2026-W48", "2026-11", "2026-Q4", "2026", "2027-02", "2026-W53"),
        (amount, label) => {
          const days = spreadOverWorkingDays(amount, period(label), christmas);
          expect([...days.values()].reduce((s, d) => s + d, 0)).toBe(amount);
        },
      ),
    );
  });

  it("gives any run of days its exact share to within a cent (a week of a month is no longer short of the leftover cents)", () => {
    const november = [...spreadOverWorkingDays(2_600_000, period("2026-11"), new Set()).entries()];
    const week48 = november
      .filter(([day]) => day >= dayOf(2026, 11, 23) && day <= dayOf(2026, 11, 29))
      .reduce((n, [, c]) => n + c, 0);
    expect(Math.abs(week48 - (2_600_000 * 5) / 21)).toBeLessThan(1); // 6.190,476… €: 6.190,47 or 6.190,48, never 6.190,45
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 1, max: 260 }),
        fc.nat(),
        fc.nat(),
        (amount, parts, a, b) => {
          const shares = splitEvenly(amount, parts);
          const [from, to] = [a % (parts + 1), b % (parts + 1)].sort((x, y) => x - y);
          const run = shares.slice(from, to).reduce((n, c) => n + c, 0);
          expect(Math.abs(run - (amount * (to - from)) / parts)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it("has nothing to spread over in a period without working days", () => {
    const holidays = new Set([23, 24, 25, 26, 27].map((d) => dayOf(2026, 11, d)));
    expect(spreadOverWorkingDays(50_000, period("2026-W48"), holidays).size).toBe(0);
  });
});
