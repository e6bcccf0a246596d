/** Issuing an invoice through Office.js: one row appended, its number taken at write time, three round trips. */
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { draftInvoice, issueInvoice } from "../../src/core/invoicing/invoicing";
import { salesDataFrom } from "../../src/core/workbook/salesData";
import { dayOf, serialFromDay } from "../../src/core/kernel/dates";
import { FakeExcel, FakeTable } from "../helpers/fakeExcel";
import { tableData } from "../helpers/tables";

const today = dayOf(2026, 11, 27);
const headers = [
  "InvoiceNo",
  "IssueDate",
  "ClientID",
  "Exec",
  "OrderID",
  "Net",
  "VATRate",
  "VAT",
  "Total",
  "Currency",
  "DueDate",
  "Status",
  "CreditOf",
  "Notes",
];

function log(numbers: string[]): FakeTable {
  return {
    name: "Invoices",
    sheet: "Invoices",
    rowIndex: 0,
    headers,
    rows: numbers.map((n) => [n, serialFromDay(today - 10), "C-1", null, null, 10, 0.21, 2.1, 12.1, "EUR", null, null, null, "mine"]),
  };
}

const draft = (() => {
  const data = salesDataFrom([tableData("Clients", ["ClientID", "Name", "PaymentTermsDays"], [["C-1", "=Puig SL", 30]])]);
  const r = draftInvoice(data, { clientId: "C-1", issueDate: today, net: 10050, vatRate: 0.21 });
  if (!r.ok) throw new Error(r.error);
  return r.value;
})();

describe("issuing an invoice in Excel", () => {
  it("appends one row in the table's column order, dates as serials, with the next number of the log as it is at write time", async () => {
    const table = log(["2026-0001", "2026-0002"]);
    const excel = new FakeExcel([table]);
    const port = new ExcelWorkbook(excel.run);
    // a co-author adds 2026-0003 after the pane read the log: the write still sees it
    table.rows.push(["2026-0003", serialFromDay(today), "C-2", null, null, 5, 0.21, 1.05, 6.05, "EUR", null, null, null, null]);
    const row = await issueInvoice(port, "YYYY-NNNN", draft);
    expect(row.InvoiceNo).toBe("2026-0004");
    expect(excel.appendedRows).toEqual([
      {
        table: "Invoices",
        values: [["2026-0004", serialFromDay(today), "C-1", "", "", 100.5, 0.21, 21.11, 121.61, "EUR", serialFromDay(today + 30), "Issued", "", ""]],
      },
    ]);
    expect(excel.syncs).toBe(3);
  });

  it("costs the same three round trips for a log of 20,000 invoices", async () => {
    const excel = new FakeExcel([log(Array.from({ length: 20_000 }, (_, i) => `2026-${String(i + 1).padStart(5, "0")}`))]);
    const row = await issueInvoice(new ExcelWorkbook(excel.run), "YYYY-NNNNN", draft);
    expect(row.InvoiceNo).toBe("2026-20001");
    expect(excel.syncs).toBe(3);
  });

  it("says so when the workbook has no Invoices table", async () => {
    await expect(issueInvoice(new ExcelWorkbook(new FakeExcel([]).run), "YYYY-NNNN", draft)).rejects.toThrow("the workbook has no Invoices table");
  });
});

describe("changing cells of a row in Excel", () => {
  it("writes only the changed cells when nobody changed them meanwhile, else reports the conflict and writes nothing", async () => {
    const excel = new FakeExcel([log(["2026-0001", "2026-0002"])]);
    const port = new ExcelWorkbook(excel.run);
    expect(await port.updateRow("Invoices", "InvoiceNo", "2026-0002", [{ column: "Status", from: null, to: "Cancelled" }])).toEqual({ ok: true });
    expect(excel.writtenCells).toEqual([{ table: "Invoices", row: 1, column: 11, values: [["Cancelled"]] }]);
    expect(excel.syncs).toBe(3);
    const conflict = await port.updateRow("Invoices", "InvoiceNo", "2026-0001", [{ column: "Notes", from: "theirs", to: "ours" }]);
    expect(conflict).toEqual({ ok: false, conflicts: [{ column: "Notes", now: "mine" }] });
    expect(excel.writtenCells).toHaveLength(1);
    expect(await port.updateRow("Invoices", "InvoiceNo", "2026-0099", [])).toEqual({ ok: false, missing: true });
  });
});
