/** Values as typed in Catalan, Spanish, English, French and German sheets. */
import {
  decimalMarkOf,
  dateOrderOf,
  parseAmount,
  parseCountry,
  parseDateText,
  parsePeriodText,
  parseRate,
} from "../../../src/core/locale/localeValues";
import { headerTokens } from "../../../src/core/locale/fold";
import { taxIdProblem as taxIdProblemRaw } from "../../../src/core/kernel/taxId";
import { toE164 } from "../../../src/core/kernel/phone";
import { dayOf } from "../../../src/core/kernel/dates";
import fc from "fast-check";
import { english } from "../../helpers/english";

const taxIdProblem = (...args: Parameters<typeof taxIdProblemRaw>) => english(taxIdProblemRaw(...args));

describe("amounts", () => {
  it.each([
    ["1.234,56 €", ",", 1234.56],
    ["1,234.56", ".", 1234.56],
    ["-300,00 €", ",", -300],
    ["(300.00)", ".", -300],
    ["300-", ",", -300],
    ["1\u00a0234,50", ",", 1234.5],
    ["1 234,5", ",", 1234.5],
    ["$ 980.50", ".", 980.5],
    ["1.234.567", ",", 1234567],
    ["1,234", ".", 1234],
    ["1,234", ",", 1.234],
    [" - ", ",", 0],
    ["12 EUR", ",", 12],
  ] as const)("%s (column mark %s) is %d", (text, mark, value) => {
    expect(parseAmount(text, mark)).toBe(value);
  });

  it.each(["abc", "1.2.3,4,5", "12,34,56", "€", "1,2.3"])("%s is no amount", (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });

  it("a column's decimal mark comes from its unambiguous numbers", () => {
    expect(decimalMarkOf(["1,234", "980.50"])).toBe(".");
    expect(decimalMarkOf(["1.234", "12,5"])).toBe(",");
    expect(decimalMarkOf(["1.234"])).toBe(",");
  });

  it("never throws on any text", () => {
    fc.assert(fc.property(fc.string(), (s) => void parseAmount(s)));
  });
});

describe("rates", () => {
  it.each([
    ["21%", 0.21],
    ["21 %", 0.21],
    ["5,5 %", 0.055],
    ["0.21", 0.21],
    [21, 0.21],
    [0.1, 0.1],
  ] as const)("%s is %d", (text, rate) => {
    expect(parseRate(text, text === "0.21" ? "." : ",")?.rate).toBeCloseTo(rate, 10);
  });
});

describe("dates", () => {
  const nov27 = dayOf(2026, 11, 27);
  it.each([
    "27/11/2026",
    "27-11-2026",
    "27.11.2026",
    "2026-11-27",
    "2026/11/27",
    "27/11/26",
    "27 de novembre de 2026",
    "27 de noviembre de 2026",
    "27. November 2026",
    "27 novembre 2026",
    "Nov 27, 2026",
    "27-nov-26",
    "2026-11-27T00:00:00",
  ])("%s", (text) => expect(parseDateText(text)).toBe(nov27));

  it("month-first only where a date proves it", () => {
    expect(dateOrderOf(["11/02/2026", "11/15/2026"])).toBe("mdy");
    expect(dateOrderOf(["11/02/2026", "15/11/2026"])).toBe("dmy");
    expect(parseDateText("11/27/2026", "mdy")).toBe(nov27);
  });

  it.each(["31/11/2026", "29/02/2026", "32.01.2026", "hola", "2026-13-01"])("%s is no date", (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });
});

describe("periods, countries, headers, tax IDs, phones", () => {
  it.each([
    ["Nov 2026", "2026-11"],
    ["novembre 2026", "2026-11"],
    ["noviembre de 2026", "2026-11"],
    ["November 2026", "2026-11"],
    ["März 2026", "2026-03"],
    ["11/2026", "2026-11"],
    ["T4 2026", "2026-Q4"],
    ["4T 2026", "2026-Q4"],
    ["Q4-2026", "2026-Q4"],
    ["4º trimestre 2026", "2026-Q4"],
    ["KW 48 2026", "2026-W48"],
    ["S48 2026", "2026-W48"],
  ])("%s is %s", (text, label) => expect(parsePeriodText(text)).toBe(label));

  it.each([
    ["España", "ES"],
    ["Espanya", "ES"],
    ["Spanien", "ES"],
    ["Espagne", "ES"],
    ["Regne Unit", "GB"],
    ["UK", "GB"],
    ["Deutschland", "DE"],
    ["Österreich", "AT"],
    ["ad", "AD"],
  ])("%s is %s", (text, code) => expect(parseCountry(text)).toBe(code));

  it.each([
    ["Nº Factura", "no factura"],
    ["N° fra.", "no fra"],
    ["Núm. factura", "no factura"],
    ["# Invoice", "no invoice"],
    ["Rechnungs-Nr.", "rechnungs no"],
    ["C.P.", "cp"],
    ["Fecha de emisión", "fecha emision"],
  ])("header %s reads as %s", (header, words) => expect(headerTokens(header).join(" ")).toBe(words));

  it("tax IDs: Spanish control characters and EU VAT shapes", () => {
    for (const ok of [
      "12345678Z",
      "X1234567L",
      "B12345674",
      "ESB12345674",
      "DE136695976",
      "ATU12345678",
      "B-1234567-4",
    ])
      expect(taxIdProblem(ok)).toBeUndefined();
    expect(taxIdProblem("12345678A")).toMatch(/should be Z/);
    expect(taxIdProblem("B12345670")).toMatch(/CIF/);
    expect(taxIdProblem("hello")).toMatch(/neither/);
  });

  it("tax IDs of France, Italy, Portugal and Germany check their control digits", () => {
    for (const ok of [
      "443 061 841",
      "443 061 841 00047",
      "FR 40 303 265 045",
      "IT00743110157",
      "00743110157",
      "PT501442600",
      "DE136695976",
      "123/456/78901",
    ])
      expect([ok, taxIdProblem(ok)]).toEqual([ok, undefined]);
    for (const bad of ["443 061 842", "443 061 841 00048", "IT00743110158", "PT501442601", "DE136695977"])
      expect(taxIdProblem(bad)).toMatch(/check digit/);
  });

  it("phones: E.164 where the country is known", () => {
    expect(toE164("93 123 45 67", "ES")).toBe("+34931234567");
    expect(toE164("01 23 45 67 89", "FR")).toBe("+33123456789");
    expect(toE164("0034 600 111 222", null)).toBe("+34600111222");
    expect(toE164("600111222", null)).toBeUndefined();
    // typed with its country code but no "+": the code is not added a second time
    expect(toE164("33656845525", "FR")).toBe("+33656845525");
    expect(toE164("(0777) 86988741", "DE")).toBe("+4977786988741");
  });
});
