/**
 * Writing a quote or an order: several lines under one number. The first line takes the next number
 * of the series at the moment of writing (claimed and checked like an invoice's); the others join it.
 */
import { partsOf, type Day } from "../kernel/dates";
import { fromCents, roundHalfAway, type Cents } from "../kernel/money";
import { say } from "../kernel/messages";
import { nextDocumentNumber } from "../kernel/numbering";
import { Refusal, type OutputCell, type WorkbookPort } from "../workbook/port";
import type { Product } from "../workbook/contract";
import { quoteLineNet, type QuoteSummary } from "./quotes";

export interface DraftLine {
  sku: string;
  quantity: number;
  /** 0–1 */
  discount: number;
}

export interface QuoteDraft {
  clientId: string;
  exec: string | null;
  quoteDate: Day;
  validUntil: Day;
  lines: DraftLine[];
}

/** A line's net: quantity × the product's price, less its discount, to the cent. */
export const lineNet = (price: Cents, line: DraftLine): Cents =>
  roundHalfAway(price * line.quantity * (1 - line.discount));

/** The quote's lines priced from the price list; a product not in it is refused. */
export function quoteRows(draft: QuoteDraft, products: readonly Product[]): Record<string, OutputCell>[] {
  if (draft.lines.length === 0) throw new Refusal(say("quote.noLines"));
  return draft.lines.map((line) => {
    const product = products.find((p) => p.SKU === line.sku);
    if (!product || product.UnitPrice === null) throw new Refusal(say("quote.noProduct", { sku: line.sku }));
    return {
      QuoteDate: draft.quoteDate,
      ClientID: draft.clientId,
      Exec: draft.exec,
      SKU: line.sku,
      Quantity: line.quantity,
      UnitPrice: fromCents(product.UnitPrice),
      Discount: line.discount,
      Net: fromCents(lineNet(product.UnitPrice, line)),
      ValidUntil: draft.validUntil,
      Status: "Draft",
    };
  });
}

/** The quote written as the next of its series (QuotePattern); answers its number. */
export async function issueQuote(
  port: WorkbookPort,
  pattern: string,
  draft: QuoteDraft,
  products: readonly Product[],
): Promise<string> {
  const year = partsOf(draft.quoteDate).year;
  return writeLines(port, "Quotes", "QuoteID", quoteRows(draft, products), (numbers) =>
    nextDocumentNumber(pattern, year, numbers),
  );
}

export interface OrderDraft {
  clientId: string;
  exec: string | null;
  orderDate: Day;
  promised: Day;
  lines: DraftLine[];
  /** the signed contract the order comes from, if any */
  contractRef: string | null;
}

/** An order typed in (OrderPattern): its lines priced from the price list, Confirmed; answers its number. */
export async function issueOrder(
  port: WorkbookPort,
  pattern: string,
  draft: OrderDraft,
  products: readonly Product[],
): Promise<string> {
  if (draft.lines.length === 0) throw new Refusal(say("quote.noLines"));
  const rows = draft.lines.map((line) => {
    const product = products.find((p) => p.SKU === line.sku);
    if (!product || product.UnitPrice === null) throw new Refusal(say("quote.noProduct", { sku: line.sku }));
    return {
      OrderDate: draft.orderDate,
      ClientID: draft.clientId,
      Exec: draft.exec,
      SKU: line.sku,
      Quantity: line.quantity,
      Net: fromCents(lineNet(product.UnitPrice, line)),
      PromisedDate: draft.promised,
      DeliveredDate: null,
      Status: "Confirmed",
      ContractRef: draft.contractRef,
    };
  });
  return writeLines(port, "Orders", "OrderID", rows, (numbers) =>
    nextDocumentNumber(pattern, partsOf(draft.orderDate).year, numbers),
  );
}

/** An accepted quote made an order (OrderPattern), its lines copied, promised for a day; answers the order's number. */
export function orderFromQuote(
  port: WorkbookPort,
  pattern: string,
  quote: QuoteSummary,
  orderDate: Day,
  promised: Day,
): Promise<string> {
  const rows = quote.lines.map((l) => ({
    OrderDate: orderDate,
    ClientID: quote.clientId,
    Exec: quote.exec,
    SKU: l.SKU,
    Quantity: l.Quantity,
    Net: fromCents(quoteLineNet(l)),
    PromisedDate: promised,
    DeliveredDate: null,
    Status: "Confirmed",
    ContractRef: quote.quoteId,
  }));
  return writeLines(port, "Orders", "OrderID", rows, (numbers) =>
    nextDocumentNumber(pattern, partsOf(orderDate).year, numbers),
  );
}

/** The first line numbered after the rows above it; the others join it, under the same number. */
async function writeLines(
  port: WorkbookPort,
  table: string,
  keyColumn: string,
  rows: Record<string, OutputCell>[],
  next: (numbers: OutputCell[]) => string,
): Promise<string> {
  const first = await port.appendRow({
    table,
    keyColumn,
    build: (above) => ({ [keyColumn]: next(above.map((r) => r[keyColumn])), ...rows[0] }),
  });
  const number = String(first[keyColumn]);
  for (const row of rows.slice(1))
    await port.appendRow({ table, keyColumn, joins: true, build: () => ({ [keyColumn]: number, ...row }) });
  return number;
}
