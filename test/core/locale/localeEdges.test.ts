/**
 * Values as typed, at the edges of each reader: the currency a text or number format shows, amounts
 * signed and grouped every way, a lone decimal mark, rates at 0, 1 and 100, month names and their
 * shortest unambiguous forms, date orders by vote, dates with times and at the years' limits,
 * periods in words, headers that name a period, countries and mailboxes.
 */
import {
  currencyIn,
  dateOrderOf,
  decimalMarkIn,
  decimalMarkOf,
  looksLikeDate,
  monthOf,
  mostCommonCurrency,
  normalizeEmail,
  parseAmount,
  parseCountry,
  parseDateText,
  parsePeriodText,
  parsePeriodWords,
  parseRate,
  periodOfHeader,
  readPeriod,
} from "../../../src/core/locale/localeValues";
import { formatIsoDate } from "../../../src/core/kernel/dates";
import { foldWords, headerTokens } from "../../../src/core/locale/fold";
import { codeLookup } from "../../../src/core/locale/codeWords";

const table = <T, R>(cases: [T, R][], read: (x: T) => R) => expect(cases.map(([x]) => [x, read(x)])).toEqual(cases);

describe("currencies", () => {
  it("are read from their signs and codes, in texts and in Excel's number formats", () => {
    table(
      [
        ["2 CHF", "CHF"],
        ["Fr. 12", "CHF"],
        ["SFr.12", "CHF"],
        ["R$ 456,00", "BRL"],
        ["AR$ 10", "ARS"],
        ["MX$ 10", "MXN"],
        ["C$ 5", "CAD"],
        ["CA$5", "CAD"],
        ["A$ 5", "AUD"],
        ["AU$5", "AUD"],
        ["US$ 3", "USD"],
        ["12 $", "USD"],
        ["[$USD] 12", "USD"],
        ["#,##0.00 [$€-C0A]", "EUR"],
        ['#,##0.00 "zł"', "PLN"],
        ["12 euros", "EUR"],
        ["EURO", "EUR"],
        ["£3", "GBP"],
        ["¥500", "JPY"],
        ["₡ 5", "CRC"],
        ["Rs. 100", "INR"],
        ["Rs", "INR"],
        ["100", undefined],
        ["FRANC", undefined],
      ],
      currencyIn,
    );
  });

  it("of a column is the one most of its cells show, none when none does", () => {
    expect([
      mostCommonCurrency(["12 €", "3 $", "4 $", "5"]),
      mostCommonCurrency(["1 €", "2 $"]),
      mostCommonCurrency(["1", "2"]),
    ]).toEqual(["USD", "EUR", undefined]);
  });
});

describe("amounts", () => {
  it("are signed by a leading or trailing minus or brackets, a plus ignored, a dash alone zero", () => {
    table<string, number | undefined>(
      [
        ["+12", 12],
        ["-", 0],
        ["–", 0],
        ["–7", -7],
        ["€-5", -5],
        ["(-5)", 5],
        ["-(12)", undefined],
        ["(12)-", undefined],
        ["--5", undefined],
        [".5", 0.5],
        [",5", 0.5],
        ["12,", undefined],
        ["1.23.4", undefined],
        ["12..5", undefined],
        ["1.234,5.6", undefined],
        ["1 234 567,89", 1234567.89],
        ["12'345.50", 12345.5],
        ["1e5", undefined],
        ["0x10", undefined],
      ],
      (x) => parseAmount(x),
    );
  });

  it("take a lone mark before three digits as the column's, and any other as a decimal mark", () => {
    table<string, number | undefined>(
      [
        [".5", 0.5],
        ["1,234", 1234],
        ["1,2345", 1.2345],
        ["1.5", 1.5],
        ["1,234,567.5", 1234567.5],
      ],
      (x) => parseAmount(x, "."),
    );
    table<string, string | undefined>(
      [
        ["1.234.567", ","],
        ["1,234,567", "."],
        ["1,5", ","],
        ["1,23", ","],
        ["1.5", "."],
        ["1.2345", "."],
        ["1,234", undefined],
        ["1.234", undefined],
        ["1.234,5", ","],
        ["1,234.5", "."],
        ["12", undefined],
      ],
      decimalMarkIn,
    );
    expect([
      decimalMarkOf(["1,5", "2.5", "3.5"]),
      decimalMarkOf(["1,5", "2.5"]),
      decimalMarkOf([]),
      decimalMarkOf(["12 €", "1.234,50 €"]),
    ]).toEqual([".", ",", ",", ","]);
  });
});

describe("rates", () => {
  it("are fractions from 0 to 1, whole numbers above 1 up to 100 read as percentages (saying so), or percentages up to 100 %", () => {
    table<string | number, ReturnType<typeof parseRate>>(
      [
        [0, { rate: 0, fromWhole: false }],
        [1, { rate: 1, fromWhole: false }],
        [1.5, { rate: 0.015, fromWhole: true }],
        [100, { rate: 1, fromWhole: true }],
        [101, undefined],
        [-0.1, undefined],
        ["0", { rate: 0, fromWhole: false }],
        ["0,5", { rate: 0.5, fromWhole: false }],
        ["50", { rate: 0.5, fromWhole: true }],
        ["100 %", { rate: 1, fromWhole: false }],
        ["21 % ", { rate: 0.21, fromWhole: false }],
        ["101 %", undefined],
        ["100,5%", undefined],
        ["-5", undefined],
        ["abc", undefined],
      ],
      (x) => parseRate(x),
    );
  });
});

describe("months, dates and their order", () => {
  it("know month names in five languages by their shortest unambiguous start, and not a start two months share", () => {
    table<string, number | undefined>(
      [
        ["sept", 9],
        ["set", 9],
        ["mar", 3],
        ["març", 3],
        ["mai", 5],
        ["may", 5],
        ["jun", 6],
        ["juny", 6],
        ["jul", 7],
        ["ago", 8],
        ["agost", 8],
        ["Dez", 12],
        ["déc", 12],
        ["janv", 1],
        ["avr", 4],
        ["okt", 10],
        ["ja", undefined],
      ],
      monthOf,
    );
  });

  it("put the month first only when more dates prove it than the day", () => {
    expect(
      [
        ["1/2/2026"],
        ["13/2/2026", "1/13/2026"],
        ["1/13/2026", "2/14/2026", "13/1/2026"],
        [" 1/13/26"],
        ["x1/13/2026"],
      ].map(dateOrderOf),
    ).toEqual(["dmy", "dmy", "mdy", "mdy", "dmy"]);
  });

  it("read a date with its time, from 1900 to 2200, in words in either order", () => {
    const iso = (text: string, order?: "mdy") => {
      const day = parseDateText(text, order);
      return day === undefined ? undefined : formatIsoDate(day);
    };
    table<string, string | undefined>(
      [
        ["2026-11-27 10:30", "2026-11-27"],
        ["2026.11.27", "2026-11-27"],
        ["2026-11-27T10:30:00.123Z", "2026-11-27"],
        ["27/11/2026 10:30:15", "2026-11-27"],
        ["2026-1-7", "2026-01-07"],
        ["7/1/26", "2026-01-07"],
        ["1899-12-31", undefined],
        ["2200-12-31", "2200-12-31"],
        ["2201-01-01", undefined],
        ["Nov 27 2026", "2026-11-27"],
        ["November 27, 2026", "2026-11-27"],
        ["the 27 of november 2026", "2026-11-27"],
        ["27 Nov 26", "2026-11-27"],
        ["27 nov 126", undefined],
        ["27/11/202", undefined],
        ["27 nov 2026x", undefined],
        ["novembre 27 26", undefined],
        ["27 27 2026", undefined],
      ],
      (x) => iso(x),
    );
    expect([iso("1/7/2026", "mdy"), iso("13/1/2026", "mdy")]).toEqual(["2026-01-07", undefined]);
  });

  it("tell a text shaped like a date, even an impossible one, from one that is not", () => {
    table(
      [
        ["31/11/2026", true],
        ["2026-11-27T", true],
        ["1/2/3", true],
        ["27 de novembre de 2026", true],
        ["x31/11/2026", false],
        ["12/2026x", false],
        ["hello", false],
      ],
      looksLikeDate,
    );
  });
});

describe("periods", () => {
  it("in words: a month either side of its year, quarters and weeks in five languages", () => {
    table<string, string | undefined>(
      [
        ["2026 nov", "2026-11"],
        ["d'abril 2026", "2026-04"],
        ["abril del 2026", "2026-04"],
        ["13 2026", undefined],
        ["0 2026", undefined],
        ["2026 2027", undefined],
        ["nov 1899", undefined],
        ["q 4 2026", "2026-Q4"],
        ["quarter 4 2026", "2026-Q4"],
        ["quartal 1 2026", "2026-Q1"],
        ["1er trimestre 2026", "2026-Q1"],
        ["2n trimestre 2026", "2026-Q2"],
        ["3r trimestre 2026", "2026-Q3"],
        ["4th quarter 2026", "2026-Q4"],
        ["Q5 2026", undefined],
        ["W5 2026", "2026-W05"],
        ["wk 1 2026", "2026-W01"],
        ["semana 9 2026", "2026-W09"],
        ["setmana 10 2026", "2026-W10"],
        ["semaine 11 2026", "2026-W11"],
        ["woche 12 2026", "2026-W12"],
        ["nov 2026 x", undefined],
      ],
      parsePeriodText,
    );
  });

  it("as headers: a label, or the first of a month, never a bare year; read as a period of a week or longer", () => {
    table<string, string | undefined>(
      [
        ["2017-01-01", "2017-01"],
        ["2017-01-02", undefined],
        ["2026-13", undefined],
        ["2026-q4", "2026-Q4"],
        ["2026-W53", "2026-W53"],
        ["2026-W54", undefined],
        ["2026-W00", undefined],
        ["2026", undefined],
        [" 2026-11 ", "2026-11"],
      ],
      periodOfHeader,
    );
    table<string, string | undefined>(
      [
        ["2026", "2026"],
        ["2026-11-27", undefined],
        ["novembre 2026", "2026-11"],
        ["2027-W53", undefined],
        ["x", undefined],
      ],
      readPeriod,
    );
    const words = parsePeriodWords(" 2026-q4 ");
    expect(words.ok && words.value.label).toBe("2026-Q4");
  });
});

describe("countries and mailboxes", () => {
  it("read a country by its code or its name in five languages, and a mailbox without its mailto:", () => {
    table<string, string | undefined>(
      [
        ["es", "ES"],
        [" fr ", "FR"],
        ["ESP", "ES"],
        ["united kingdom", "GB"],
        ["EE UU", "US"],
        ["Holanda", "NL"],
        ["Narnia", undefined],
      ],
      parseCountry,
    );
    expect([" Mailto:Anna@Example.COM ", "MAILTO:x@y.cat", "a mailto:b"].map(normalizeEmail)).toEqual([
      "anna@example.com",
      "x@y.cat",
      "a mailto:b",
    ]);
  });
});

// Each pattern held at both its ends: text before or after what it reads makes it no reading.
describe("each reader at the ends of what it reads", () => {
  it("currencies: an Excel format's [$mark-locale] and a mark in quotes next to the digits", () => {
    table(
      [
        ["[$Fr.-100C] #,##0", "CHF"],
        ['#,##0.00"EUR"', "EUR"],
        ['"R$"#,##0', "BRL"],
      ],
      currencyIn,
    );
  });

  it("amounts: a lone mark before one or more digits, a decimal mark given twice", () => {
    table<string, number | undefined>(
      [
        [",55", 0.55],
        ["--5,5", undefined],
        ["1.234,5,6", undefined],
      ],
      (x) => parseAmount(x),
    );
    table<string, string | undefined>(
      [
        [",5", ","],
        [",5.25", "."],
        [".5,255", ","],
      ],
      decimalMarkIn,
    );
    // a currency or a space after a lone mark is no fourth digit: "1,234 €" stays unsure
    expect(decimalMarkOf(["1,234 €", "1,234 €", "5.5"])).toBe(".");
  });

  it("rates: a percent sign only at the end, never below zero", () => {
    table<string, ReturnType<typeof parseRate>>(
      [
        ["%21", undefined],
        ["-21 %", undefined],
        ["21 % ", { rate: 0.21, fromWhole: false }],
      ],
      (x) => parseRate(x),
    );
  });

  it("months and dates: a start two months share, Catalan's d', spaces, times, and nothing before or after", () => {
    expect([monthOf("jui"), monthOf("agost"), monthOf("d'agost")]).toEqual([undefined, 8, undefined]);
    expect(dateOrderOf(["1/13/2"])).toBe("dmy");
    table<string, string | undefined>(
      [
        ["3 d'agost de 2026", "2026-08-03"],
        ["1 d’octubre de 2026", "2026-10-01"],
        ["  2026-11-27  ", "2026-11-27"],
        ["x2026-11-27", undefined],
        ["2026-11-27x", undefined],
        ["x27/11/2026", undefined],
        ["27/11/2026  10:30", "2026-11-27"],
        ["27/11/2026 10:30", "2026-11-27"],
        ["1/1/1900", "1900-01-01"],
        ["31/12/1899", undefined],
      ],
      (x) => {
        const day = parseDateText(x);
        return day === undefined ? undefined : formatIsoDate(day);
      },
    );
    expect(looksLikeDate("31/11/2026x")).toBe(false);
  });

  it("periods: labels in any case, nothing before or after, years from 1900", () => {
    const words = parsePeriodWords("2026-w48");
    expect(words.ok && words.value.label).toBe("2026-W48");
    table<string, string | undefined>(
      [
        ["nov 20261", undefined],
        ["20261 nov", undefined],
        ["xq4 2026", undefined],
        ["q4 20261", undefined],
        ["x4t 2026", undefined],
        ["4t 20261", undefined],
        ["xs48 2026", undefined],
        ["s48 20261", undefined],
        ["gener 1900", "1900-01"],
        ["gener 1899", undefined],
      ],
      parsePeriodText,
    );
    table<string, string | undefined>(
      [
        [" 2026-Q4 ", "2026-Q4"],
        ["x2026-11-01", undefined],
        ["2026-11-01x", undefined],
        ["x2026-11", undefined],
        ["2026-0a", undefined],
        ["2026-W4x", undefined],
      ],
      periodOfHeader,
    );
    expect(readPeriod(" 2026 ")).toBe("2026");
  });

  it("words: punctuation around them, capitals run together, abbreviations with dots, a percent sign", () => {
    expect(foldWords("«Pagada»")).toBe("pagada");
    table<string, string[]>(
      [
        ["URLs", ["urls"]],
        ["EMail", ["email"]],
        ["Codi C.P.", ["codi", "cp"]],
        ["N.I.F.", ["nif"]],
        ["C.P", ["cp"]],
        ["% IVA", ["pct", "iva"]],
        ["---", []],
      ],
      headerTokens,
    );
  });

  it("codes: a code written in words, its capitals parted ('OnHold' is 'on hold')", () => {
    const lookup = codeLookup(["OnHold", "Done"]);
    expect([lookup.get("on hold"), lookup.get("onhold"), lookup.get("done")]).toEqual(["OnHold", "OnHold", "Done"]);
  });
});
