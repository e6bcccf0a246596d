/**
 * Small parts of the import: the keys it gives new rows, how it says one warning a thousand times, a
 * period typed in two columns, a line's Net from its quantity and price, and the workbook's currency.
 */
import { keys, TakenKeys } from "../../../src/core/import/takenKeys";
import { summarizeRepeats } from "../../../src/core/import/repeats";
import { problem } from "../../../src/core/workbook/problems";
import type { TableName } from "../../../src/core/workbook/contract";
import { periodOfParts, periodParts } from "../../../src/core/import/periodParts";
import { derivedNet, netParts } from "../../../src/core/import/derivedNet";
import {
  currencySetting,
  recordCurrency,
  recordInvoiceCurrency,
  sheetCurrency,
} from "../../../src/core/import/currency";
import type { ImportResult } from "../../../src/core/import/result";
import { columnDef } from "../../../src/core/workbook/contract";
import type { ColumnContext } from "../../../src/core/locale/convert";
import type { OutputCell, SheetCell, SheetGrid } from "../../../src/core/workbook/port";
import { english } from "../../helpers/english";
import { periodColumnsOf } from "../../../src/core/import/sheetColumns";
import { declaredPayments, paidOnOf } from "../../../src/core/import/declaredPayments";
import { ColumnValues, SOURCE_COLUMN } from "../../../src/core/import/rowRules";
import { dayOf } from "../../../src/core/kernel/dates";
import { render, say } from "../../../src/core/kernel/messages";
import { planSheet } from "../../../src/core/import/plan";
import { importSheets } from "../../../src/core/import/importer";

describe("keys taken while an import runs", () => {
  it("go on past the highest generated key seen, whatever else the column holds, in any order", () => {
    const taken = new TakenKeys("Clients");
    for (const key of ["C-0009", "C-12", "X-50", "C-abc", "C-0003"]) taken.set(key, "Clients!A2");
    expect(taken.next("Clients!A9")).toBe("C-0013");
    expect(taken.next("Clients!A10")).toBe("C-0014");
    expect(taken.get("C-0013")).toBe("Clients!A9");
    const big = new TakenKeys("Payments");
    big.set("P-99999", "x");
    expect(big.next("y")).toBe("P-100000");
    expect(new TakenKeys("Visits").next("z")).toBe("V-0001");
  });

  it("are one set a table for the whole run", () => {
    const all = new Map<TableName, TakenKeys>();
    keys(all, "Clients").set("C-0001", "a");
    expect(keys(all, "Clients").next("b")).toBe("C-0002");
    expect(keys(all, "Team").size).toBe(0);
    expect([...all.keys()]).toEqual(["Clients", "Team"]);
  });
});

describe("repeated warnings", () => {
  const warning = (row: number, column = "Net") =>
    problem("Vendes", row, column, "warning", say("cell.roundedToCent", { value: "'1.005'", amount: 1.01 }));
  const error = (row: number) => problem("Vendes", row, "Net", "error", say("cell.notAmount", { value: "'x'" }));

  it("are said twice, then once more with how many more there are (the rows not shown); three are said as they are", () => {
    const four = summarizeRepeats([warning(2), warning(3), error(4), warning(5), warning(6)]);
    expect(four.map((p) => [p.row, p.severity, p.message])).toEqual([
      [2, "warning", "'1.005' rounded to the cent: 1.01"],
      [3, "warning", "'1.005' rounded to the cent: 1.01"],
      [4, "error", "'x' is not an amount"],
      [5, "warning", "'1.005' rounded to the cent: 1.01 (and 1 more row like it)"],
    ]);
    expect(summarizeRepeats([warning(2), warning(3), warning(4)]).map((p) => p.message)).toEqual(
      Array(3).fill("'1.005' rounded to the cent: 1.01"),
    );
  });

  it("are counted a column and a kind at a time; errors are all kept", () => {
    const mixed = [
      warning(2),
      warning(3, "Total"),
      warning(4),
      warning(5, "Total"),
      warning(6),
      warning(7),
      error(8),
      error(9),
      error(10),
      error(11),
    ];
    expect(summarizeRepeats(mixed).map((p) => [p.row, p.column, /more rows? like it\)$/.test(p.message)])).toEqual([
      [2, "Net", false],
      [3, "Total", false],
      [4, "Net", false],
      [5, "Total", false],
      [6, "Net", true],
      [8, "Net", false],
      [9, "Net", false],
      [10, "Net", false],
      [11, "Net", false],
    ]);
  });
});

describe("a period typed in two columns", () => {
  const column = (index: number, header: string, values?: SheetCell[]) => ({ index, header, values });

  it("is a year beside one month, week or quarter column, their values in range", () => {
    expect([
      periodParts([column(0, "Any"), column(1, "Mes"), column(2, "Import")]),
      periodParts([column(0, "year"), column(1, "week", [1, 53, null])]),
      periodParts([column(0, "Año", [2023, "2024"]), column(1, "Trimestre", [1, 4])]),
    ]).toEqual([
      { year: 0, part: 1, unit: "month" },
      { year: 0, part: 1, unit: "week" },
      { year: 0, part: 1, unit: "quarter" },
    ]);
    expect([
      periodParts([column(0, "year"), column(1, "week", [54])]),
      periodParts([column(0, "Año", [1899]), column(1, "Trimestre", [1])]),
      periodParts([column(0, "year"), column(1, "year"), column(2, "month")]),
      periodParts([column(0, "year"), column(1, "month"), column(2, "quarter")]),
      periodParts([column(0, "month")]),
      periodParts([column(0, "year month"), column(1, "month")]),
    ]).toEqual(Array(6).fill(undefined));
  });

  it("makes the period's label from both cells, each within its limits", () => {
    expect([
      periodOfParts(2023, 1, "month"),
      periodOfParts("2023", " 5 ", "week"),
      periodOfParts(2023, 4, "quarter"),
      periodOfParts(1900, 1, "quarter"),
      periodOfParts(2200, 53, "week"),
    ]).toEqual(["2023-01", "2023-W05", "2023-Q4", "1900-Q1", "2200-W53"]);
    expect([
      periodOfParts(2023, 13, "month"),
      periodOfParts(2201, 1, "month"),
      periodOfParts(2023, 1.5, "month"),
      periodOfParts(2023, "x", "month"),
      periodOfParts(2023, 0, "week"),
      periodOfParts(2023, 54, "week"),
      periodOfParts("12345", 1, "month"),
      periodOfParts("2e3", 1, "month"),
      periodOfParts(2023, "0x1", "month"),
      periodOfParts(true as unknown as SheetCell, 1, "month"),
    ]).toEqual(Array(10).fill(undefined));
  });
});

describe("a line's Net from its parts", () => {
  const source = (index: number, header: string, column: string | null) => ({ index, header, column });
  const parts = () =>
    netParts("Orders", [source(0, "Qty", "Quantity"), source(1, "Preu unitari", null), source(2, "Descompte", null)])!;
  const context = (): ColumnContext => ({ mark: ",", order: "dmy", date1904: false });

  it("finds the quantity, the unit price and a discount in a table of lines that has no Net column", () => {
    expect(parts()).toEqual({
      quantity: { index: 0, header: "Qty", column: "Quantity" },
      price: { index: 1, header: "Preu unitari", column: null },
      discount: { index: 2, header: "Descompte", column: null },
    });
    expect(netParts("Invoices", [source(0, "Cantidad", null), source(1, "Precio unitario", null)])).toEqual({
      quantity: source(0, "Cantidad", null),
      price: source(1, "Precio unitario", null),
    });
    expect([
      netParts("Clients", [source(0, "Qty", "Quantity"), source(1, "Preu unitari", null)]),
      netParts("Orders", [source(0, "Qty", "Quantity"), source(1, "Preu unitari", "Notes")]),
      netParts("Orders", [source(0, "Qty", "Quantity"), source(1, "Preu", null), source(3, "Import", "Net")]),
      netParts("Orders", [source(0, "Qty", "Quantity")]),
    ]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("is quantity × unit price less the discount, to the cent, the price read to the cent as the contract keeps it", () => {
    expect([
      derivedNet([3, "2,50", "10 %"], parts(), context),
      derivedNet([3, "2,50", null], parts(), context),
      derivedNet([3, 0.335, 0], parts(), context),
      derivedNet([1, 1.005, "x"], parts(), context),
    ]).toEqual([6.75, 7.5, 1.02, 1.01]);
    expect([
      derivedNet([3, "x", null], parts(), context),
      derivedNet(["tres", 2, null], parts(), context),
      derivedNet([null, 2, null], parts(), context), // a blank quantity is no quantity, not 0
    ]).toEqual([undefined, undefined, undefined]);
  });
});

describe("a sheet's currency", () => {
  const money = (index: number) => ({ index, def: columnDef("Invoices", "Net") });
  const text = (index: number) => ({ index, def: columnDef("Clients", "Notes") });
  const grid = (rows: SheetCell[][], currency?: string): SheetGrid => ({ name: "S", date1904: false, rows, currency });

  it("is the one its record rows' amounts are written in, else its money columns' number format", () => {
    const rows = [
      ["Import", "Notes"],
      ["2 CHF", "USD 5"],
      ["3 CHF", "USD 6"],
      ["R$ 4", "USD 7"],
      ["R$ 5", "x"],
    ];
    expect([
      sheetCurrency(grid(rows), [2, 3, 4], [money(0), text(1)]),
      sheetCurrency(grid(rows, "GBP"), [2, 3, 4, 9], [money(0)]),
      sheetCurrency(grid(rows, "GBP"), [4, 5], [text(1)]),
      sheetCurrency(grid(rows, "GBP"), [5], [money(0), text(1)]),
      sheetCurrency(grid([["Import"], [12]], "GBP"), [2], [money(0)]),
      sheetCurrency(grid([["Notes"], ["x"]], "GBP"), [2], [text(0)]),
    ]).toEqual(["CHF", "CHF", undefined, "BRL", "GBP", undefined]);
  });

  it("is an invoice's where the invoice names none", () => {
    const set = (currency: OutputCell | undefined, sheet: string | undefined) => {
      const values = new ColumnValues([
        ["Net", 10],
        ...(currency === undefined ? [] : [["Currency", currency] as const]),
      ]);
      recordInvoiceCurrency(values, sheet);
      return Object.fromEntries(values);
    };
    expect([set(null, "CHF"), set(undefined, "CHF"), set("USD", "CHF"), set(null, undefined)]).toEqual([
      { Net: 10, Currency: "CHF" },
      { Net: 10, Currency: "CHF" },
      { Net: 10, Currency: "USD" },
      { Net: 10, Currency: null },
    ]);
  });

  it("becomes the workbook's setting, said as a warning on the first sheet that showed it, or the sheets' disagreement is", () => {
    const recorded = (sheets: [string, string | undefined, string | null][], existing?: string) => {
      const result: ImportResult = {
        sheets: sheets.map(([sheet, currency, table]) => ({
          sheet,
          table: table as TableName | null,
          headerRow: 1,
          columns: {},
          rows: 1,
          imported: 1,
          quarantined: 0,
          currency,
        })),
        problems: [],
        tables: [],
        quarantine: [],
        held: [],
      };
      recordCurrency(result, existing);
      return [result.currency, result.problems.map((p) => [p.sheet, p.severity, english(p.message)])];
    };
    expect([
      recorded([
        ["Notes", "GBP", null],
        ["Vendes", "CHF", "Invoices"],
        ["Cobros", "CHF", "Payments"],
      ]),
      recorded([
        ["Vendes", "CHF", "Invoices"],
        ["Cobros", "USD", "Payments"],
      ]),
      recorded([["Vendes", "CHF", "Invoices"]], "EUR"),
      recorded([["Vendes", undefined, "Invoices"]]),
    ]).toEqual([
      ["CHF", [["Vendes", "warning", english(say("import.currency", { currency: "CHF" }))]]],
      [
        undefined,
        [["Vendes", "warning", english(say("import.currencies", { sheets: ["Vendes: CHF", "Cobros: USD"] }))]],
      ],
      [undefined, [["Vendes", "warning", english(say("import.currencyDiffers", { currency: "CHF", setting: "EUR" }))]]],
      [undefined, []],
    ]);
  });
});

describe("the workbook's currency", () => {
  const setting = (found: [string, string][], existing?: string) => {
    const { add, conflict } = currencySetting(new Map(found), existing);
    return { add, conflict: conflict && english(conflict) };
  };

  it("is added when every sheet showed the same one and the workbook has none; a difference is said, never settled", () => {
    expect([
      setting([]),
      setting([], "EUR"), // no sheet showed one: nothing to say of the workbook's
      setting([
        ["A", "USD"],
        ["B", "USD"],
      ]),
      setting([["A", "USD"]], "USD"),
      setting([["A", "USD"]], "EUR"),
      setting([
        ["A", "USD"],
        ["B", "GBP"],
      ]),
    ]).toEqual([
      { add: undefined, conflict: undefined },
      { add: undefined, conflict: undefined },
      { add: "USD", conflict: undefined },
      { add: undefined, conflict: undefined },
      { add: undefined, conflict: "amounts in USD, while the workbook's Currency setting is EUR" },
      {
        add: undefined,
        conflict: "sheets in different currencies (A: USD, B: GBP): the Currency setting is left for you to choose",
      },
    ]);
  });
});

describe("targets laid out one column per period", () => {
  it("are the RevenueTarget columns headed by a period, two or more of them", () => {
    const column = (header: string, column: string | null) => ({ header, column });
    const [exec, jan, feb, plain, period] = [
      column("Comercial", "Exec"),
      column("Enero 2026", "RevenueTarget"),
      column("Feb 2026", "RevenueTarget"),
      column("Objetivo", "RevenueTarget"),
      column("Marzo 2026", "Period"),
    ];
    expect([...periodColumnsOf([exec, jan, plain, feb, period])]).toEqual([
      [jan, "2026-01"],
      [feb, "2026-02"],
    ]);
    expect([periodColumnsOf([exec, jan, plain]).size, periodColumnsOf([period, plain]).size]).toEqual([0, 0]);
  });

  it("give a target a cell, each under its column's period, a blank cell none", () => {
    const grid: SheetGrid = {
      name: "Objetivos",
      date1904: false,
      rows: [
        ["Objetivos 2026"],
        ["Comercial", "Enero 2026", "Febrero 2026", "Marzo 2026"],
        ["E01", 1000, "2.000,50", null],
        ["E02", 500, 600, 700],
      ],
    };
    const result = importSheets([grid], [planSheet(grid)]);
    const targets = result.tables.find((t) => t.table === "Targets")!.rows.map((r) => Object.fromEntries(r.values));
    expect(targets.map((t) => [t.Exec, t.Period, t.RevenueTarget, t["Imported from"]])).toEqual([
      ["E01", "2026-01", 1000, "Objetivos!3"],
      ["E01", "2026-02", 2000.5, "Objetivos!3"],
      ["E02", "2026-01", 500, "Objetivos!4"],
      ["E02", "2026-02", 600, "Objetivos!4"],
      ["E02", "2026-03", 700, "Objetivos!4"],
    ]);
    expect([result.sheets[0].imported, result.problems]).toEqual([2, []]);
  });
});

describe("payments an invoice register declares", () => {
  const row = (values: [string, OutputCell][]) => ({ sheet: "Facturas", row: 2, values: new ColumnValues(values) });
  const invoice = (no: string, more: [string, OutputCell][] = []) =>
    row([["InvoiceNo", no], ["ClientID", "C-1"], [SOURCE_COLUMN, `Facturas!${no}`], ...more]);
  const fields = (v: ColumnValues) => Object.fromEntries(v);

  it("are one a paid invoice no payment covers, for its Total or its Net, dated paid, due or issued", () => {
    const [paid, due, issued] = [dayOf(2026, 3, 1), dayOf(2026, 2, 15), dayOf(2026, 1, 15)];
    const got = declaredPayments(
      [
        {
          invoice: invoice("F1", [
            ["Total", 121],
            ["Net", 100],
            ["DueDate", due],
          ]),
          paidOn: paid,
        },
        {
          invoice: invoice("F2", [
            ["Net", 50],
            ["DueDate", due],
            ["IssueDate", issued],
          ]),
          paidOn: null,
        },
        { invoice: invoice("F3", [["IssueDate", issued]]), paidOn: null },
        { invoice: row([]), paidOn: null },
        { invoice: invoice("F4", [["Total", 10]]), paidOn: null },
        { invoice: invoice("F5", [["Total", 10]]), paidOn: null },
      ],
      [row([["InvoiceNo", "F4"]])],
      new Set(["F5"]),
      "es",
    ).map(fields);
    const note = render(say("import.declaredNote"), "es");
    expect(got).toEqual([
      {
        PaymentDate: paid,
        InvoiceNo: "F1",
        ClientID: "C-1",
        Amount: 121,
        Status: "Received",
        Notes: note,
        [SOURCE_COLUMN]: "Facturas!F1",
      },
      {
        PaymentDate: due,
        InvoiceNo: "F2",
        ClientID: "C-1",
        Amount: 50,
        Status: "Received",
        Notes: note,
        [SOURCE_COLUMN]: "Facturas!F2",
      },
      {
        PaymentDate: issued,
        InvoiceNo: "F3",
        ClientID: "C-1",
        Amount: null,
        Status: "Received",
        Notes: note,
        [SOURCE_COLUMN]: "Facturas!F3",
      },
      {
        PaymentDate: null,
        InvoiceNo: null,
        ClientID: null,
        Amount: null,
        Status: "Received",
        Notes: note,
        [SOURCE_COLUMN]: null,
      },
    ]);
    expect(note).not.toBe(render(say("import.declaredNote"), "en"));
    expect(fields(declaredPayments([{ invoice: invoice("F6"), paidOn: null }], [], new Set())[0]).Notes).toBe(
      render(say("import.declaredNote"), "en"),
    );
  });

  it("take the sheet's own paid date from a date cell or a date typed as text, else none", () => {
    const column = { index: 1 };
    expect([
      paidOnOf(["F1", new Date(Date.UTC(2026, 2, 1))], column),
      paidOnOf(["F1", " 01/03/2026 "], column),
      paidOnOf(["F1", "pagada"], column),
      paidOnOf(["F1", 46082], column),
      paidOnOf(["F1", "01/03/2026"], undefined),
      paidOnOf(["F1"], column),
    ]).toEqual([dayOf(2026, 3, 1), dayOf(2026, 3, 1), null, null, null, null]);
  });
});
