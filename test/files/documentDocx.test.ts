/**
 * The estimate and the delivery note as Word documents: in the client's language, with the company's
 * letterhead, the lines, VAT per rate and totals, page numbers; read back by LibreOffice.
 */
import JSZip from "jszip";
import { documentDocx } from "../../src/files/documentDocx";
import { deliveryNote, estimateDocument } from "../../src/core/orders/estimatesAndDeliveryNotes";
import { ordersOf } from "../../src/core/orders/orders";
import { quotesOf } from "../../src/core/orders/quotes";
import { salesDataFrom } from "../../src/core/workbook/salesData";
import { dayOf, serialFromDay } from "../../src/core/kernel/dates";
import { tableData } from "../helpers/tables";
import { docxText, SOFFICE } from "../helpers/documentText";

const day = dayOf(2026, 11, 27);
const s = (d: number) => serialFromDay(d);
const data = salesDataFrom([
  tableData(
    "Clients",
    ["ClientID", "Name", "TaxID", "Street", "PostalCode", "City", "Country"],
    [
      ["C-1", "Forn <b>Puig</b>, SL", "B12345674", "Carrer Major 1", "17001", "Girona", "ES"],
      ["C-2", "Ferretería López, SA", "A58818501", "Calle Mayor 2", "28001", "Madrid", "ES"],
    ],
  ),
  tableData(
    "Products",
    ["SKU", "Name", "UnitPrice", "VATRate"],
    [
      ["A", "Llicència ERP", 1200, 0.21],
      ["B", "Llibre de manteniment", 50, 0.04],
    ],
  ),
  tableData(
    "Quotes",
    ["QuoteID", "QuoteDate", "ClientID", "SKU", "Quantity", "UnitPrice", "Discount", "Net", "ValidUntil", "Status"],
    [
      ["Q-2026-0001", s(day), "C-1", "A", 2, 1200, 0.1, 2160, s(day + 30), "Draft"],
      ["Q-2026-0001", s(day), "C-1", "B", 3, 50, 0, 150, s(day + 30), "Draft"],
    ],
  ),
  tableData(
    "Orders",
    [
      "OrderID",
      "OrderDate",
      "ClientID",
      "SKU",
      "Quantity",
      "Net",
      "PromisedDate",
      "DeliveredDate",
      "Status",
      "ContractRef",
    ],
    [
      ["O-000001", s(day - 10), "C-2", "A", 1, 1200, s(day), s(day - 1), "Delivered", "Q-2026-0001"],
      ["O-000001", s(day - 10), "C-2", "B", 5, 250, s(day), null, "Cancelled", "Q-2026-0001"],
    ],
  ),
  tableData(
    "Settings",
    ["Setting", "Value"],
    [
      ["CompanyName", "Solucions del Vallès, SL"],
      ["CompanyTaxID", "B66078346"],
      ["CompanyAddress", "Carrer de la Indústria 21, 08202 Sabadell"],
    ],
  ),
]);

describe("documents", () => {
  it("an estimate in the client's language: letterhead, lines, the tax base, VAT of each rate and the total", () => {
    const doc = estimateDocument(quotesOf(data.quotes, 30)[0], data);
    expect(doc).toMatchObject({
      language: "ca",
      title: "Pressupost Q-2026-0001",
      issuer: ["Solucions del Vallès, SL", "NIF B66078346", "Carrer de la Indústria 21, 08202 Sabadell"],
    });
    expect(doc.recipient).toEqual(["Forn <b>Puig</b>, SL", "NIF B12345674", "Carrer Major 1", "17001 Girona"]);
    expect(doc.facts).toEqual([
      ["Número", "Q-2026-0001"],
      ["Data", "27/11/2026"],
      ["Vàlid fins al", "27/12/2026"],
    ]);
    const nb = (t: string) => t.replace(/\u00a0/g, " ");
    expect(doc.lines.rows.map((r) => r.map(nb))).toEqual([
      ["Llicència ERP", "2", "1.200,00 €", "10 %", "2.160,00 €"],
      ["Llibre de manteniment", "3", "50,00 €", "", "150,00 €"],
    ]);
    expect(doc.totals.map(([l, v]) => [nb(l), nb(v)])).toEqual([
      ["Base imposable", "2.310,00 €"],
      ["IVA 4 %", "6,00 €"],
      ["IVA 21 %", "453,60 €"],
      ["Total", "2.769,60 €"],
    ]);
  });

  it("a delivery note: what was delivered (not the cancelled lines), the order and the contract, in Spanish for Madrid", () => {
    const doc = deliveryNote(ordersOf(data.orders)[0], data, day);
    expect(doc).toMatchObject({ language: "es", title: "Albarán O-000001", totals: [] });
    expect(doc.facts).toEqual([
      ["Pedido", "O-000001"],
      ["Fecha del pedido", "17/11/2026"],
      ["Fecha de entrega", "26/11/2026"],
      ["Contrato", "Q-2026-0001"],
    ]);
    expect(doc.lines.rows).toEqual([["Llicència ERP", "A", "1"]]);
  });

  it("are written as Word files whose every string is text, with page numbers at the foot", async () => {
    const bytes = await documentDocx(estimateDocument(quotesOf(data.quotes, 30)[0], data));
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("Forn &lt;b&gt;Puig&lt;/b&gt;, SL");
    expect(xml).not.toContain("<b>");
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /word\/footer\d*\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    );
    expect(footers.join("")).toMatch(/Pàgina .*PAGE.*de .*NUMPAGES/s);
  });

  (SOFFICE || process.env.CI ? it : it.skip)(
    "open in LibreOffice and read as an estimate",
    async () => {
      const text = docxText(await documentDocx(estimateDocument(quotesOf(data.quotes, 30)[0], data)));
      expect(text).toContain("Pressupost Q-2026-0001");
      expect(text).toContain("Forn <b>Puig</b>, SL");
      expect(text).toMatch(/IVA 21 %\s+453,60 €/);
      expect(text).toMatch(/Total\s+2\.769,60 €/);
    },
    150_000,
  );
});
