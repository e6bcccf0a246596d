/**
 * A sheet's plan (plan.ts) at the edges of what it reads besides the headers: the file's name and the
 * titles above the header as hints, a copy of a sheet left alone, targets laid out one column per
 * period, and when a list of targets needs the admin's period.
 */
import { needsPeriod, planSheet, planSheets, type SheetPlan } from "../../../src/core/import/plan";
import type { SheetCell, SheetGrid } from "../../../src/core/workbook/port";

const grid = (name: string, rows: SheetCell[][]): SheetGrid => ({ name, date1904: false, rows });
const table = (plan: SheetPlan) => [plan.table, plan.headerRow];
/** Codes and names: a client list, unless something else says whose. */
const codesAndNames: SheetCell[][] = [
  ["Código", "Nombre"],
  ["A1", "Pere"],
  ["A2", "Anna"],
  ["A3", "Joan"],
];

describe("a sheet's plan", () => {
  it("takes the file's name as a hint for its one sheet, never for a sheet of several", () => {
    expect(planSheets([grid("Hoja1", codesAndNames)], "C:\\Vendes\\comerciales.xlsx").map(table)).toEqual([
      ["Team", 1],
    ]);
    expect(
      planSheets([grid("Hoja1", codesAndNames), grid("Hoja2", [["x"], [1]])], "comerciales.xlsx").map((p) => p.table),
    ).toEqual(["Clients", null]);
  });

  it("takes the titles of the three rows above the header as a hint, not those further up", () => {
    const titled = (blank: number) =>
      planSheet(grid("Hoja1", [["Comerciales"], ...Array.from({ length: blank }, () => [null]), ...codesAndNames]));
    expect([titled(0), titled(2), titled(3)].map(table)).toEqual([
      ["Team", 2],
      ["Team", 4],
      ["Clients", 5],
    ]);
  });

  it("leaves a copy of a sheet before it alone (dates compared by their moment, wherever the table starts), not a sheet that differs", () => {
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    const invoices: SheetCell[][] = [
      ["Factura", "Fecha", "Cliente", "Importe"],
      ["F1", day("2026-01-02"), "C1", 10],
      ["F2", day("2026-01-03"), "C2", 20],
    ];
    const copy = invoices.map((r) => r.map((c) => (c instanceof Date ? new Date(c.getTime()) : c)));
    const second = (rows: SheetCell[][]) => planSheets([grid("Facturas", invoices), grid("Copia", rows)])[1];
    expect(second(copy)).toEqual({
      sheet: "Copia",
      table: null,
      headerRow: 1,
      columns: [],
      why: { code: "import.why.copy", params: { sheet: "Facturas" } },
    });
    expect(second(copy.map((r) => [null, ...r])).table).toBeNull();
    const redated = copy.map((r, i) => (i === 2 ? [r[0], day("2026-01-04"), r[2], r[3]] : r));
    expect([second(redated).table, second(copy.slice(0, 2)).table]).toEqual(["Invoices", "Invoices"]);
  });

  it("reads three periods side by side holding amounts as targets laid out wide, two beside whose they are; periods of words are not", () => {
    const wide = (n: number, values = [1, 2, 3], who = "Comercial") =>
      grid("Obj", [
        [who, ...["Enero 2026", "Febrero 2026", "Marzo 2026"].slice(0, n)],
        ["E01", ...values.slice(0, n)],
        ["E02", ...values.slice(0, n)],
      ]);
    const columns = (plan: SheetPlan) => [plan.table, plan.columns.map((c) => c.column)];
    expect(columns(planSheet(wide(3)))).toEqual([
      "Targets",
      ["Exec", "RevenueTarget", "RevenueTarget", "RevenueTarget"],
    ]);
    expect(columns(planSheet(wide(3), "Targets"))).toEqual(columns(planSheet(wide(3))));
    expect(columns(planSheet(wide(2)))).toEqual(["Targets", ["Exec", "RevenueTarget", "RevenueTarget"]]);
    expect(columns(planSheet(wide(2, [1, 2], "Zona")))).toEqual([
      "Targets",
      ["Region", "RevenueTarget", "RevenueTarget"],
    ]);
    // a client's sales of two months are no targets; nor is one period alone
    expect([planSheet(wide(2, [1, 2], "Cliente")).table, planSheet(wide(1)).table]).toEqual([null, null]);
    expect(planSheet(wide(3, ["a", "b", "c"] as never)).table).not.toBe("Targets");
    expect(columns(planSheet(wide(3), "Orders"))).toEqual(["Orders", ["Exec", null, null, null]]);
  });

  it("asks the admin for the period of a list of targets with no Period column and fewer than two columns of periods", () => {
    const targets = (...columns: [string, string | null][]): SheetPlan => ({
      sheet: "Obj",
      table: "Targets",
      headerRow: 1,
      columns: columns.map(([header, column], index) => ({ index, header, column })),
    });
    expect([
      needsPeriod(targets(["Comercial", "Exec"], ["Objetivo", "RevenueTarget"])),
      needsPeriod(targets(["Comercial", "Exec"], ["Enero 2026", "RevenueTarget"])),
      needsPeriod(targets(["Enero 2026", "RevenueTarget"], ["Febrero 2026", "RevenueTarget"])),
      needsPeriod(targets(["Mes", "Period"], ["Objetivo", "RevenueTarget"])),
      needsPeriod({ ...targets(["Objetivo", "RevenueTarget"]), table: "Orders" }),
    ]).toEqual([true, true, false, false, false]);
  });
});
