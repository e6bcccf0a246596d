/**
 * The revenue lines every sales figure is summed from, and the index that sums them by day: which rows
 * count on each basis, the range's two ends, the exec resolved once by ID or name, the category
 * through the order; and the index's range, clipped at both ends.
 */
import { forEachSale, RevenueIndex, SaleLine, SaleOptions, Basis } from "../../../src/core/sales/revenue";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { teamIndex } from "../../../src/core/workbook/team";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import { tableData } from "../../helpers/tables";

const nov = (day: number) => dayOf(2026, 11, day);
const cell = (day: number) => serialFromDay(nov(day));

const data = () =>
  salesDataFrom([
    tableData(
      "Team",
      ["ExecID", "Name", "Region"],
      [
        ["E01", "Anna Puig", "Barcelona"],
        ["E02", "Bernat Soler", null],
      ],
    ),
    tableData(
      "Products",
      ["SKU", "Name", "Category", "UnitPrice"],
      [
        ["P-1", "Cadira", "Mobles", 10],
        ["P-2", "Llum", null, 10],
      ],
    ),
    tableData(
      "Orders",
      ["OrderID", "OrderDate", "ClientID", "Exec", "SKU", "Net", "Status"],
      [
        ["O-1", cell(9), "C-1", "Anna Puig", "P-1", 100, "Delivered"],
        ["O-2", cell(10), "C-2", "E02", "P-2", 200, "Open"],
        ["O-3", cell(11), "C-3", null, null, 300, "Open"],
        ["O-4", cell(12), "C-1", "E01", "P-1", 400, "Cancelled"],
      ],
    ),
    tableData(
      "Invoices",
      ["InvoiceNo", "IssueDate", "ClientID", "Exec", "Net", "Status", "CreditOf", "OrderID"],
      [
        ["1", cell(9), "C-1", "E01", 100, "Issued", null, "O-1"],
        ["2", cell(10), "C-2", "Bernat Soler", 200, "Paid", null, "O-2"],
        ["3", cell(11), "C-1", "E01", -50, "Issued", "1", null],
        ["4", cell(12), "C-3", "E09", 300, "Issued", null, "O-9"],
        ["5", cell(12), "C-3", "E01", 999, "Draft", null, "O-1"],
        ["6", cell(12), "C-3", "E01", 999, "Cancelled", null, "O-1"],
      ],
    ),
  ]);

function lines(basis: Basis, options?: SaleOptions) {
  const sales = data();
  const out: SaleLine[] = [];
  forEachSale(sales, basis, teamIndex(sales.team), (l) => out.push({ ...l }), options);
  return out.map((l) => [l.day - nov(0), l.exec, l.region, l.category, l.clientId, l.sku, l.net]);
}

describe("revenue lines", () => {
  it("invoiced: issued and paid invoices and credit notes, each exec resolved by ID or name, the category through the order", () => {
    expect(lines("invoiced")).toEqual([
      [9, "E01", "Barcelona", "Mobles", "C-1", "P-1", 10000],
      [10, "E02", null, null, "C-2", "P-2", 20000],
      [11, "E01", "Barcelona", null, "C-1", null, -5000],
      [12, "E09", null, null, "C-3", null, 30000], // neither its exec nor its order is known
    ]);
  });

  it("invoiced without categories: no lookup through the orders", () => {
    expect(lines("invoiced", { categories: false }).map((l) => [l[0], l[3], l[5]])).toEqual([
      [9, null, null],
      [10, null, null],
      [11, null, null],
      [12, null, null],
    ]);
  });

  it("booked: the orders by their date, cancelled ones left out", () => {
    expect(lines("booked")).toEqual([
      [9, "E01", "Barcelona", "Mobles", "C-1", "P-1", 10000],
      [10, "E02", null, null, "C-2", "P-2", 20000],
      [11, null, null, null, "C-3", null, 30000],
    ]);
  });

  it("keeps a range's first and last days, on either basis", () => {
    const range = { first: nov(10), last: nov(11) };
    expect(lines("invoiced", range).map((l) => l[0])).toEqual([10, 11]);
    expect(lines("booked", range).map((l) => l[0])).toEqual([10, 11]);
    expect(lines("booked", { first: nov(11) }).map((l) => l[0])).toEqual([11]);
    expect(lines("booked", { last: nov(10) }).map((l) => l[0])).toEqual([9, 10]);
    expect(lines("invoiced", { last: nov(9) }).map((l) => l[0])).toEqual([9]);
  });
});

describe("the revenue index", () => {
  it("sums a key's days in a range, both ends included, and ignores days outside its own range", () => {
    const index = new RevenueIndex(nov(10), nov(20));
    const a = index.series("a");
    for (const [day, net] of [
      [9, 1],
      [10, 2],
      [15, 4],
      [20, 8],
      [21, 16],
    ])
      index.add(a, nov(day), net);
    index.add(index.series("a"), nov(15), 32); // the same series again, not a new one
    expect([
      index.sum("a", nov(10), nov(20)),
      index.sum("a", nov(1), nov(30)),
      index.sum("a", nov(11), nov(19)),
      index.sum("a", nov(15), nov(15)),
      index.sum("a", nov(20), nov(10)),
      index.sum("a", nov(21), nov(30)),
      index.sum("b", nov(10), nov(20)),
    ]).toEqual([46, 46, 36, 36, 0, 0, 0]);
  });

  it("holds nothing when its range is empty", () => {
    const index = new RevenueIndex(nov(10), nov(9));
    index.add(index.series("a"), nov(10), 5);
    expect(index.sum("a", nov(1), nov(30))).toBe(0);
  });
});
