/**
 * An invoice whose amounts do not add up is said for its row (issue 31), and one whose total holds a
 * recargo de equivalencia or an IRPF withholding at their rates is not.
 */
import { importSheets } from "../../../src/core/import/importer";
import { planSheet } from "../../../src/core/import/plan";
import type { SheetGrid } from "../../../src/core/workbook/port";

const register: SheetGrid = {
  name: "Factures",
  date1904: false,
  rows: [
    ["Núm. factura", "Data", "Client", "Base", "IVA", "Total"],
    ["F-1", "02/11/2026", "C-1", 120, 0, 132], // 120 + 0 is not 132
    ["F-2", "03/11/2026", "C-2", 100, 21, 121],
    ["F-3", "04/11/2026", "C-3", 100, 21, 126.2], // + 5.2 % recargo de equivalencia
    ["F-4", "05/11/2026", "C-4", 1000, 210, 1060], // − 15 % IRPF
    ["F-5", "06/11/2026", "C-5", 33.33, 7, 40.34], // a cent of rounding
    ["F-6", "07/11/2026", "C-6", 100, 21, 125], // four euros over
  ],
};

describe("amounts that do not add up", () => {
  it("are said for their rows, the rows kept as typed", () => {
    const result = importSheets([register], [planSheet(register)]);
    const said = result.problems.filter((p) => p.code === "import.totalsDiffer");
    expect(said.map((p) => [p.row, p.column, p.severity])).toEqual([
      [2, "Total", "warning"],
      [7, "Total", "warning"],
    ]);
    expect(said[0].params).toEqual({ net: 120, vat: 0, total: 132 });
    expect(result.sheets[0]).toMatchObject({ imported: 6, quarantined: 0 });
    expect(result.tables[0].rows[0].values.get("Total")).toBe(132);
  });
});
