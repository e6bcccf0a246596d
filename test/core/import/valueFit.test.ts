/**
 * What a column's values say of the contract column it may be, value by value (fixture-style): the
 * share of its values that read as the column's type. And the yes/no columns that name a state.
 */
import { valueFit } from "../../../src/core/import/valueFit";
import { flagCell, flagColumn, flagOf } from "../../../src/core/import/flagColumns";
import { columnDef, TableName } from "../../../src/core/workbook/contract";
import type { SheetCell } from "../../../src/core/workbook/port";

const epoch = new Date(0);
const UUID = "123e4567-e89b-12d3-a456-426614174000";
const IBAN = "ES9121000418450200051332";

// [table.column, its values, how well they fit]
const CASES: [string, SheetCell[], number][] = [
  ["Invoices.IssueDate", [epoch], 1],
  ["Invoices.IssueDate", ["27/11/2026"], 1],
  ["Invoices.IssueDate", [46000], 0.6], // a serial of this century: perhaps a date
  ["Invoices.IssueDate", [20001], 0.6],
  ["Invoices.IssueDate", [79999], 0.6],
  ["Invoices.IssueDate", [20000], 0],
  ["Invoices.IssueDate", [80000], 0],
  ["Invoices.IssueDate", ["hola"], 0],
  ["Invoices.Net", ["1.234,56"], 1],
  ["Invoices.Net", ["abc"], 0],
  ["Invoices.Net", [0.21, 0.1], 0.3], // every value a fraction: rates, not amounts
  ["Invoices.VATRate", [0.21, 0.1], 1],
  ["Invoices.Net", [0.5, 1], 1],
  ["Invoices.Net", [0, 0.5], 1],
  ["Invoices.VATRate", ["21%"], 1],
  ["Invoices.VATRate", ["0,21"], 1],
  ["Invoices.VATRate", [".21"], 1],
  ["Invoices.VATRate", ["21"], 0.5], // a whole number: a rate only perhaps
  ["Invoices.VATRate", [21], 0.5],
  ["Invoices.VATRate", ["1,5"], 0.5],
  ["Invoices.VATRate", ["x"], 0],
  ["Invoices.VATRate", [true], 0],
  ["Clients.Email", [" a@b.cat "], 1],
  ["Clients.Email", ["x"], 0],
  ["Clients.IBAN", [IBAN], 1],
  ["Clients.IBAN", ["ES91"], 0],
  ["Clients.Country", ["Espanya"], 1],
  ["Clients.Country", ["Narnia"], 0],
  ["Targets.Period", ["2026-W48"], 1],
  ["Targets.Period", ["2026Q4"], 1],
  ["Targets.Period", ["2026"], 1],
  ["Targets.Period", ["novembre 2026"], 1],
  ["Targets.Period", [epoch], 1],
  ["Targets.Period", ["x2026"], 0],
  ["Clients.MarketingConsent", ["sí"], 1],
  ["Clients.MarketingConsent", ["X"], 1],
  ["Clients.MarketingConsent", [true], 1],
  ["Clients.MarketingConsent", ["maybe"], 0],
  ["Invoices.Status", ["pagada"], 1],
  ["Invoices.Status", ["abonament"], 1], // a credit note in an invoice's status
  ["Orders.Status", ["abonament"], 0],
  ["Invoices.Status", ["x"], 0],
  ["Clients.CardLast4", ["1234"], 1],
  ["Clients.CardLast4", ["Visa 1234"], 1],
  ["Clients.CardLast4", ["12345x"], 0],
  ["Clients.ClientID", ["C-1"], 1],
  ["Clients.ClientID", [UUID], 0.6], // a system's key: the number people read is the ID where there is one
  ["Clients.ClientID", ["71, 1, 19"], 0.2], // a list of IDs
  ["Clients.ClientID", [epoch], 0],
  ["Clients.ClientID", [true], 0],
  ["Clients.Notes", ["hola"], 1],
  ["Clients.Notes", ["12"], 0.7],
  ["Clients.Notes", ["a@b.cat"], 0.5],
  ["Clients.Notes", [IBAN], 0.5],
  ["Clients.Notes", [epoch], 0.2],
  ["Meetings.Start", [epoch], 1],
  ["Meetings.Start", [0.5], 1],
  ["Meetings.Start", ["9:30"], 1],
  ["Meetings.Start", [1], 0],
  ["Meetings.Start", ["x"], 0],
  ["Settings.Value", ["x"], 1],
  ["Invoices.IssueDate", [0.5], 0], // a fraction is no date, nor a rate in a date column
  ["Invoices.IssueDate", ["30000"], 0], // a serial is a number, not a text of digits
  ["Clients.Notes", [0.5], 0.7],
  ["Invoices.Net", ["0.5"], 1], // a fraction typed as text is an amount
  ["Invoices.VATRate", ["1"], 0.5],
  ["Targets.Period", [" 2026-W48 "], 1],
  ["Targets.Period", ["2026-11"], 1],
  ["Targets.Period", ["2026-Q4x"], 0],
  ["Clients.MarketingConsent", ["sí!"], 0],
  ["Clients.MarketingConsent", ["nosí"], 0],
  ["Clients.CardLast4", [1234], 1],
  ["Clients.CardLast4", ["abcd"], 0],
  ["Clients.CardLast4", ["7"], 0],
  ["Clients.CardLast4", ["12 34"], 0],
  ["Meetings.Start", [0], 1], // midnight
  ["Meetings.Start", [-0.5], 0],
  ["Meetings.Start", ["0.5"], 0],
  ["Invoices.Net", [], 0.7], // a blank column is neutral
  ["Invoices.Net", [null, "", "12"], 1],
  ["Invoices.Net", ["12", "x"], 0.5],
];

describe("how a column's values fit a contract column", () => {
  it.each(CASES)("%s of %j: %d", (at, values, fit) => {
    const [table, column] = at.split(".");
    expect(valueFit(columnDef(table as TableName, column), values)).toBe(fit);
  });
});

describe("a yes/no column that names a state", () => {
  const declined = () => flagOf("Payments", "Status", "declined")!;

  it("is a flag for the code column its header names, every value a yes or a no", () => {
    expect([
      flagOf("Payments", "Status", "Rechazado"),
      flagOf("Payments", "Status", "Importe"),
      flagOf("Invoices", "Status", "declined"),
    ]).toEqual([["Failed", "Received"], undefined, undefined]);
    expect([
      flagColumn("Payments", "declined", [0, 1, null, "sí"]),
      flagColumn("Payments", "declined", [0, "maybe"]),
      flagColumn("Payments", "declined", [null, ""]),
      flagColumn("Payments", "declined", [epoch, 1]),
      flagColumn("Payments", "Amount", [0, 1]),
      flagColumn("Clients", "declined", [0, 1]),
    ]).toEqual(["Status", undefined, undefined, undefined, undefined, undefined]);
  });

  it("reads its yes as the code it names and its no as the usual one, anything else as it is", () => {
    expect([1, "no", true, "x", null, "", "potser"].map((cell) => flagCell(cell, declined()))).toEqual([
      "Failed",
      "Received",
      "Failed",
      "Failed",
      null,
      "",
      "potser",
    ]);
  });
});
