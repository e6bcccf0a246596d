/**
 * What the admin records on an order: its lines shipped, or delivered on a day. Each line still to
 * deliver is written as one change checked against what was read (the port's conflict rules): a line
 * a co-author changed meanwhile is reported, never overwritten.
 */
import type { Day } from "../kernel/dates";
import type { Order } from "../workbook/contract";
import type { CellChange, WorkbookPort } from "../workbook/port";
import type { OrderSummary } from "./orders";

export interface LinesWritten {
  written: number;
  /** lines that changed meanwhile or are no longer there: left as they are */
  refused: number;
}

/** The order's lines still to deliver marked Shipped. */
export function recordShipped(port: WorkbookPort, order: OrderSummary): Promise<LinesWritten> {
  return writeLines(port, order, (line) => (line.Status === "Shipped" ? [] : [{ column: "Status", from: line.Status, to: "Shipped" }]));
}

/** The order's lines still to deliver delivered on the day. */
export function recordDelivery(port: WorkbookPort, order: OrderSummary, day: Day): Promise<LinesWritten> {
  return writeLines(port, order, (line) => [
    { column: "DeliveredDate", from: null, to: day },
    { column: "Status", from: line.Status, to: "Delivered" },
  ]);
}

async function writeLines(port: WorkbookPort, order: OrderSummary, changes: (line: Order) => CellChange[]): Promise<LinesWritten> {
  const result: LinesWritten = { written: 0, refused: 0 };
  for (const line of order.lines.filter((l) => l.Status !== "Cancelled" && l.DeliveredDate === null)) {
    const change = changes(line);
    if (change.length === 0) continue;
    // An order's lines share its number: the product tells them apart.
    const [columns, key] =
      line.SKU === null
        ? [["OrderID"], [order.orderId]]
        : [
            ["OrderID", "SKU"],
            [order.orderId, line.SKU],
          ];
    const done = await port.updateRow("Orders", columns, key, change);
    if (done.ok) result.written++;
    else result.refused++;
  }
  return result;
}
