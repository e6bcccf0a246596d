/**
 * Master and detail, joined on the number (masterDetail.ts): which sheet is the header, what a line
 * carries from it, what an invoice header sums from its lines, each at the edge of its rule. Plans are
 * written out here, not proposed, so that each case says exactly which columns each side has.
 */
import { joinMasterDetail } from "../../../src/core/import/masterDetail";
import type { SheetPlan } from "../../../src/core/import/plan";
import type { TableName } from "../../../src/core/workbook/contract";
import type { SheetCell, SheetGrid } from "../../../src/core/workbook/port";

const grid = (name: string, rows: SheetCell[][]): SheetGrid => ({ name, date1904: false, rows });

/** The sheet's plan: its first row the header, each column mapped to the contract's column given (null: kept as it is). */
const plan = (sheet: SheetGrid, table: TableName, columns: (string | null)[]): SheetPlan => ({
  sheet: sheet.name,
  table,
  headerRow: 1,
  columns: columns.map((column, index) => ({ index, header: String(sheet.rows[0][index]), column })),
});

const day = (d: string) => new Date(`${d}T00:00:00.000Z`);

/** Which sheet was joined into which, for every plan. */
const joins = (plans: readonly SheetPlan[]) => plans.map((p) => [p.sheet, p.joinedInto ?? null]);

describe("order lines and their orders", () => {
  const orders = grid("Comandes", [
    ["Núm", "Data", "Client", "Comercial", "Notes"],
    [" 1 ", day("2026-10-01"), "C1", "Anna", "urgent"],
    ["2", day("2026-10-02"), "C2", "Pau"],
    [3, day("2026-10-03"), "C3", "Anna", null],
  ]);
  const ordersPlan = plan(orders, "Orders", ["OrderID", "OrderDate", "ClientID", "Exec", null]);

  it("carry the order's date, client and exec at their right, a short row padded first; a line of no known order carries nothing", () => {
    const lines = grid("Línies", [
      ["Núm", "Producte", "Quantitat", "Import"],
      [1, "P1", 2, 10],
      [1, "P2"],
      [2, "P3", 4, 8],
      [9, "P4", 1, 1],
    ]);
    const joined = joinMasterDetail(
      [orders, lines],
      [ordersPlan, plan(lines, "Orders", ["OrderID", "SKU", "Quantity", "Net"])],
    );
    expect(joined.grids[0]).toBe(orders);
    expect(joined.grids[1].rows).toEqual([
      ["Núm", "Producte", "Quantitat", "Import", "Data (Comandes)", "Client (Comandes)", "Comercial (Comandes)"],
      [1, "P1", 2, 10, day("2026-10-01"), "C1", "Anna"],
      [1, "P2", null, null, day("2026-10-01"), "C1", "Anna"],
      [2, "P3", 4, 8, day("2026-10-02"), "C2", "Pau"],
      [9, "P4", 1, 1],
    ]);
    expect(joined.grids[1].origins).toEqual([undefined, "Comandes!2", "Comandes!2", "Comandes!3", undefined]);
    expect(joined.plans[1].columns.slice(4)).toEqual([
      { index: 4, header: "Data (Comandes)", column: "OrderDate" },
      { index: 5, header: "Client (Comandes)", column: "ClientID" },
      { index: 6, header: "Comercial (Comandes)", column: "Exec" },
    ]);
    expect(joins(joined.plans)).toEqual([
      ["Comandes", "Línies"],
      ["Línies", null],
    ]);
    expect([...joined.plans[0].joinedKeys!]).toEqual(["1", "2", "9"]);
  });

  it("carry only what is said once per order (not its total), and leave every other sheet's plan as it was", () => {
    const totals = grid("Comandes", [
      ["Núm", "Data", "Client", "Total"],
      [1, day("2026-10-01"), "C1", 30],
    ]);
    const lines = grid("Línies", [
      ["Núm", "Producte", "Quantitat"],
      [1, "P1", 2],
      [1, "P2", 1],
    ]);
    const clients = grid("Clients", [
      ["Codi", "Nom"],
      ["C1", "Forn"],
    ]);
    const clientsPlan = plan(clients, "Clients", ["ClientID", "Name"]);
    const joined = joinMasterDetail(
      [totals, lines, clients],
      [
        plan(totals, "Orders", ["OrderID", "OrderDate", "ClientID", "Net"]),
        plan(lines, "Orders", ["OrderID", "SKU", "Quantity"]),
        clientsPlan,
      ],
    );
    expect(joined.grids[1].rows[0]).toEqual(["Núm", "Producte", "Quantitat", "Data (Comandes)", "Client (Comandes)"]);
    expect([joined.grids[2], joined.plans[2]]).toEqual([clients, clientsPlan]);
  });

  it("keep a column of the order's they have already: the client of each line stays its own", () => {
    const lines = grid("Línies", [
      ["Núm", "Client", "Import"],
      [1, "C9", 10],
      [2, "C2", 8],
    ]);
    const joined = joinMasterDetail(
      [orders, lines],
      [ordersPlan, plan(lines, "Orders", ["OrderID", "ClientID", "Net"])],
    );
    expect(joined.grids[1].rows).toEqual([
      ["Núm", "Client", "Import", "Data (Comandes)", "Comercial (Comandes)"],
      [1, "C9", 10, day("2026-10-01"), "Anna"],
      [2, "C2", 8, day("2026-10-02"), "Pau"],
    ]);
  });

  it("are joined when half their numbers are the orders' (not fewer), and the orders' numbers are nine in ten different", () => {
    const lines = (numbers: number[]) =>
      grid("Línies", [["Núm", "Import"] as SheetCell[]].concat(numbers.map((n) => [n, 1])));
    const tried = (header: SheetGrid, numbers: number[]) => {
      const detail = lines(numbers);
      return joins(
        joinMasterDetail(
          [header, detail],
          [
            plan(header, "Orders", ["OrderID", "OrderDate", "ClientID", "Exec", null]),
            plan(detail, "Orders", ["OrderID", "Net"]),
          ],
        ).plans,
      )[0][1];
    };
    expect([tried(orders, [1, 2, 8, 9]), tried(orders, [1, 7, 8, 9])]).toEqual(["Línies", null]);
    // ten orders, nine numbers: a header still; three orders, two numbers: no header
    const numbered = (numbers: number[]) =>
      grid("Comandes", [orders.rows[0], ...numbers.map((n) => [n, day("2026-10-01"), "C1", "Anna", null])]);
    expect(tried(numbered([1, 2, 3, 4, 5, 6, 7, 8, 9, 9]), [1, 2])).toBe("Línies");
    expect(tried(numbered([1, 1, 2]), [1, 2])).toBeNull();
  });

  it("are not joined where the orders lack a date or a client, or the lines have both, or a side has no numbers", () => {
    const lines = grid("Línies", [
      ["Núm", "Data", "Client", "Import"],
      [1, day("2026-10-01"), "C1", 10],
      [1, day("2026-10-01"), "C1", 5],
    ]);
    const tried = (headerColumns: (string | null)[], lineColumns: (string | null)[]) =>
      joins(
        joinMasterDetail([orders, lines], [plan(orders, "Orders", headerColumns), plan(lines, "Orders", lineColumns)])
          .plans,
      );
    const none = [
      ["Comandes", null],
      ["Línies", null],
    ];
    expect(tried(["OrderID", null, "ClientID", "Exec", null], ["OrderID", null, null, "Net"])).toEqual(none);
    expect(tried(["OrderID", "OrderDate", null, "Exec", null], ["OrderID", null, null, "Net"])).toEqual(none);
    expect(
      tried(["OrderID", "OrderDate", "ClientID", "Exec", null], ["OrderID", "OrderDate", "ClientID", "Net"]),
    ).toEqual(none);
    expect(tried(["OrderID", "OrderDate", "ClientID", "Exec", null], [null, null, null, "Net"])).toEqual(none);
    expect(tried([null, "OrderDate", "ClientID", "Exec", null], ["OrderID", null, null, "Net"])).toEqual(none);
    // the lines with their date alone are lines still
    expect(tried(["OrderID", "OrderDate", "ClientID", "Exec", null], ["OrderID", "OrderDate", null, "Net"])).toEqual([
      ["Comandes", "Línies"],
      ["Línies", null],
    ]);
  });
});

describe("invoice lines and their invoices", () => {
  const invoices = grid("Factures", [
    ["Núm", "Data", "Client"],
    [1, day("2027-01-04"), "C1"],
    [2, day("2027-01-05")],
    [3, day("2027-01-06"), "C3"],
  ]);
  const invoicesPlan = plan(invoices, "Invoices", ["InvoiceNo", "IssueDate", "ClientID"]);
  const lines = grid("Detall", [
    ["Núm", "Concepte", "Import"],
    [1, "Caixes", "1.234,50"],
    [1, "Ports", "10,25"],
    [1, "Nota", "a consultar"],
    [2, "Caixes", 5],
    [2, "Regal", null],
  ]);

  it("give each invoice the sum of its lines as Net, in a column headed by the lines' own; a line that is no amount, or none, is left out", () => {
    const joined = joinMasterDetail(
      [invoices, lines],
      [invoicesPlan, plan(lines, "Invoices", ["InvoiceNo", null, "Net"])],
    );
    expect(joined.grids[0].rows).toEqual([
      ["Núm", "Data", "Client", "Import (Σ Detall)"],
      [1, day("2027-01-04"), "C1", 1244.75],
      [2, day("2027-01-05"), null, 5],
      [3, day("2027-01-06"), "C3", null],
    ]);
    expect(joined.grids[0].origins).toEqual([undefined, "Detall!2+Detall!3", "Detall!5", undefined]);
    expect(joined.plans[0].columns.at(-1)).toEqual({ index: 3, header: "Import (Σ Detall)", column: "Net" });
    expect(joins(joined.plans)).toEqual([
      ["Factures", null],
      ["Detall", "Factures"],
    ]);
    expect([...joined.plans[1].joinedKeys!]).toEqual(["1", "2", "3"]);
  });

  it("sum a Total column where the lines have no Net, and name it Net where the lines' column has no header", () => {
    const unnamed = grid("Detall", [["Núm", "Concepte", null], ...lines.rows.slice(1)]);
    const unnamedPlan: SheetPlan = {
      ...plan(unnamed, "Invoices", []),
      columns: [
        { index: 0, header: "Núm", column: "InvoiceNo" },
        { index: 2, header: "", column: "Total" },
      ],
    };
    const joined = joinMasterDetail([invoices, unnamed], [invoicesPlan, unnamedPlan]);
    expect(joined.grids[0].rows.map((r) => r[3])).toEqual(["Net (Σ Detall)", 1244.75, 5, null]);
  });

  it("read the lines' amounts with their own decimal mark, and give no sum where the lines have no amount", () => {
    const dotted = grid("Detall", [
      ["Núm", "Concepte", "Import"],
      [1, "Caixes", "1,234"],
      [1, "Ports", "10.25"],
    ]);
    // 10.25 makes the column's mark a dot: 1,234 is a thousand and more
    expect(
      joinMasterDetail([invoices, dotted], [invoicesPlan, plan(dotted, "Invoices", ["InvoiceNo", null, "Net"])])
        .grids[0].rows[1][3],
    ).toBe(1244.25);
    const bare = grid("Detall", [
      ["Núm", "Concepte"],
      [1, "Caixes"],
      [2, "Ports"],
    ]);
    const joined = joinMasterDetail([invoices, bare], [invoicesPlan, plan(bare, "Invoices", ["InvoiceNo", null])]);
    expect(joined.grids[0].rows.map((r) => r[3])).toEqual(["Net (Σ Detall)", null, null, null]);
  });

  it("leave an invoice sheet that has its Net as it is, and still take its lines in", () => {
    const withNet = grid("Factures", [
      ["Núm", "Data", "Client", "Base"],
      [1, day("2027-01-04"), "C1", 1000],
      [2, day("2027-01-05"), "C2", 5],
    ]);
    const headerPlan = plan(withNet, "Invoices", ["InvoiceNo", "IssueDate", "ClientID", "Net"]);
    const joined = joinMasterDetail(
      [withNet, lines],
      [headerPlan, plan(lines, "Invoices", ["InvoiceNo", null, "Net"])],
    );
    expect(joined.grids[0].rows).toEqual(withNet.rows);
    expect(joined.plans[0]).toEqual(headerPlan);
    expect(joins(joined.plans)).toEqual([
      ["Factures", null],
      ["Detall", "Factures"],
    ]);
  });
});
