/**
 * The fast reader reads what ExcelJS reads — sheets, tables, dates, the date system, currencies — on
 * the sample and real workbooks, and refuses what it cannot read in words, never with a crash.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { XlsxReader } from "../../src/files/xlsxReader";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { UnreadableFile } from "../../src/files/unreadableFile";
import { generateSample } from "../../src/core/sample/sample";
import { dayOf } from "../../src/core/kernel/dates";
import { nodeInflate, threadScan } from "../../src/cli/reading";
import type { ReadPort } from "../../src/core/workbook/port";

/** What a port reads, rows cut after their last value, dates as ISO text, tables by name. */
async function everything(port: ReadPort) {
  const cut = (rows: unknown[][]) => {
    const out = rows.map((r) =>
      r
        .slice(
          0,
          r.reduce<number>((end, v, i) => (v === null || v === "" ? end : i + 1), 0),
        )
        .map((v) => (v instanceof Date ? v.toISOString() : v)),
    );
    while (out.length && out.at(-1)!.length === 0) out.pop();
    return out;
  };
  const sheets = await port.listSheets();
  const grids = await Promise.all(
    sheets.map(async (s) => ({ ...(await port.readSheet(s.name))!, rows: cut((await port.readSheet(s.name))!.rows) })),
  );
  const tables = (await port.listTables()).sort((a, b) => a.name.localeCompare(b.name));
  const data = await Promise.all(
    tables.map(async (t) => ({ ...(await port.readTable(t.name))!, rows: cut((await port.readTable(t.name))!.rows) })),
  );
  return { sheets, grids: grids.map(({ name, rows, date1904 }) => ({ name, rows, date1904 })), tables, data };
}

describe("the fast .xlsx reader", () => {
  it("reads the sample workbook exactly as ExcelJS does, with either inflater, and on worker threads as the CLI does", async () => {
    const workbook = new XlsxWorkbook();
    for (const sheet of generateSample({ seed: 5, invoices: 200, today: dayOf(2026, 11, 27) }))
      await workbook.writeSheet(sheet);
    const bytes = await workbook.save();
    const expected = await everything(await XlsxWorkbook.load(bytes));
    expect(await everything(await XlsxReader.open(bytes))).toEqual(expected);
    expect(await everything(await XlsxReader.open(bytes, "sample.xlsx", { inflate: nodeInflate }))).toEqual(expected);
    expect(
      await everything(await XlsxReader.open(bytes, "sample.xlsx", { inflate: nodeInflate, scan: threadScan })),
    ).toEqual(expected);
  }, 30_000); // three full reads and worker threads: seconds on a busy machine

  it.each(readdirSync(path.join(__dirname, "../fixtures/real")).filter((f) => f.endsWith(".xlsx")))(
    "reads the cells of %s as ExcelJS does",
    async (file) => {
      const bytes = readFileSync(path.join(__dirname, "../fixtures/real", file));
      const [ours, theirs] = [
        await everything(await XlsxReader.open(bytes, file, { inflate: nodeInflate })),
        await everything(await XlsxWorkbook.load(bytes)),
      ];
      expect(ours.sheets).toEqual(theirs.sheets);
      expect(ours.tables).toEqual(theirs.tables);
      // ExcelJS keeps an empty text where Excel shows a blank; the reader keeps a blank
      const blank = (g: { rows: unknown[][] }[]) =>
        g.map((s) => s.rows.map((r) => r.map((v) => (v === "" ? null : v))));
      expect(blank(ours.grids)).toEqual(blank(theirs.grids));
    },
  );

  it("reads the rows a table has, not the million its range claims, and the 1904 date system", async () => {
    const book = new ExcelJS.Workbook();
    book.properties.date1904 = true;
    const sheet = book.addWorksheet("Invoices");
    sheet.addTable({
      name: "Invoices",
      ref: "A1",
      columns: [{ name: "InvoiceNo" }, { name: "IssueDate" }],
      rows: [["2026-0001", new Date(Date.UTC(2026, 10, 27))]],
    });
    // the table's range claims every row of the sheet, as in a 268 KB file that made ExcelJS run out of memory
    const { unzipSync, zipSync, strToU8, strFromU8 } = await import("fflate");
    const files = unzipSync(new Uint8Array(await book.xlsx.writeBuffer()));
    const table = Object.keys(files).find((f) => f.startsWith("xl/tables/"))!;
    files[table] = strToU8(strFromU8(files[table]).replace(/ref="A1:B2"/g, 'ref="A1:B1048576"'));
    const reader = await XlsxReader.open(zipSync(files), "claims.xlsx", { inflate: nodeInflate });
    const data = (await reader.readTable("Invoices"))!;
    expect(data.rows).toEqual([["2026-0001", 46353 - 1462]]);
    expect(data.date1904).toBe(true);
  });

  it("refuses a file cut short, and a sheet beyond the cells it can keep, in words", async () => {
    const workbook = new XlsxWorkbook();
    await workbook.writeSheet({
      name: "Big",
      tables: [
        {
          name: "Big",
          columns: [{ header: "A" }, { header: "B" }],
          rows: Array.from({ length: 50 }, (_, i) => [i, i]),
        },
      ],
    });
    const bytes = await workbook.save();
    await expect(XlsxReader.open(bytes.subarray(0, bytes.length - 100), "cut.xlsx")).rejects.toThrow(UnreadableFile);
    await expect(XlsxReader.open(bytes.subarray(0, bytes.length - 100), "cut.xlsx")).rejects.toThrow(
      "cut.xlsx is not a readable .xlsx workbook",
    );
    const reader = await XlsxReader.open(bytes, "big.xlsx", { inflate: nodeInflate, maxCells: 60 });
    await expect(reader.readSheet("Big")).rejects.toThrow(
      "big.xlsx: sheet Big holds more than 60 cells, more than fits in memory here: split it into several sheets or files",
    );
    const threaded = await XlsxReader.open(bytes, "big.xlsx", { inflate: nodeInflate, scan: threadScan, maxCells: 60 });
    await expect(threaded.readSheet("Big")).rejects.toThrow("big.xlsx: sheet Big holds more than 60 cells");
    // the thread left half-way is replaced: reading on threads goes on
    expect(
      (await (await XlsxReader.open(bytes, "big.xlsx", { inflate: nodeInflate, scan: threadScan })).readTable("Big"))
        ?.rowCount,
    ).toBe(50);
  });
});
