/**
 * A contract table read row by row: its headers (trimmed, twice, missing, the user's own), its rows
 * numbered as the sheet numbers them (a blank one no record), each cell's problem at its row and
 * column, a required value missing, keys taken twice; and problems said without a card number.
 */
import { readTable } from "../../../src/core/workbook/records";
import { countBySeverity, describeProblem, problem, type Problem } from "../../../src/core/workbook/problems";
import { say } from "../../../src/core/kernel/messages";
import { tableData } from "../../helpers/tables";

const where = (r: { problems: readonly Problem[] }) => r.problems.map((p) => [p.row, p.column, p.severity, p.message]);

describe("a contract table read", () => {
  it("trims its headers, says a column twice or a required one missing, and keeps the user's own columns", () => {
    const r = readTable(
      "Products",
      tableData(
        "Productes",
        [" SKU ", "Name", "Name", "Colour", "", null as unknown as string],
        [["P-1", "Cadira", "x", "blau", 1, 2]],
        {
          headerRow: 4,
        },
      ),
    );
    expect(where(r)).toEqual([
      [4, "Name", "error", "column Name appears twice"],
      [4, "UnitPrice", "error", "required column UnitPrice is missing from table Products"],
    ]);
    expect([r.missingColumns, r.extraColumns, r.sheet]).toEqual([
      ["Category", "UnitPrice", "VATRate", "Active"],
      ["Colour"],
      "Productes",
    ]);
    expect(r.records).toEqual([
      {
        row: 5,
        invalid: false,
        record: { SKU: "P-1", Name: "Cadira", Category: null, UnitPrice: null, VATRate: null, Active: null },
      },
    ]);
  });

  it("numbers rows as the sheet does past a blank one, and says each cell's problem where it is", () => {
    const r = readTable(
      "Payments",
      tableData(
        "Payments",
        ["PaymentID", "PaymentDate", "Amount", "Notes"],
        [
          ["P-1", 46000, "12", null],
          [null, " ", null, ""],
          ["P-2", "no date", 5, null],
          ["P-3", 46000, null, "ok"],
          ["P-1", 46001, 7, null],
        ],
      ),
    );
    expect(where(r)).toEqual([
      [2, "Amount", "warning", "'12' is a number stored as text"],
      [4, "PaymentDate", "error", "'no date' is not a date"],
      [5, "Amount", "error", "Amount is required"],
      [6, "PaymentID", "error", "duplicate PaymentID 'P-1' (first on row 2)"],
    ]);
    expect(r.records.map((s) => [s.row, s.invalid, s.record.PaymentID, s.record.PaymentDate === null])).toEqual([
      [2, false, "P-1", false],
      [4, true, "P-2", true],
      [5, true, "P-3", false],
      [6, false, "P-1", false],
    ]);
  });

  it("lets the lines of one order share its number", () => {
    const r = readTable(
      "Orders",
      tableData(
        "Orders",
        ["OrderID", "OrderDate", "ClientID", "Net"],
        [
          ["O-1", 46000, "C-1", 10],
          ["O-1", 46000, "C-1", 20],
        ],
      ),
    );
    expect(r.problems).toEqual([]);
  });

  it("takes two rows without a key for two missing keys, not one key twice", () => {
    const r = readTable(
      "Clients",
      tableData(
        "Clients",
        ["ClientID", "Name"],
        [
          [null, "Forn"],
          [null, "Serra"],
        ],
      ),
    );
    expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, "ClientID", "table.required"],
      [3, "ClientID", "table.required"],
    ]);
  });
});

describe("problems", () => {
  it("never carry a card number, even in a message inside another or in a list", () => {
    const p = problem(
      "4111 1111 1111 1111",
      2,
      "4111111111111111",
      "error",
      say("import.andMore", { what: say("cell.notDate", { value: "'4111 1111 1111 1111'" }), n: 2 }),
    );
    expect(JSON.stringify(p)).not.toMatch(/4111.?1111/);
    const listed = problem(
      "S",
      null,
      null,
      "warning",
      say("settings.unknown", { setting: "x", known: ["4111111111111111", say("settings.noValue")] }),
    );
    expect(listed.message).toBe("unknown setting 'x' (known: •••• 1111, no value)");
    expect(problem("S", 1, null, "warning", say("settings.currency", { value: null })).params).toEqual({ value: null });
  });

  it("are counted by severity and described where they are, a row or a column only when there is one", () => {
    const problems = [
      problem("Invoices", 8, "IssueDate", "error", say("settings.noValue")),
      problem("Invoices", null, null, "warning", say("settings.noValue")),
      problem("Invoices", 3, null, "warning", say("settings.noValue")),
    ];
    expect(countBySeverity(problems)).toEqual({ errors: 1, warnings: 2 });
    expect(problems.map((p) => describeProblem(p))).toEqual([
      "error: Invoices, row 8, IssueDate: no value",
      "warning: Invoices: no value",
      "warning: Invoices, row 3: no value",
    ]);
  });
});
