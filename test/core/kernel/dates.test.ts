import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import {
  dateFromDay,
  dayFromDate,
  dayFromSerial,
  dayOf,
  isValidDate,
  localToday,
  formatDmy,
  formatIsoDate,
  parseIsoDate,
  serialFromDay,
  weekday,
} from "../../../src/core/kernel/dates";
import { parseTextDate } from "../../../src/core/workbook/cells";

describe("Excel serial dates", () => {
  it("reads the 1900 system, including its fictitious 29 February 1900", () => {
    expect(formatIsoDate(dayFromSerial(1)!)).toBe("1900-01-01");
    expect(formatIsoDate(dayFromSerial(59)!)).toBe("1900-02-28");
    expect(dayFromSerial(60)).toBeUndefined(); // Lotus 1-2-3's 1900-02-29 never existed
    expect(formatIsoDate(dayFromSerial(61)!)).toBe("1900-03-01");
    expect(formatIsoDate(dayFromSerial(46353)!)).toBe("2026-11-27");
    expect(dayFromSerial(0)).toBeUndefined();
    expect(dayFromSerial(-5)).toBeUndefined();
  });

  it("reads the 1904 system (serial 0 = 1904-01-01, 1462 days after the 1900 system)", () => {
    expect(formatIsoDate(dayFromSerial(0, true)!)).toBe("1904-01-01");
    expect(formatIsoDate(dayFromSerial(44891, true)!)).toBe("2026-11-27");
    expect(serialFromDay(dayOf(2026, 11, 27), false) - serialFromDay(dayOf(2026, 11, 27), true)).toBe(1462);
  });

  it("ignores the time of day", () => {
    expect(formatIsoDate(dayFromSerial(46353.75)!)).toBe("2026-11-27");
  });

  it("round-trips every day in both systems", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf(1904, 1, 1), max: dayOf(9999, 12, 31) }), fc.boolean(), (day, date1904) => {
        expect(dayFromSerial(serialFromDay(day, date1904), date1904)).toBe(day);
      }),
    );
    for (let day = dayOf(1900, 1, 1); day < dayOf(1904, 1, 1); day++)
      expect(dayFromSerial(serialFromDay(day))).toBe(day);
  });
});

describe("text dates", () => {
  it("parses ISO and day-first European dates and refuses impossible ones", () => {
    expect(parseIsoDate("2026-11-27")).toBe(dayOf(2026, 11, 27));
    expect(parseIsoDate("2026-02-30")).toBeUndefined();
    expect(parseTextDate("27/11/2026")).toBe(dayOf(2026, 11, 27));
    expect(parseTextDate("7-1-2026")).toBe(dayOf(2026, 1, 7));
    expect(parseTextDate("27.11.2026")).toBe(dayOf(2026, 11, 27));
    expect(parseTextDate("31/11/2026")).toBeUndefined();
    expect(parseTextDate("29/02/2028")).toBe(dayOf(2028, 2, 29));
    expect(parseTextDate("29/02/2027")).toBeUndefined();
    expect(formatDmy(dayOf(2026, 1, 7))).toBe("07/01/2026");
  });
});

describe("dates at their edges", () => {
  it("are valid only with whole parts, a month 1–12 and a day the month has", () => {
    const valid = ([y, m, d]: number[]) => isValidDate(y, m, d);
    expect(
      [
        [2024, 2, 29],
        [2026, 12, 31],
        [2026, 1, 1],
        [1900, 1, 1],
      ].map(valid),
    ).toEqual([true, true, true, true]);
    expect(
      [
        [2026, 2, 29],
        [2026, 4, 31],
        [2026, 0, 1],
        [2026, 13, 1],
        [2026, 1, 0],
        [2026.5, 1, 1],
        [2026, 1.5, 1],
        [2026, 1, 1.5],
        [NaN, 1, 1],
        [2026, 2, 30],
        [2026, 0, 31],
      ].map(valid),
    ).toEqual(Array(11).fill(false));
    // a year before 1000 written with its four digits
    expect(formatIsoDate(dayOf(999, 3, 1))).toBe("0999-03-01");
  });

  it("read a serial only when it is a finite number, 1904's from 0 and 1900's from 1, day 60 being none", () => {
    expect([NaN, Infinity, 0.5, -0.5].map((s) => dayFromSerial(s))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect([dayFromSerial(-1, true), dayFromSerial(-0.5, true)]).toEqual([undefined, undefined]);
    expect(dayFromSerial(0.9, true)).toBe(dayOf(1904, 1, 1));
    expect([59, 60.5, 61.9].map((s) => dayFromSerial(s))).toEqual([dayOf(1900, 2, 28), undefined, dayOf(1900, 3, 1)]);
    expect([dayOf(1900, 2, 28), dayOf(1900, 3, 1), dayOf(1900, 1, 1)].map((d) => serialFromDay(d))).toEqual([
      59, 61, 1,
    ]);
  });

  it("read ISO text whole, around spaces only", () => {
    expect([" 2026-02-03 ", "2026-02-03x", "x2026-02-03", "2026-2-3", "2026-13-01"].map(parseIsoDate)).toEqual([
      dayOf(2026, 2, 3),
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("go to and from JavaScript dates at midnight UTC, and today is the local calendar's day", () => {
    expect(dateFromDay(dayOf(2026, 2, 3)).toISOString()).toBe("2026-02-03T00:00:00.000Z");
    expect(dayFromDate(new Date("2026-02-03T23:59:59.999Z"))).toBe(dayOf(2026, 2, 3));
    expect(dayFromDate(new Date("1969-12-31T12:00:00Z"))).toBe(-1);
    expect(localToday(new Date(2026, 10, 30, 0, 30))).toBe(dayOf(2026, 11, 30));
    expect(localToday(new Date(2027, 0, 1, 23, 59))).toBe(dayOf(2027, 1, 1));
  });
});

describe("weekdays", () => {
  it("counts Monday as 0, as ISO 8601 does", () => {
    expect(weekday(dayOf(2026, 11, 23))).toBe(0);
    expect(weekday(dayOf(2026, 11, 29))).toBe(6);
    expect(weekday(dayOf(1970, 1, 1))).toBe(3);
    expect(weekday(dayOf(1969, 12, 29))).toBe(0);
  });
});

export function isoWeekVectors(): { iso: string; dmy: string; year: number; week: number; weekday: number }[] {
  const text = readFileSync(path.join(__dirname, "../../fixtures/real/iso_week_vectors.csv"), "utf8");
  return text
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [dmy, iso, year, week, wd] = line.split(",");
      return { iso, dmy, year: Number(year), week: Number(week), weekday: Number(wd) };
    });
}

describe("today", () => {
  it("is the local calendar date, not the UTC one, around midnight", () => {
    // In a process of its own: the time zone is read when a process starts.
    const script = `require("tsx/cjs/api").register(); const d = require("./src/core/kernel/dates.ts");
      const at = new Date("2026-11-30T23:30:00Z"); console.log(d.formatIsoDate(d.localToday(at)), d.formatIsoDate(d.dayFromDate(at)));`;
    const run = spawnSync(process.execPath, ["-e", script], {
      cwd: path.join(__dirname, "..", "..", ".."),
      env: { ...process.env, TZ: "Europe/Madrid" },
      encoding: "utf8",
    });
    expect(run.stdout.trim()).toBe("2026-12-01 2026-11-30"); // 00:30 on 1 December in Barcelona; still the 30th in UTC
  });
});
