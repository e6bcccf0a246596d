/** Reading whole sheets through Office.js for the import, and importing through the Excel adapter. */
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { FIRST_READ_CELLS } from "../../src/excel/payload";
import { prepareImport, runImport, writeImport } from "../../src/core/import/workbookImport";
import { dateFromDay, dayOf } from "../../src/core/kernel/dates";
import { FakeExcel } from "../helpers/fakeExcel";

/** A messy invoice sheet as Excel hands it over: dates as serials, told apart by their number format. */
function facturas(rows: number) {
  const values: unknown[][] = [
    ["Registro de facturas", "", "", ""],
    ["", "", "", ""],
    ["Nº Factura", "Fecha", "Cliente", "Importe"],
  ];
  const numberFormat: string[][] = values.map((r) => r.map(() => "General"));
  for (let i = 0; i < rows; i++) {
    values.push([`2026-${String(i + 1).padStart(4, "0")}`, 46328 + (i % 20), "C-001", i === 1 ? "mil" : 100 + i]);
    numberFormat.push(["@", "dd/mm/yyyy", "General", '#,##0.00 "€"']);
  }
  return { rowIndex: 1, columnIndex: 1, values, numberFormat };
}

describe("reading sheets for the import in Excel", () => {
  it("lists sheets with their visibility and reads a used range as a grid from A1, dates as Dates", async () => {
    const excel = new FakeExcel([], ["Facturas", "Hidden"]);
    excel.contents.set("Facturas", facturas(3));
    excel.contents.set("Hidden", { ...facturas(1), visibility: "Hidden" });
    const port = new ExcelWorkbook(excel.run);
    expect(await port.listSheets()).toEqual([
      { name: "Facturas", visible: true },
      { name: "Hidden", visible: false },
    ]);
    const grid = (await port.readSheet("Facturas"))!;
    expect(grid.rows[0]).toEqual([]); // the used range starts on row 2, column B
    expect(grid.rows[3]).toEqual([null, "Nº Factura", "Fecha", "Cliente", "Importe"]);
    expect(grid.rows[4]).toEqual([null, "2026-0001", dateFromDay(dayOf(2026, 11, 2)), "C-001", 100]);
    expect(await port.readSheet("Missing")).toBeUndefined();
  });

  it("reads with a fixed number of syncs, one more per chunk of a very long sheet", async () => {
    const syncsFor = async (rows: number) => {
      const excel = new FakeExcel([], ["Facturas"]);
      excel.contents.set("Facturas", facturas(rows));
      await new ExcelWorkbook(excel.run).readSheet("Facturas");
      return excel.syncs;
    };
    expect(await syncsFor(10)).toBe(3);
    expect(await syncsFor(1000)).toBe(3);
    expect(await syncsFor(FIRST_READ_CELLS / 8 + 10)).toBe(4); // 4 columns, values and formats: a first chunk of 1,250 rows, then the rest
  });

  it("imports through the adapter: the table and the Quarantine written, the source sheet untouched", async () => {
    const excel = new FakeExcel([], ["Facturas"]);
    excel.contents.set("Facturas", facturas(3));
    const port = new ExcelWorkbook(excel.run);
    const prepared = await prepareImport(port);
    const result = runImport(prepared);
    expect(result.sheets).toEqual([
      {
        sheet: "Facturas",
        table: "Invoices",
        headerRow: 4,
        columns: { "Nº Factura": "InvoiceNo", Fecha: "IssueDate", Cliente: "ClientID", Importe: "Net" },
        rows: 3,
        imported: 2,
        quarantined: 1,
        currency: "EUR",
        runnerUp: { table: "Payments", score: 6.4, chosen: 8.4 },
      },
    ]);
    await writeImport(port, result, prepared.target);
    expect(excel.addedSheets).toEqual(["Invoices", "Quarantine", "Settings"]);
    expect(excel.addedTables.map((t) => t.name)).toEqual(["Invoices", "Quarantine", "Settings"]);
    expect(excel.written.filter((r) => r.sheet === "Facturas")).toEqual([]);
    const rows = excel.written.find((r) => r.sheet === "Invoices" && r.values && r.values.length === 2)!;
    expect(rows.values![0].slice(0, 6)).toEqual(["2026-0001", 46328, "C-001", "", "", 100]);
  });
});
