/** Issuing an invoice through Office.js: one row, its number and rules checked at write time, four round trips at any size. */
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { PAYLOAD_AIM } from "../../src/excel/payload";
import { draftInvoice, issueInvoice } from "../../src/core/invoicing/invoicing";
import { salesDataFrom } from "../../src/core/workbook/salesData";
import { dayOf, serialFromDay } from "../../src/core/kernel/dates";
import { LiveExcel, LiveModel } from "../helpers/liveExcel";
import { instant } from "../helpers/portSubjects";
import { tableData } from "../helpers/tables";
import { SaidError } from "../../src/core/kernel/messages";

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

function excelWith(numbers: string[]): LiveExcel {
  const model = new LiveModel();
  model.addTable(
    "Invoices",
    "A1",
    "Invoices",
    headers,
    numbers.map((n) => [n, serialFromDay(today - 10), "C-1", "", "", 10, 0.21, 2.1, 12.1, "EUR", "", "", "", "mine"]),
  );
  return new LiveExcel(model);
}

const draft = (() => {
  const data = salesDataFrom([
    tableData("Clients", ["ClientID", "Name", "PaymentTermsDays"], [["C-1", "=Puig SL", 30]]),
  ]);
  const r = draftInvoice(data, { clientId: "C-1", issueDate: today, net: 10050, vatRate: 0.21 });
  if (!r.ok) throw new SaidError(r.error);
  return r.value;
})();

describe("issuing an invoice in Excel", () => {
  it("appends one row in the table's column order, dates as serials, numbered after the log as it is at write time", async () => {
    const excel = excelWith(["2026-0001", "2026-0002"]);
    // a co-author adds 2026-0003 after the pane read the log: the write still sees it
    excel.model.appendTableRow("Invoices", [
      "2026-0003",
      serialFromDay(today),
      "C-2",
      "",
      "",
      5,
      0.21,
      1.05,
      6.05,
      "EUR",
      "",
      "",
      "",
      "",
    ]);
    const row = await issueInvoice(new ExcelWorkbook(excel.run, instant), "YYYY-NNNN", draft);
    expect(row.InvoiceNo).toBe("2026-0004");
    expect(excel.model.dataRows(excel.model.table("Invoices")!).at(-1)).toEqual([
      "2026-0004",
      serialFromDay(today),
      "C-1",
      "",
      "",
      100.5,
      0.21,
      21.11,
      121.61,
      "EUR",
      serialFromDay(today + 30),
      "Issued",
      "",
      "",
    ]);
    expect(excel.syncs).toBe(4);
  });

  it("costs six round trips for a log of 10,000 invoices, reading only the columns its rules need", async () => {
    const excel = excelWith(Array.from({ length: 10_000 }, (_, i) => `2026-${String(i + 1).padStart(5, "0")}`));
    const row = await issueInvoice(new ExcelWorkbook(excel.run, instant), "YYYY-NNNNN", draft);
    expect(row.InvoiceNo).toBe("2026-10001");
    expect(excel.syncs).toBe(4 + 2); // the first read learns what a row weighs: counted, then two chunks
    expect(excel.largestResponse).toBeLessThan(10_001 * 5 * 30); // key + 4 rule columns (not the 14), and the row it replaces
  });

  it("stays under the payload aim at 100,000 invoices: the columns come in chunks", async () => {
    const excel = excelWith(Array.from({ length: 100_000 }, (_, i) => `2026-${String(i + 1).padStart(6, "0")}`));
    const row = await issueInvoice(new ExcelWorkbook(excel.run, instant), "YYYY-NNNNNN", draft);
    expect(row.InvoiceNo).toBe("2026-100001");
    expect(excel.largestResponse).toBeLessThanOrEqual(PAYLOAD_AIM);
  });

  it("says so when the workbook has no Invoices table", async () => {
    await expect(issueInvoice(new ExcelWorkbook(new LiveExcel().run, instant), "YYYY-NNNN", draft)).rejects.toThrow(
      "the workbook has no Invoices table",
    );
  });
});

describe("changing cells of a row in Excel", () => {
  it("writes the changed cells when nobody changed them meanwhile, else reports the conflict and leaves the row as it was", async () => {
    const excel = excelWith(["2026-0001", "2026-0002"]);
    const port = new ExcelWorkbook(excel.run, instant);
    expect(
      await port.updateRow("Invoices", "InvoiceNo", "2026-0002", [{ column: "Status", from: null, to: "Cancelled" }]),
    ).toEqual({ ok: true });
    expect(excel.model.column("Invoices", "Status")).toEqual(["", "Cancelled"]);
    expect(excel.syncs).toBe(4);
    const conflict = await port.updateRow("Invoices", "InvoiceNo", "2026-0001", [
      { column: "Notes", from: "theirs", to: "ours" },
    ]);
    expect(conflict).toEqual({ ok: false, conflicts: [{ column: "Notes", now: "mine" }] });
    expect(excel.model.column("Invoices", "Notes")).toEqual(["mine", "mine"]);
    expect(await port.updateRow("Invoices", "InvoiceNo", "2026-0099", [])).toEqual({ ok: false, missing: true });
  });
});
