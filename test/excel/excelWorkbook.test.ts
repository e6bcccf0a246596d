import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { FIRST_READ_CELLS } from "../../src/excel/payload";
import { checkWorkbook } from "../../src/core/workbook/check";
import { dayOf, serialFromDay } from "../../src/core/kernel/dates";
import { generateSample } from "../../src/core/sample/sample";
import { readSalesData } from "../../src/core/workbook/salesData";
import { weeklyReport } from "../../src/core/sales/weeklyReport";
import { reportSheet } from "../../src/core/sales/reportSheet";
import type { SheetOutput } from "../../src/core/workbook/port";
import { FakeExcel, invoiceTable } from "../helpers/fakeExcel";
import { LiveExcel, LiveModel } from "../helpers/liveExcel";
import { render } from "../../src/core/kernel/messages";
import { outputTable } from "../../src/core/workbook/output";
import { SaidError } from "../../src/core/kernel/messages";

function output(rows: number): SheetOutput {
  return {
    name: "Report",
    title: "Weekly report",
    tables: [
      {
        name: "ReportExecs",
        columns: [{ header: "Exec" }, { header: "Day", format: "date" }, { header: "Actual", format: "money" }],
        rows: Array.from({ length: rows }, (_, i) => [`E${i}`, dayOf(2026, 11, 27), i]),
      },
    ],
  };
}

describe("the Office.js workbook port", () => {
  it("lists tables with their sheets, headers and row counts in two round trips", async () => {
    const excel = new FakeExcel([
      invoiceTable(3),
      { name: "Notes", sheet: "Mine", rowIndex: 0, headers: ["A"], rows: [["x"]] },
    ]);
    const tables = await new ExcelWorkbook(excel.run).listTables();
    expect(tables).toEqual([
      { name: "Invoices", sheet: "Invoices", headers: ["InvoiceNo", "IssueDate", "ClientID", "Net"], rowCount: 3 },
      { name: "Notes", sheet: "Mine", headers: ["A"], rowCount: 1 },
    ]);
    expect(excel.syncs).toBe(2);
  });

  it("reads a table whole: blanks as null, the sheet row of the header, the date system", async () => {
    const table = invoiceTable(2);
    table.rows[1][2] = null;
    const excel = new FakeExcel([table], undefined, true);
    const data = await new ExcelWorkbook(excel.run).readTable("Invoices");
    expect(data).toEqual({
      name: "Invoices",
      sheet: "Invoices",
      headers: ["InvoiceNo", "IssueDate", "ClientID", "Net"],
      headerRow: 3,
      rowCount: 2,
      rows: [
        ["2026-0001", 46353, "C-001", 100],
        ["2026-0002", 46353, null, 101],
      ],
      date1904: true,
    });
    expect(await new ExcelWorkbook(new FakeExcel([]).run).readTable("Invoices")).toBeUndefined();
  });

  it("reads with a number of syncs that does not grow with the rows", async () => {
    const counts = await Promise.all(
      [1, 100, 2000].map(async (rows) => {
        const excel = new FakeExcel([invoiceTable(rows)]);
        expect((await new ExcelWorkbook(excel.run).readTable("Invoices"))!.rows).toHaveLength(rows);
        return excel.syncs;
      }),
    );
    expect(counts).toEqual([3, 3, 3]);
  });

  it("reads a table beyond its first chunk in chunks sized by what the first weighed, losing no row", async () => {
    const rows = Math.ceil((FIRST_READ_CELLS * 2.5) / 4);
    const excel = new FakeExcel([invoiceTable(rows)]);
    const data = await new ExcelWorkbook(excel.run).readTable("Invoices");
    expect(data!.rows).toHaveLength(rows);
    expect(data!.rows.at(-1)![3]).toBe(100 + rows - 1);
    expect(excel.syncs).toBe(2 + 2); // the table; FIRST_READ_CELLS cells, then the rest (light rows) in one
  });

  it("writes an owned sheet: title, values, formats and a named table, dates as serials", async () => {
    const excel = new FakeExcel([], ["Data"]);
    await new ExcelWorkbook(excel.run).writeSheet(output(2));
    expect(excel.addedSheets).toEqual(["Report"]);
    const title = excel.written.find((r) => r.address === "A1" && r.values)!;
    expect(title).toMatchObject({ values: [["Weekly report"]], format: { font: { bold: true } } });
    expect(excel.written.find((r) => r.address === "A3:C3")!.values).toEqual([["Exec", "Day", "Actual"]]);
    const body = excel.written.find((r) => r.address === "A4:C5")!;
    expect(body.values).toEqual([
      ["E0", 46353, 0],
      ["E1", 46353, 1],
    ]);
    expect(body.numberFormat![0]).toEqual(["@", "dd/mm/yyyy", expect.stringContaining("€")]);
    expect(excel.addedTables).toEqual([
      { sheet: "Report", address: "A3:C5", name: "ReportExecs", style: "TableStyleMedium2" },
    ]);
  });

  it("writes text that Excel would read as a formula as text: behind an apostrophe, in every cell it writes", async () => {
    const excel = new FakeExcel([], ["Data"]);
    await new ExcelWorkbook(excel.run).writeSheet({
      name: "Quarantine",
      title: "=cmd|' /C calc'!A0",
      tables: [
        {
          name: "Q",
          columns: [{ header: "@SUM(1)" }, { header: "Amount", format: "money" }],
          rows: [['=HYPERLINK("http://x","y")', "+34 600"]],
        },
      ],
    });
    const values = excel.written.flatMap((r) => r.values ?? []).flat();
    expect(values).toEqual(["'=cmd|' /C calc'!A0", "'@SUM(1)", "Amount", `'=HYPERLINK("http://x","y")`, "'+34 600"]);
  });

  it("regenerates in place: the old tables on that sheet go, nothing is duplicated", async () => {
    const excel = new FakeExcel([
      { name: "ReportExecs", sheet: "Report", rowIndex: 2, headers: ["Exec"], rows: [["old"]] },
      invoiceTable(1),
    ]);
    await new ExcelWorkbook(excel.run).writeSheet(output(1));
    expect(excel.addedSheets).toEqual([]);
    expect(excel.clearedSheets).toEqual(["Report"]);
    expect(excel.deletedTables).toEqual(["ReportExecs"]);
  });

  it("refuses to take a table name that a user's table has on another sheet", async () => {
    const excel = new FakeExcel([{ name: "ReportExecs", sheet: "Mine", rowIndex: 0, headers: ["A"], rows: [["x"]] }]);
    await expect(new ExcelWorkbook(excel.run).writeSheet(output(1))).rejects.toThrow(
      "a table named ReportExecs already exists on sheet Mine",
    );
    expect(excel.deletedTables).toEqual([]);
  });

  it("writes with a number of syncs that does not grow with the rows, chunking only huge tables", async () => {
    const syncsFor = async (rows: number) => {
      const excel = new FakeExcel([]);
      await new ExcelWorkbook(excel.run).writeSheet(output(rows));
      return excel.syncs;
    };
    expect(await syncsFor(1)).toBe(3);
    expect(await syncsFor(1000)).toBe(3);
    expect(await syncsFor(100_000)).toBe(5); // ~8 MB of values and formats: three requests
  });

  it("serves the workbook health check", async () => {
    const excel = new FakeExcel([invoiceTable(3)]);
    const health = await checkWorkbook(new ExcelWorkbook(excel.run));
    expect(health.tables.find((t) => t.table === "Invoices")).toMatchObject({ present: true, rows: 3, errors: 0 });
    expect(excel.syncs).toBe(1 + 3); // the tables' names, then the one table there
  });
});

describe("generating the weekly report in Excel", () => {
  it("costs the same round trips whatever the row count, with RAG colours and a chart", async () => {
    const syncs: number[] = [];
    for (const invoices of [50, 3000]) {
      const tables = generateSample({ seed: 2, invoices, today: dayOf(2026, 11, 27) }).map((s) => ({
        name: s.name,
        sheet: s.name,
        rowIndex: 0,
        headers: s.tables[0].columns.map((c) => c.header),
        rows: s.tables[0].rows.map((r) =>
          r.map((v, i) => (s.tables[0].columns[i].format === "date" && typeof v === "number" ? serialFromDay(v) : v)),
        ),
      }));
      const excel = new FakeExcel(tables);
      const port = new ExcelWorkbook(excel.run);
      const data = await readSalesData(port);
      expect(data.invoices.length).toBeGreaterThanOrEqual(invoices);
      const before = excel.syncs;
      const report = weeklyReport(data, "2026-W47");
      if (!report.ok) throw new SaidError(report.error);
      await port.writeSheet(reportSheet(report.value));
      syncs.push(excel.syncs - before);
      expect(excel.charts).toEqual([
        expect.objectContaining({
          type: "ColumnClustered",
          seriesBy: "Columns",
          source: expect.stringMatching(/^A\d+:C\d+$/),
          title: { text: "Actual vs target, 2026-W47" },
        }),
      ]);
      expect(excel.pageLayouts.get("Report 2026-W47")).toMatchObject({
        orientation: "Landscape",
        zoom: { horizontalFitToPages: 1 },
        titleRows: "$1:$1",
      });
      const status = excel.written.filter((r) => r.rules.length === 3);
      expect(status.length).toBeGreaterThan(0);
      expect(status[0].rules.map((r) => [r.textComparison.rule, r.textComparison.format.fill.color])).toEqual([
        [{ operator: "Contains", text: "On target" }, "#C6EFCE"],
        [{ operator: "Contains", text: "Near target" }, "#FFEB9C"],
        [{ operator: "Contains", text: "Behind" }, "#FFC7CE"],
      ]);
    }
    expect(syncs[0]).toBe(3);
    expect(syncs[1]).toBe(syncs[0]);
  });
});

describe("writing an owned sheet again, against Excel's rules (issue 29)", () => {
  const report: SheetOutput = {
    name: "Report 2026-W47",
    title: "Weekly report",
    tables: [
      {
        name: "Report_2026W47_Execs",
        columns: [{ header: "Exec" }, { header: "Actual", format: "money" }, { header: "Target", format: "money" }],
        rows: [
          ["Anna Puig", 1200, 1000],
          ["Marc Vidal", 800, 900],
        ],
      },
    ],
    charts: [{ table: "Report_2026W47_Execs", title: "Actual vs target, 2026-W47", from: "Exec", to: "Target" }],
  };

  it("replaces the sheet's chart instead of stacking another: charts belong to the sheet, not its cells", async () => {
    const live = new LiveExcel();
    for (let i = 0; i < 3; i++) await new ExcelWorkbook(live.run).writeSheet(report);
    expect(live.model.sheet("Report 2026-W47")!.charts).toEqual([
      { title: "Actual vs target, 2026-W47", source: "A3:C5" },
    ]);
  });

  it("finds its marker however its case was written, as Excel compares names", async () => {
    const live = new LiveExcel();
    await new ExcelWorkbook(live.run).writeSheet(report);
    const marker = live.model.names[0];
    marker.name = marker.name.toLowerCase(); // another tool rewrote it in lower case
    await new ExcelWorkbook(live.run).writeSheet(report);
    expect(live.model.names.map((n) => n.name.toLowerCase())).toEqual([marker.name]);
    expect(live.model.sheets.map((s) => s.name)).toEqual(["Report 2026-W47"]);
  });
});

describe("an empty table, as Excel keeps it (issue 29)", () => {
  it("is checked clean: the blank row Excel keeps in a table with no data is no record", async () => {
    const live = new LiveExcel();
    const port = new ExcelWorkbook(live.run);
    await port.writeSheet({ name: "Reminders", tables: [outputTable("Reminders", [])] });
    expect(live.model.table("Reminders")!.box.bottom - live.model.table("Reminders")!.box.top).toBe(1); // headers and the blank row
    const health = await checkWorkbook(port);
    expect(health.tables.find((t) => t.table === "Reminders")).toMatchObject({ present: true, rows: 0, errors: 0 });
  });
});

describe("writes under a user's filter (issue 29)", () => {
  it("clears the filter Excel would refuse to add or delete rows under, and says so", async () => {
    const model = new LiveModel();
    model.addTable(
      "Clients",
      "A1",
      "Clients",
      ["ClientID", "Name"],
      [
        ["C-1", "Puig"],
        ["C-2", "Serra"],
      ],
    );
    model.table("Clients")!.filtered = true;
    const said: string[] = [];
    const port = new ExcelWorkbook(new LiveExcel(model).run, undefined, (message) => said.push(render(message, "ca")));
    await port.appendRow({
      table: "Clients",
      keyColumn: "ClientID",
      build: () => ({ ClientID: "C-3", Name: "Vidal" }),
    });
    expect(model.table("Clients")!.filtered).toBe(false);
    expect(said).toEqual([
      "S'ha tret el filtre de la taula Clients: l'Excel no afegeix files a una taula filtrada. Torneu-la a filtrar quan calgui",
    ]);
    model.table("Clients")!.filtered = true;
    expect(await port.deleteRow("Clients", "ClientID", "C-1")).toBe(true);
    expect((await port.readTable("Clients"))!.rows.map((r) => r[0])).toEqual(["C-2", "C-3"]);
  });
});
