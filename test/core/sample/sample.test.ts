import { generateSample } from "../../../src/core/sample/sample";
import { catalanHolidays, easterSunday } from "../../../src/core/sample/spanish";
import { checkTables } from "../../../src/core/workbook/check";
import { dayOf, formatIsoDate } from "../../../src/core/kernel/dates";
import { readTable } from "../../../src/core/workbook/records";
import { isValidIban } from "../../../src/core/kernel/iban";
import { findCardNumbers } from "../../../src/core/kernel/cards";
import type { SheetOutput, TableData } from "../../../src/core/workbook/port";
import { serialFromDay } from "../../../src/core/kernel/dates";

const today = dayOf(2026, 11, 27);

/** What an adapter would read back: dates as serials, as Excel stores them. */
function asTables(sheets: SheetOutput[]): TableData[] {
  return sheets.map((s) => {
    const t = s.tables[0];
    const dates = t.columns.map((c) => c.format === "date");
    return {
      name: t.name,
      sheet: s.name,
      headers: t.columns.map((c) => c.header),
      headerRow: 1,
      rowCount: t.rows.length,
      rows: t.rows.map((r) => r.map((v, i) => (dates[i] && typeof v === "number" ? serialFromDay(v) : v))),
      date1904: false,
    };
  });
}

describe("the sample workbook", () => {
  // computed in each test, so that a mutation tool sees which test covers which line
  const sample = () => {
    const sheets = generateSample({ seed: 7, invoices: 600, today });
    const tables = asTables(sheets);
    return { sheets, tables, byName: (name: string) => tables.find((t) => t.name === name)! };
  };

  it("is deterministic for a seed and changes with it", () => {
    const { sheets } = sample();
    expect(generateSample({ seed: 7, invoices: 600, today })).toEqual(sheets);
    expect(generateSample({ seed: 8, invoices: 600, today })).not.toEqual(sheets);
  });

  it("numbers its quotes by its own QuotePattern, in date order, the sequence starting again each year", () => {
    const { byName } = sample();
    const quotes = readTable("Quotes", byName("Quotes")).records.map((r) => r.record);
    const seen = new Map<number, number>();
    const expected = quotes.map((q) => {
      const year = Number(formatIsoDate(q.QuoteDate as number).slice(0, 4));
      seen.set(year, (seen.get(year) ?? 0) + 1);
      return `Q-${year}-${String(seen.get(year)).padStart(4, "0")}`;
    });
    expect(quotes.map((q) => q.QuoteID)).toEqual(expected);
    expect(quotes.length).toBeGreaterThan(100);
  });

  it("has every contract table and passes the check without errors", () => {
    const { sheets, tables } = sample();
    expect(sheets.map((s) => s.name)).toEqual([
      "Clients",
      "Products",
      "Team",
      "Targets",
      "Quotes",
      "Orders",
      "Invoices",
      "Payments",
      "Visits",
      "Requests",
      "Meetings",
      "Reminders",
      "Survey",
      "Campaigns",
      "Settings",
      "Bank",
    ]);
    const health = checkTables(tables);
    expect(health.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(health.warnings).toBe(0);
  });

  it("is realistic: valid IBANs, 5–8 execs, credit notes, withdrawn payments, overdue invoices", () => {
    const { tables, byName } = sample();
    const clients = readTable("Clients", byName("Clients")).records.map((r) => r.record);
    expect(clients.filter((c) => c.IBAN).every((c) => isValidIban(c.IBAN!))).toBe(true);
    expect(clients.some((c) => c.PaymentMethod === "Card" && /^\d{4}$/.test(c.CardLast4 ?? ""))).toBe(true);
    const team = readTable("Team", byName("Team")).records;
    expect(team.length).toBeGreaterThanOrEqual(5);
    expect(team.length).toBeLessThanOrEqual(8);
    const invoices = readTable("Invoices", byName("Invoices")).records.map((r) => r.record);
    expect(invoices.filter((i) => i.CreditOf).every((i) => i.Net! < 0)).toBe(true);
    expect(invoices.some((i) => i.CreditOf)).toBe(true);
    expect(invoices.some((i) => i.Status === "Overdue")).toBe(true);
    expect(invoices.every((i) => i.IssueDate! <= today && i.Total === i.Net! + i.VAT!)).toBe(true);
    const payments = readTable("Payments", byName("Payments")).records.map((r) => r.record);
    expect(payments.some((p) => p.Status === "Reversed" && /^[A-Z]{2}\d{2} /.test(p.Reason ?? ""))).toBe(true);
    const targets = readTable("Targets", byName("Targets")).records.map((r) => r.record.Period!);
    expect(targets.some((p) => /W\d\d$/.test(p)) && targets.some((p) => /^\d{4}-\d{2}$/.test(p))).toBe(true);
    expect(
      tables.flatMap((t) => t.rows.flat()).filter((v) => typeof v === "string" && findCardNumbers(v).length > 0),
    ).toEqual([]);
  });

  it("numbers invoices gaplessly per series and year", () => {
    const { byName } = sample();
    const numbers = readTable("Invoices", byName("Invoices"))
      .records.map((r) => r.record.InvoiceNo!)
      .filter((n) => /^\d{4}-/.test(n));
    const byYear = new Map<string, number[]>();
    for (const n of numbers) byYear.set(n.slice(0, 4), [...(byYear.get(n.slice(0, 4)) ?? []), Number(n.slice(5))]);
    for (const seq of byYear.values()) expect(seq).toEqual(seq.map((_, i) => i + 1));
  });
});

describe("Catalan holidays", () => {
  it("include Easter Monday, Sant Joan and the Diada", () => {
    expect(formatIsoDate(easterSunday(2026))).toBe("2026-04-05");
    expect(formatIsoDate(easterSunday(2027))).toBe("2027-03-28");
    const days = catalanHolidays(2026).map(formatIsoDate);
    expect(days).toEqual(
      expect.arrayContaining(["2026-04-03", "2026-04-06", "2026-06-24", "2026-09-11", "2026-12-26"]),
    );
    expect(days).toEqual([...days].sort()); // in the order of the year, Good Friday among them
  });

  it("put Easter on its own Sunday across the centuries, on its earliest and latest days too", () => {
    const known = [
      "1818-03-22", // the earliest it falls
      "1943-04-25", // the latest
      "2000-04-23",
      "2008-03-23",
      "2011-04-24",
      "2019-04-21",
      "2024-03-31",
      "2025-04-20",
      "2038-04-25",
      "2285-03-22",
    ];
    expect(known.map((d) => formatIsoDate(easterSunday(Number(d.slice(0, 4)))))).toEqual(known);
  });
});
