/**
 * The documents as the core models them (issue 35): every field RD 1619/2012 (art. 6) asks of a Spanish
 * invoice with the right figures, a credit note that names the invoice it rectifies and why, how a client
 * pays, the invoice under VERI*FACTU, a statement and a reminder letter, in the client's language.
 * test/files/invoiceDocument.test.ts reads them back from their .docx.
 */
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { tableData } from "../../helpers/tables";
import { invoiceDocument } from "../../../src/core/documents/invoiceDocument";
import { openItems, statementDocument } from "../../../src/core/documents/statementDocument";
import { documentWords, howToPay, issuerBlock, partiesOf, recipientBlock } from "../../../src/core/documents/document";
import { reminderLetter } from "../../../src/core/documents/reminderLetter";
import { reminders } from "../../../src/core/receivables/reminders";
import { readFileSync } from "node:fs";
import path from "node:path";
import { documentData } from "../../helpers/documentData";
import { documentModels } from "../../helpers/documentModels";

const data = documentData();
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
});

describe("the invoice document at its edges", () => {
  const nb = (t: string) => t.replace(/\u00a0/g, " ");
  const rows = (doc: ReturnType<typeof invoiceDocument>) => doc.lines.rows.map((r) => r.map(nb));
  const order = data.orders[0];

  it("lists only its own order's lines that stand, and one line naming the order where they do not add up to it", () => {
    const more = {
      ...data,
      orders: [
        ...data.orders,
        { ...order, SKU: "B", Quantity: 9, Net: 900_00, Status: "Cancelled" as const },
        { ...order, OrderID: "O-000099", Net: 100_00 },
      ],
    };
    expect(rows(invoiceDocument(invoice("2026-0042"), more))).toEqual(
      rows(invoiceDocument(invoice("2026-0042"), data)),
    );
    const short = { ...invoice("2026-0042"), Net: 2_600_00, VAT: 546_00, Total: 3_146_00 };
    expect(rows(invoiceDocument(short, data))).toEqual([
      ["Béns i serveis de la comanda O-000007", "1", "2.600,00 €", "0 %", "21 %", "2.600,00 €"],
    ]);
  });

  it("prices a line by its product's list price where that explains it, else by its net a unit; a product not listed by its code", () => {
    const unlisted = { ...order, SKU: "Z-9", Quantity: 4, Net: 100_00 };
    const dearer = { ...order, Quantity: 1, Net: 1_300_00 }; // above its list price: no discount
    const doc = (line: typeof order) =>
      rows(
        invoiceDocument(
          { ...invoice("2026-0042"), Net: line.Net, VAT: 0, Total: line.Net },
          { ...data, orders: [line] },
        ),
      );
    expect([doc(unlisted)[0], doc(dearer)[0]]).toEqual([
      ["Z-9", "4", "25,00 €", "0 %", "21 %", "100,00 €"],
      ["Llicència ERP", "1", "1.300,00 €", "0 %", "21 %", "1.300,00 €"],
    ]);
  });

  it("takes the VAT as total less net where the invoice does not say it", () => {
    const doc = invoiceDocument({ ...invoice("2026-0042"), VAT: null }, data);
    expect(doc.totals.map((r) => r.map(nb))[1]).toEqual(["IVA 21 %", "567,00 €"]);
  });

  it("of a credit note never lists its order's lines, and says a rectified invoice no longer in the log with a dash, and no reason where none was given", () => {
    const credit = { ...invoice("R-2026-0001"), CreditOf: "2026-0999", Reason: null };
    const doc = invoiceDocument(credit, data);
    expect([rows(doc).length, rows(doc)[0][0]]).toEqual([1, "Rectificació de la factura 2026-0999"]);
    expect(doc.intro).toEqual(["Rectifica la factura 2026-0999 del –"]);
  });
});

describe("who a document is from and to, and how to pay, at their edges", () => {
  const words = documentWords("en", "EUR");
  const client = data.clients[0];
  const due = dayOf(2026, 12, 2);

  it("addresses a client not in the list by its code, in Spanish", () => {
    const { client: found, head } = partiesOf(data, "C-404");
    expect([found, head.recipient, head.party, head.language]).toEqual([undefined, ["C-404"], "C-404", "es"]);
  });

  it("leaves out what is not set: the company's tax ID, the client's, the country of a Spanish client", () => {
    expect(issuerBlock({ ...data.settings, company: { ...data.settings.company, taxId: "" } }, words.word)).toEqual([
      "Solucions del Vallès, SL",
      "Carrer de la Indústria 21, 08202 Sabadell",
    ]);
    expect([
      recipientBlock({ ...client, TaxID: null, Country: "FR" }, "C-1", words.word),
      recipientBlock({ ...client, Country: "ES" }, "C-1", words.word),
    ]).toEqual([
      ["Forn Puig, SL", "Carrer Major 1", "17001 Girona", "FR"],
      ["Forn Puig, SL", "Tax ID B12345674", "Carrer Major 1", "17001 Girona"],
    ]);
  });

  it("asks for payment by a date without an IBAN to give, and for nothing owed now; a transfer client's own IBAN or card is no way to pay", () => {
    const noIban = { ...data, settings: { ...data.settings, company: { ...data.settings.company, iban: "" } } };
    expect([howToPay(client, noIban, due, words), howToPay(client, noIban, null, words)]).toEqual([
      ["Please pay by 02/12/2026."],
      [],
    ]);
    const transfer = {
      ...client,
      PaymentMethod: "Transfer" as const,
      IBAN: "ES9121000418450200051332",
      CardLast4: "4242",
    };
    expect(howToPay(transfer, data, due, words)).toEqual([
      "Please pay by bank transfer to ES91 2100 0418 4502 0005 1332 by 02/12/2026.",
    ]);
  });
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

describe("every document of the workbook", () => {
  it("is, field by field, what test/fixtures/documents/models.json says", () => {
    const golden = path.join(__dirname, "../../fixtures/documents/models.json");
    expect(documentModels()).toEqual(JSON.parse(readFileSync(golden, "utf8")));
  });
});

describe("a statement at its edges", () => {
  const asOf = dayOf(2026, 11, 27);
  const s = (d: number) => serialFromDay(d);
  const statementData = () =>
    salesDataFrom([
      tableData(
        "Clients",
        ["ClientID", "Name", "PaymentMethod"],
        [
          ["C-1", "Forn Puig, SL", "Transfer"],
          ["C-2", "Serra", "Transfer"],
        ],
      ),
      tableData(
        "Invoices",
        ["InvoiceNo", "IssueDate", "ClientID", "Net", "VATRate", "Total", "DueDate", "Status", "CreditOf"],
        [
          ["F-3", s(asOf - 10), "C-1", 100, 0.21, 121, s(asOf + 20), "Issued", null], // not due yet
          ["F-1", s(asOf - 100), "C-1", 100, 0.21, 121, s(asOf - 70), "Issued", null], // 70 days late
          ["F-2", s(asOf - 50), "C-1", 100, 0.21, 121, null, "Issued", null], // no due date: by its issue date
          ["F-4", s(asOf - 40), "C-1", 100, 0.21, 121, s(asOf - 10), "Issued", null], // paid
          ["F-5", s(asOf - 40), "C-2", 100, 0.21, 121, s(asOf - 10), "Issued", null], // another client's
          ["R-1", s(asOf - 5), "C-1", -50, 0.21, -60.5, s(asOf - 5), "Issued", "F-9"], // a credit note of nothing here
          ["F-6", s(asOf - 30), "C-1", 100, 0.21, 121, s(asOf - 1), "Issued", null], // partly paid, a day late
          ["F-7", s(asOf + 1), "C-1", 100, 0.21, 121, s(asOf + 31), "Issued", null], // issued after the date
        ],
      ),
      tableData(
        "Payments",
        ["PaymentID", "PaymentDate", "InvoiceNo", "Amount", "Method", "Status"],
        [
          ["P-1", s(asOf - 20), "F-4", 121, "Transfer", "Received"],
          ["P-2", s(asOf - 20), "F-6", 21, "Transfer", "Received"],
        ],
      ),
    ]);
  const plain = (rows: string[][]) => rows.map((r) => r.map((c) => c.replace(/\u00a0/g, " ")));

  it("lists the invoices owed oldest due first, a due date or days late only where there are some, totals by age", () => {
    const doc = statementDocument("C-1", statementData(), asOf, "en");
    expect(openItems(statementData(), "C-1", asOf).map((a) => a.balance.invoice.InvoiceNo)).toEqual([
      "F-1",
      "F-2",
      "F-6",
      "F-3",
    ]);
    expect(plain(doc.lines.rows).map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ["F-1", "18/09/2026", "70", "€121.00"],
      ["F-2", "07/11/2026", "20", "€121.00"], // no due date: due after the default 30 days' terms, as the aging has it
      ["F-6", "26/11/2026", "1", "€100.00"],
      ["F-3", "17/12/2026", "", "€121.00"],
    ]);
    expect(doc.lines.numeric).toEqual([false, false, false, true, true]);
    expect(plain(doc.totals)).toEqual([
      ["Not yet due", "€121.00"],
      ["1–30 days", "€221.00"],
      ["61–90 days", "€121.00"],
      ["Total due", "€463.00"],
    ]);
    expect(plain(doc.facts)).toEqual([
      ["Date", "27/11/2026"],
      ["Total due", "€463.00"],
    ]);
  });
});
