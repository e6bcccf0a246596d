/**
 * Quotes and orders written through the port (issue 35): several lines under the next number of the year's
 * series, priced from the price list to the cent, refused with no lines or a product not in it; an
 * accepted quote made an order, its lines copied with their nets, the quote named as its contract.
 */
import { issueOrder, issueQuote, orderFromQuote, quoteRows } from "../../../src/core/orders/issuing";
import { quotesOf } from "../../../src/core/orders/quotes";
import { ordersOf } from "../../../src/core/orders/orders";
import { readSalesData } from "../../../src/core/workbook/salesData";
import { outputTable } from "../../../src/core/workbook/output";
import { XlsxWorkbook } from "../../../src/files/xlsxWorkbook";
import { dayOf } from "../../../src/core/kernel/dates";
import { render } from "../../../src/core/kernel/messages";
import { refusal } from "../../helpers/refusal";
import { CONTRACT, type Product, type TableName } from "../../../src/core/workbook/contract";
import type { Cell } from "../../../src/core/workbook/port";

const day = dayOf(2026, 11, 2);
const row = (table: TableName, cells: Record<string, Cell>) =>
  CONTRACT[table].columns.map((c) => cells[c.name] ?? null);
const products = [
  { SKU: "A", Name: "Llicència", UnitPrice: 1200_00, VATRate: 0.21 },
  { SKU: "B", Name: "Paper", UnitPrice: 3_33, VATRate: 0.21 },
  { SKU: "C", Name: "Sense preu", UnitPrice: null, VATRate: 0.21 },
] as Product[];

async function book(): Promise<XlsxWorkbook> {
  const b = new XlsxWorkbook();
  await b.writeSheet({
    name: "Quotes",
    tables: [
      outputTable("Quotes", [
        row("Quotes", { QuoteID: "Q-2026-0002", QuoteDate: day - 5, ClientID: "C-1", Net: 1, Status: "Sent" }),
        row("Quotes", { QuoteID: "Q-2025-0009", QuoteDate: day - 400, ClientID: "C-1", Net: 1, Status: "Sent" }),
      ]),
    ],
  });
  await b.writeSheet({
    name: "Orders",
    tables: [
      outputTable("Orders", [row("Orders", { OrderID: "O-000041", OrderDate: day - 1, ClientID: "C-1", Net: 1 })]),
    ],
  });
  return b;
}

describe("quotes and orders written", () => {
  it("write a quote's lines under the next number of its year, priced to the cent, as a draft", async () => {
    const b = await book();
    const draft = {
      clientId: "C-1",
      exec: "E01",
      quoteDate: day,
      validUntil: day + 30,
      lines: [
        { sku: "A", quantity: 2, discount: 0.1 },
        { sku: "B", quantity: 3, discount: 0 },
      ],
    };
    expect(await issueQuote(b, "Q-YYYY-NNNN", draft, products)).toBe("Q-2026-0003");
    const quote = quotesOf((await readSalesData(b)).quotes, 30).find((q) => q.quoteId === "Q-2026-0003")!;
    expect([
      quote.net,
      quote.status,
      quote.exec,
      quote.validUntil,
      quote.lines.map((l) => [l.SKU, l.Quantity, l.UnitPrice, l.Discount, l.Net]),
    ]).toEqual([
      2160_00 + 9_99,
      "Draft",
      "E01",
      day + 30,
      [
        ["A", 2, 1200_00, 0.1, 2160_00],
        ["B", 3, 3_33, 0, 9_99],
      ],
    ]);
    expect(await refusal(() => quoteRows({ ...draft, lines: [] }, products))).toBe(
      render({ code: "quote.noLines", params: {} }, "en"),
    );
    expect(
      await refusal(() => quoteRows({ ...draft, lines: [{ sku: "C", quantity: 1, discount: 0 }] }, products)),
    ).toMatch(/C/);
    expect(
      await refusal(() => quoteRows({ ...draft, lines: [{ sku: "Z", quantity: 1, discount: 0 }] }, products)),
    ).toMatch(/Z/);
  });

  it("write an order typed in as confirmed, under the next number, and refuse one with no lines or an unknown product", async () => {
    const b = await book();
    const draft = {
      clientId: "C-2",
      exec: null,
      orderDate: day,
      promised: day + 7,
      contractRef: "CT-1",
      lines: [{ sku: "B", quantity: 10, discount: 0.05 }],
    };
    expect(await issueOrder(b, "O-NNNNNN", draft, products)).toBe("O-000042");
    const order = ordersOf((await readSalesData(b)).orders).find((o) => o.orderId === "O-000042")!;
    expect([order.clientId, order.net, order.promisedDate, order.lines[0].Status, order.lines[0].ContractRef]).toEqual([
      "C-2",
      31_64,
      day + 7,
      "Confirmed",
      "CT-1",
    ]);
    expect(await refusal(issueOrder(b, "O-NNNNNN", { ...draft, lines: [] }, products))).toBe(
      render({ code: "quote.noLines", params: {} }, "en"),
    );
    expect(
      await refusal(issueOrder(b, "O-NNNNNN", { ...draft, lines: [{ sku: "C", quantity: 1, discount: 0 }] }, products)),
    ).toMatch(/C/);
  });

  it("make an accepted quote an order: its lines with their nets, a line typed without one priced, the quote as its contract", async () => {
    const b = await book();
    await b.writeSheet({
      name: "Quotes",
      tables: [
        outputTable("Quotes", [
          row("Quotes", {
            QuoteID: "Q-2026-0005",
            QuoteDate: day,
            ClientID: "C-3",
            Exec: "E02",
            SKU: "A",
            Quantity: 1,
            Net: 1000,
            Status: "Accepted",
          }),
          row("Quotes", {
            QuoteID: "Q-2026-0005",
            QuoteDate: day,
            ClientID: "C-3",
            Exec: "E02",
            SKU: "B",
            Quantity: 4,
            UnitPrice: 2.5,
            Discount: 0.2,
            Status: "Accepted",
          }),
        ]),
      ],
    });
    const [quote] = quotesOf((await readSalesData(b)).quotes, 30);
    expect(await orderFromQuote(b, "O-NNNNNN", quote, day + 1, day + 10)).toBe("O-000042");
    const order = ordersOf((await readSalesData(b)).orders).find((o) => o.orderId === "O-000042")!;
    expect(
      order.lines.map((l) => [l.ClientID, l.Exec, l.SKU, l.Quantity, l.Net, l.PromisedDate, l.Status, l.ContractRef]),
    ).toEqual([
      ["C-3", "E02", "A", 1, 1000_00, day + 10, "Confirmed", "Q-2026-0005"],
      ["C-3", "E02", "B", 4, 8_00, day + 10, "Confirmed", "Q-2026-0005"],
    ]);
  });
});
