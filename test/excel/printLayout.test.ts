import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { fitScale } from "../../src/excel/printLayout";
import type { SheetOutput } from "../../src/core/workbook/port";
import { LiveExcel } from "../helpers/liveExcel";

/** A report as wide as a manager's page: a dozen columns of long labels. */
const wide: SheetOutput = {
  name: "Report",
  title: "Weekly report",
  print: { landscape: true, fitToWidth: true, titleRows: 1 },
  tables: [
    {
      name: "ReportWide",
      columns: Array.from({ length: 12 }, (_, i) => ({ header: `Attainment of the region number ${i + 1}` })),
      rows: [Array.from({ length: 12 }, () => "On target")],
    },
  ],
};

describe("a report printed one page wide, in Excel as it is", () => {
  it("sets a scale that fits the page when Excel leaves 'fit to one page wide' unset (office-js#1860)", async () => {
    const excel = new LiveExcel();
    await new ExcelWorkbook(excel.run).writeSheet(wide);
    const sheet = excel.model.sheet("Report")!;
    const width = [...sheet.widths.values()].reduce((a, b) => a + b, 0);
    expect(sheet.zoom.horizontalFitToPages).toBeUndefined();
    expect(sheet.zoom.scale).toBe(fitScale(width, true));
    expect((width * sheet.zoom.scale!) / 100).toBeLessThanOrEqual((11.69 - 1.4) * 72);
    expect(sheet.zoom.scale).toBeLessThan(100);
  });

  it("keeps 'fit to one page wide' where Excel takes it, with no round trip more", async () => {
    const excel = new LiveExcel();
    excel.model.pageLayoutTabOpened = true;
    await new ExcelWorkbook(excel.run).writeSheet(wide);
    const tabOpenedSyncs = excel.syncs;
    expect(excel.model.sheet("Report")!.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    const other = new LiveExcel();
    await new ExcelWorkbook(other.run).writeSheet(wide);
    expect(other.syncs).toBe(tabOpenedSyncs + 1);
  });

  it("never scales up a narrow sheet nor below Excel's 10 %", () => {
    expect(fitScale(200, false)).toBe(100);
    expect(fitScale(100_000, true)).toBe(10);
    expect(fitScale(741, true)).toBe(99);
  });
});
