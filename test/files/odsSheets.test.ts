/**
 * OpenDocument sheets read as the values they hold (ODF 1.3 part 3, §9 tables and §19.387 value
 * types): repeated rows and cells, comments, spaces kept as `<text:s>`, and a file cut short.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { odsSheets } from "../../src/files/odsSheets";
import { knownFile, openWorkbookFile } from "../../src/files/workbookFile";

const content = (tables: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
const cell = (attrs: string, text = "") =>
  `<table:table-cell ${attrs}>${text === "" ? "" : `<text:p>${text}</text:p>`}</table:table-cell>`;

describe("OpenDocument sheets", () => {
  it("reads each value as its type says, not as its text shows", () => {
    const [sheet] = odsSheets(
      content(
        `<table:table table:name="Factures &amp; cobraments"><table:table-row>` +
          cell('office:value-type="string"', "Núm.") +
          cell('office:value-type="float" office:value="1234.5"', "1.234,50") +
          cell('office:value-type="percentage" office:value="0.21"', "21 %") +
          cell('office:value-type="date" office:date-value="2026-11-30"', "30/11/26") +
          cell('office:value-type="boolean" office:boolean-value="true"', "CERT") +
          cell('office:value-type="time" office:time-value="PT08H30M00S"', "08:30") +
          `</table:table-row></table:table>`,
      ),
    );
    expect(sheet.name).toBe("Factures & cobraments");
    expect(sheet.rows).toEqual([["Núm.", 1234.5, 0.21, new Date(Date.UTC(2026, 10, 30)), true, 8.5 / 24]]);
  });

  it("spreads repeated cells and rows, keeps blank rows between records and drops the blank ones to the sheet's edge", () => {
    const [sheet] = odsSheets(
      content(
        `<table:table table:name="A">` +
          `<table:table-row>${cell('office:value-type="string" table:number-columns-repeated="2"', "x")}<table:table-cell table:number-columns-repeated="3"/>${cell('office:value-type="float" office:value="7"', "7")}<table:table-cell table:number-columns-repeated="16378"/></table:table-row>` +
          `<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>` +
          `<table:table-row table:number-rows-repeated="2">${cell('office:value-type="string"', "twice")}</table:table-row>` +
          `<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>` +
          `</table:table>`,
      ),
    );
    expect(sheet.rows).toEqual([["x", "x", null, null, null, 7], [], [], ["twice"], ["twice"]]);
  });

  it("keeps a cell's spaces, tabs and paragraphs, and leaves its comment out", () => {
    const [sheet] = odsSheets(
      content(
        `<table:table table:name="A"><table:table-row><table:table-cell office:value-type="string">` +
          `<office:annotation><text:p>checked by Marta</text:p></office:annotation>` +
          `<text:p>Carrer<text:s text:c="2"/>Major, <text:span>12</text:span></text:p><text:p>08001<text:tab/>Barcelona</text:p>` +
          `</table:table-cell><table:covered-table-cell/>${cell('office:value-type="string"', "=1+1")}</table:table-row></table:table>`,
      ),
    );
    expect(sheet.rows).toEqual([["Carrer  Major, 12\n08001\tBarcelona", null, "=1+1"]]);
  });

  it("says a file cut inside a sheet, or with no spreadsheet at all, is damaged", () => {
    expect(() => odsSheets("<broken")).toThrow(/cut short or damaged/);
    expect(() =>
      odsSheets(
        content(`<table:table table:name="A"><table:table-row>${cell('office:value-type="string"', "x")}`).replace(
          /<\/office.*$/,
          "",
        ),
      ),
    ).toThrow(/cut short or damaged/);
  });

  it("opens what LibreOffice saves, with every sheet and its values", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-ods-"));
    writeFileSync(path.join(dir, "clients.csv"), "Codi;Nom;Alta;Import\r\nC-1;Fusteria Puig;30/11/2026;1234,5\r\n");
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--infilter=CSV:59,34,76,1,,3082",
        "--convert-to",
        "ods",
        "--outdir",
        dir,
        path.join(dir, "clients.csv"),
      ],
      { stdio: "ignore" },
    );
    const workbook = await openWorkbookFile(
      await knownFile(readFileSync(path.join(dir, "clients.ods")), "clients.ods"),
    );
    const grid = await workbook.readSheet((await workbook.listSheets())[0].name);
    expect(grid?.rows.slice(0, 2)).toEqual([
      ["Codi", "Nom", "Alta", "Import"],
      ["C-1", "Fusteria Puig", new Date(Date.UTC(2026, 10, 30)), 1234.5],
    ]);
  }, 120_000);
});
