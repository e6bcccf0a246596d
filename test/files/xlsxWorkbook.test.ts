import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { dayOf } from "../../src/core/kernel/dates";
import type { SheetOutput } from "../../src/core/workbook/port";
import { outputTable } from "../../src/core/workbook/output";

const report: SheetOutput = {
  name: "Report 2026-W48",
  title: "Weekly report",
  tables: [
    {
      name: "ReportExecs",
      columns: [
        { header: "Exec" },
        { header: "Day", format: "date" },
        { header: "Actual", format: "money" },
        { header: "Share", format: "percent" },
      ],
      rows: [
        ["E01", dayOf(2026, 11, 27), 1234.5, 0.25],
        ["E02", dayOf(2026, 11, 23), 99, 0.75],
      ],
    },
    { name: "ReportTotals", columns: [{ header: "Total", format: "money" }], rows: [[1333.5]] },
  ],
};

async function roundTrip(workbook: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.load(await workbook.save());
}

describe("the .xlsx workbook port", () => {
  it("writes tables with formats under a title and reads them back through a file", async () => {
    const wb = new XlsxWorkbook();
    await wb.writeSheet(report);
    const back = await roundTrip(wb);
    expect(await back.listTables()).toEqual([
      { name: "ReportExecs", sheet: "Report 2026-W48", headers: ["Exec", "Day", "Actual", "Share"], rowCount: 2 },
      { name: "ReportTotals", sheet: "Report 2026-W48", headers: ["Total"], rowCount: 1 },
    ]);
    const execs = await back.readTable("reportexecs");
    expect(execs).toMatchObject({
      headerRow: 3,
      date1904: false,
      rows: [
        ["E01", 46353, 1234.5, 0.25],
        ["E02", 46349, 99, 0.75],
      ],
    });
    expect((await back.readTable("ReportTotals"))!.headerRow).toBe(7);
    const sheet = back.workbook.getWorksheet("Report 2026-W48")!;
    expect(sheet.getCell("A1").value).toBe("Weekly report");
    expect(sheet.getCell("B4").numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getCell("D4").numFmt).toBe("0.0%");
    expect(await back.readTable("Nope")).toBeUndefined();
  });

  it("keeps each stacked table's number formats, even in a column another table formats otherwise", async () => {
    const wb = new XlsxWorkbook();
    await wb.writeSheet({
      name: "Stack",
      tables: [
        { name: "Top", columns: [{ header: "Share", format: "percent" }], rows: [[0.5]] },
        { name: "Bottom", columns: [{ header: "Amount", format: "money" }], rows: [[12.5]] },
      ],
    });
    const sheet = (await roundTrip(wb)).workbook.getWorksheet("Stack")!;
    expect(sheet.getCell("A2").numFmt).toBe("0.0%");
    expect(sheet.getCell("A5").numFmt).toContain("€");
  });

  it("shows money in the workbook's currency, never the euro by default when it is another", async () => {
    const wb = new XlsxWorkbook();
    await wb.writeSheet({
      name: "Aging",
      currency: "INR",
      tables: [{ name: "T", columns: [{ header: "Amount", format: "money" }], rows: [[120]] }],
    });
    const sheet = (await roundTrip(wb)).workbook.getWorksheet("Aging")!;
    expect(sheet.getCell("A2").numFmt).toContain("₹");
    expect(sheet.getCell("A2").numFmt).not.toContain("€");
  });

  it("regenerates a sheet in place: same position, no duplicate tables", async () => {
    const wb = new XlsxWorkbook();
    wb.workbook.addWorksheet("First");
    await wb.writeSheet(report);
    wb.workbook.addWorksheet("Last");
    await wb.writeSheet({ ...report, tables: [{ ...report.tables[0], rows: [["E03", dayOf(2026, 11, 24), 1, 1]] }] });
    const back = await roundTrip(wb);
    expect(back.workbook.worksheets.map((s) => s.name)).toEqual(["First", "Report 2026-W48", "Last"]);
    expect((await back.listTables()).map((t) => [t.name, t.rowCount])).toEqual([["ReportExecs", 1]]);
  });

  it("reads a 1904 workbook's dates as 1904 serials, and formulas as their results", async () => {
    const book = new ExcelJS.Workbook();
    book.properties.date1904 = true;
    const ws = book.addWorksheet("Invoices");
    ws.getCell("A1").value = "Invoice register";
    ws.addTable({
      name: "Invoices",
      ref: "A3",
      columns: [{ name: "InvoiceNo" }, { name: "IssueDate" }, { name: "Net" }, { name: "Notes" }],
      rows: [
        [
          "2026-0001",
          new Date(Date.UTC(2026, 10, 27)),
          { formula: "40+2", result: 42 } as ExcelJS.CellFormulaValue,
          { richText: [{ text: "rich " }, { text: "text" }] },
        ],
      ],
    });
    const wb = await XlsxWorkbook.load(await book.xlsx.writeBuffer());
    expect(wb.date1904).toBe(true);
    expect((await wb.readTable("Invoices"))!.rows).toEqual([["2026-0001", 44891, 42, "rich text"]]);
  });

  it("refuses a file that is not a workbook", async () => {
    await expect(XlsxWorkbook.load(new TextEncoder().encode("not a zip"))).rejects.toThrow();
  });
});

describe("appending and changing rows in an .xlsx", () => {
  const invoice = (n: string) => [
    n,
    dayOf(2026, 11, 2),
    "C-1",
    null,
    null,
    10,
    0.21,
    2.1,
    12.1,
    "EUR",
    null,
    null,
    null,
  ];

  it.each(["written in this session", "loaded from a file"])(
    "grows a table by one row, dates as dates (%s)",
    async (how) => {
      let workbook = new XlsxWorkbook();
      await workbook.writeSheet({ name: "Invoices", tables: [outputTable("Invoices", [invoice("2026-0001")])] });
      if (how === "loaded from a file") workbook = await XlsxWorkbook.load(await workbook.save());
      const seen: unknown[][] = [];
      await workbook.appendRow({
        table: "Invoices",
        keyColumn: "InvoiceNo",
        build: (above) => (
          seen.push(above.map((r) => r.InvoiceNo)),
          { InvoiceNo: "2026-0002", IssueDate: dayOf(2026, 11, 27), ClientID: "C-2", Net: 20 }
        ),
      });
      expect(seen).toEqual([["2026-0001"]]);
      const again = await XlsxWorkbook.load(await workbook.save());
      const table = (await again.readTable("Invoices"))!;
      expect(table.rowCount).toBe(2);
      expect(table.rows[1].slice(0, 6)).toEqual(["2026-0002", 46353, "C-2", null, null, 20]);
      expect(
        await again.updateRow("Invoices", "InvoiceNo", "2026-0002", [{ column: "Net", from: 20, to: 25 }]),
      ).toEqual({ ok: true });
      expect(
        await again.updateRow("Invoices", "InvoiceNo", "2026-0002", [{ column: "Net", from: 20, to: 30 }]),
      ).toEqual({
        ok: false,
        conflicts: [{ column: "Net", now: 25 }],
      });
    },
  );
});

describe("printing a sheet written to an .xlsx", () => {
  it("keeps the output's page setup: landscape, one page wide, the title rows on every page", async () => {
    const workbook = new XlsxWorkbook();
    await workbook.writeSheet({
      name: "Report",
      title: "Weekly sales",
      tables: [{ name: "R", columns: [{ header: "Exec" }], rows: [["Anna"]] }],
      print: { landscape: true, fitToWidth: true, titleRows: 1 },
    });
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await workbook.save()) as unknown as ArrayBuffer);
    expect(again.getWorksheet("Report")!.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    });
  });
});
