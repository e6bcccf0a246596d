/**
 * One cell of a contract table read as its column's type, fixture-style: the cell, its column, the
 * workbook's date system, and the reading (a value, perhaps with a warning, or the reason it is
 * refused). Then how cells compare, are quoted and are written.
 */
import { isBlank, parseTextDate, quote, readCell, sameCell, writableCell } from "../../../src/core/workbook/cells";
import { columnDef, TableName } from "../../../src/core/workbook/contract";
import { dayOf } from "../../../src/core/kernel/dates";
import type { Cell } from "../../../src/core/workbook/port";

const CARD = 4111111111111111;

// [cell, table.column, a 1904 workbook, what it reads as]
const CASES: [Cell, string, boolean, Record<string, unknown>][] = [
  ["   ", "Invoices.Net", false, { value: null }],
  [
    "hola 4111 1111 1111 1111",
    "Clients.Notes",
    false,
    { error: "holds a full card number (ending 1111): keep only the last 4 digits in CardLast4" },
  ],
  [
    CARD,
    "Clients.Phone",
    false,
    { error: "holds a full card number (ending 1111): keep only the last 4 digits in CardLast4" },
  ],
  ["4111111111111111", "Invoices.InvoiceNo", false, { value: "4111111111111111" }],
  ["4111111111111111", "Invoices.ClientID", false, { value: "4111111111111111" }],
  [
    "4111111111111111",
    "Meetings.Attendees",
    false,
    { error: "holds a full card number (ending 1111): keep only the last 4 digits in CardLast4" },
  ],
  ["73282932000074", "Clients.TaxID", false, { value: "73282932000074" }],
  [
    "4111111111111111",
    "Clients.TaxID",
    false,
    { error: "holds a full card number (ending 1111): keep only the last 4 digits in CardLast4" },
  ],
  [
    "4111 1111 1111 1111",
    "Clients.CardLast4",
    false,
    { error: "holds a full card number: keep only its last 4 digits" },
  ],
  ["Visa 1111", "Clients.CardLast4", false, { error: "'Visa 1111' is not the last 4 digits of a card" }],
  [12, "Clients.CardLast4", false, { value: "0012" }],
  [12345, "Clients.CardLast4", false, { error: "'12345' is not the last 4 digits of a card" }],
  [" 1234 ", "Clients.CardLast4", false, { value: "1234" }],
  [12, "Clients.Notes", false, { value: "12" }],
  [true, "Clients.Notes", false, { value: "true" }],
  [true, "Clients.ClientID", false, { error: "'true' is not an identifier" }],
  [" C-1 ", "Clients.ClientID", false, { value: "C-1" }],
  [12, "Settings.Value", false, { value: 12 }],
  [46000, "Invoices.IssueDate", false, { value: dayOf(2025, 12, 9) }],
  [46000, "Invoices.IssueDate", true, { value: dayOf(2029, 12, 10) }],
  [0, "Invoices.IssueDate", false, { error: "'0' is not a date" }],
  [
    "27/11/2026",
    "Invoices.IssueDate",
    false,
    { value: dayOf(2026, 11, 27), warning: "'27/11/2026' is a date stored as text" },
  ],
  ["x", "Invoices.IssueDate", false, { error: "'x' is not a date" }],
  [true, "Invoices.IssueDate", false, { error: "'true' is not a date" }],
  [12.345, "Invoices.Net", false, { value: 1235 }],
  [Infinity, "Invoices.Net", false, { error: "'Infinity' is not an amount" }],
  [" -12,5 ", "Invoices.Net", false, { value: -1250, warning: "' -12,5 ' is a number stored as text" }],
  ["12.5", "Orders.Quantity", false, { value: 12.5, warning: "'12.5' is a number stored as text" }],
  ["1.234,5", "Invoices.Net", false, { error: "'1.234,5' is not an amount" }],
  ["12,50 €", "Invoices.Net", false, { error: "'12,50 €' is not an amount" }],
  [true, "Invoices.Net", false, { error: "'true' is not an amount" }],
  [2.5, "Clients.PaymentTermsDays", false, { error: "'2.5' is not a whole number" }],
  ["30", "Clients.PaymentTermsDays", false, { value: 30, warning: "'30' is a number stored as text" }],
  ["2,5", "Clients.PaymentTermsDays", false, { error: "'2,5' is not a whole number" }],
  [0.21, "Invoices.VATRate", false, { value: 0.21 }],
  [-0.1, "Invoices.VATRate", false, { error: "-0.1 is not a rate: it is negative" }],
  [21, "Invoices.VATRate", false, { error: "21 is not a rate: write 21 % (the fraction 0.21)" }],
  [1, "Invoices.VATRate", false, { value: 1 }],
  [0, "Invoices.VATRate", false, { value: 0 }],
  ["Sí", "Clients.MarketingConsent", false, { value: true }],
  [" NO ", "Clients.MarketingConsent", false, { value: false }],
  ["potser", "Clients.MarketingConsent", false, { error: "'potser' is not yes or no" }],
  [1, "Clients.MarketingConsent", false, { value: true }],
  [false, "Clients.MarketingConsent", false, { value: false }],
  [" a@b.cat ", "Clients.Email", false, { value: "a@b.cat" }],
  ["a@", "Clients.Email", false, { error: "'a@' is not an e-mail address" }],
  ["ES9121000418450200051332", "Clients.IBAN", false, { value: "ES9121000418450200051332" }],
  [
    "ES91 2100 0418 4502 0005 1332",
    "Clients.IBAN",
    false,
    {
      value: "ES9121000418450200051332",
      warning: "IBAN stored with spaces or separators: store ES9121000418450200051332",
    },
  ],
  ["ES00", "Clients.IBAN", false, { error: "'ES00' is not a valid IBAN (wrong check digits, length or country)" }],
  [" es ", "Clients.Country", false, { value: "ES" }],
  ["Spain", "Clients.Country", false, { error: "'Spain' is not an ISO country code (ES, FR, AD…)" }],
  [
    46327,
    "Targets.Period",
    false,
    { value: "2026-11", warning: "period 2026-11 was stored as a date: format the column as text" },
  ],
  [46328, "Targets.Period", false, { error: "'46328' is not a period (2026-W48, 2026-11, 2026-Q4, 2026)" }],
  [2026, "Targets.Period", false, { value: "2026" }],
  [9999, "Targets.Period", false, { value: "9999" }],
  [
    46023,
    "Targets.Period",
    false,
    { value: "2026-01", warning: "period 2026-01 was stored as a date: format the column as text" },
  ],
  ["x", "Orders.Quantity", false, { error: "'x' is not a number" }],
  ["x", "Clients.PaymentTermsDays", false, { error: "'x' is not a whole number" }],
  ["x", "Invoices.VATRate", false, { error: "'x' is not a rate" }],
  ["12,50", "Invoices.Net", false, { value: 1250, warning: "'12,50' is a number stored as text" }], // two decimals, in cents
  ["2026-11", "Targets.Period", false, { value: "2026-11" }],
  [
    "2026-11-27",
    "Targets.Period",
    false,
    { error: "'2026-11-27' is a day: a target period is a week, month, quarter or year" },
  ],
  ["2026-13", "Targets.Period", false, { error: "'2026-13' is not a period: the month must be 01 to 12" }],
  ["Paid", "Invoices.Status", false, { value: "Paid" }],
  [" Paid ", "Invoices.Status", false, { value: "Paid" }],
  [
    "partially_paid",
    "Invoices.Status",
    false,
    { value: "PartiallyPaid", warning: "'partially_paid' should be written PartiallyPaid" },
  ],
  [" paid ", "Invoices.Status", false, { value: "Paid", warning: "' paid ' should be written Paid" }],
  [
    "pagada",
    "Invoices.Status",
    false,
    { error: "'pagada' is not one of Draft, Issued, PartiallyPaid, Paid, Overdue, Cancelled" },
  ],
  [0.375, "Meetings.Start", false, { value: "09:00" }],
  ["9.30", "Meetings.Start", false, { value: "09:30" }],
  ["x", "Meetings.Start", false, { error: "'x' is not a time of day (write 09:30)" }],
  [true, "Meetings.Start", false, { error: "'true' is not a time of day (write 09:30)" }],
];

describe("a cell read as its column's type", () => {
  it.each(CASES)("%j as %s (1904: %s)", (cell, at, date1904, expected) => {
    const [table, column] = at.split(".");
    expect(readCell(cell, columnDef(table as TableName, column), date1904)).toEqual(expected);
  });
});

const SIRET = "36000000000008";

describe("cells compared, quoted and written", () => {
  it("compare blank with blank and numbers to within noise, everything else as text", () => {
    expect([
      sameCell(null, ""),
      sameCell("", null),
      sameCell(1, 1 + 1e-12),
      sameCell(1, "1"),
      sameCell("a", "a"),
    ]).toEqual(Array(5).fill(true));
    expect([sameCell(null, 0), sameCell(0, ""), sameCell(1, 1.001)]).toEqual([false, false, false]);
    // blank is no text "null"; a number is no text that reads as it; text is compared as written
    expect([
      sameCell(null, "null"),
      sameCell("null", null),
      sameCell(1, "1.0"),
      sameCell("1.0", 1),
      sameCell("a", "b"),
    ]).toEqual(Array(5).fill(false));
    expect(sameCell(0.1 + 0.2, 0.3)).toBe(true);
  });

  it("are quoted whole up to 40 characters, cut beyond, a card number masked; blank is nothing or spaces", () => {
    expect([quote("x".repeat(40)), quote("x".repeat(41)), quote(CARD)]).toEqual([
      `'${"x".repeat(40)}'`,
      `'${"x".repeat(37)}…'`,
      "'•••• 1111'",
    ]);
    expect([isBlank(undefined), isBlank(" "), isBlank(0), isBlank(false)]).toEqual([true, true, false, false]);
    expect([parseTextDate(" 7-1-2026 "), parseTextDate("7/1/26")]).toEqual([dayOf(2026, 1, 7), undefined]);
    expect([parseTextDate("x7/1/2026"), parseTextDate("7/1/2026x")]).toEqual([undefined, undefined]);
  });

  it("are written with a full card number masked, but for an identifier's column and a TaxID column's valid tax ID", () => {
    expect([
      writableCell("4111111111111111", "InvoiceNo"),
      writableCell("4111111111111111", "ClientID"),
      writableCell("73282932000074", "TaxID"),
      writableCell(12, "Notes"),
      writableCell(null),
    ]).toEqual(["4111111111111111", "4111111111111111", "73282932000074", 12, null]);
    expect([
      writableCell("4111111111111111", "Attendees"), // a list of references, not one identifier
      writableCell("4111111111111111", "Notes"),
      writableCell("4111111111111111", "TaxID"),
      writableCell(CARD),
    ]).toEqual(Array(4).fill("•••• 1111"));
    // a SIRET whose SIREN does not check on its own passes for a Diners card but in a TaxID column
    expect([writableCell(SIRET, "TaxID"), writableCell(SIRET, "Notes")]).toEqual([SIRET, "•••• 0008"]);
    expect([
      readCell(SIRET, columnDef("Clients", "TaxID"), false),
      readCell(SIRET, columnDef("Clients", "Notes"), false).error?.code,
    ]).toEqual([{ value: SIRET }, "cell.card"]);
  });
});
