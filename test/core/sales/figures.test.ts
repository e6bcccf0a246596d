import { FIGURES, Snapshot } from "../../../src/core/sales/figures";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { dayOf } from "../../../src/core/kernel/dates";
import { tableData } from "../../helpers/tables";

describe("figures over a snapshot", () => {
  it("reads date serials in the workbook's own date system", () => {
    const invoices = (date1904: boolean, serial: number) =>
      new Snapshot(
        salesDataFrom([
          tableData("Invoices", ["InvoiceNo", "IssueDate", "ClientID", "Net"], [["F1", serial, "C-1", 100]], {
            date1904,
          }),
        ]),
      );
    const today = dayOf(2026, 11, 30);
    // 27/11/2026 is serial 46353 counted from 1900 and 44891 from 1904
    expect(FIGURES.revenue(invoices(false, 46353), 46353)).toBe(100);
    expect(FIGURES.revenue(invoices(true, 44891), 44891)).toBe(100);
    expect(FIGURES.revenue(invoices(true, 44891), "2026-11-27")).toBe(100);
    expect(FIGURES.outstanding(invoices(true, 44891), null, 44891, today)).toBe(100);
  });

  it("sums any range in constant time, clipped to the data", () => {
    const s = new Snapshot(
      salesDataFrom([
        tableData(
          "Invoices",
          ["InvoiceNo", "IssueDate", "ClientID", "Net"],
          [
            ["F1", 46353, "C-1", 100],
            ["F2", 46354, "C-1", 50],
          ],
        ),
      ]),
    );
    expect(FIGURES.revenue(s, "2026")).toBe(150);
    expect(FIGURES.revenue(s, "2025")).toBe(0);
    expect(FIGURES.revenue(s, "2026-11-28")).toBe(50);
  });
});
