import fc from "fast-check";
import {
  formatMoney,
  fromCents,
  roundHalfAway,
  splitEvenly,
  surchargeRate,
  toCents,
  vatOf,
} from "../../../src/core/kernel/money";

describe("money in cents", () => {
  it("rounds half away from zero, without binary noise", () => {
    expect(toCents(1.005)).toBe(101);
    expect(toCents(-1.005)).toBe(-101);
    expect(toCents(0.125)).toBe(13);
    expect(toCents(2.675)).toBe(268);
    expect(roundHalfAway(-2.5)).toBe(-3);
    expect(roundHalfAway(2.4999)).toBe(2);
    // only what is within noise of a half is read to 15 digits: a large amount a little below one stays below
    expect([roundHalfAway(100_000_000_000.49999), roundHalfAway(-100_000_000_000.49999)]).toEqual([
      100_000_000_000, -100_000_000_000,
    ]);
  });

  it("computes VAT per line, half away from zero", () => {
    expect(vatOf(1050, 0.21)).toBe(221); // 220.5 → 221
    expect(vatOf(-1050, 0.21)).toBe(-221); // a credit note mirrors its invoice
    expect(vatOf(1000, 0.1)).toBe(100);
    expect(vatOf(333, 0.04)).toBe(13);
    expect(vatOf(12345, 0)).toBe(0);
  });

  it("reads euros back to the same cents exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => expect(toCents(fromCents(cents))).toBe(cents)),
    );
    expect(toCents(0.1) + toCents(0.2)).toBe(30); // 0.1 + 0.2, exactly
  });

  it("splits an amount into shares that add up to it exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 400 }), (total, parts) => {
        const shares = splitEvenly(total, parts);
        expect(shares).toHaveLength(parts);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
      }),
    );
    expect([splitEvenly(100, 0), splitEvenly(100, -2)]).toEqual([[], []]);
  });

  it("formats euros the European way, in Spain's unless told", () => {
    expect(formatMoney(123456).replace(/\s/g, " ")).toBe("1234,56 €".replace("1234", "1.234"));
    expect(formatMoney(123456, "es-ES").replace(/\s/g, " ")).toBe("1234,56 €".replace("1234", "1.234"));
    expect(formatMoney(-30000, "ca-ES").replace(/\s/g, " ")).toBe("-300,00 €");
    expect(formatMoney(123456, "en-GB")).toBe("€1,234.56");
  });

  it("knows the recargo de equivalencia of each VAT rate, a rate read to the percent, and none for any other", () => {
    expect([0.21, 0.1, 0.04, 0.05].map(surchargeRate)).toEqual([0.052, 0.014, 0.005, 0.0062]);
    expect([0.2100000001, 0.09999999].map(surchargeRate)).toEqual([0.052, 0.014]); // a rate computed from amounts
    expect([0, 0.07, 0.16, 21].map(surchargeRate)).toEqual([0, 0, 0, 0]);
  });
});
