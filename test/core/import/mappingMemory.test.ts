/**
 * The import remembers the admin's corrections (issue 31): kept in the workbook by the sheet's headers,
 * applied to the next sheet with the same headers in any order or case, the newest choice winning.
 */
import {
  applyMemory,
  corrected,
  headerSignature,
  MAPPINGS_TABLE,
  readMemory,
  remember,
  saveCorrections,
} from "../../../src/core/import/mappingMemory";
import { planSheet } from "../../../src/core/import/plan";
import { prepareImport } from "../../../src/core/import/workbookImport";
import { XlsxWorkbook } from "../../../src/files/xlsxWorkbook";
import { CONTRACT, TABLE_NAMES } from "../../../src/core/workbook/contract";
import { columnLabel, tableLabel } from "../../../src/core/locale/contractNames";
import type { SheetGrid } from "../../../src/core/workbook/port";

const november: SheetGrid = {
  name: "Novembre",
  date1904: false,
  rows: [
    ["Codi", "Raó", "Notes de ruta"],
    ["C-1", "Fusteria Puig", "dilluns"],
    ["C-2", "Ferros Vila", "dimarts"],
  ],
};
const december: SheetGrid = {
  name: "Desembre",
  date1904: false,
  rows: [
    ["NOTES DE RUTA", "codi", "Rao"],
    ["dijous", "C-3", "Olis Soler"],
  ],
};
const herChoice = { tables: new Map([["Novembre", "Clients" as const]]), columns: new Map([["rao", "Name"]]) };

describe("the import's memory of the admin's corrections", () => {
  it("keys a sheet by its headers, whatever their order, case and accents", () => {
    expect(headerSignature(["Codi", "Raó", "Notes de ruta"])).toBe(headerSignature(["NOTES DE RUTA", "codi", "Rao"]));
    expect(headerSignature(["Codi", "Raó"])).not.toBe(headerSignature(["Codi", "Raó", "Notes de ruta"]));
  });

  it("reads the next month's sheet as she corrected this one, and says so", () => {
    const [plan] = corrected([planSheet(november)], [november], herChoice);
    expect(plan).toMatchObject({ table: "Clients", corrected: true });
    expect(plan.columns.find((c) => c.header === "Raó")?.column).toBe("Name");
    const memory = remember([], [plan], "2026-11-30");
    const next = applyMemory(planSheet(december), memory);
    expect(next).toMatchObject({ table: "Clients", asLastTime: true });
    expect(Object.fromEntries(next.columns.map((c) => [c.header, c.column]))).toMatchObject({
      Rao: "Name",
      codi: "ClientID",
    });
  });

  it("takes a column she gave to one header from any other that had it", () => {
    const [plan] = corrected([planSheet(november, "Clients")], [november], {
      tables: new Map(),
      columns: new Map([["notes de ruta", "Name"]]),
    });
    expect(plan.columns.filter((c) => c.column === "Name").map((c) => c.header)).toEqual(["Notes de ruta"]);
  });

  it("keeps one choice per set of headers, the newest winning, and a sheet she called no table stays none", () => {
    const [asClients] = corrected([planSheet(november)], [november], herChoice);
    const [asNothing] = corrected([planSheet(november)], [november], {
      tables: new Map([["Novembre", null]]),
      columns: new Map(),
    });
    const memory = remember(remember([], [asClients], "2026-11-30"), [asNothing], "2026-12-01");
    expect(memory).toHaveLength(1);
    expect(applyMemory(planSheet(december), memory)).toMatchObject({ table: null, asLastTime: true });
  });

  it("is kept in the workbook as a sheet she can read, and the next import there applies it", async () => {
    const workbook = XlsxWorkbook.fromSheets([november]);
    const [plan] = corrected([planSheet(november)], [november], herChoice);
    await saveCorrections(workbook, [plan], "2026-11-30", "en");
    const table = await workbook.readTable(MAPPINGS_TABLE);
    expect(table?.rows).toEqual([
      [
        headerSignature(["Codi", "Raó", "Notes de ruta"]),
        "Clients",
        "codi = ClientID\nrao = Name\nnotes de ruta = Notes",
        "2026-11-30",
      ],
    ]);
    await expect(readMemory(workbook)).resolves.toHaveLength(1);
    // next month's export, added beside it
    const next = XlsxWorkbook.fromSheets([november, december]);
    await saveCorrections(next, [plan], "2026-11-30", "en");
    const prepared = await prepareImport(next);
    expect(prepared.plans.map((p) => [p.sheet, p.table, p.asLastTime])).toEqual([
      ["Novembre", "Clients", true],
      ["Desembre", "Clients", true],
    ]);
  });

  it("ignores a row edited into a table that does not exist rather than guess", async () => {
    const workbook = XlsxWorkbook.fromSheets([november]);
    const [plan] = corrected([planSheet(november)], [november], herChoice);
    await saveCorrections(workbook, [plan], "2026-11-30", "en");
    await workbook.rewriteColumn(MAPPINGS_TABLE, "Table", () => "Clientss");
    await expect(readMemory(workbook)).resolves.toEqual([]);
  });
});

describe("the memory at its edges", () => {
  const signature = headerSignature(["Codi", "Raó", "Notes de ruta"]);
  const remembered = (
    table: "Clients" | "Products" | null,
    columns: [string, string | null][],
    saved = "2026-11-30",
  ) => ({
    headers: signature,
    table,
    columns: new Map(columns),
    saved,
  });

  it("keys a sheet without its blank headers", () => {
    expect(headerSignature(["Codi", "", "Raó", " "])).toBe(headerSignature(["Raó", "Codi"]));
  });

  it("applies the newest choice for the headers, leaves a column the table no longer has as proposed, and a sheet with no header as it is", () => {
    const proposed = planSheet(november);
    const memory = [
      remembered("Products", [["rao", "Name"]], "2026-10-31"),
      remembered("Clients", [
        ["rao", "Name"],
        ["codi", "Price"],
        ["notes de ruta", null],
      ]),
    ];
    const applied = applyMemory(proposed, memory);
    expect([applied.table, applied.asLastTime, applied.columns.map((c) => c.column)]).toEqual([
      "Clients",
      true,
      [proposed.columns[0].column, "Name", null],
    ]);
    expect(applyMemory({ ...proposed, headerRow: null }, memory)).toEqual({ ...proposed, headerRow: null });
    expect(applyMemory(proposed, [{ ...memory[1], headers: "codi | rao" }])).toBe(proposed);
    // a sheet she called no table keeps no column
    expect(applyMemory(proposed, [remembered(null, [["rao", "Name"]])]).columns.map((c) => c.column)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it("remembers a sheet of no table with no columns, and the newest last", () => {
    const noTable = { ...planSheet(november), table: null };
    const other = planSheet(december);
    const memory = remember(
      [remembered("Clients", [])],
      [noTable, { ...other, columns: other.columns.slice(1) }],
      "2026-12-01",
    );
    expect(memory.map((m) => [m.headers, m.table, [...m.columns.values()], m.saved])).toEqual([
      [signature, null, [null, null, null], "2026-12-01"],
      [headerSignature(["codi", "Rao"]), other.table, other.columns.slice(1).map((c) => c.column), "2026-12-01"],
    ]);
  });

  it("ignores a correction to a column the table has not, and a plan nobody corrected stays the same plan", () => {
    const proposed = planSheet(november, "Clients");
    const [plan] = corrected([proposed], [november], { tables: new Map(), columns: new Map([["rao", "OrderDate"]]) });
    expect(plan).toBe(proposed);
  });

  it("reads back, in Catalan, a sheet of no table and a column kept as it is; lines that are no pair are skipped", async () => {
    const workbook = XlsxWorkbook.fromSheets([november]);
    const noTable = corrected([planSheet(november)], [november], {
      tables: new Map([["Novembre", null]]),
      columns: new Map(),
    });
    await saveCorrections(workbook, noTable, "2026-11-30", "ca");
    expect((await workbook.listTables()).find((t) => t.name === MAPPINGS_TABLE)?.headers).toEqual([
      "Capçaleres",
      "Taula",
      "Columnes",
      "Desada",
    ]);
    await workbook.rewriteColumn(MAPPINGS_TABLE, "Columnes", (c) => `${String(c)}\nno pair here\n = `);
    const [read] = await readMemory(workbook);
    expect([read.table, [...read.columns], read.saved]).toEqual([
      null,
      [
        ["codi", null],
        ["rao", null],
        ["notes de ruta", null],
        ["", ""],
      ],
      "2026-11-30",
    ]);
  });

  it("writes nothing where there is nothing to keep", async () => {
    const workbook = XlsxWorkbook.fromSheets([november]);
    await saveCorrections(workbook, [], "2026-11-30", "en");
    expect(await workbook.tableNames()).toEqual([]);
    await saveCorrections(workbook, [], "2026-11-30", "en", [remembered("Clients", [["rao", "Name"]])]);
    expect((await readMemory(workbook)).map((m) => m.table)).toEqual(["Clients"]);
  });
});

describe("the memory's every choice", () => {
  const headers = (plan: { columns: { header: string; column: string | null }[] }) =>
    Object.fromEntries(plan.columns.map((c) => [c.header, c.column]));

  it("writes its key as the folded headers in order, parted by a bar", () => {
    expect(headerSignature(["Raó", "  Codi "])).toBe("codi | rao");
  });

  it("applies a column she kept as it is, and a column no proposal would have made", () => {
    const proposed = planSheet(november, "Clients");
    expect(proposed.columns[0].column).toBe("ClientID");
    const memory = remember([], [proposed], "2026-11-30").map((m) => ({
      ...m,
      columns: new Map([
        ["codi", null],
        ["rao", "Street"],
      ]),
    }));
    expect(headers(applyMemory(proposed, memory))).toMatchObject({ Codi: null, Raó: "Street" });
  });

  it("makes a correction of the table alone, of a column to none, and of each sheet from its own grid", () => {
    const [products] = corrected([planSheet(november)], [november], {
      tables: new Map([["Novembre", "Products"]]),
      columns: new Map(),
    });
    expect([products.table, products.corrected]).toEqual(["Products", true]);
    const [none] = corrected([planSheet(november, "Clients")], [november], {
      tables: new Map(),
      columns: new Map([["codi", null]]),
    });
    expect([headers(none).Codi, none.corrected]).toEqual([null, true]);
    const [first, second] = corrected([planSheet(november), planSheet(december)], [november, december], {
      tables: new Map([["Desembre", "Clients"]]),
      columns: new Map(),
    });
    expect([first.corrected, second.sheet, Object.keys(headers(second))]).toEqual([
      undefined,
      "Desembre",
      ["NOTES DE RUTA", "codi", "Rao"],
    ]);
  });

  it("takes a column she gave to one header from the header that had it, which keeps no column", () => {
    const [plan] = corrected([planSheet(november, "Clients")], [november], {
      tables: new Map(),
      columns: new Map([["notes de ruta", "Name"]]),
    });
    expect(headers(plan)).toEqual({ Codi: "ClientID", Raó: null, "Notes de ruta": "Name" });
  });

  it("reads a row of blank cells as a sheet of no table, and a pair with spaces around its parts", async () => {
    const workbook = XlsxWorkbook.fromSheets([november]);
    const [plan] = corrected([planSheet(november)], [november], herChoice);
    await saveCorrections(workbook, [plan], "2026-11-30", "en");
    await workbook.rewriteColumn(MAPPINGS_TABLE, "Columns", () => "  rao  =  Name  \n codi = — ");
    const [spaced] = await readMemory(workbook);
    expect([...spaced.columns]).toEqual([
      ["rao", "Name"],
      ["codi", null],
    ]);
    for (const column of ["Headers", "Table", "Columns", "Saved"])
      await workbook.rewriteColumn(MAPPINGS_TABLE, column, () => null);
    const [blank] = await readMemory(workbook);
    expect([blank.headers, blank.table, blank.columns.size, blank.saved]).toEqual(["", null, 0, ""]);
  });
});

/** Words Catalan and Spanish write as the contract does. */
const SAME_IN_EVERY_LANGUAGE = new Set(["IBAN", "Total", "Segment", "Notes"]);

describe("the contract's names in the admin's words", () => {
  it("has a Catalan and a Spanish name for every table and column, and English spaces the contract's", () => {
    for (const table of TABLE_NAMES) {
      for (const language of ["ca", "es"] as const) expect(tableLabel(table, language)).not.toBe("");
      for (const column of CONTRACT[table].columns)
        for (const language of ["ca", "es"] as const)
          if (!SAME_IN_EVERY_LANGUAGE.has(column.name))
            expect([column.name, columnLabel(column.name, language)]).not.toEqual([
              column.name,
              columnLabel(column.name, "en"),
            ]);
    }
    expect([columnLabel("IssueDate", "ca"), columnLabel("VATRate", "en"), columnLabel("CardLast4", "en")]).toEqual([
      "Data d'emissió",
      "VAT Rate",
      "Card Last 4",
    ]);
  });
});
