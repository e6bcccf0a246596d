/**
 * The invoice as a document, read back by LibreOffice: every field RD 1619/2012 (art. 6) asks of a
 * Spanish invoice with the right figures, and a credit note that names the invoice it rectifies and why.
 */
import JSZip from "jszip";
import { documentDocx, imageSize } from "../../src/files/documentDocx";
import { generateSample } from "../../src/core/sample/sample";
import { readSettings } from "../../src/core/workbook/settings";
import { readTable } from "../../src/core/workbook/records";
import { invoiceDocument, seriesOf } from "../../src/core/documents/invoiceDocument";
import { statementDocument } from "../../src/core/documents/statementDocument";
import { reminderLetter } from "../../src/core/documents/reminderLetter";
import { reminders } from "../../src/core/receivables/reminders";
import { salesDataFrom } from "../../src/core/workbook/salesData";
import { dayOf, serialFromDay } from "../../src/core/kernel/dates";
import { tableData } from "../helpers/tables";
import { docxText, SOFFICE } from "../helpers/documentText";

const day = dayOf(2026, 11, 2);
const s = (d: number) => serialFromDay(d);
const data = salesDataFrom([
  tableData(
    "Clients",
    [
      "ClientID",
      "Name",
      "TaxID",
      "Street",
      "PostalCode",
      "City",
      "Country",
      "PaymentMethod",
      "IBAN",
      "CardLast4",
      "Contact",
    ],
    [
      [
        "C-1",
        "Forn Puig, SL",
        "B12345674",
        "Carrer Major 1",
        "17001",
        "Girona",
        "ES",
        "Transfer",
        null,
        null,
        "Marta Puig",
      ],
      [
        "C-2",
        "Ferretería López, SA",
        "A58818501",
        "Calle Mayor 2",
        "28001",
        "Madrid",
        "ES",
        "DirectDebit",
        "ES7921000813610123456789",
        null,
        null,
      ],
      ["C-3", '=HYPERLINK("http://x")', "B66078346", null, null, null, "ES", "Card", null, "4242", null],
    ],
  ),
  tableData(
    "Products",
    ["SKU", "Name", "UnitPrice", "VATRate"],
    [
      ["A", "Llicència ERP", 1200, 0.21],
      ["B", "Manteniment anual", 300, 0.21],
    ],
  ),
  tableData(
    "Orders",
    ["OrderID", "OrderDate", "ClientID", "SKU", "Quantity", "Net", "Status"],
    [
      ["O-000007", s(day - 10), "C-1", "A", 2, 2400, "Delivered"],
      ["O-000007", s(day - 10), "C-1", "B", 1, 300, "Delivered"],
    ],
  ),
  tableData(
    "Invoices",
    [
      "InvoiceNo",
      "IssueDate",
      "ClientID",
      "OrderID",
      "Net",
      "VATRate",
      "VAT",
      "Total",
      "DueDate",
      "Status",
      "CreditOf",
      "Reason",
    ],
    [
      ["2026-0042", s(day), "C-1", "O-000007", 2700, 0.21, 567, 3267, s(day + 30), "Issued", null, null],
      ["2026-0043", s(day), "C-2", null, 100, 0.21, 21, 121, s(day - 20), "Issued", null, null],
      [
        "R-2026-0001",
        s(day + 5),
        "C-1",
        "O-000007",
        -300,
        0.21,
        -63,
        -363,
        null,
        "Issued",
        "2026-0042",
        "Devolució del manteniment",
      ],
      ["2026-0044", s(day), "C-3", null, 50, 0.21, 10.5, 60.5, s(day + 30), "Issued", null, null],
    ],
  ),
  tableData(
    "Settings",
    ["Setting", "Value"],
    [
      ["CompanyName", "Solucions del Vallès, SL"],
      ["CompanyTaxID", "B66078346"],
      ["CompanyAddress", "Carrer de la Indústria 21, 08202 Sabadell"],
      ["CompanyIBAN", "ES9121000418450200051332"],
    ],
  ),
]);
const invoice = (no: string) => data.invoices.find((i) => i.InvoiceNo === no)!;

describe("the invoice document under VERI*FACTU (from 1 January 2027)", () => {
  const issued = dayOf(2027, 1, 4);
  const later = {
    ...data,
    orders: [{ ...data.orders[0], OrderID: "O-000008", Quantity: 2, Net: 2160_00, DeliveredDate: dayOf(2026, 12, 30) }],
    invoices: [
      {
        ...data.invoices[0],
        InvoiceNo: "2027-0001",
        IssueDate: issued,
        OrderID: "O-000008",
        Net: 2160_00,
        VAT: 453_60,
        Total: 2613_60,
      },
    ],
  };

  it("carries the AEAT's QR code of its URL and the legend, each line's unit price and discount, and the date of supply", () => {
    const doc = invoiceDocument(later.invoices[0], later, "ca");
    expect(doc.verification).toEqual({
      url: "https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQR?nif=B66078346&numserie=2027-0001&fecha=04-01-2027&importe=2613.60",
      legend: "Factura verificable en la sede electrónica de la AEAT · VERI*FACTU",
    });
    const nb = (t: string) => t.replace(/\u00a0/g, " ");
    expect(doc.lines.rows.map((r) => r.map(nb))).toEqual([
      ["Llicència ERP", "2", "1.200,00 €", "10 %", "21 %", "2.160,00 €"],
    ]);
    expect(doc.facts).toContainEqual(["Data de l'operació", "30/12/2026"]);
  });

  it("points at the AEAT's production host once the settings say so, and has no QR code before the rules apply or without the company's NIF", () => {
    const production = {
      ...later,
      settings: { ...later.settings, verifactu: { ...later.settings.verifactu, environment: "production" as const } },
    };
    expect(invoiceDocument(later.invoices[0], production, "ca").verification?.url).toMatch(
      /^https:\/\/www2\.agenciatributaria\.gob\.es\/wlpl\/TIKE-CONT\/ValidarQR\?nif=B66078346&/,
    );
    expect(invoiceDocument(invoice("2026-0042"), data, "ca").verification).toBeUndefined();
    const noNif = { ...later, settings: { ...later.settings, company: { ...later.settings.company, taxId: "" } } };
    expect(invoiceDocument(later.invoices[0], noNif, "ca").verification).toBeUndefined();
  });

  it("shows a retailer's recargo de equivalencia beside the VAT", () => {
    const retailer = {
      ...later,
      clients: later.clients.map((c) => (c.ClientID === "C-1" ? { ...c, EquivalenceSurcharge: true } : c)),
    };
    const withSurcharge = { ...later.invoices[0], Total: 2160_00 + 453_60 + 112_32 };
    const nb = (t: string) => t.replace(/\u00a0/g, " ");
    expect(invoiceDocument(withSurcharge, retailer, "ca").totals.map((r) => r.map(nb))).toEqual([
      ["Base imposable", "2.160,00 €"],
      ["IVA 21 %", "453,60 €"],
      ["Recàrrec d'equivalència 5,2 %", "112,32 €"],
      ["Total", "2.725,92 €"],
    ]);
  });

  it("encodes a number's reserved characters in the URL", () => {
    const slashed = { ...later.invoices[0], InvoiceNo: "F/27&1" };
    expect(invoiceDocument(slashed, later, "ca").verification?.url).toContain("numserie=F%2F27%261&");
  });
});

describe("the invoice document", () => {
  it("names its series: the number without its sequence", () => {
    expect(seriesOf("2026-0042", "YYYY-NNNN")).toBe("2026");
    expect(seriesOf("F/26/00009", "F/YY/NNNNN")).toBe("F/26");
    expect(seriesOf("0042/2026", "NNNN/YYYY")).toBe("2026");
    expect(seriesOf("R-2026-0001", "YYYY-NNNN")).toBe("R-2026");
  });

  it("carries every field RD 1619/2012 asks for, in the client's language, the order's lines as what was supplied", () => {
    const doc = invoiceDocument(invoice("2026-0042"), data);
    expect(doc.title).toBe("Factura 2026-0042");
    expect(doc.issuer).toEqual([
      "Solucions del Vallès, SL",
      "NIF B66078346",
      "Carrer de la Indústria 21, 08202 Sabadell",
    ]);
    expect(doc.recipient).toEqual(["Forn Puig, SL", "NIF B12345674", "Carrer Major 1", "17001 Girona"]);
    expect(doc.facts).toEqual([
      ["Número", "2026-0042"],
      ["Sèrie", "2026"],
      ["Data d'expedició", "02/11/2026"],
      ["Venciment", "02/12/2026"],
      ["Comanda", "O-000007"],
    ]);
    const nb = (t: string) => t.replace(/\u00a0/g, " ");
    expect(doc.lines.rows.map((r) => r.map(nb))).toEqual([
      ["Llicència ERP", "2", "1.200,00 €", "0 %", "21 %", "2.400,00 €"],
      ["Manteniment anual", "1", "300,00 €", "0 %", "21 %", "300,00 €"],
    ]);
    expect(doc.totals.map((r) => r.map(nb))).toEqual([
      ["Base imposable", "2.700,00 €"],
      ["IVA 21 %", "567,00 €"],
      ["Total", "3.267,00 €"],
    ]);
    expect(doc.notes.map(nb)).toEqual([
      "Pagament per transferència al compte ES91 2100 0418 4502 0005 1332 abans del 02/12/2026.",
    ]);
  });

  it("says how a client pays by direct debit or card with the last four digits only", () => {
    expect(invoiceDocument(invoice("2026-0043"), data).notes).toEqual([
      "Se cargará en su cuenta terminada en 6789 el 13/10/2026.",
    ]);
    const card = invoiceDocument(invoice("2026-0044"), data);
    expect(card.notes).toEqual(["Pagado con la tarjeta terminada en 4242."]); // in Spain, no postal code: Spanish
    // a client's name that looks like a formula stays text: the document holds the characters
    expect(card.recipient[0]).toBe('=HYPERLINK("http://x")');
  });

  it("of a credit note names the invoice it rectifies, its date and why, with negative amounts", () => {
    const doc = invoiceDocument(invoice("R-2026-0001"), data, "es");
    expect(doc.title).toBe("Factura rectificativa R-2026-0001");
    expect(doc.intro).toEqual(["Rectifica la factura 2026-0042 del 02/11/2026", "Motivo: Devolució del manteniment"]);
    expect(doc.facts.map(([label]) => label)).not.toContain("Vencimiento");
    expect(doc.totals.at(-1)![1].replace(/\u00a0/g, " ")).toBe("-363,00 €");
  });

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

describe("the statement and the reminder letter", () => {
  const asOf = dayOf(2026, 11, 27);

  it("a statement lists what the client still owes as of the date, by age, with the total due", () => {
    const doc = statementDocument("C-1", data, asOf);
    expect(doc.title).toBe("Extracte de compte a 27/11/2026");
    // 2026-0042 less its credit note: 3.267 − 363
    expect(doc.lines.rows.map((r) => r.map((c) => c.replace(/\u00a0/g, " ")))).toEqual([
      ["2026-0042", "02/11/2026", "02/12/2026", "", "2.904,00 €"],
    ]);
    expect(doc.totals.map((r) => r.map((c) => c.replace(/\u00a0/g, " ")))).toEqual([
      ["No vençut", "2.904,00 €"],
      ["Total pendent", "2.904,00 €"],
    ]);
    expect(statementDocument("C-1", data, dayOf(2026, 10, 1), "en").notes).toEqual([
      "Nothing is outstanding at this date. Thank you.",
    ]);
  });

  it("a reminder letter greets, lists the overdue invoices and closes at its level, in the client's language", () => {
    const reminder = reminders(data, asOf).find((r) => r.client.ClientID === "C-2")!;
    const doc = reminderLetter(reminder, data, asOf);
    expect(doc.title).toBe("Facturas vencidas: le rogamos que las regularice"); // 45 days: level 3
    expect(doc.intro).toEqual([
      "Estimados señores:",
      "A pesar de nuestros recordatorios, la siguiente factura sigue impagada.",
    ]);
    expect(doc.lines.rows.map((r) => r.map((c) => c.replace(/\u00a0/g, " ")))).toEqual([
      ["2026-0043", "13/10/2026", "45", "121,00 €"],
    ]);
    expect(doc.notes[0].replace(/\u00a0/g, " ")).toBe(
      "Puede pagar por transferencia a la cuenta ES91 2100 0418 4502 0005 1332.",
    );
  });
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
