/**
 * How a planned sheet is read (sheetReading.ts): the columns it misses and those it does not need,
 * what it says of itself (joined, a period given, a Net from parts, new IDs, a table beside it), an
 * invoice's "paid on" column, and the names its extra columns keep. Plans are written out here.
 */
import { readingOf } from "../../../src/core/import/sheetReading";
import type { SheetPlan } from "../../../src/core/import/plan";
import { render } from "../../../src/core/kernel";
import type { TableName } from "../../../src/core/workbook/contract";
import type { SheetCell, SheetGrid } from "../../../src/core/workbook/port";

type Planned = SheetPlan & { table: TableName; headerRow: number };

/** A sheet of one header row and one record row of "x" under it, its columns mapped as given (null: an extra). */
function sheet(table: TableName, columns: [header: string, column: string | null][], extra: Partial<Planned> = {}) {
  const grid: SheetGrid = {
    name: "Full",
    date1904: false,
    rows: [columns.map(([header]) => header), columns.map(() => "x")],
  };
  const plan: Planned = {
    sheet: "Full",
    table,
    headerRow: 1,
    columns: columns.map(([header, column], index) => ({ index, header, column })),
    ...extra,
  };
  return { grid, plan };
}

/** The reading, and what it said as [row, column, severity, text]. */
function read(
  table: TableName,
  columns: [string, string | null][],
  options: { period?: string; plan?: Partial<Planned> } = {},
) {
  const { grid, plan } = sheet(table, columns, options.plan);
  const said: [number | null, string | null, string, string][] = [];
  const reading = readingOf(grid, plan, options.period, (row, column, severity, message) =>
    said.push([row, column, severity, render(message, "en")]),
  );
  return { reading, said };
}

describe("a sheet's reading", () => {
  it("names each required column it misses, and not a key the import gives, a Net from parts, nor a survey export's question", () => {
    expect(read("Orders", [["Client", "ClientID"]]).said).toEqual([
      [1, "OrderID", "error", "no column holds OrderID, which Orders requires"],
      [1, "OrderDate", "error", "no column holds OrderDate, which Orders requires"],
      [1, "Net", "error", "no column holds Net, which Orders requires"],
    ]);
    // a key the import gives excuses the key alone; a period given, the period alone; parts, the Net alone
    expect(read("Clients", [["Nom", "Name"]]).reading.missing).toEqual([]);
    expect(read("Clients", [["Codi", "ClientID"]]).reading.missing.map((c) => c.name)).toEqual(["Name"]);
    expect(read("Targets", [["Comercial", "Exec"]], { period: "2027-01" }).reading.missing.map((c) => c.name)).toEqual([
      "RevenueTarget",
    ]);
    expect(
      read("Orders", [
        ["Comanda", "OrderID"],
        ["Data", "OrderDate"],
        ["Quantitat", "Quantity"],
        ["Preu", null],
      ]).reading.missing.map((c) => c.name),
    ).toEqual(["ClientID"]);
    expect(
      read("Orders", [
        ["Comanda", "OrderID"],
        ["Data", "OrderDate"],
        ["Client", "ClientID"],
        ["Quantitat", "Quantity"],
        ["Preu", null],
      ]).reading.missing,
    ).toEqual([]);
    const survey = read("Survey", [
      ["Com ens va conèixer?", "Answer"],
      ["Què milloraria?", "Answer"],
    ]).reading;
    expect([survey.missing, survey.questions.map((q) => q.header)]).toEqual([
      [],
      ["Com ens va conèixer?", "Què milloraria?"],
    ]);
    // a survey sheet with its own Question column is one answer a row: it needs its ResponseID
    const asked = read("Survey", [
      ["Pregunta", "Question"],
      ["Resposta", "Answer"],
    ]).reading;
    expect([asked.missing.map((c) => c.name), asked.questions]).toEqual([["ResponseID"], []]);
  });

  it("says a sheet joined into another is joined, by what, instead of the columns it misses", () => {
    const joined = (table: TableName) =>
      read(table, [[table === "Invoices" ? "Factura" : "Comanda", table === "Invoices" ? "InvoiceNo" : "OrderID"]], {
        plan: { joinedInto: "Línies" },
      }).said;
    expect([joined("Invoices"), joined("Orders")]).toEqual([
      [[1, null, "warning", "joined with Línies on the InvoiceNo: the sum of each invoice's lines is its Net"]],
      [[1, null, "warning", "joined with Línies on the OrderID: each line carries its order's date, client and exec"]],
    ]);
  });

  it("takes the period she gave for a list of targets with none, and says so; without one it is an error", () => {
    const targets: [string, string | null][] = [
      ["Comercial", "Exec"],
      ["Objectiu", "RevenueTarget"],
    ];
    const given = read("Targets", targets, { period: "2027-01" });
    expect([given.reading.givenPeriod, given.reading.missing, given.said]).toEqual([
      "2027-01",
      [],
      [[1, "Period", "warning", "no period column: every target is for 2027-01, as given"]],
    ]);
    const none = read("Targets", targets);
    expect([none.reading.givenPeriod, none.said.map((s) => s.slice(1, 3))]).toEqual([null, [["Period", "error"]]]);
    // targets by period column need none given; other tables never ask
    const byMonth = read("Targets", [
      ["Comercial", "Exec"],
      ["Gener 2027", "RevenueTarget"],
      ["Febrer 2027", "RevenueTarget"],
    ]);
    expect([byMonth.reading.givenPeriod, byMonth.reading.periods.size, byMonth.said]).toEqual([undefined, 2, []]);
    expect(read("Orders", [["Comanda", "OrderID"]], { period: "2027-01" }).reading.givenPeriod).toBeUndefined();
  });

  it("says where Net comes from, a discount named; and which IDs it gives", () => {
    const parts = (discount: boolean) =>
      read("Quotes", [
        ["Pressupost", "QuoteID"],
        ["Data", "QuoteDate"],
        ["Client", "ClientID"],
        ["Unitats", "Quantity"],
        ["Preu unitari", "UnitPrice"],
        ...(discount ? [["Dte.", "Discount"] as [string, string]] : []),
      ]).said;
    expect([parts(false), parts(true)]).toEqual([
      [[1, "Net", "warning", "no amount column: Net is Unitats × Preu unitari"]],
      [[1, "Net", "warning", expect.stringContaining("Dte.")]],
    ]);
    const payments = read("Payments", [
      ["Data", "PaymentDate"],
      ["Import", "Amount"],
    ]);
    expect([payments.reading.generate, payments.said]).toEqual([
      "PaymentID",
      [[1, "PaymentID", "warning", "no PaymentID column: new IDs P-… are given"]],
    ]);
    expect(read("Payments", [["Pagament", "PaymentID"]]).reading.generate).toBeUndefined();
    expect(read("Orders", [["Data", "OrderDate"]]).reading.generate).toBeUndefined();
  });

  it("finds an invoice sheet's paid-on column among its extras, never a headerless one nor another table's", () => {
    const invoices = (header: string) =>
      read("Invoices", [
        ["Factura", "InvoiceNo"],
        ["Notes", null],
        [header, null],
      ]).reading.paidOn?.header;
    expect([invoices("Fecha de cobro"), invoices("Observacions"), invoices("")]).toEqual([
      "Fecha de cobro",
      undefined,
      undefined,
    ]);
    expect(
      read("Orders", [
        ["Comanda", "OrderID"],
        ["Fecha de cobro", null],
      ]).reading.paidOn,
    ).toBeUndefined();
  });

  it("keeps its extra columns under their own headers, made unique without case against the contract's and each other", () => {
    const extras = read("Clients", [
      ["Codi", "ClientID"],
      ["iban", null],
      ["IBAN", null],
      ["", null],
      ["Notes", null],
      ["Notes", null],
      ["Fax", null],
    ]).reading.extras;
    expect(extras.map((e) => e.name)).toEqual(["iban (2)", "IBAN (3)", "D", "Notes (2)", "Notes (3)", "Fax"]);
  });

  it("reads the lines of its own block only, blank lines left out, and says when a second table stands beside it", () => {
    const rows: SheetCell[][] = [
      ["Codi", "Nom", null, "Codi", "Import"],
      ["C1", "Anna", null, "A1", 3],
      [null, null, null, null, null],
      ["C2", "Pau", null, "A2", 4],
    ];
    const grid: SheetGrid = { name: "Full", date1904: false, rows };
    const plan: Planned = {
      sheet: "Full",
      table: "Clients",
      headerRow: 1,
      columns: [
        { index: 0, header: "Codi", column: "ClientID" },
        { index: 1, header: "Nom", column: "Name" },
      ],
    };
    const said: string[] = [];
    const reading = readingOf(grid, plan, undefined, (row, column, severity, message) =>
      said.push(`${row} ${column} ${severity} ${message.code}`),
    );
    expect(reading.lines.map((l) => [l.row, l.kind])).toEqual([
      [2, "record"],
      [4, "record"],
    ]);
    expect(said).toEqual(["1 null warning import.beside"]);
    // planned from another header row than the block's: no lines of its own
    expect(readingOf(grid, { ...plan, headerRow: 2 }, undefined, () => undefined).lines).toEqual([]);
  });
});
