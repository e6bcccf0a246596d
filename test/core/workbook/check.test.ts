import { checkTables } from "../../../src/core/workbook/check";
import { CONTRACT, TABLE_NAMES } from "../../../src/core/workbook/contract";
import { readTable } from "../../../src/core/workbook/records";
import { readSettings } from "../../../src/core/workbook/settings";
import { dayOf } from "../../../src/core/kernel/dates";
import { tableData } from "../../helpers/tables";
import { readable } from "../../helpers/english";

const clientHeaders = ["ClientID", "Name", "Email", "IBAN", "Notes"];

describe("the contract", () => {
  it("defines every table of DESIGN.md with its required columns", () => {
    expect(TABLE_NAMES).toEqual([
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
    ]);
    const required = (t: (typeof TABLE_NAMES)[number]) =>
      CONTRACT[t].columns.filter((c) => "required" in c && c.required).map((c) => c.name);
    expect(required("Invoices")).toEqual(["InvoiceNo", "IssueDate", "ClientID", "Net"]);
    expect(required("Payments")).toEqual(["PaymentID", "PaymentDate", "Amount"]);
    expect(required("Targets")).toEqual(["Period", "RevenueTarget"]);
    expect(required("Requests")).toEqual(["TicketID", "Received", "Subject"]);
    expect(required("Survey")).toEqual(["ResponseID", "Question"]);
    expect(required("Campaigns")).toEqual(["CampaignID", "Date", "Name"]);
    expect(CONTRACT.Clients.columns).toHaveLength(22);
    for (const t of TABLE_NAMES)
      expect(new Set(CONTRACT[t].columns.map((c) => c.name)).size).toBe(CONTRACT[t].columns.length);
  });
});

describe("reading a table", () => {
  it("types each cell and keeps the sheet row of every record", () => {
    const reading = readTable(
      "Invoices",
      tableData(
        "Invoices",
        ["InvoiceNo", "IssueDate", "ClientID", "Net", "VATRate", "MyNotes"],
        [
          ["2026-0001", 46353, "C-001", 100.5, 0.21, "keep me"],
          ["2026-0002", "31/11/2026", "C-002", 50, 0.21, null],
        ],
        { headerRow: 3 },
      ),
    );
    expect(reading.records[0]).toMatchObject({
      row: 4,
      invalid: false,
      record: { InvoiceNo: "2026-0001", IssueDate: dayOf(2026, 11, 27), Net: 10050, VATRate: 0.21, Status: null },
    });
    expect(reading.records[1]).toMatchObject({ row: 5, invalid: true });
    expect(readable(reading.problems)).toEqual([
      { sheet: "Invoices", row: 5, column: "IssueDate", severity: "error", message: "'31/11/2026' is not a date" },
    ]);
    expect(reading.extraColumns).toEqual(["MyNotes"]);
    expect(reading.missingColumns).toContain("CreditOf");
  });

  it("reports missing required columns and values, and duplicate keys", () => {
    const reading = readTable(
      "Clients",
      tableData(
        "Clients",
        ["ClientID", "Email"],
        [
          ["C-1", "a@b.cat"],
          ["C-1", "x@y.cat"],
          [null, "z@y.cat"],
          [null, null],
        ],
      ),
    );
    const messages = reading.problems.map((p) => `${p.row}:${p.column}:${p.message}`);
    expect(messages).toContain("1:Name:required column Name is missing from table Clients");
    expect(messages).toContain("3:ClientID:duplicate ClientID 'C-1' (first on row 2)");
    expect(messages).toContain("4:ClientID:ClientID is required");
    // a row with nothing in it (Excel's placeholder row of a table made from headers alone) is no record
    expect(reading.records.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(messages.filter((m) => m.startsWith("5:"))).toEqual([]);
  });

  it("lets order lines share their OrderID", () => {
    const reading = readTable(
      "Orders",
      tableData(
        "Orders",
        ["OrderID", "OrderDate", "ClientID", "Net"],
        [
          ["O-1", 46353, "C-1", 10],
          ["O-1", 46353, "C-1", 20],
        ],
      ),
    );
    expect(reading.problems).toEqual([]);
  });
});

describe("checking a workbook", () => {
  it("lists absent tables, counts problems and flags dangling references as warnings", () => {
    const health = checkTables([
      tableData("Clients", clientHeaders, [["C-1", "Puig SL", "info@puig.cat", "ES9121000418450200051332", null]]),
      tableData("Invoices", ["InvoiceNo", "IssueDate", "ClientID", "Net"], [["2026-0001", 46353, "C-9", 100]]),
      tableData("MyOwnTable", ["A"], [["x"]]),
    ]);
    expect(health.tables.find((t) => t.table === "Payments")).toEqual({
      table: "Payments",
      present: false,
      sheet: null,
      rows: 0,
      errors: 0,
      warnings: 0,
    });
    expect(health.tables.find((t) => t.table === "Invoices")).toMatchObject({
      present: true,
      rows: 1,
      errors: 0,
      warnings: 1,
    });
    expect(readable(health.problems)).toEqual([
      { sheet: "Invoices", row: 2, column: "ClientID", severity: "warning", message: "'C-9' is not in Clients" },
    ]);
    expect(health.errors).toBe(0);
  });

  it("accepts an exec's name where the Team table has it", () => {
    const health = checkTables([
      tableData("Team", ["ExecID", "Name"], [["E01", "Anna Puig"]]),
      tableData(
        "Targets",
        ["Period", "Exec", "RevenueTarget"],
        [
          ["2026-11", "Anna Puig", 1000],
          ["2026-12", "E01", 1000],
          ["2026-12", "Nobody", 1000],
        ],
      ),
    ]);
    expect(health.problems.map((p) => p.message)).toEqual(["'Nobody' is not in Team"]);
  });

  it("matches a client by the key as written, never by another case or by the client's name", () => {
    const health = checkTables([
      tableData("Clients", clientHeaders, [["C-1", "Forn Puig", null, null, null]]),
      tableData(
        "Invoices",
        ["InvoiceNo", "IssueDate", "ClientID", "Net"],
        [
          ["2026-0001", 46353, "c-1", 100],
          ["2026-0002", 46353, "Forn Puig", 100],
          ["2026-0003", 46353, "C-1", 100],
        ],
      ),
    ]);
    expect(health.problems.map((p) => p.message)).toEqual(["'c-1' is not in Clients", "'Forn Puig' is not in Clients"]);
  });

  it("checks no reference to a table the workbook lacks, and takes a name with a comma as one where a column holds one", () => {
    const alone = checkTables([
      tableData("Invoices", ["InvoiceNo", "IssueDate", "ClientID", "Net"], [["1", 46353, "C-9", 1]]),
    ]);
    expect(alone.problems).toEqual([]);
    const comma = checkTables([
      tableData("Team", ["ExecID", "Name"], [["E01", "Puig, Anna"]]),
      tableData("Targets", ["Period", "Exec", "RevenueTarget"], [["2026-11", "Puig, Anna", 1000]]),
    ]);
    expect(comma.problems).toEqual([]);
  });

  it("quotes a key that cannot name a file to its first 40 characters", () => {
    const key = `C..${"x".repeat(50)}`;
    const health = checkTables([tableData("Clients", clientHeaders, [[key, "Forn", null, null, null]])]);
    expect(health.problems).toHaveLength(1);
    expect(String((health.problems[0].params as { value: string }).value)).toBe(JSON.stringify(key.slice(0, 40)));
  });

  it("finds full card numbers in any column and never repeats them", () => {
    const health = checkTables([
      tableData("Clients", clientHeaders, [["C-1", "Puig SL", null, null, "card 4111 1111 1111 1111"]]),
    ]);
    expect(health.errors).toBe(1);
    expect(JSON.stringify(health)).not.toContain("4111 1111");
    expect(health.problems[0]).toMatchObject({ row: 2, column: "Notes" });
  });
});

describe("settings", () => {
  it("reads holidays (text or dates) and the other settings, with defaults", () => {
    const reading = readTable(
      "Settings",
      tableData(
        "Settings",
        ["Setting", "Value"],
        [
          ["Holiday", "2026-12-25"],
          ["Holiday", 46380],
          ["PaymentTermsDays", 45],
          ["InvoicePattern", "F-YYYY-NNNNN"],
          ["Colour", "blue"],
          ["Currency", "euros"],
        ],
      ),
    );
    const { settings, problems } = readSettings(reading);
    expect([...settings.holidays]).toEqual([dayOf(2026, 12, 25), dayOf(2026, 12, 24)]);
    expect(settings).toMatchObject({
      paymentTermsDays: 45,
      invoicePattern: "F-YYYY-NNNNN",
      currency: "EUR",
      fiscalYearStartMonth: 1,
    });
    expect(problems.map((p) => [p.row, p.severity])).toEqual([
      [6, "warning"],
      [7, "error"],
    ]);
  });
});
