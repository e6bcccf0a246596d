/**
 * What the admin records on an order or a quote: its lines shipped, delivered on a day, or the
 * quote's answer. Each line is written as one change checked against what was read (the port's
 * conflict rules): a line a co-author changed meanwhile is reported, never overwritten.
 */
import type { Day } from "../kernel/dates";
import type { Order, Quote } from "../workbook/contract";
import type { CellChange, WorkbookPort } from "../workbook/port";
import type { OrderSummary } from "./orders";
import type { QuoteStatus, QuoteSummary } from "./quotes";

export interface LinesWritten {
  written: number;
  /** lines that changed meanwhile or are no longer there: left as they are */
  refused: number;
}

/** The order's lines still to deliver (or those of them given) marked Shipped. */
export function recordShipped(
  port: WorkbookPort,
  order: OrderSummary,
  lines: readonly Order[] = toDeliver(order),
): Promise<LinesWritten> {
  return writeLines(port, "Orders", "OrderID", order.orderId, lines, (line) =>
    line.Status === "Shipped" ? [] : [{ column: "Status", from: line.Status, to: "Shipped" }],
  );
}

/** The order's lines still to deliver (or those of them given) delivered on the day. */
export function recordDelivery(
  port: WorkbookPort,
  order: OrderSummary,
  day: Day,
  lines: readonly Order[] = toDeliver(order),
): Promise<LinesWritten> {
  return writeLines(port, "Orders", "OrderID", order.orderId, lines, (line) => [
    { column: "DeliveredDate", from: null, to: day },
    { column: "Status", from: line.Status, to: "Delivered" },
  ]);
}

/** The quote's answer on each of its lines. */
export function recordQuoteStatus(port: WorkbookPort, quote: QuoteSummary, status: QuoteStatus): Promise<LinesWritten> {
  return writeLines(port, "Quotes", "QuoteID", quote.quoteId, quote.lines, (line: Quote) =>
    line.Status === status ? [] : [{ column: "Status", from: line.Status, to: status }],
  );
}

/** The lines of an order neither cancelled nor delivered. */
export const toDeliver = (order: OrderSummary) =>
  order.lines.filter((l) => l.Status !== "Cancelled" && l.DeliveredDate === null);

async function writeLines<L extends Order | Quote>(
  port: WorkbookPort,
  table: string,
  keyColumn: string,
  id: string,
  lines: readonly L[],
  changes: (line: L) => CellChange[],
): Promise<LinesWritten> {
  const result: LinesWritten = { written: 0, refused: 0 };
  for (const line of lines) {
    const change = changes(line);
    if (change.length === 0) continue;
    // Lines share their order's (quote's) number: the product tells them apart.
    const [columns, key] =
      line.SKU === null
        ? [[keyColumn], [id]]
        : [
            [keyColumn, "SKU"],
            [id, line.SKU],
          ];
    const done = await port.updateRow(table, columns, key, change);
    if (done.ok) result.written++;
    else result.refused++;
  }
  return result;
}
