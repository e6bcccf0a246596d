/**
 * Two small contracts at the workbook's edge: the Excel number formats output cells get (money in the
 * workbook's currency, dates read as dates), and the data file the Excel pane hands the Word pane.
 */
import { isDateFormat, numberFormat, NUMBER_FORMATS } from "../../../src/core/workbook/formats";
import { dataFile, readDataFile } from "../../../src/core/workbook/dataFile";
import { english } from "../../helpers/english";
import { tableData } from "../../helpers/tables";

describe("number formats", () => {
  it("writes money in the workbook's currency: the euro's own format, a known symbol, else the ISO code", () => {
    expect(numberFormat("money")).toBe(NUMBER_FORMATS.money);
    expect(numberFormat("money", "EUR")).toBe('#,##0.00 "€";[Red]-#,##0.00 "€"');
    expect(numberFormat("money", "USD")).toBe('#,##0.00 "$";[Red]-#,##0.00 "$"');
    expect(numberFormat("money", "BRL")).toBe('#,##0.00 "R$";[Red]-#,##0.00 "R$"');
    expect(numberFormat("money", "SEK")).toBe('#,##0.00 "SEK";[Red]-#,##0.00 "SEK"');
    // a quote in a code read from a cell would end Excel's literal early
    expect(numberFormat("money", 'X"Y')).toBe('#,##0.00 "XY";[Red]-#,##0.00 "XY"');
  });

  it("leaves every other format as it is, whatever the currency", () => {
    for (const format of ["text", "date", "percent", "integer", "number"] as const)
      expect([format, numberFormat(format, "USD")]).toEqual([format, NUMBER_FORMATS[format]]);
    expect(NUMBER_FORMATS.date).toBe("dd/mm/yyyy");
    expect(NUMBER_FORMATS.text).toBe("@");
  });

  it("tells a date format by its day or year codes, or a month name, outside quotes, brackets and escapes", () => {
    const dates = ["dd/mm/yyyy", "D/M/YYYY", "yy", "mmm-yy", "[$-ca-ES]dddd", "d", 'd "de" mmmm'];
    const others = ['#,##0.00 "€"', '"day" 0', "[h]:mm:ss", "mm:ss", "0.00\\d", "General", "@", '0 "yd"', "[Red]0"];
    expect(dates.filter(isDateFormat)).toEqual(dates);
    expect(others.filter(isDateFormat)).toEqual([]);
  });
});

describe("the data file", () => {
  const invoices = tableData("Invoices", ["InvoiceNo", "Net"], [["2026-0001", 100]]);

  it("carries the contract's tables over as they were read", () => {
    const text = dataFile([invoices]);
    expect(JSON.parse(text)).toEqual({ format: "salesdesk-data/1", tables: [invoices] });
    expect(readDataFile(text)).toEqual({ ok: true, value: [invoices] });
  });

  it("keeps only the contract's tables that have headers and rows", () => {
    const text = JSON.stringify({
      format: "salesdesk-data/1",
      tables: [
        null,
        { ...invoices, name: "Sheet1" },
        { ...invoices, name: "Clients", headers: "ClientID" },
        { ...invoices, name: "Orders", rows: {} },
        { ...invoices, name: "Team" },
      ],
    });
    expect(readDataFile(text)).toEqual({ ok: true, value: [{ ...invoices, name: "Team" }] });
  });

  it("refuses text that is not JSON, or not ours", () => {
    const refused = (text: string) => {
      const r = readDataFile(text);
      return r.ok ? "read" : english(r.error);
    };
    expect(refused("PK\u0003\u0004")).toBe("this is not a Sales Admin Desk data file (not JSON)");
    expect(refused('{"format":"salesdesk-data/2","tables":[]}')).toBe("this is not a Sales Admin Desk data file");
    expect(refused('{"format":"salesdesk-data/1","tables":{}}')).toBe("this is not a Sales Admin Desk data file");
    expect(refused("[]")).toBe("this is not a Sales Admin Desk data file");
  });
});
