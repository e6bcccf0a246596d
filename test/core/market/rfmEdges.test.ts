/**
 * The RFM of clients at its edges (issue 35): an invoice or order on the day itself, a credit note by its
 * reference or by its sign, a client new for exactly 90 days, one who has only credit notes, and the
 * days since the last of fewer than three orders.
 */
import { clientActivity } from "../../../src/core/market/rfm";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import type { Cell } from "../../../src/core/workbook/port";
import { tableData } from "../../helpers/tables";

const asOf = dayOf(2026, 11, 27);
const s = (day: number) => serialFromDay(day);

function activity(invoices: Cell[][], orders: Cell[][] = []) {
  const ids = ["C-1", "C-2", "C-3", "C-4"];
  return clientActivity(
    salesDataFrom([
      tableData(
        "Clients",
        ["ClientID", "Name"],
        ids.map((id) => [id, `Client ${id}`]),
      ),
      tableData("Invoices", ["InvoiceNo", "IssueDate", "ClientID", "Net", "Status", "CreditOf"], invoices),
      tableData("Orders", ["OrderID", "OrderDate", "ClientID", "Net", "Status"], orders),
    ]),
    asOf,
  );
}

describe("RFM at its edges", () => {
  it("counts an invoice of the day itself, and takes a credit note by its reference or a negative net, never as recent", () => {
    const [c1, c2, c3, c4] = activity([
      ["F1", s(asOf), "C-1", 100, "Issued", null],
      ["F2", s(asOf - 50), "C-2", 100, "Issued", null],
      ["R2", s(asOf - 1), "C-2", 30, "Issued", "F2"], // a credit note typed with a positive net
      ["F3", s(asOf - 60), "C-3", 0, "Issued", null], // nothing invoiced, yet a sale
      ["R4", s(asOf - 5), "C-4", -20, "Issued", null], // only a credit note: nothing bought
    ]);
    expect([c1.recency, c1.frequency, c1.monetary]).toEqual([0, 1, 10000]);
    expect([c2.recency, c2.frequency, c2.monetary]).toEqual([50, 1, 13000]);
    expect([c3.recency, c3.frequency]).toEqual([60, 1]);
    expect([c4.recency, c4.frequency, c4.monetary, c4.segment, c4.r]).toEqual([null, 0, -2000, "none", null]);
  });

  it("calls new a client first invoiced fewer than 90 days ago, not one of exactly 90 or one who bought long before", () => {
    const [c1, c2, c3] = activity([
      ["F1", s(asOf - 89), "C-1", 100, "Issued", null],
      ["F2", s(asOf - 90), "C-2", 100, "Issued", null],
      ["F3", s(asOf - 400), "C-3", 100, "Issued", null],
      ["F4", s(asOf - 10), "C-3", 100, "Issued", null],
    ]);
    expect([c1.segment, c2.segment === "new", c3.segment === "new"]).toEqual(["new", false, false]);
  });

  it("counts an order of the day itself, each order once, and says the days since the last of fewer than three", () => {
    const [c1, c2] = activity(
      [],
      [
        ["O1", s(asOf - 20), "C-1", 10, null],
        ["O1", s(asOf - 20), "C-1", 10, null],
        ["O2", s(asOf), "C-1", 10, null],
        ["O3", s(asOf + 1), "C-1", 10, null],
        ["O4", s(asOf - 3), "C-2", 10, "Cancelled"],
      ],
    );
    expect([c1.orders, c1.daysSinceLastOrder, c1.usualInterval, c1.churnRisk]).toEqual([2, 0, null, false]);
    expect([c2.orders, c2.daysSinceLastOrder]).toEqual([0, null]);
  });
});
