import fc from "fast-check";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { jsonBytes, PAYLOAD_AIM, readInChunks, runsUnder } from "../../src/excel/payload";
import { issueInvoice, draftInvoice } from "../../src/core/invoicing/invoicing";
import { salesDataFrom } from "../../src/core/workbook/salesData";
import { dayOf, serialFromDay } from "../../src/core/kernel/dates";
import { SaidError } from "../../src/core/kernel/messages";
import { EXCEL_WEB_PAYLOAD_LIMIT, LiveExcel, LiveModel } from "../helpers/liveExcel";
import { instant } from "../helpers/portSubjects";
import { tableData } from "../helpers/tables";
import { CONTRACT } from "../../src/core/workbook/contract";

const today = dayOf(2026, 11, 27);
const NOTE =
  "Nota: el client demana la factura agrupada per comanda i l'enviament a la seu de Girona, amb el número de pressupost. "
    .repeat(2)
    .slice(0, 200);
const headers = CONTRACT.Invoices.columns.map((c) => c.name);

/** Invoices with a 200-character note each: ~14 MB of values, three times what one response may carry. */
function invoicesWithNotes(n: number): LiveExcel {
  const model = new LiveModel();
  const rows = Array.from({ length: n }, (_, i) => [
    `2026-${String(i + 1).padStart(6, "0")}`,
    serialFromDay(today - 10),
    "C-1",
    "E01",
    "",
    10,
    0.21,
    2.1,
    12.1,
    "EUR",
    "",
    "Issued",
    "",
    NOTE,
  ]);
  model.addTable("Invoices", "A1", "Invoices", headers, rows);
  return new LiveExcel(model);
}

describe("Excel on the web's 5 MB, in the live fake as in Excel", () => {
  it("refuses a request over the limit before anything in it is done", async () => {
    const excel = new LiveExcel();
    excel.model.addSheet("Data");
    const big = Array.from({ length: 30_000 }, () => [NOTE]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [["first"]];
        context.workbook.worksheets.getItem("Data").getRange("B1:B30000").values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.model.get(excel.model.sheet("Data")!, 0, 0)).toBe("");
    expect(excel.largestRequest).toBeGreaterThan(EXCEL_WEB_PAYLOAD_LIMIT);
  });

  it("refuses a response over the limit", async () => {
    const excel = invoicesWithNotes(30_000);
    await expect(
      excel.run(async (context) => {
        context.workbook.tables.getItem("Invoices").getDataBodyRange().load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});

describe("every read and write of the adapter sized in bytes", () => {
  const excel = invoicesWithNotes(30_000);
  const port = new ExcelWorkbook(excel.run, instant);
  beforeEach(() => ([excel.largestRequest, excel.largestResponse] = [0, 0]));

  it("reads a table of long notes whole, in responses under the aim", async () => {
    const data = await port.readTable("Invoices");
    expect(data!.rows).toHaveLength(30_000);
    expect(data!.rows[29_999][13]).toBe(NOTE);
    expect(excel.largestResponse).toBeLessThanOrEqual(PAYLOAD_AIM);
    expect(excel.largestResponse).toBeGreaterThan(PAYLOAD_AIM / 2); // few requests, not many small ones
  });

  it("reads the sheet with its number formats under the aim", async () => {
    const grid = await port.readSheet("Invoices");
    expect(grid!.rows).toHaveLength(30_001);
    expect(excel.largestResponse).toBeLessThanOrEqual(PAYLOAD_AIM);
  });

  it("issues an invoice after them under the aim", async () => {
    const data = salesDataFrom([
      tableData("Clients", ["ClientID", "Name", "PaymentTermsDays"], [["C-1", "Puig SL", 30]]),
    ]);
    const draft = draftInvoice(data, { clientId: "C-1", issueDate: today, net: 10050, vatRate: 0.21 });
    if (!draft.ok) throw new SaidError(draft.error);
    expect((await issueInvoice(port, "YYYY-NNNNNN", draft.value)).InvoiceNo).toBe("2026-030001");
    expect(Math.max(excel.largestRequest, excel.largestResponse)).toBeLessThanOrEqual(PAYLOAD_AIM);
  });

  it("rewrites every note of a column in requests under the aim", async () => {
    const longer = `${NOTE.slice(0, 190)} (revisat)`;
    expect(await port.rewriteColumn("Invoices", "Reason", () => longer)).toBe(30_001); // the one just issued too
    expect(new Set(excel.model.column("Invoices", "Reason"))).toEqual(new Set([longer]));
    expect(excel.largestRequest).toBeLessThanOrEqual(PAYLOAD_AIM);
  });

  it("writes a sheet of 30,000 long notes in requests under the aim", async () => {
    await port.writeSheet({
      name: "Notes",
      tables: [
        {
          name: "NotesOut",
          columns: [{ header: "No" }, { header: "Note" }],
          rows: Array.from({ length: 30_000 }, (_, i) => [`N${i}`, NOTE]),
        },
      ],
    });
    expect(excel.model.column("NotesOut", "Note")).toHaveLength(30_000);
    expect(excel.largestRequest).toBeLessThanOrEqual(PAYLOAD_AIM);
  });
});

describe("the payload's arithmetic", () => {
  it("counts a value's JSON bytes as UTF-8 exactly, surrogate pairs on the safe side", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: "grapheme" }),
            fc.double({ noNaN: true, noDefaultInfinity: true }),
            fc.boolean(),
            fc.constant(null),
          ),
          {
            maxLength: 8,
          },
        ),
        (values) => {
          const exact = Buffer.byteLength(JSON.stringify(values), "utf8");
          const pairs =
            values
              .filter((v) => typeof v === "string")
              .join("")
              .match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0;
          expect(jsonBytes(values)).toBe(exact + 2 * pairs);
        },
      ),
    );
  });

  it("cuts runs under the budget, in order, an item over it alone", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(120)), fc.integer({ min: 1, max: 100 }), (sizes, budget) => {
        const runs = runsUnder(sizes, (s) => s, budget);
        expect(runs.flat()).toEqual(sizes);
        for (const run of runs) expect(run.length === 1 || run.reduce((a, b) => a + b, 0) <= budget).toBe(true);
      }),
    );
  });

  it("reads again in halves a chunk Excel refuses for its size", async () => {
    const model = new LiveModel();
    const huge = "x".repeat(1_000);
    model.addTable(
      "Data",
      "A1",
      "Big",
      ["Text"],
      Array.from({ length: 12_000 }, () => [huge]),
    );
    const excel = new LiveExcel(model);
    const rows = await excel.run(async (context) => {
      const body = context.workbook.tables.getItem("Big").getDataBodyRange();
      return readInChunks(
        context,
        12_000,
        10_000, // ~10 MB: refused, then read as 5,000 rows
        (first, size) => {
          const chunk = body
            .getRow(first)
            .getResizedRange(size - 1, 0)
            .load("values");
          return () => chunk.values;
        },
        jsonBytes,
      );
    });
    expect(rows).toEqual(Array.from({ length: 12_000 }, () => [huge]));
    expect(excel.largestResponse).toBeGreaterThan(EXCEL_WEB_PAYLOAD_LIMIT); // the refused one
  });
});
