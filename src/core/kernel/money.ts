/**
 * Money as integer cents: sums never drift, rounding happens once, half away from zero.
 */
export type Cents = number;

/** Rounds to the nearest integer, halves away from zero; `toPrecision(15)` first removes binary noise (1.005 * 100 = 100.4999…). */
export function roundHalfAway(x: number): number {
  const abs = Math.abs(x);
  // Only a value within noise of a half needs the slow, exact look (the check reads a million amounts).
  const near = Math.abs(abs - Math.floor(abs) - 0.5) < 1e-6;
  const magnitude = Math.round(near ? Number(abs.toPrecision(15)) : abs);
  return x < 0 ? -magnitude : magnitude;
}

/** An amount in currency units (as typed in a cell) to cents. */
export function toCents(amount: number): Cents {
  return roundHalfAway(amount * 100);
}

/** Cents back to currency units, exact to 2 decimals. */
export function fromCents(cents: Cents): number {
  return cents / 100;
}

/** VAT of a net amount at a rate given as a fraction (0.21), rounded per line, half away from zero. */
export function vatOf(net: Cents, rate: number): Cents {
  return roundHalfAway(net * rate);
}

/** The recargo de equivalencia's rate for a VAT rate (LIVA art. 161, as in force from 2024): 5.2 % with 21 %, 1.4 % with 10 %, 0.5 % with 4 %, 0.62 % with 5 %. */
export function surchargeRate(vatRate: number): number {
  const rates: Record<string, number> = { "0.21": 0.052, "0.1": 0.014, "0.04": 0.005, "0.05": 0.0062 };
  return rates[String(Math.round(vatRate * 100) / 100)] ?? 0;
}

/**
 * An amount in shares that add up to it exactly, each share the cumulative amount rounded at its end
 * minus the same at its start: any run of consecutive shares is within a cent of its exact part
 * (a week of a month's target is its share of the month, not its share plus the month's leftover cents).
 * No parts, no shares.
 */
export function splitEvenly(total: Cents, parts: number): Cents[] {
  const upTo = (i: number) => roundHalfAway((total * i) / parts);
  return Array.from({ length: parts }, (_, i) => upTo(i + 1) - upTo(i));
}

const formatters = new Map<string, Intl.NumberFormat>();

/** "1.234,56 €" in ca/es, "€1,234.56" in en. */
export function formatMoney(cents: Cents, locale = "es-ES", currency = "EUR"): string {
  const key = `${locale}|${currency}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: "currency", currency, useGrouping: true });
    formatters.set(key, f);
  }
  return f.format(fromCents(cents));
}
