/**
 * One source cell to its contract column, fixture-style: the cell as the sheet holds it, the column it
 * was mapped to, how the column writes numbers and dates, and what the import writes (or the reason it
 * refuses), for every type of column at its edges.
 */
import { convertCell, ColumnContext, Converted } from "../../../src/core/locale/convert";
import { tableDef, TableName } from "../../../src/core/workbook/contract";
import { dayOf } from "../../../src/core/kernel/dates";
import type { SheetCell } from "../../../src/core/workbook/port";

const utc = (iso: string) => new Date(iso);
const column = (at: string) => {
  const [table, name] = at.split(".");
  const found = tableDef(table as TableName).columns.find((c) => c.name === name);
  if (!found) throw new Error(`no column ${at}`);
  return found;
};
const european: ColumnContext = { mark: ",", order: "dmy", date1904: false };
const CARD = "a card-like number: only its last 4 digits (1111) are kept";

// [cell, column, context (European unless said), what the import writes]
const CASES: [SheetCell, string, Partial<ColumnContext>, Converted | Record<string, unknown>][] = [
  // a date cell: a day, a period, a time of day, text only to a text column
  [utc("2026-02-03T00:00:00Z"), "Invoices.IssueDate", {}, { value: dayOf(2026, 2, 3) }],
  [utc("2026-02-03T00:00:00Z"), "Targets.Period", {}, { value: "2026-02" }],
  [utc("1899-12-30T09:05:00Z"), "Meetings.Start", {}, { value: "09:05" }],
  [utc("2026-02-03T00:00:00Z"), "Clients.ClientID", {}, { value: "2026-02-03" }],
  [utc("2026-02-03T00:00:00Z"), "Settings.Value", {}, { value: "2026-02-03" }],
  [null, "Invoices.Net", {}, { value: null }],
  // text and identifiers
  ["  Puig  ", "Clients.Notes", {}, { value: "Puig" }],
  [12.5, "Clients.Notes", {}, { value: "12.5" }],
  [true, "Clients.Notes", {}, { value: "true" }],
  [true, "Clients.ClientID", {}, { error: "'true' is not an identifier" }],
  [1234, "Clients.ClientID", {}, { value: "1234" }],
  [" C-1 ", "Clients.ClientID", {}, { value: "C-1" }],
  // dates: serials from 1 January 1900 to 31 December 2200, either date system, text in the column's order
  [46055, "Invoices.IssueDate", {}, { value: dayOf(2026, 2, 2) }],
  [0, "Invoices.IssueDate", {}, { error: "'0' is not a date" }],
  [1, "Invoices.IssueDate", {}, { value: dayOf(1900, 1, 1) }],
  [109939, "Invoices.IssueDate", {}, { value: dayOf(2200, 12, 31) }],
  [109940, "Invoices.IssueDate", {}, { error: "'109940' is not a date" }],
  [46055, "Invoices.IssueDate", { date1904: true }, { value: dayOf(2030, 2, 3) }],
  [0, "Invoices.IssueDate", { date1904: true }, { error: "'0' is not a date" }],
  ["03/02/2026", "Invoices.IssueDate", {}, { value: dayOf(2026, 2, 3) }],
  ["03/02/2026", "Invoices.IssueDate", { order: "mdy" }, { value: dayOf(2026, 3, 2) }],
  ["dimarts", "Invoices.IssueDate", {}, { error: "'dimarts' is not a date" }],
  ["  dimarts  ", "Invoices.IssueDate", {}, { error: "'dimarts' is not a date" }],
  [true, "Invoices.IssueDate", {}, { error: "'true' is not a date" }],
  // amounts to the cent (half away from zero, saying so), numbers, whole numbers
  ["1.234,56 €", "Invoices.Net", {}, { value: 1234.56 }],
  ["1,234.56", "Invoices.Net", { mark: "." }, { value: 1234.56 }],
  [10.005, "Invoices.Net", {}, { value: 10.01, warning: "'10.005' rounded to the cent: 10.01" }],
  [-10.004, "Invoices.Net", {}, { value: -10, warning: "'-10.004' rounded to the cent: -10" }],
  [12.25, "Invoices.Net", {}, { value: 12.25 }],
  ["deu", "Invoices.Net", {}, { error: "'deu' is not an amount" }],
  [Infinity, "Invoices.Net", {}, { error: "'Infinity' is not an amount" }],
  [true, "Invoices.Net", {}, { error: "'true' is not an amount" }],
  ["2,5", "Orders.Quantity", {}, { value: 2.5 }],
  [2.004, "Orders.Quantity", {}, { value: 2.004 }],
  ["2,5", "Clients.PaymentTermsDays", {}, { error: "'2,5' is not a whole number" }],
  [30, "Clients.PaymentTermsDays", {}, { value: 30 }],
  ["trenta", "Clients.PaymentTermsDays", {}, { error: "'trenta' is not a whole number" }],
  ["trenta", "Orders.Quantity", {}, { error: "'trenta' is not a number" }],
  // rates: a fraction, a percentage, or a whole number read as one (saying so)
  [0.21, "Invoices.VATRate", {}, { value: 0.21 }],
  [21, "Invoices.VATRate", {}, { value: 0.21, warning: "'21' read as 21 %" }],
  ["21 %", "Invoices.VATRate", {}, { value: 0.21 }],
  [true, "Invoices.VATRate", {}, { error: "'true' is not a rate (21 %, 0,21)" }],
  ["molt", "Invoices.VATRate", {}, { error: "'molt' is not a rate (21 %, 0,21)" }],
  // e-mail addresses and countries
  [" Anna@Example.COM ", "Clients.Email", {}, { value: "anna@example.com" }],
  ["anna(at)example", "Clients.Email", {}, { error: "'anna(at)example' is not an e-mail address" }],
  ["Espanya", "Clients.Country", {}, { value: "ES" }],
  ["Narnia", "Clients.Country", {}, { error: "'Narnia' is not a country (ES, Spain, España…)" }],
  // periods in words or labels, checked
  ["Novembre 2026", "Targets.Period", {}, { value: "2026-11" }],
  ["2026-W53", "Targets.Period", {}, { value: "2026-W53" }],
  ["2025-W53", "Targets.Period", {}, { error: "'2025-W53' is not a period: 2025 has weeks 1 to 52" }],
  ["S53 2025", "Targets.Period", {}, { error: "'2025-W53' is not a period: 2025 has weeks 1 to 52" }],
  [
    46327,
    "Targets.Period",
    {},
    { value: "2026-11", warning: "period 2026-11 was stored as a date: format the column as text" },
  ],
  [46055, "Targets.Period", {}, { error: "'46055' is not a period (2026-W48, 2026-11, 2026-Q4, 2026)" }],
  // codes in any language; a credit note in a status column is no status but a credit note
  ["pagada", "Invoices.Status", {}, { value: "Paid" }],
  ["abonament", "Invoices.Status", {}, { value: null, creditNote: true }],
  [
    "abonament",
    "Orders.Status",
    {},
    { error: "'abonament' is not one of Open, Confirmed, Shipped, Delivered, Cancelled" },
  ],
  [
    "potser",
    "Invoices.Status",
    {},
    { error: "'potser' is not one of Draft, Issued, PartiallyPaid, Paid, Overdue, Cancelled" },
  ],
  // a card's last four digits, never more
  ["1234", "Clients.CardLast4", {}, { value: "1234" }],
  [12, "Clients.CardLast4", {}, { value: "0012" }],
  [9999, "Clients.CardLast4", {}, { value: "9999" }],
  ["4111 1111 1111 1111", "Clients.CardLast4", {}, { value: "1111", warning: CARD }],
  ["4111-1111", "Clients.CardLast4", {}, { value: "1111", warning: CARD }],
  ["41111", "Clients.CardLast4", {}, { error: "'41111' is not the last 4 digits of a card" }],
  ["123", "Clients.CardLast4", {}, { error: "'123' is not the last 4 digits of a card" }],
  [10000, "Clients.CardLast4", {}, { error: "'10000' is not the last 4 digits of a card" }],
  ["x12345678", "Clients.CardLast4", {}, { error: "'x12345678' is not the last 4 digits of a card" }],
  ["12345678x", "Clients.CardLast4", {}, { error: "'12345678x' is not the last 4 digits of a card" }],
  [123456, "Clients.CardLast4", {}, { error: "'123456' is not the last 4 digits of a card" }],
  // the contract's own reading: an IBAN stored compact without a warning, a yes, a time
  ["ES91 2100 0418 4502 0005 1332", "Clients.IBAN", {}, { value: "ES9121000418450200051332" }],
  [
    "ES91 2100",
    "Clients.IBAN",
    {},
    { error: "'ES91 2100' is not a valid IBAN (wrong check digits, length or country)" },
  ],
  ["sí", "Clients.MarketingConsent", {}, { value: true }],
  ["9.30", "Meetings.Start", {}, { value: "09:30" }],
];

describe("a cell converted to its contract column", () => {
  it.each(CASES)("%j to %s %j", (cell, at, context, expected) => {
    expect(convertCell(cell, column(at), { ...european, ...context })).toEqual(expected);
  });
});
