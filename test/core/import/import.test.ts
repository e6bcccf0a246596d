/**
 * The import, driven by fixture workbooks in five languages (test/fixtures/import/NAME.json beside
 * NAME.expected.json, the `salesdesk import --json` answer), plus what must hold for any input.
 */
import { readdirSync } from "node:fs";
import fc from "fast-check";
import { XlsxWorkbook } from "../../../src/files/xlsxWorkbook";
import {
  prepareImport,
  readImportTarget,
  runImport,
  runImportInSteps,
  writeImport,
} from "../../../src/core/import/workbookImport";
import { importSheets } from "../../../src/core/import/importer";
import { planSheet, planSheets } from "../../../src/core/import/plan";
import { SOURCE_COLUMN } from "../../../src/core/import/rowRules";

import { agingAsOf } from "../../../src/core/receivables/aging";
import { readSalesData } from "../../../src/core/workbook/salesData";
import { dayOf } from "../../../src/core/kernel/dates";
import { convertCell } from "../../../src/core/locale/convert";
import { CONTRACT, ColumnDef, TABLE_NAMES, tableDef } from "../../../src/core/workbook/contract";
import { outputTable } from "../../../src/core/workbook/output";
import type { SheetCell, SheetGrid } from "../../../src/core/workbook/port";
import { FIXTURES, fixtureWorkbook, readFixture } from "../../helpers/fixtureWorkbook";
import expected from "../../fixtures/import/es-facturas.expected.json";
import { readable } from "../../helpers/english";

const names = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".json") && !f.endsWith(".expected.json"))
  .map((f) => f.replace(/\.json$/, ""));

async function imported(name: string) {
  const source = await XlsxWorkbook.load(await fixtureWorkbook(readFixture(name)));
  const out = new XlsxWorkbook();
  const prepared = await prepareImport(source, out);
  const result = runImport(prepared);
  await writeImport(out, result, prepared.target);
  return { source, out, prepared, result };
}

describe("import fixtures", () => {
  it("covers the five languages", () => {
    expect([...new Set(names.map((n) => n.slice(0, 2)))].sort()).toEqual(["ca", "de", "en", "es", "fr"]);
  });

  it.each(names)("%s: sheets, mappings and problems as expected", async (name) => {
    const { result } = await imported(name);
    const want = (await import(`../../fixtures/import/${name}.expected.json`)).default;
    expect(JSON.parse(JSON.stringify({ sheets: result.sheets, problems: readable(result.problems) }))).toEqual(want);
  });

  it.each(names)("%s: every row is imported or quarantined, and the output holds exactly those", async (name) => {
    const { out, result } = await imported(name);
    for (const s of result.sheets) expect(s.imported + s.quarantined).toBe(s.rows);
    for (const table of result.tables) {
      const data = (await out.readTable(table.table))!;
      const lines = result.sheets.filter((s) => s.table === table.table).reduce((n, s) => n + s.imported, 0);
      // each record names its source lines in "Imported from" ("Cobros!4+5": a payment and its return);
      // a payment recorded for an invoice declared paid names that invoice's line instead
      const [from, notes] = [data.headers.indexOf(SOURCE_COLUMN), data.headers.indexOf("Notes")];
      const own = data.rows.filter((r) => r[notes] !== "declared paid in the source; no payment record");
      expect(own.reduce((n, r) => n + String(r[from]).split("+").length, 0)).toBe(lines);
      expect(data.headers.slice(0, CONTRACT[table.table].columns.length)).toEqual(
        CONTRACT[table.table].columns.map((c) => c.name),
      );
    }
    const quarantined = result.sheets.reduce((n, s) => n + s.quarantined, 0);
    expect((await out.readTable("Quarantine"))?.rowCount ?? 0).toBe(quarantined);
  });

  it.each(names)("%s: no full card number reaches the output", async (name) => {
    const { out, result } = await imported(name);
    const text =
      JSON.stringify(result) +
      JSON.stringify(await Promise.all((await out.listSheets()).map((s) => out.readSheet(s.name))));
    expect(text.replace(/\D/g, " ")).not.toMatch(/4111 ?1111 ?1111 ?1111|4111111111111111/);
  });

  it("never touches the source sheets", async () => {
    const fixture = readFixture("es-facturas");
    const source = await XlsxWorkbook.load(await fixtureWorkbook(fixture));
    const before = JSON.stringify(await Promise.all(fixture.sheets.map((s) => source.readSheet(s.name))));
    const prepared = await prepareImport(source);
    await writeImport(source, runImport(prepared), prepared.target);
    expect(JSON.stringify(await Promise.all(fixture.sheets.map((s) => source.readSheet(s.name))))).toBe(before);
  });

  it("re-importing a sheet replaces its rows and keeps rows typed since", async () => {
    const source = await XlsxWorkbook.load(await fixtureWorkbook(readFixture("es-facturas")));
    const first = await prepareImport(source);
    await writeImport(source, runImport(first), first.target);
    const invoices = (await source.readTable("Invoices"))!;
    const typed = CONTRACT.Invoices.columns.map((c) =>
      c.name === "InvoiceNo"
        ? "2026-0099"
        : c.name === "IssueDate"
          ? 46353
          : c.name === "ClientID"
            ? "C-002"
            : c.name === "Net"
              ? 10
              : null,
    );
    await source.writeSheet({
      name: invoices.sheet,
      tables: [
        {
          name: "Invoices",
          columns: invoices.headers.map((header) => ({ header })),
          rows: [...invoices.rows, [...typed, ...invoices.headers.slice(typed.length).map(() => null)]],
        },
      ],
    });
    const again = await prepareImport(source);
    expect(again.grids.map((g) => g.name)).toEqual(["Facturas", "Clientes", "Cobros"]);
    const result = runImport(again);
    await writeImport(source, result, again.target);
    const after = (await source.readTable("Invoices"))!;
    expect(after.rowCount).toBe(invoices.rowCount + 1);
    const from = after.headers.indexOf(SOURCE_COLUMN);
    expect(new Set(after.rows.map((r) => r[from])).size).toBe(after.rowCount);
    expect((await source.readTable("Quarantine"))!.rowCount).toBe(result.quarantine.length);
  });

  it("reads times of day as typed (9.30, 10h30) or as Excel keeps them (0.375), and attendees as written", async () => {
    const { out } = await imported("ca-agenda");
    const meetings = (await out.readTable("Meetings"))!;
    const column = (name: string) => meetings.rows.map((r) => r[meetings.headers.indexOf(name)]);
    expect(column("Start")).toEqual(["09:30", "09:00", "tard"]);
    expect(column("End")).toEqual(["10:30", "10:30", null]);
    expect(column("Status")).toEqual(["Held", "Planned", null]);
    expect(column("Attendees")).toEqual(["Anna Puig, Marc Vidal", "Anna Puig", "Anna Puig"]);
  });

  it("the CLI's JSON keeps the issue's shape", () => {
    expect(Object.keys(expected)).toEqual(["sheets", "problems"]);
    // fields are added (the currency), never renamed
    expect(Object.keys(expected.sheets[0]).slice(0, 7)).toEqual([
      "sheet",
      "table",
      "headerRow",
      "columns",
      "rows",
      "imported",
      "quarantined",
    ]);
    expect(expected.problems.find((p) => p.row === 8)).toEqual({
      sheet: "Facturas",
      row: 8,
      column: "IssueDate",
      severity: "error",
      message: "'31/11/2026' is not a date",
    });
  });
});

describe("mapping by values", () => {
  it("maps an unnamed column of IBANs, and a user-chosen table is honoured", () => {
    const grid: SheetGrid = {
      name: "Hoja1",
      date1904: false,
      rows: [
        ["Código", "Nombre", "Correo", null],
        ["C1", "Uno", "uno@a.es", "ES91 2100 0418 4502 0005 1332"],
        ["C2", "Dos", "dos@a.es", "ES7921000813610123456789"],
      ],
    };
    const plan = planSheet(grid);
    expect(plan.table).toBe("Clients");
    expect(plan.columns.map((c) => c.column)).toEqual(["ClientID", "Name", "Email", "IBAN"]);
    expect(planSheet(grid, null).columns.every((c) => c.column === null)).toBe(true);
    expect(planSheet(grid, "Team").table).toBe("Team");
  });
});

const cell: fc.Arbitrary<SheetCell> = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "1.234,56 €",
    "31/11/2026",
    "Pagada",
    "TOTAL",
    "4111 1111 1111 1111",
    "ES91 2100 0418 4502 0005 1332",
    "",
    "Nota: x",
  ),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ min: new Date("1950-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
);

describe("import properties", () => {
  // Found by a random seed (1041754422): an unmatched column headed like a contract column overwrote it.
  it("an unmatched column headed like a contract column is kept beside it, never over it", () => {
    const day = (d: string) => new Date(`${d}T00:00:00.000Z`);
    const grid: SheetGrid = {
      name: "S",
      date1904: false,
      rows: [
        ["Título"],
        ["Código", "Nombre", "NIF", "E-mail", "IBAN"],
        ["C1", "Uno", null, "ES91 2100 0418 4502 0005 1332", day("1970-01-02")],
      ],
    };
    const plan = {
      ...planSheet(grid),
      columns: planSheet(grid).columns.map((c) => ({
        ...c,
        column: c.index === 3 ? "IBAN" : c.index === 4 ? null : c.column,
      })),
    };
    const result = importSheets([grid], [plan]);
    const clients = result.tables.find((t) => t.table === "Clients")!;
    expect(clients.extras).toContain("IBAN (2)");
    expect(clients.rows[0].values.get("IBAN")).toBe("ES9121000418450200051332");
    expect(clients.rows[0].values.get("IBAN (2)")).toBe(1);
  });

  it("reads a date in a typed column as no value of it, as check does: a date is not an IBAN, an e-mail or an amount", () => {
    const def = (table: "Clients" | "Invoices", name: string) => tableDef(table).columns.find((c) => c.name === name)!;
    const date = new Date(Date.UTC(2026, 1, 3));
    for (const [table, name] of [
      ["Clients", "IBAN"],
      ["Clients", "Email"],
      ["Invoices", "Total"],
      ["Invoices", "Status"],
    ] as const) {
      expect(convertCell(date, def(table, name), { mark: ",", order: "dmy", date1904: false })).toEqual({
        error: `'2026-02-03' is a date: ${name} holds no dates`,
      });
    }
    expect(convertCell(date, def("Clients", "Notes"), { mark: ",", order: "dmy", date1904: false })).toEqual({
      value: "2026-02-03",
    });
  });

  it("converting any cell to any contract column never throws", () => {
    const columns: ColumnDef[] = TABLE_NAMES.flatMap((t) => [...tableDef(t).columns]);
    fc.assert(
      fc.property(cell, fc.constantFrom(...columns), fc.constantFrom<"," | ".">(",", "."), (c, column, mark) => {
        const converted = convertCell(c, column, { mark, order: "dmy", date1904: false });
        expect(converted.error !== undefined || "value" in converted).toBe(true);
      }),
    );
  });

  it("for any sheet, imported + quarantined + held = rows, and every line is accounted for", () => {
    const header = fc.constantFrom(
      ["Nº Factura", "Fecha", "Cliente", "Base imponible", "Estado"],
      ["Código", "Nombre", "NIF", "E-mail", "IBAN"],
    );
    fc.assert(
      fc.property(header, fc.array(fc.array(cell, { minLength: 0, maxLength: 6 }), { maxLength: 25 }), (head, body) => {
        const grid: SheetGrid = { name: "S", date1904: false, rows: [["Título"], [...head], ...body] };
        const plan = planSheet(grid);
        const result = importSheets([grid], [plan]);
        const [s] = result.sheets;
        expect(s.imported + s.quarantined + (s.held ?? 0)).toBe(s.rows);
        if (s.held)
          expect([s.imported, s.quarantined, result.problems.some((p) => p.code === "import.heldBack")]).toEqual([
            0,
            0,
            true,
          ]);
        const staged = result.tables.filter((t) => t.table === plan.table).reduce((n, t) => n + t.rows.length, 0);
        expect(staged).toBe(s.imported);
        expect(result.quarantine.length).toBe(s.quarantined);
      }),
    );
  });
});

describe("real-world workbooks that hold no sales table", () => {
  const real = readdirSync(`${FIXTURES}/../real`).filter((f) => f.endsWith(".xlsx"));

  it.each(real)("%s: left alone, hidden annotation sheets not even read", async (file) => {
    const { readFileSync } = await import("node:fs");
    const source = await XlsxWorkbook.load(readFileSync(`${FIXTURES}/../real/${file}`));
    const hidden = (await source.listSheets()).filter((s) => !s.visible).map((s) => s.name);
    const prepared = await prepareImport(source, new XlsxWorkbook());
    const result = runImport(prepared);
    expect(result.sheets.filter((s) => s.table !== null)).toEqual([]);
    expect(result.sheets.map((s) => s.sheet).filter((s) => hidden.includes(s))).toEqual([]);
    expect(result.quarantine).toEqual([]);
  });
});

describe("card numbers in a card column", () => {
  it("keep only their last four digits, whether they pass the Luhn check or not", () => {
    const grid: SheetGrid = {
      name: "Kunden",
      date1904: false,
      rows: [
        ["KundenID", "Name", "Kreditkartennummer"],
        ["1", "Ana", "3742524762435870"],
        ["2", "Bo", "4539 5686 1232 6320"],
        ["3", "Cy", 4111111111111111],
      ],
    };
    const result = importSheets([grid], [planSheet(grid)]);
    const clients = result.tables.find((t) => t.table === "Clients")!;
    expect(clients.rows.map((r) => r.values.get("CardLast4"))).toEqual(["5870", "6320", "1111"]);
    expect(JSON.stringify(result)).not.toMatch(/\d{12}/);
  });
});

describe("a list of targets with no period column", () => {
  const grid: SheetGrid = {
    name: "Metas",
    date1904: false,
    rows: [
      ["Vendedor", "Metas"],
      ["Lilica", 10],
      ["Afonso", 200],
    ],
  };

  it("asks for the period once and imports nothing by guess; with a period every row is for it", () => {
    const plan = planSheet(grid);
    expect(plan.table).toBe("Targets");
    const without = importSheets([grid], [plan]);
    expect(without.sheets[0]).toMatchObject({ imported: 0, quarantined: 2 });
    expect(without.problems.filter((p) => p.column === "Period")).toEqual([
      expect.objectContaining({ severity: "error", row: 1 }),
    ]);
    const given = importSheets([grid], [plan], { period: "2026-11" });
    expect(
      given.tables[0].rows.map((r) => [r.values.get("Period"), r.values.get("Exec"), r.values.get("RevenueTarget")]),
    ).toEqual([
      ["2026-11", "Lilica", 10],
      ["2026-11", "Afonso", 200],
    ]);
  });

  it("writes no empty table when every row went to the Quarantine", async () => {
    const out = new XlsxWorkbook();
    const prepared = { grids: [grid], plans: [planSheet(grid)], target: { existing: new Map(), sheetNames: [] } };
    await writeImport(out, runImport(prepared), prepared.target);
    expect((await out.listTables()).map((t) => t.name)).toEqual(["Quarantine"]);
  });
});

describe("a French SIRET in a tax ID column", () => {
  it("is a tax ID, not a card number, even where it passes the Luhn check as a Diners number would", () => {
    const grid: SheetGrid = {
      name: "Clients",
      date1904: false,
      rows: [
        ["Code client", "Raison sociale", "SIRET"],
        ["C1", "Durand SARL", "36252187900035"],
      ],
    };
    const result = importSheets([grid], [planSheet(grid)]);
    expect(result.tables[0].rows[0].values.get("TaxID")).toBe("36252187900035");
    expect(result.problems.filter((p) => /card/.test(p.message))).toEqual([]);
  });
});

describe("the currency of a file", () => {
  it("is found in the amounts and recorded, never assumed to be the euro", () => {
    const grid: SheetGrid = {
      name: "Invoices",
      date1904: false,
      rows: [
        ["Invoice No", "Date", "Customer", "Amount"],
        ["INV1", "05/10/2024", "CUST01", "$1,200.00"],
        ["INV2", "06/10/2024", "CUST02", "$300.50"],
      ],
    };
    const result = importSheets([grid], [planSheet(grid)]);
    expect(result.sheets[0].currency).toBe("USD");
    expect(result.tables.find((t) => t.table === "Invoices")!.rows.map((r) => r.values.get("Currency"))).toEqual([
      "USD",
      "USD",
    ]);
    expect(result.currency).toBe("USD");
    // a workbook already set to another currency is not changed: the difference is said
    const kept = importSheets([grid], [planSheet(grid)], { currency: "EUR" });
    expect(kept.currency).toBeUndefined();
    expect(kept.problems.map((p) => p.message)).toContain(
      "amounts in USD, while the workbook's Currency setting is EUR",
    );
  });

  it("is written to the Settings table, beside the settings already there", async () => {
    const grid: SheetGrid = {
      name: "Pagos",
      date1904: false,
      rows: [
        ["Fecha", "Importe", "Forma de pago"],
        ["05/10/2024", "R$ 456,00", "Pix"],
      ],
    };
    const out = new XlsxWorkbook();
    await out.writeSheet({ name: "Settings", tables: [outputTable("Settings", [["Holiday", "2026-12-25"]])] });
    const prepared = { grids: [grid], plans: [planSheet(grid)], target: await readImportTarget(out) };
    await writeImport(out, runImport(prepared), prepared.target);
    expect((await out.readTable("Settings"))!.rows).toEqual([
      ["Holiday", "2026-12-25"],
      ["Currency", "BRL"],
    ]);
  });
});

describe("invoices a register calls paid", () => {
  it("are paid in the aging too: a payment declared in the source is recorded, dated by the sheet's paid date", async () => {
    const grid: SheetGrid = {
      name: "Factures",
      date1904: false,
      rows: [
        ["N° facture", "Date", "Client", "Montant HT", "TVA", "Montant TTC", "Statut", "Payée le"],
        ["F1", "02/10/2026", "C1", "100,00", "20,00", "120,00", "Payée", "15/10/2026"],
        ["F2", "03/10/2026", "C2", "50,00", "10,00", "60,00", "Envoyée", ""],
      ],
    };
    const out = new XlsxWorkbook();
    const prepared = { grids: [grid], plans: [planSheet(grid)], target: await readImportTarget(out) };
    const result = runImport(prepared);
    await writeImport(out, result, prepared.target);
    const payments = (await out.readTable("Payments"))!;
    const at = (h: string) => payments.headers.indexOf(h);
    expect(payments.rows.map((r) => [r[at("InvoiceNo")], r[at("Amount")], r[at("Status")], r[at("Notes")]])).toEqual([
      ["F1", 120, "Received", "declared paid in the source; no payment record"],
    ]);
    const aging = agingAsOf(await readSalesData(out), dayOf(2026, 11, 30));
    expect(aging.total.total).toBe(6000); // only F2 (60,00) is owed
  });
});

describe("a sales log with quantities and unit prices but no amount", () => {
  it("has its Net from quantity × unit price less the discount, and a sum typed under it is no record", () => {
    const grid: SheetGrid = {
      name: "Ventes",
      date1904: false,
      rows: [
        ["ID_Vente", "Date", "ID_Client", "ID_Produit", "Quantite_Vendue", "Prix_Unitaire", "Remise"],
        ["V1", "02/10/2026", "C1", "P1", 3, "12,50", "10 %"],
        ["V2", "03/10/2026", "C2", "P2", 2, "7,00", ""],
        [null, null, null, null, 5],
      ],
    };
    const result = importSheets([grid], [planSheet(grid)]);
    expect(result.sheets[0]).toMatchObject({ table: "Orders", rows: 2, imported: 2, quarantined: 0 });
    expect(result.tables[0].rows.map((r) => r.values.get("Net"))).toEqual([33.75, 14]);
    expect(result.problems.map((p) => p.message)).toContain("a total line: not imported");
  });
});

describe("master and detail sheets", () => {
  const day = (d: string) => new Date(`${d}T00:00:00.000Z`);

  it("order lines carry their order's date and client; the orders with lines are not imported twice", () => {
    const orders: SheetGrid = {
      name: "Ventas",
      date1904: false,
      rows: [
        ["id_venta", "fecha", "id_cliente", "total_venta"],
        [1, day("2026-10-01"), 39, 150],
        [2, day("2026-10-02"), 7, 80],
        [3, day("2026-10-03"), 8, 10],
      ],
    };
    const lines: SheetGrid = {
      name: "Detalle",
      date1904: false,
      rows: [
        ["id_detalle", "id_venta", "id_producto", "cantidad", "subtotal"],
        [1, 1, "P6", 5, 100],
        [2, 1, "P9", 1, 50],
        [3, 2, "P6", 4, 80],
      ],
    };
    const prepared = {
      grids: [orders, lines],
      plans: [planSheet(orders), planSheet(lines)],
      target: { existing: new Map(), sheetNames: [] },
    };
    const result = runImport(prepared);
    const staged = result.tables.find((t) => t.table === "Orders")!.rows;
    expect(
      staged.map((r) => [
        r.values.get("OrderID"),
        r.values.get("ClientID"),
        r.values.get("Net"),
        r.values.get(SOURCE_COLUMN),
      ]),
    ).toEqual([
      ["3", "8", 10, "Ventas!4"], // an order without lines stands as it is
      ["1", "39", 100, "Detalle!2+Ventas!2"],
      ["1", "39", 50, "Detalle!3+Ventas!2"],
      ["2", "7", 80, "Detalle!4+Ventas!3"],
    ]);
    expect(staged.slice(1).every((r) => r.values.get("OrderDate") !== null)).toBe(true);
    expect(result.sheets.map((s) => [s.sheet, s.rows, s.imported + s.quarantined, s.joinedInto])).toEqual([
      ["Ventas", 3, 3, "Detalle"],
      ["Detalle", 3, 3, undefined],
    ]);
  });

  it("an invoice's Net is the sum of its lines; a line of an invoice that is not there is quarantined", () => {
    const invoices: SheetGrid = {
      name: "Factures",
      date1904: false,
      rows: [
        ["IDFacture", "IDClient", "DateFacture"],
        [1, 35, day("2023-01-01")],
        [2, 11, day("2023-01-02")],
      ],
    };
    const lines: SheetGrid = {
      name: "Factures_detail",
      date1904: false,
      rows: [
        ["IDFactureDetail", "IDFacture", "IDProduit", "Quantite", "PrixUnitaire", "MontantLigne"],
        [1, 1, 4, 2, 270, 540],
        [2, 1, 7, 1, 100, 100],
        [3, 2, 4, 1, 270, 270],
        [4, 0, 4, 1, 270, 270],
      ],
    };
    const prepared = {
      grids: [invoices, lines],
      plans: [planSheet(invoices), planSheet(lines)],
      target: { existing: new Map(), sheetNames: [] },
    };
    const result = runImport(prepared);
    const staged = result.tables.find((t) => t.table === "Invoices")!.rows;
    expect(staged.map((r) => [r.values.get("InvoiceNo"), r.values.get("Net"), r.values.get(SOURCE_COLUMN)])).toEqual([
      ["1", 640, "Factures!2+Factures_detail!2+Factures_detail!3"],
      ["2", 270, "Factures!3+Factures_detail!4"],
    ]);
    expect(result.quarantine.map((q) => [q.sheet, q.row])).toEqual([["Factures_detail", 5]]);
  });
});

describe("tables side by side, and a sheet that copies another", () => {
  const rows = [
    ["TABLA DE ARTICULOS", null, null, "TABLA DE VENTAS"],
    ["CODIGO", "DESCRIPCION", null, "CODIGO", "CANTIDAD", "PRECIO TOTAL"],
    ["A001", "ARTICULO 01", null, "A002", 10, 500],
    ["A002", "ARTICULO 02", null, "A001", 5, 150],
  ];

  it("imports the first table and says the other is beside it; a copy of a sheet is left as it is", () => {
    const grids: SheetGrid[] = [
      { name: "BuscarV", date1904: false, rows },
      { name: "Copia", date1904: false, rows: rows.map((r) => [...r]) },
    ];
    const plans = planSheets(grids);
    expect(plans.map((p) => [p.table, p.columns.map((c) => c.column)])).toEqual([
      ["Products", ["SKU", "Name"]],
      [null, []],
    ]);
    expect(plans[1].why).toEqual("the same table as the sheet BuscarV");
    const result = importSheets(grids, plans);
    expect(result.problems.map((p) => p.message)).toContain(
      "another table stands beside this one, from column D: not imported (move it to a sheet of its own)",
    );
    // a list of products with no prices waits for her to choose the column that holds them
    expect(result.sheets[0]).toMatchObject({ rows: 2, imported: 0, quarantined: 0, held: 2 });
    expect(result.problems.map((p) => p.message)).toContain(
      "2 rows wait: nothing of this sheet is written until a column is chosen for UnitPrice",
    );
    const priced = importSheets(grids.slice(0, 1), [
      { ...plans[0], columns: [...plans[0].columns, { index: 4, header: "CANTIDAD", column: "UnitPrice" }] },
    ]);
    expect(priced.tables[0].rows.map((r) => r.values.get("SKU"))).toEqual(["A001", "A002"]);
  });
});

describe("a text column typed in two parts side by side", () => {
  it("is read as one: first and last name, street and house number", () => {
    const grid: SheetGrid = {
      name: "Kunden",
      date1904: false,
      rows: [
        ["KundenID", "Vorname", "Nachname", "Strasse", "Hausnummer", "PLZ", "Ort"],
        ["1", "Guinevere", "Bentley", "Tentum", 28, "41460", "Bremen"],
      ],
    };
    const plan = planSheet(grid);
    expect(plan.columns.map((c) => c.column)).toEqual([
      "ClientID",
      "Name",
      "Name",
      "Street",
      "Street",
      "PostalCode",
      "City",
    ]);
    const [row] = importSheets([grid], [plan]).tables[0].rows;
    expect([row.values.get("Name"), row.values.get("Street")]).toEqual(["Guinevere Bentley", "Tentum 28"]);
  });
});

describe("the import in steps", () => {
  it("reports its progress and gives the same result as the import in one go; an aborted run gives none", async () => {
    const rows = [
      ["Nº Factura", "Fecha", "Cliente", "Base imponible"],
      ...Array.from({ length: 4500 }, (_, i) => [`F${i}`, "02/10/2026", "C1", "10,00"]),
    ];
    const grid: SheetGrid = { name: "Facturas", date1904: false, rows };
    const prepared = { grids: [grid], plans: [planSheet(grid)], target: { existing: new Map(), sheetNames: [] } };
    const seen: [number, number][] = [];
    const stepped = await runImportInSteps(
      prepared,
      prepared.plans,
      {},
      (done, of) => seen.push([done, of]),
      async () => undefined,
    );
    expect(seen).toEqual([
      [2000, 4500],
      [4000, 4500],
    ]);
    const plain = (r: unknown) => JSON.stringify(r, (_, v) => (v instanceof Map ? [...v] : v));
    expect(plain(stepped)).toBe(plain(runImport(prepared)));
    const signal = { aborted: false };
    const aborted = runImportInSteps(
      prepared,
      prepared.plans,
      {},
      () => (signal.aborted = true),
      async () => undefined,
      signal,
    );
    await expect(aborted).resolves.toBeUndefined();
  });
});

describe("values veto a header", () => {
  it("a VAT amount is VAT, never the rate; a State of place names is no status; unknown status words cost no row", () => {
    const grid: SheetGrid = {
      name: "Factures",
      date1904: false,
      rows: [
        ["N° facture", "Date", "Client", "montant HT", "montant TVA 10%", "montant TTC", "State", "statut"],
        ["F1", "02/10/2026", "C1", "100,00", "10,00", "110,00", "Maharashtra", "Envoyée"],
        ["F2", "03/10/2026", "C2", "250,00", "25,00", "275,00", "Kerala", "à jour"],
        ["F3", "04/10/2026", "C3", "50,00", "5,00", "55,00", "Delhi", "Facturée"],
      ],
    };
    const plan = planSheet(grid);
    expect(Object.fromEntries(plan.columns.map((c) => [c.header, c.column]))).toMatchObject({
      "montant TVA 10%": "VAT",
      State: null,
      statut: "Status",
    });
    const result = importSheets([grid], [plan]);
    expect(result.sheets[0]).toMatchObject({ imported: 3, quarantined: 0 });
    expect(result.tables[0].rows.map((r) => r.values.get("Status"))).toEqual(["Issued", "à jour", "Issued"]);
  });
});
