/**
 * The sheet scanner always ends (issue 28): XML cut inside a cell, a quoted value or a tag is an
 * error naming the sheet, never a loop; XML that runs on with no cell ending in it is read in linear
 * time; and truncated or mutated real sheets (a fast-check target that `npm run fuzz` explores) end
 * with cells or with an UnreadableFile, nothing else.
 */
import JSZip from "jszip";
import fc from "fast-check";
import { scanSheetXml } from "../../src/files/cellBatches";
import { UnreadableFile } from "../../src/files/unreadableFile";
import { XlsxReader } from "../../src/files/xlsxReader";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { nodeInflate } from "../../src/cli/reading";
import { generateSample } from "../../src/core/sample/sample";
import { dayOf } from "../../src/core/kernel/dates";

const encode = (text: string) => new TextEncoder().encode(text);

/** The XML handed over in chunks of the sizes given, as an inflater would. */
async function* chunks(xml: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let at = 0; at < xml.length; at += size) yield xml.subarray(at, at + size);
}

async function scan(xml: Uint8Array, size = 4096): Promise<number> {
  let cells = 0;
  for await (const batch of scanSheetXml(chunks(xml, size), [])) cells += batch.count;
  return cells;
}

const sheet = (cells: string) => `<?xml version="1.0"?><worksheet><sheetData><row r="1">${cells}`;

/** A real sheet's XML: the sample's Invoices sheet as the .xlsx writer makes it. */
async function invoicesXml(): Promise<Uint8Array> {
  const workbook = new XlsxWorkbook();
  for (const s of generateSample({ seed: 2, invoices: 30, today: dayOf(2026, 11, 27) }).filter(
    (s) => s.name === "Invoices",
  ))
    await workbook.writeSheet(s);
  const zip = await JSZip.loadAsync(await workbook.save());
  return zip.file("xl/worksheets/sheet1.xml")!.async("uint8array");
}

describe("the sheet scanner", () => {
  it("says a cell, a quoted value or a tag cut off is not finished, instead of scanning again", async () => {
    for (const cut of [
      '<c r="A1"><v>1</v></c><c r="B1"><v>2</v>', // no </c>
      '<c r="A1"><v>1</v></c><c r="B1" t="s><v>2</v></c>', // no closing quote
      '<c r="A1"><v>1</v></c><c r="B1"', // no >
      '<c r="A1"><v>1</v></c></row><row r="2"', // a row tag cut
      '<c r="A1"><v>1', // a value cut
    ]) {
      await expect([
        cut,
        await scan(encode(sheet(cut))).catch((e: Error) => e.constructor.name + ": " + e.message),
      ]).toEqual([cut, expect.stringMatching(/^UnreadableFile: is cut short or damaged/)]);
    }
    expect(
      await scan(encode(sheet('<c r="A1"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row></sheetData></worksheet>'))),
    ).toBe(2);
  });

  it("names the sheet whose XML is cut short", async () => {
    const workbook = new XlsxWorkbook();
    await workbook.writeSheet({
      name: "Clients",
      tables: [{ name: "Clients", columns: [{ header: "ClientID" }], rows: [["C-1"], ["C-2"]] }],
    });
    const zip = await JSZip.loadAsync(await workbook.save());
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", xml.slice(0, xml.lastIndexOf("</c>")));
    const reader = await XlsxReader.open(await zip.generateAsync({ type: "uint8array" }), "cut.xlsx", {
      inflate: nodeInflate,
    });
    await expect(reader.readSheet("Clients")).rejects.toThrow("cut.xlsx: sheet Clients is cut short or damaged");
  });

  it("reads XML that runs on with no cell ending in it once, not once a chunk", async () => {
    // 48 MB of one unfinished text in 16 KB chunks: copied again for every chunk it would be 70 GB of copying
    const open = encode(sheet('<c r="A1" t="inlineStr"><is><t>'));
    const xml = new Uint8Array(open.length + 48 * 2 ** 20).fill(120);
    xml.set(open);
    await expect(scan(xml, 16 * 1024)).rejects.toThrow(UnreadableFile);
  }, 20_000);

  it("ends on any truncation or mutation of a real sheet, with its cells or an UnreadableFile", async () => {
    const real = await invoicesXml();
    const full = await scan(real);
    expect(full).toBeGreaterThan(100);
    const mutation = fc.oneof(
      fc.record({ cut: fc.integer({ min: 0, max: real.length }) }),
      fc.record({
        at: fc.integer({ min: 0, max: real.length - 1 }),
        bytes: fc.uint8Array({ minLength: 0, maxLength: 6 }),
        drop: fc.integer({ min: 0, max: 6 }),
      }),
      fc.record({
        at: fc.integer({ min: 0, max: real.length - 1 }),
        markup: fc.constantFrom("<", ">", '"', "</c>", "<c ", "<v>", "<row ", "/"),
      }),
    );
    await fc.assert(
      fc.asyncProperty(mutation, fc.integer({ min: 1, max: 9000 }), async (m, size) => {
        let xml: Uint8Array;
        if ("cut" in m) xml = real.subarray(0, m.cut);
        else {
          const insert = "markup" in m ? encode(m.markup) : m.bytes;
          const drop = "drop" in m ? m.drop : 0;
          xml = new Uint8Array([...real.subarray(0, m.at), ...insert, ...real.subarray(m.at + drop)]);
        }
        const outcome = await scan(xml, size).catch((e: Error) => e);
        if (outcome instanceof Error) expect(outcome).toBeInstanceOf(UnreadableFile);
        else expect(outcome).toBeLessThanOrEqual(full + 2);
      }),
      { numRuns: 300 },
    );
  });
});
