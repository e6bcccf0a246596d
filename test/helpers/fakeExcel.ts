/**
 * A small Excel object model on office-addin-mock: every object that code loads from is an
 * OfficeMockObject (so reading before load/sync yields the mock's error strings), and every
 * context.sync() is counted. Write-only objects (ranges being written) are plain recorders.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { Cell } from "../../src/core/workbook/port";
import { excelNameProblem, sheetNameProblem } from "../../src/core/kernel/excelNames";

export interface FakeTable {
  name: string;
  sheet: string;
  /** 0-based row index of the header, as Office.js reports it */
  rowIndex: number;
  headers: string[];
  rows: Cell[][];
}

export interface WrittenRange {
  sheet: string;
  address: string;
  values?: unknown[][];
  numberFormat?: unknown[][];
  format: { font: Record<string, unknown> };
  conditionalFormats: {
    add(type: string): { textComparison: { format: { fill: { color?: string } }; rule?: unknown } };
  };
  rules: { type: string; textComparison: { format: { fill: { color?: string } }; rule?: unknown } }[];
}

/** What a worksheet holds for readSheet: its used range (values and number formats) and where it starts. */
export interface FakeSheet {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  numberFormat: string[][];
  visibility?: "Visible" | "Hidden" | "VeryHidden";
}

type Mock = OfficeMockObject & Record<string, any>;

export class FakeExcel {
  syncs = 0;
  readonly written: WrittenRange[] = [];
  readonly addedTables: { sheet: string; address: string; name?: string; style?: string }[] = [];
  /** rows appended to tables (table.rows.add), and single cells written into table bodies */
  readonly appendedRows: { table: string; values: unknown[][] }[] = [];
  readonly writtenCells: { table: string; row: number; column: number; values?: unknown[][] }[] = [];
  /** whole table columns written (re-pointed references), and rows removed from tables */
  readonly columnRanges: { table: string; column: string; range: { values: unknown[][] } }[] = [];
  readonly deletedRows: { table: string; index: number }[] = [];
  readonly deletedTables: string[] = [];
  readonly clearedSheets: string[] = [];
  readonly addedSheets: string[] = [];
  /** handlers registered on the table collection's events */
  readonly tableEvents: Record<"onChanged" | "onAdded" | "onDeleted", (() => Promise<void>)[]> = {
    onChanged: [],
    onAdded: [],
    onDeleted: [],
  };
  readonly charts: {
    sheet: string;
    type: string;
    source: string;
    seriesBy: string;
    title: { text: string };
    position: string;
  }[] = [];
  /** sheet contents for readSheet, by sheet name (a sheet without contents has an empty used range) */
  readonly contents = new Map<string, FakeSheet>();
  /** page layouts set on sheets (orientation, zoom, title rows), by sheet */
  readonly pageLayouts = new Map<string, Record<string, unknown>>();
  /** workbook names added (the markers of owned sheets) */
  readonly markers: string[] = [];
  private readonly mocks: Mock[] = [];

  constructor(
    readonly tables: FakeTable[],
    readonly sheets: string[] = [...new Set(tables.map((t) => t.sheet))],
    private readonly date1904 = false,
  ) {}

  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(this.context() as unknown as Excel.RequestContext);

  private mock(seed: object, extra: object = {}): Mock {
    const m = Object.assign(new OfficeMockObject(seed) as Mock, extra);
    this.mocks.push(m);
    return m;
  }

  private context(): Mock {
    const items = this.tables.map((t) => this.tableMock(t));
    // a sheet's charts: none here (the charts written are recorded in `charts`; liveExcel keeps them per sheet)
    const noCharts = () => ({
      items: [],
      load(this: OfficeMockObject) {
        return OfficeMockObject.prototype.load.call(this, "items");
      },
    });
    const sheetItems = this.sheets.map((name) =>
      this.mock({ name, visibility: this.contents.get(name)?.visibility ?? "Visible", charts: noCharts() }),
    );
    const context = this.mock({
      workbook: {
        tables: {
          items,
          onChanged: { add: (h: () => Promise<void>) => this.tableEvents.onChanged.push(h) },
          onAdded: { add: (h: () => Promise<void>) => this.tableEvents.onAdded.push(h) },
          onDeleted: { add: (h: () => Promise<void>) => this.tableEvents.onDeleted.push(h) },
          // office-addin-mock cannot follow a load path through a collection's items ("items/name"):
          // load the items, then each path's rest on every item, as Office.js does.
          load(this: OfficeMockObject, paths: string) {
            OfficeMockObject.prototype.load.call(this, "items");
            for (const path of paths.split(",").map((p) => p.trim().split("/"))) {
              if (path[0] === "items" && path.length > 1) items.forEach((item) => item.load(path.slice(1).join("/")));
            }
            return this;
          },
          getItemOrNullObject: (name: string) => {
            const table = this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
            return table ? this.tableMock(table) : this.mock({ name: "" }, { isNullObject: true });
          },
        },
        worksheets: {
          items: sheetItems,
          load(this: OfficeMockObject, paths: string) {
            OfficeMockObject.prototype.load.call(this, "items");
            const fields = paths.split(",").map((p) => p.trim().replace(/^items\//, ""));
            sheetItems.forEach((item) => item.load(fields.join(",")));
            return this;
          },
          getItemOrNullObject: (name: string) =>
            this.sheets.includes(name) ? this.sheetMock(name) : this.mock({ name: "" }, { isNullObject: true }),
          getItem: (name: string) => this.sheetMock(name),
          add: (name: string) => {
            const problem = sheetNameProblem(name);
            if (problem) throw new Error(`InvalidArgument: the sheet name ${name} ${problem}`);
            this.sheets.push(name);
            this.addedSheets.push(name);
            return this.sheetMock(name);
          },
        },
        names: {
          items: [],
          load(this: OfficeMockObject) {
            return OfficeMockObject.prototype.load.call(this, "items");
          },
          add: (name: string) => {
            const problem = excelNameProblem(name);
            if (problem) throw new Error(`InvalidArgument: the name ${name} ${problem}`);
            this.markers.push(name);
          },
          getItem: () => ({ delete: () => undefined }),
        },
        functions: { date: (y: number) => this.mock({ value: y === 1904 && this.date1904 ? 0 : 1462 }) },
      },
      application: { suspendApiCalculationUntilNextSync: () => undefined },
    });
    context.sync = async () => {
      this.syncs++;
      for (const m of this.mocks) await OfficeMockObject.prototype.sync.call(m);
    };
    return context;
  }

  private tableMock(t: FakeTable): Mock {
    return this.mock(
      {
        name: t.name,
        worksheet: { name: t.sheet },
        getHeaderRowRange: () => this.mock({ values: [t.headers], rowIndex: t.rowIndex }),
        getDataBodyRange: () =>
          this.mock({
            rowCount: t.rows.length,
            columnCount: t.headers.length,
            values: t.rows.map((r) => r.map((v) => v ?? "")),
            getCell: (row: number, column: number) => {
              const cell: { table: string; row: number; column: number; values?: unknown[][] } = {
                table: t.name,
                row,
                column,
              };
              this.writtenCells.push(cell);
              return cell;
            },
            getRow: (first: number) => ({
              getResizedRange: (down: number) =>
                this.mock({ values: t.rows.slice(first, first + down + 1).map((r) => r.map((v) => v ?? "")) }),
            }),
          }),
        delete: () => this.deletedTables.push(t.name),
        rows: {
          add: (_at: unknown, values: unknown[][]) => this.appendedRows.push({ table: t.name, values }),
          getItemAt: (index: number) => ({ delete: () => this.deletedRows.push({ table: t.name, index }) }),
        },
        columns: {
          getItem: (column: string) => ({
            getDataBodyRange: () => {
              const at = t.headers.indexOf(column);
              const range = this.mock({ values: t.rows.map((r) => [r[at] ?? ""]) });
              this.columnRanges.push({ table: t.name, column, range: range as unknown as { values: unknown[][] } });
              return range;
            },
          }),
        },
      },
      { isNullObject: false },
    );
  }

  private pageLayout(name: string): Record<string, unknown> {
    const layout: Record<string, unknown> = {
      setPrintTitleRows: (rows: string) => (layout.titleRows = rows),
      load: () => layout,
    };
    this.pageLayouts.set(name, layout);
    return layout;
  }

  private sheetMock(name: string): Mock {
    const range = (address: string): WrittenRange => {
      const rules: WrittenRange["rules"] = [];
      const conditionalFormats = {
        add: (type: string) => {
          const rule = { type, textComparison: { format: { fill: {} } } };
          rules.push(rule);
          return rule;
        },
      };
      const r: WrittenRange = { sheet: name, address, format: { font: {} }, conditionalFormats, rules };
      this.written.push(r);
      return r;
    };
    return this.mock(
      {
        name,
        getRange: (address?: string) => (address ? range(address) : { clear: () => this.clearedSheets.push(name) }),
        getUsedRange: () => this.mock({ width: 600, format: { autofitColumns: () => undefined } }),
        getUsedRangeOrNullObject: () => {
          const content = this.contents.get(name);
          if (!content)
            return this.mock({ rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 }, { isNullObject: true });
          return this.mock(
            {
              rowIndex: content.rowIndex,
              columnIndex: content.columnIndex,
              rowCount: content.values.length,
              columnCount: content.values[0]?.length ?? 0,
            },
            {
              isNullObject: false,
              getRow: (first: number) => ({
                getResizedRange: (down: number) =>
                  this.mock({
                    values: content.values.slice(first, first + down + 1),
                    numberFormat: content.numberFormat.slice(first, first + down + 1),
                  }),
              }),
            },
          );
        },
        charts: {
          add: (type: string, source: WrittenRange, seriesBy: string) => {
            const chart = {
              sheet: name,
              type,
              source: source.address,
              seriesBy,
              title: { text: "" },
              position: "",
              setPosition: (cell: string) => (chart.position = cell),
            };
            this.charts.push(chart);
            return chart;
          },
        },
        tables: {
          add: (address: string) => {
            let tableName: string | undefined;
            const added: { sheet: string; address: string; name?: string; style?: string } = {
              sheet: name,
              address,
              // Excel's own rule for a table's name: refused, never taken (kernel/excelNames.ts)
              get name() {
                return tableName;
              },
              set name(value: string | undefined) {
                const problem = value === undefined ? undefined : excelNameProblem(value);
                if (problem) throw new Error(`InvalidArgument: the table name ${value} ${problem}`);
                tableName = value;
              },
            };
            this.addedTables.push(added);
            return added;
          },
        },
      },
      // a plain recorder, not a mock: what the adapter sets on it is what the test reads
      { isNullObject: false, pageLayout: this.pageLayout(name) },
    );
  }
}

export function invoiceTable(rows: number, rowIndex = 2): FakeTable {
  return {
    name: "Invoices",
    sheet: "Invoices",
    rowIndex,
    headers: ["InvoiceNo", "IssueDate", "ClientID", "Net"],
    rows: Array.from({ length: rows }, (_, i) => [`2026-${String(i + 1).padStart(4, "0")}`, 46353, "C-001", 100 + i]),
  };
}
