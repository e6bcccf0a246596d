/**
 * The documents read back from their .docx: every legal field and figure of an invoice and a credit note
 * as LibreOffice reads them, and the company's logo above the letterhead. test/core/documents holds the
 * models' own tests.
 */
import JSZip from "jszip";
import { documentDocx, imageSize } from "../../src/files/documentDocx";
import { generateSample } from "../../src/core/sample/sample";
import { readSettings } from "../../src/core/workbook/settings";
import { readTable } from "../../src/core/workbook/records";
import { invoiceDocument } from "../../src/core/documents/invoiceDocument";
import { dayOf } from "../../src/core/kernel/dates";
import { tableData } from "../helpers/tables";
import { docxText, SOFFICE } from "../helpers/documentText";
import { documentData } from "../helpers/documentData";

const data = documentData();
const invoice = (no: string) => data.invoices.find((i) => i.InvoiceNo === no)!;

describe("the invoice document read back", () => {
  (SOFFICE || process.env.CI ? it : it.skip)(
    "is read back from its .docx by LibreOffice with every legal field and figure",
    async () => {
      const text = docxText(
        await documentDocx([
          invoiceDocument(invoice("2026-0042"), data),
          invoiceDocument(invoice("R-2026-0001"), data),
        ]),
      );
      for (const field of [
        "Factura 2026-0042",
        "Número: 2026-0042",
        "Sèrie: 2026",
        "Data d'expedició: 02/11/2026",
        "Solucions del Vallès, SL",
        "NIF B66078346",
        "Carrer de la Indústria 21, 08202 Sabadell",
        "Forn Puig, SL",
        "NIF B12345674",
        "Carrer Major 1",
        "17001 Girona",
        "Llicència ERP",
        "Venciment: 02/12/2026",
        "ES91 2100 0418 4502 0005 1332",
        "Factura rectificativa R-2026-0001",
        "Rectifica la factura 2026-0042 del 02/11/2026",
        "Motiu: Devolució del manteniment",
      ])
        expect(text).toContain(field);
      expect(text).toMatch(/Base imposable\s+2\.700,00 €/);
      expect(text).toMatch(/IVA 21 %\s+567,00 €/);
      expect(text).toMatch(/Total\s+3\.267,00 €/);
      expect(text).toMatch(/Total\s+-363,00 €/);
    },
    150_000,
  );
});

describe("the company's logo", () => {
  const sampleLogo = () => {
    const settings = generateSample({ seed: 1, invoices: 30, today: dayOf(2026, 11, 27) }).find(
      (sheet) => sheet.name === "Settings",
    )!.tables[0];
    return String(settings.rows.find((r) => r[0] === "CompanyLogo")![1]);
  };

  it("is read from the CompanyLogo setting, a PNG or JPEG data URI, and refused otherwise", () => {
    const read = (value: string) =>
      readSettings(readTable("Settings", tableData("Settings", ["Setting", "Value"], [["CompanyLogo", value]])));
    expect(read(sampleLogo()).settings.company.logo).toBe(sampleLogo());
    const bad = read("https://example.com/logo.png");
    expect(bad.settings.company.logo).toBe("");
    expect(bad.problems.map((p) => [p.column, p.message])).toEqual([
      [
        "Value",
        "CompanyLogo: not a PNG or JPEG image as a data URI (data:image/png;base64,…): the documents go without a logo",
      ],
    ]);
  });

  it("goes above the letterhead of every document, at 48 px high, its proportions kept", async () => {
    const png = Uint8Array.from(atob(sampleLogo().split(",")[1]), (c) => c.charCodeAt(0));
    expect(imageSize(png)).toEqual({ width: 96, height: 32 });
    const doc = { ...invoiceDocument(invoice("2026-0042"), data), logo: sampleLogo() };
    const zip = await JSZip.loadAsync(await documentDocx(doc));
    expect(Object.keys(zip.files).filter((f) => f.startsWith("word/media/"))).toHaveLength(1);
    expect(await zip.file("word/document.xml")!.async("string")).toMatch(/<wp:extent cx="\d+" cy="\d+"\/>/);
  });
});
