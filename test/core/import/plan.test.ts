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
      // one target column headed by a period is no list of periods
      needsPeriod(targets(["Objetivo", "RevenueTarget"], ["Enero 2026", "RevenueTarget"])),
      needsPeriod(targets(["Enero 2026", null], ["Febrero 2026", "RevenueTarget"])),
    ]).toEqual([true, true, false, false, false, true, true]);
  });
});

describe("a sheet's plan at its edges", () => {
  const columns = (plan: SheetPlan) => [plan.table, plan.columns.map((c) => c.column)];
  const monthly = (headers: string[], rows: SheetCell[][]) => grid("Obj", [headers, ...rows]);

  it("reads three periods alone as targets, a fit of exactly four values in five as enough, and whose targets from each column's own mapping", () => {
    const three = monthly(
      ["Nom", "Enero 2026", "Febrero 2026", "Marzo 2026"],
      [
        ["Anna", 1, 2, 3],
        ["Pere", 4, 5, 6],
      ],
    );
    expect(planSheet(three).table).toBe("Targets");
    const fifth = (cell: SheetCell) => [
      ["E01", 1, 1],
      ["E02", 2, 2],
      ["E03", 3, 3],
      ["E04", 4, 4],
      ["E05", cell, 5],
    ];
    const twoMonths = ["Comercial", "Enero 2026", "Febrero 2026"];
    expect(columns(planSheet(monthly(twoMonths, fifth("n/d"))))).toEqual([
      "Targets",
      ["Exec", "RevenueTarget", "RevenueTarget"],
    ]);
    const scoped = planSheet(
      monthly(
        ["Comercial", "Familia", "Objetivo anual", "Período", "Enero 2026", "Febrero 2026"],
        [["E01", "Pintura", 100, "2026", 1, 2]],
      ),
    );
    // a yearly total and a period beside the months are not read again: each month is its own record
    expect(columns(scoped)).toEqual(["Targets", ["Exec", "Category", null, null, "RevenueTarget", "RevenueTarget"]]);
  });

  it("reads two periods as targets only beside whose targets they are, three beside anything, and a yearly target beside them as no month's", () => {
    const periods = ["Enero 2026", "Febrero 2026", "Marzo 2026"];
    const beside = (other: string, cells: SheetCell[], n = 2) =>
      planSheet(
        monthly(
          [other, ...periods.slice(0, n)],
          cells.map((c, i) => [c, ...[1, 2, 3].slice(0, n).map((v) => v + i)]),
        ),
      );
    expect(columns(beside("Notas", ["x", "y"], 3))).toEqual([
      "Targets",
      [null, "RevenueTarget", "RevenueTarget", "RevenueTarget"],
    ]);
    // units are no one's: two months beside them are no targets
    expect(beside("Unidades", [10, 20]).table).toBeNull();
    const two = (who: string[], cells: SheetCell[]) =>
      planSheet(monthly([...who, ...periods.slice(0, 2)], [[...cells, 1, 2]]));
    expect(columns(two(["Comercial", "Observaciones"], ["E01", "x"]))).toEqual([
      "Targets",
      ["Exec", null, "RevenueTarget", "RevenueTarget"],
    ]);
    expect(columns(two(["Comercial", "Objetivo"], ["E01", 100]))).toEqual([
      "Targets",
      ["Exec", null, "RevenueTarget", "RevenueTarget"],
    ]);
  });

  it("reads a long sheet's columns from records spread over all of it, not its first ones", () => {
    const rows: SheetCell[][] = Array.from({ length: 450 }, (_, i) => [
      `C-${i + 1}`,
      `Client ${i + 1}`,
      i < 250 ? null : `client${i + 1}@exemple.cat`,
    ]);
    expect(columns(planSheet(grid("Clients", [["Codi", "Nom", ""], ...rows])))).toEqual([
      "Clients",
      ["ClientID", "Name", "Email"],
    ]);
  });

  it("takes as a hint only the titles over the table's own columns", () => {
    const right = codesAndNames.map((r) => [null, null, ...r]);
    expect(planSheet(grid("Hoja1", [["Comerciales"], ...right])).table).toBe("Clients");
  });

  it("keeps a survey's columns for a survey asked for or found, never for another table asked for", () => {
    const survey = grid("Respostes", [
      ["Marca temporal", "Nom", "Què en millorarieu?"],
      ["2026-11-02 10:00", "Anna", "Preus"],
      ["2026-11-03 11:00", "Pere", "Terminis"],
    ]);
    expect(planSheet(survey).table).toBe("Survey");
    expect(columns(planSheet(survey, "Survey"))).toEqual(columns(planSheet(survey)));
    expect(planSheet(survey, "Clients").table).toBe("Clients");
  });

  it("says which table came closest where none was recognised", () => {
    expect(
      planSheet(
        grid("Full1", [
          ["Factura", "Notas"],
          ["x", "y"],
        ]),
      ).why?.code,
    ).toBe("import.why.closest");
  });

  it("takes a file's name without its folders, however deep, nor its extension", () => {
    const one = (file: string) => planSheets([grid("Hoja1", codesAndNames)], file)[0].table;
    expect([one("C:\\Clientes\\comerciales.xlsx"), one("/home/ana/clientes/comerciales.v2.xlsx")]).toEqual([
      "Team",
      "Team",
    ]);
  });

  it("compares a copy cell by cell to its last column, under the same headers and with as many records, wherever both start", () => {
    const invoices: SheetCell[][] = [
      ["Factura", "Cliente", "Importe"],
      ["F1", "C1", 10],
      ["F2", "C2", 20],
    ];
    const second = (first: SheetCell[][], rows: SheetCell[][]) =>
      planSheets([grid("Facturas", first), grid("Copia", rows)])[1].table;
    const shifted = (rows: SheetCell[][]) => rows.map((r) => [null, ...r]);
    expect(second(shifted(invoices), shifted(invoices))).toBeNull();
    const changed = (row: number, column: number, cell: SheetCell) =>
      invoices.map((r, i) => (i === row ? r.map((c, j) => (j === column ? cell : c)) : r));
    expect([
      second(invoices, changed(2, 2, 21)),
      second(invoices, changed(1, 1, new Date(Date.UTC(2026, 0, 2)))),
      second(invoices, changed(0, 1, "Razón social")),
      second(invoices.slice(0, 2), invoices),
    ]).toEqual(["Invoices", "Invoices", "Invoices", "Invoices"]);
  });

  it("leaves a copy alone when only a total line below the records differs", () => {
    const invoices: SheetCell[][] = [
      ["Factura", "Cliente", "Importe"],
      ["F1", "C1", 10],
      ["F2", "C2", 20],
    ];
    const plans = planSheets([
      grid("Facturas", [...invoices, [null, "Total", 30]]),
      grid("Copia", [...invoices, [null, "TOTAL", 30]]),
    ]);
    expect(plans.map((p) => p.table)).toEqual(["Invoices", null]);
  });
});
