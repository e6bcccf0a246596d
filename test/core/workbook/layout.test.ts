/**
 * The workbook contract's small helpers: where an owned sheet's tables and charts land, the fills of
 * a RAG column, rows as a rule sees them, contract tables as output, which columns hold text or dates,
 * and the typed records a feature reads (rows lacking a required cell left out, the date system kept).
 */
import {
  CHART_ROWS,
  keyParts,
  layoutSheet,
  placeCharts,
  ragRules,
  rowValues,
  type SheetOutput,
} from "../../../src/core/workbook/port";
import { outputTable } from "../../../src/core/workbook/output";
import { columnDef, dateColumns, textColumns } from "../../../src/core/workbook/contract";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { dayOf } from "../../../src/core/kernel/dates";
import { tableData } from "../../helpers/tables";

const table = (name: string, columns: string[], rows: number) => ({
  name,
  columns: columns.map((header) => ({ header })),
  rows: Array.from({ length: rows }, () => columns.map(() => 1)),
});

describe("an owned sheet's layout", () => {
  const sheet: SheetOutput = {
    name: "Report",
    title: "Weekly",
    tables: [
      table("A", ["Exec", "Actual", "Target"], 4),
      table("B", ["Client", "Net"], 0),
      table("C", ["x", "y", "z", "w"], 25),
    ],
    charts: [
      { table: "A", title: "a", from: "Exec", to: "Target" },
      { table: "C", title: "c", from: "x", to: "z" },
      { table: "A", title: "again", from: "Actual", to: "Target" },
      { table: "B", title: "empty", from: "Client", to: "Net" },
      { table: "A", title: "backwards", from: "Target", to: "Exec" },
      { table: "A", title: "no column", from: "Exec", to: "Budget" },
      { table: "A", title: "no first column", from: "Budget", to: "Target" },
      { table: "A", title: "one column", from: "Actual", to: "Actual" },
      { table: "Z", title: "no table", from: "Exec", to: "Target" },
    ],
  };

  it("puts the title on row 1, the first table on row 3, each next one a blank row below the last", () => {
    expect(layoutSheet(sheet).map((p) => [p.table.name, p.headerRow])).toEqual([
      ["A", 3],
      ["B", 9],
      ["C", 11],
    ]);
    expect(layoutSheet({ ...sheet, title: undefined }).map((p) => p.headerRow)).toEqual([1, 7, 9]);
  });

  it("places each chart two columns right of the widest table, by its table or below the chart before", () => {
    expect(placeCharts(sheet).map((c) => [c.chart.title, c.headerRow, c.from, c.to, c.rows, c.column, c.top])).toEqual([
      ["a", 3, 1, 3, 4, 6, 3], // beside its table
      ["c", 11, 1, 3, 25, 6, 3 + (CHART_ROWS + 1)], // its table starts higher than the chart above ends
      ["again", 3, 2, 3, 4, 6, 3 + 2 * (CHART_ROWS + 1)],
      ["empty", 9, 1, 2, 1, 6, 3 + 3 * (CHART_ROWS + 1)], // a table without rows still gets one
    ]);
    expect(placeCharts({ ...sheet, charts: undefined })).toEqual([]);
  });
});

describe("the contract's helpers", () => {
  it("fill each RAG word with its colour, a word not given left out", () => {
    expect(ragRules({ green: "En objectiu", red: "Per sota" })).toEqual([
      ["En objectiu", "#C6EFCE"],
      ["Per sota", "#FFC7CE"],
    ]);
  });

  it("give a key as parallel lists, and rows by header with a column not there blank", () => {
    expect([keyParts("OrderID", "O-1"), keyParts(["OrderID", "SKU"], ["O-1", "P-2"])]).toEqual([
      { columns: ["OrderID"], values: ["O-1"] },
      { columns: ["OrderID", "SKU"], values: ["O-1", "P-2"] },
    ]);
    expect(rowValues(["A", "B"], [[1, 2], [3]], ["B", "C", "A"])).toEqual([
      { B: 2, C: null, A: 1 },
      { B: null, C: null, A: 3 },
    ]);
  });

  it("write a contract table with its headers and formats, text where the type has none", () => {
    const out = outputTable("Payments", []);
    expect(out.columns.slice(0, 5)).toEqual([
      { header: "PaymentID", format: "text" },
      { header: "PaymentDate", format: "date" },
      { header: "InvoiceNo", format: "text" },
      { header: "ClientID", format: "text" },
      { header: "Amount", format: "money" },
    ]);
    expect([out.name, out.rows]).toEqual(["Payments", []]);
  });

  it("know which columns hold text and which dates, none outside the contract, and refuse a column a table lacks", () => {
    expect([...textColumns("Targets")]).toEqual(["Period", "Exec", "Region", "Category"]);
    expect([...dateColumns("Visits")]).toEqual(["Scheduled"]);
    expect([textColumns("Aging").size, dateColumns("Aging").size]).toEqual([0, 0]);
    expect(() => columnDef("Clients", "Colour")).toThrow("the contract's Clients has no column Colour");
  });
});

describe("the records a feature reads", () => {
  it("leave out rows lacking a required cell, know which tables are there and the 1904 date system", () => {
    const data = salesDataFrom([
      tableData(
        "Clients",
        ["ClientID", "Name"],
        [
          ["C-1", "Forn"],
          [null, "Nameless"],
          ["C-3", null],
        ],
      ),
      tableData("Settings", ["Setting", "Value"], [["Holiday", 45000 - 1462]], { date1904: true }),
    ]);
    expect(data.clients.map((c) => c.ClientID)).toEqual(["C-1"]);
    expect([...data.present]).toEqual(["Clients", "Settings"]);
    expect([data.date1904, data.invoices, [...data.settings.holidays]]).toEqual([true, [], [dayOf(2023, 3, 15)]]);
    expect(salesDataFrom([]).date1904).toBe(false);
  });
});
