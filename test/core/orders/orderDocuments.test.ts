/**
 * The estimate and the delivery note as documents (issue 35), in the client's language: an estimate's
 * lines with price and discount, its VAT by rate (the product's, else the default), total and validity;
 * a delivery note's lines not cancelled, its contract, the day delivered.
 */
import { deliveryNote, estimateDocument } from "../../../src/core/orders/estimatesAndDeliveryNotes";
import { quotesOf } from "../../../src/core/orders/quotes";
import { ordersOf } from "../../../src/core/orders/orders";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import { tableData } from "../../helpers/tables";

const day = dayOf(2026, 11, 2);
const s = (d: number) => serialFromDay(d);
const nb = (rows: string[][]) => rows.map((r) => r.map((c) => c.replace(/\u00a0/g, " ")));

const data = () =>
  salesDataFrom([
    tableData("Clients", ["ClientID", "Name", "PostalCode", "Country"], [["C-1", "Forn Puig SL", "17001", "ES"]]),
    tableData(
      "Products",
      ["SKU", "Name", "UnitPrice", "VATRate"],
      [
        ["A", "Llicència", 1200, 0.21],
        ["B", "Llibre", 20, 0.04],
      ],
    ),
    tableData(
      "Quotes",
      ["QuoteID", "QuoteDate", "ClientID", "SKU", "Quantity", "UnitPrice", "Discount", "Net", "ValidUntil", "Status"],
      [
        ["Q-2026-0001", s(day), "C-1", "A", 2, 1200, 0.1, null, s(day + 30), "Sent"],
        ["Q-2026-0001", s(day), "C-1", "B", 3, 20, null, null, s(day + 30), "Sent"],
        ["Q-2026-0001", s(day), "C-1", "Z", 1, 10, null, 10, s(day + 30), "Sent"],
      ],
    ),
    tableData(
      "Orders",
      ["OrderID", "OrderDate", "ClientID", "SKU", "Quantity", "Net", "Status", "ContractRef", "DeliveredDate"],
      [
        ["O-1", s(day), "C-1", "A", 2, 2400, "Delivered", null, null],
        ["O-1", s(day), "C-1", "B", 5, 100, "Cancelled", null, null],
        ["O-1", s(day), "C-1", "Z", 1.5, 15, null, "CT-7", null],
      ],
    ),
  ]);

describe("an order's documents", () => {
  it("an estimate lists its lines with price and discount, the VAT of each rate, the total and how long it holds", () => {
    const d = data();
    const doc = estimateDocument(quotesOf(d.quotes, 30)[0], d);
    expect([doc.language, doc.title, doc.facts]).toEqual([
      "ca",
      "Pressupost Q-2026-0001",
      [
        ["Número", "Q-2026-0001"],
        ["Data", "02/11/2026"],
        ["Vàlid fins al", "02/12/2026"],
      ],
    ]);
    expect(doc.lines.headers).toEqual(["Producte", "Quantitat", "Preu unitari", "Descompte", "Import"]);
    expect(nb(doc.lines.rows)).toEqual([
      ["Llicència", "2", "1.200,00 €", "10 %", "2.160,00 €"],
      ["Llibre", "3", "20,00 €", "", "60,00 €"],
      ["Z", "1", "10,00 €", "", "10,00 €"],
    ]);
    // 2,160 + 10 (no product: the default 21 %) at 21 %, 60 at 4 %
    expect(nb(doc.totals)).toEqual([
      ["Base imposable", "2.230,00 €"],
      ["IVA 4 %", "2,40 €"],
      ["IVA 21 %", "455,70 €"],
      ["Total", "2.688,10 €"],
    ]);
    expect(doc.notes).toEqual([
      "Aquest pressupost és vàlid fins al 02/12/2026. Preus en la moneda indicada, IVA segons s'indica.",
    ]);
  });

  it("a delivery note lists what is delivered, not what was cancelled, with the order, its contract and the day", () => {
    const d = data();
    const doc = deliveryNote(ordersOf(d.orders)[0], d, day + 3);
    expect([doc.title, doc.facts, doc.lines.headers, doc.totals]).toEqual([
      "Albarà O-1",
      [
        ["Comanda", "O-1"],
        ["Data de la comanda", "02/11/2026"],
        ["Data de lliurament", "05/11/2026"],
        ["Contracte", "CT-7"],
      ],
      ["Producte", "Referència", "Quantitat"],
      [],
    ]);
    expect(nb(doc.lines.rows)).toEqual([
      ["Llicència", "A", "2"],
      ["Z", "Z", "1,5"],
    ]);
    expect(doc.notes).toEqual(["Rebut en bon estat: nom, signatura i data."]);
  });
});
