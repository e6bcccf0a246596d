/**
 * A live Excel for the port's conformance suite: sheets of cells with tables over them, and the batch
 * semantics of Office.js — loads and writes are queued and run in order at `context.sync()`, a
 * property read before its sync throws, a batch that fails stops where it failed — plus a co-author
 * who changes the workbook between two syncs (before sync k, or at random from a seed).
 *
 * Every request and response is weighed in bytes as the JSON Office.js sends (an envelope per action
 * and object path, the values as they travel), and one over Excel on the web's 5 MB is refused as
 * Excel refuses it: the request before anything runs, the response after its writes are done.
 *
 * Cells hold what Excel holds: a text written with a leading apostrophe is that text; a text
 * written starting with "=" becomes a formula, which this Excel does not compute (it reads as 0).
 */
import { columnLetter, parseRange } from "../../src/core/kernel/a1";
import { excelNameProblem, sheetNameProblem } from "../../src/core/kernel/excelNames";

type Value = string | number | boolean;

/** Excel on the web's limit for a request and for a response ("Resource limits and performance optimization for Office Add-ins"). */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1_000_000;
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), "utf8");
/** An action as Office.js sends it (setting a property, calling a method, loading), around its arguments. */
const actionBytes = (name: string, args: unknown[]) =>
  bytes({ Id: 100_000, ActionType: 4, Name: name, ObjectPathId: 100_000, ArgumentInfo: { Arguments: args } });
const QUERY_BYTES = bytes({
  Id: 100_000,
  ActionType: 2,
  Name: "",
  ObjectPathId: 100_000,
  QueryInfo: { Select: ["values"], Expand: [] },
});
const PATH_BYTES = bytes({
  "100000": {
    Id: 100_000,
    ObjectPathType: 3,
    Name: "GetResizedRange",
    ParentObjectPathId: 100_000,
    ArgumentInfo: { Arguments: [100_000, 0] },
  },
});
const resultBytes = (value: unknown) => bytes({ ActionId: 100_000, Value: value });

function payloadError(code: string, size: number): Error {
  return Object.assign(new Error(`${code}: ${size} bytes, over Excel on the web's ${EXCEL_WEB_PAYLOAD_LIMIT}`), {
    code,
  });
}

export interface Box {
  /** 0-based, inclusive */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface LiveSheet {
  name: string;
  cells: Value[][];
  formulas: Map<string, string>;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** charts belong to the sheet, not its cells: clearing the cells leaves them */
  charts: LiveChart[];
  /** number formats set on cells ("r,c"); the others are General */
  formats: Map<string, string>;
  /** widths of columns set or autofitted, in points; the others are Excel's default */
  widths: Map<number, number>;
  /** the print zoom: a scale, or pages wide and tall */
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
}

/** Excel's default column width (8.43 characters of Calibri 11), and what a character adds when autofitted, in points. */
const DEFAULT_WIDTH = 48;
const POINTS_A_CHARACTER = 5.6;

export interface LiveChart {
  title: string;
  source: string;
}

export interface LiveTable {
  name: string;
  sheet: LiveSheet;
  /** the header row is `top`; data rows top+1 … bottom */
  box: Box;
  /** a user's filter hides rows: Excel then refuses to insert or delete the table's rows */
  filtered?: boolean;
}

export class LiveModel {
  readonly sheets: LiveSheet[] = [];
  readonly tables: LiveTable[] = [];
  readonly names: { name: string; formula: string }[] = [];
  selected: string | undefined;
  /** whether the admin has opened the Page Layout tab: until then Excel may not take "fit to pages" (office-js#1860) */
  pageLayoutTabOpened = false;

  constructor(readonly date1904 = false) {}

  sheet(name: string): LiveSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): LiveSheet {
    const problem = sheetNameProblem(name);
    if (problem) throw new Error(`InvalidArgument: the sheet name ${name} ${problem}`);
    if (this.sheet(name)) throw new Error(`ItemAlreadyExists: sheet ${name}`);
    const sheet: LiveSheet = {
      name,
      cells: [],
      formulas: new Map(),
      visibility: "Visible",
      charts: [],
      formats: new Map(),
      widths: new Map(),
      zoom: { scale: 100 },
    };
    this.sheets.push(sheet);
    return sheet;
  }

  table(name: string): LiveTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** A user's table: headers and rows from a cell ("A1"). */
  addTable(sheetName: string, at: string, name: string, headers: string[], rows: Value[][]): LiveTable {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const { top, left } = parseRange(at);
    [headers, ...rows].forEach((r, i) => r.forEach((v, c) => this.set(sheet, top - 1 + i, left - 1 + c, v)));
    const table: LiveTable = {
      name,
      sheet,
      box: {
        top: top - 1,
        left: left - 1,
        bottom: top - 1 + Math.max(1, rows.length),
        right: left - 2 + headers.length,
      },
    };
    this.tables.push(table);
    return table;
  }

  get(sheet: LiveSheet, r: number, c: number): Value {
    if (sheet.formulas.has(`${r},${c}`)) return 0;
    return sheet.cells[r]?.[c] ?? "";
  }

  /**
   * A value written into a cell as Excel takes it (issue 29): in a Text cell ("@") a text stays as it
   * is, an apostrophe included (the strict reading: Excel may show it); elsewhere a text is read as if typed — a leading apostrophe only marks
   * it as text, "=" starts a formula, and numbers, percentages, dates and TRUE/FALSE become values
   * ("08001" is 8001, "21%" is 0.21, "1/2" a date).
   */
  set(sheet: LiveSheet, r: number, c: number, value: unknown): void {
    (sheet.cells[r] ??= [])[c] = "" as Value;
    sheet.formulas.delete(`${r},${c}`);
    if (typeof value === "string" && sheet.formats.get(`${r},${c}`) === "@") sheet.cells[r][c] = value;
    else if (typeof value === "string" && value.startsWith("'")) sheet.cells[r][c] = value.slice(1);
    else if (typeof value === "string" && value.startsWith("=")) sheet.formulas.set(`${r},${c}`, value);
    else if (typeof value === "string") sheet.cells[r][c] = asTyped(value);
    else sheet.cells[r][c] = value === null || value === undefined ? "" : (value as Value);
  }

  /** Inserts `n` blank rows at sheet row `at` in columns left…right: what stands there moves down, tables with it. */
  insertCells(sheet: LiveSheet, at: number, left: number, right: number, n = 1): void {
    const last = sheet.cells.length - 1;
    for (let r = last; r >= at; r--) for (let c = left; c <= right; c++) this.moveCell(sheet, r, c, r + n);
    for (let r = at; r < at + n; r++) for (let c = left; c <= right; c++) this.set(sheet, r, c, "");
    for (const t of this.tables) {
      if (t.sheet !== sheet || t.box.right < left || t.box.left > right) continue;
      if (t.box.top >= at) t.box.top += n;
      if (t.box.bottom >= at) t.box.bottom += n;
    }
  }

  /** Removes `n` rows at sheet row `at` in columns left…right: what stands below moves up. */
  deleteCells(sheet: LiveSheet, at: number, left: number, right: number, n = 1): void {
    const last = sheet.cells.length - 1;
    for (let r = at; r <= last; r++) for (let c = left; c <= right; c++) this.moveCell(sheet, r + n, c, r);
    for (const t of this.tables) {
      if (t.sheet !== sheet || t.box.right < left || t.box.left > right) continue;
      if (t.box.top > at) t.box.top -= n;
      if (t.box.bottom >= at) t.box.bottom = Math.max(t.box.top + 1, t.box.bottom - n);
    }
  }

  /** A cell moved as it is (never typed again), with its format. */
  private moveCell(sheet: LiveSheet, from: number, c: number, to: number): void {
    const [source, target] = [`${from},${c}`, `${to},${c}`];
    const formula = sheet.formulas.get(source);
    const format = sheet.formats.get(source);
    sheet.formulas.delete(target);
    (sheet.cells[to] ??= [])[c] = sheet.cells[from]?.[c] ?? "";
    if (formula) sheet.formulas.set(target, formula);
    if (format) sheet.formats.set(target, format);
    else sheet.formats.delete(target);
  }

  /** Renames a sheet as Excel does: a name another sheet has is refused; workbook names that refer to it follow. */
  renameSheet(from: string, to: string): void {
    const sheet = this.sheet(from)!; // a test renames a sheet it made
    const other = this.sheet(to);
    if (other && other !== sheet) throw new Error(`ItemAlreadyExists: sheet ${to}`);
    const quoted = (name: string) => `'${name.replace(/'/g, "''")}'!`;
    for (const n of this.names) n.formula = n.formula.replace(quoted(sheet.name), quoted(to));
    sheet.name = to;
  }

  // What a co-author does, in a table's own terms.

  /** Types a row at the table's end (the table grows, what stands below moves down). */
  appendTableRow(name: string, row: Value[]): void {
    const t = this.table(name)!;
    const at = t.box.bottom + 1;
    if (this.dataRows(t).length > 0 || this.get(t.sheet, t.box.bottom, t.box.left) !== "")
      this.insertCells(t.sheet, at, t.box.left, t.box.right);
    else t.box.bottom -= 1; // the one blank row of an empty table takes it
    row.forEach((v, c) => this.set(t.sheet, t.box.bottom + 1, t.box.left + c, v));
    t.box.bottom += 1;
  }

  /** Inserts a row inside the table above data row `index`. */
  insertTableRow(name: string, index: number, row: Value[]): void {
    const t = this.table(name)!;
    this.insertCells(t.sheet, t.box.top + 1 + index, t.box.left, t.box.right);
    if (t.box.bottom < t.box.top + 1 + index) t.box.bottom = t.box.top + 1 + index;
    row.forEach((v, c) => this.set(t.sheet, t.box.top + 1 + index, t.box.left + c, v));
  }

  deleteTableRow(name: string, index: number): void {
    const t = this.table(name)!;
    this.deleteCells(t.sheet, t.box.top + 1 + index, t.box.left, t.box.right);
  }

  setTableCell(name: string, index: number, column: string, value: Value): void {
    const t = this.table(name)!;
    this.set(t.sheet, t.box.top + 1 + index, t.box.left + this.headers(t).indexOf(column), value);
  }

  headers(t: LiveTable): string[] {
    return this.box(t.sheet, { ...t.box, bottom: t.box.top })[0].map(String);
  }

  dataRows(t: LiveTable): Value[][] {
    const rows = this.box(t.sheet, { ...t.box, top: t.box.top + 1 });
    return rows.length === 1 && rows[0].every((v) => v === "") ? [] : rows;
  }

  column(name: string, column: string): Value[] {
    const t = this.table(name)!;
    const at = this.headers(t).indexOf(column);
    return this.dataRows(t).map((r) => r[at]);
  }

  box(sheet: LiveSheet, b: Box): Value[][] {
    const rows: Value[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: Value[] = [];
      for (let c = b.left; c <= b.right; c++) row.push(this.get(sheet, r, c));
      rows.push(row);
    }
    return rows;
  }
}

type Op = () => void;

/** A seeded generator (mulberry32): the random co-author is the same on every run of a seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class LiveExcel {
  syncs = 0;
  /** the heaviest request and response so far, in bytes */
  largestRequest = 0;
  largestResponse = 0;
  /** the co-author: runs before the sync of this number (1-based, counted over the whole run) */
  private readonly before = new Map<number, (model: LiveModel) => void>();
  /** extra turns given to other runs at each sync, from a seed: varies how concurrent runs interleave */
  private jitter: (() => number) | undefined;

  constructor(readonly model: LiveModel = new LiveModel()) {}

  beforeSync(k: number, act: (model: LiveModel) => void): void {
    this.before.set(k, act);
  }

  interleaveFrom(seed: number): void {
    this.jitter = seeded(seed);
  }

  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new Context(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending()) await context.sync();
    return result;
  };

  async turn(): Promise<void> {
    const turns = this.jitter ? Math.floor(this.jitter() * 4) : 0;
    for (let i = 0; i < turns; i++) await Promise.resolve();
  }

  coAuthorBefore(k: number): void {
    this.before.get(k)?.(this.model);
  }
}

class Context {
  private ops: Op[] = [];
  /** the request being built and the response being made, in bytes */
  requestBytes = 0;
  responseBytes = 0;
  readonly workbook: Workbook;
  readonly application = { suspendApiCalculationUntilNextSync: () => undefined };

  constructor(readonly excel: LiveExcel) {
    this.workbook = new Workbook(this);
  }

  get model(): LiveModel {
    return this.excel.model;
  }

  queue(op: Op, requestBytes = actionBytes("Call", [])): void {
    this.ops.push(op);
    this.requestBytes += requestBytes;
  }

  pending(): boolean {
    return this.ops.length > 0;
  }

  async sync(): Promise<void> {
    await this.excel.turn();
    this.excel.syncs++;
    this.excel.coAuthorBefore(this.excel.syncs);
    const [ops, request] = [this.ops, this.requestBytes];
    [this.ops, this.requestBytes, this.responseBytes] = [[], 0, 0];
    this.excel.largestRequest = Math.max(this.excel.largestRequest, request);
    if (request > EXCEL_WEB_PAYLOAD_LIMIT) throw payloadError("RequestPayloadSizeLimitExceeded", request);
    for (const op of ops) op(); // a failing op rejects the sync; the ones before it stay done, as in Excel
    this.excel.largestResponse = Math.max(this.excel.largestResponse, this.responseBytes);
    if (this.responseBytes > EXCEL_WEB_PAYLOAD_LIMIT)
      throw payloadError("ResponsePayloadSizeLimitExceeded", this.responseBytes);
  }
}

/** An object whose properties are read after a load and a sync, as in Office.js. */
class Loadable {
  private readonly loaded = new Map<string, unknown>();

  constructor(protected readonly context: Context) {}

  load(fields: string | string[] = []): this {
    this.context.queue(() => this.loadNow(fields), QUERY_BYTES);
    return this;
  }

  /** Loads at once: a collection's items load with the collection, in the same op. */
  loadNow(fields: string | string[]): void {
    const names = (Array.isArray(fields) ? fields : fields.split(",")).map((f) => f.trim()).filter(Boolean);
    const read = new Map((names.length ? names : ["*"]).map((f) => [f, this.read(f)]));
    read.forEach((v, f) => this.loaded.set(f, v));
    this.context.responseBytes += resultBytes(Object.fromEntries(read));
  }

  protected read(_field: string): unknown {
    return undefined;
  }

  protected value<T>(field: string): T {
    if (!this.loaded.has(field)) throw new Error(`PropertyNotLoaded: ${field} was read before load and sync`);
    return this.loaded.get(field) as T;
  }
}

interface Place {
  sheet: LiveSheet;
  box: Box;
}

class Range extends Loadable {
  constructor(
    context: Context,
    private readonly place: () => Place,
  ) {
    super(context);
    context.requestBytes += PATH_BYTES;
  }

  /** Where the range is now (for the workbook's own objects that refer to it). */
  where(): Place {
    return this.place();
  }

  protected override read(field: string): unknown {
    const { sheet, box } = this.place();
    const m = this.context.model;
    if (field === "values") return m.box(sheet, box);
    if (field === "formulas")
      return m
        .box(sheet, box)
        .map((row, i) => row.map((v, c) => sheet.formulas.get(`${box.top + i},${box.left + c}`) ?? v));
    if (field === "numberFormat")
      return m
        .box(sheet, box)
        .map((row, i) => row.map((_, c) => sheet.formats.get(`${box.top + i},${box.left + c}`) ?? "General"));
    if (field === "rowIndex") return box.top;
    if (field === "columnIndex") return box.left;
    if (field === "rowCount") return box.bottom - box.top + 1;
    if (field === "columnCount") return box.right - box.left + 1;
    if (field === "width") {
      let width = 0;
      for (let c = box.left; c <= box.right; c++) width += sheet.widths.get(c) ?? DEFAULT_WIDTH;
      return width;
    }
    if (field === "address")
      return `${sheet.name}!${columnLetter(box.left + 1)}${box.top + 1}:${columnLetter(box.right + 1)}${box.bottom + 1}`;
    return undefined;
  }

  get values(): Value[][] {
    return this.value("values");
  }
  set values(values: unknown[][]) {
    this.write(values);
  }
  get formulas(): Value[][] {
    return this.value("formulas");
  }
  set formulas(values: unknown[][]) {
    this.write(values);
  }
  get numberFormat(): string[][] {
    return this.value("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.context.queue(
      () => {
        const { sheet, box } = this.place();
        // null leaves a cell's format as it is, as in Excel
        formats.forEach((r, i) =>
          r.forEach(
            (f, c) => f !== null && f !== undefined && sheet.formats.set(`${box.top + i},${box.left + c}`, String(f)),
          ),
        );
      },
      actionBytes("NumberFormat", [formats]),
    );
  }
  get rowIndex(): number {
    return this.value("rowIndex");
  }
  get columnIndex(): number {
    return this.value("columnIndex");
  }
  get rowCount(): number {
    return this.value("rowCount");
  }
  get columnCount(): number {
    return this.value("columnCount");
  }

  readonly format = {
    font: {} as Record<string, unknown>,
    fill: {} as Record<string, unknown>,
    /** each column as wide as its longest text */
    autofitColumns: () =>
      this.context.queue(() => {
        const { sheet, box } = this.place();
        for (let c = box.left; c <= box.right; c++) {
          let longest = 0;
          for (let r = box.top; r <= Math.min(box.bottom, sheet.cells.length - 1); r++)
            longest = Math.max(longest, String(this.context.model.get(sheet, r, c)).length);
          sheet.widths.set(c, Math.max(DEFAULT_WIDTH, longest * POINTS_A_CHARACTER + 5));
        }
      }),
  };

  get width(): number {
    return this.value("width");
  }
  readonly conditionalFormats = {
    add: () => ({ textComparison: { format: { fill: {} as Record<string, unknown> }, rule: undefined as unknown } }),
  };

  private write(values: unknown[][]): void {
    this.context.queue(
      () => {
        const { sheet, box } = this.place();
        const [rows, columns] = [box.bottom - box.top + 1, box.right - box.left + 1];
        if (values.length !== rows || values.some((r) => r.length !== columns))
          throw new Error(`InvalidArgument: ${values.length} rows for a range of ${rows}×${columns}`);
        values.forEach((r, i) => r.forEach((v, c) => this.context.model.set(sheet, box.top + i, box.left + c, v)));
      },
      actionBytes("Values", [values]),
    );
  }

  getRow(i: number): Range {
    return new Range(this.context, () => {
      const { sheet, box } = this.place();
      return { sheet, box: { ...box, top: box.top + i, bottom: box.top + i } };
    });
  }

  getCell(r: number, c: number): Range {
    return new Range(this.context, () => {
      const { sheet, box } = this.place();
      return { sheet, box: { top: box.top + r, bottom: box.top + r, left: box.left + c, right: box.left + c } };
    });
  }

  getResizedRange(down: number, across: number): Range {
    return new Range(this.context, () => {
      const { sheet, box } = this.place();
      return { sheet, box: { ...box, bottom: box.bottom + down, right: box.right + across } };
    });
  }

  clear(): void {
    this.context.queue(() => {
      const { sheet, box } = this.place();
      for (let r = box.top; r <= Math.min(box.bottom, sheet.cells.length - 1); r++)
        for (let c = box.left; c <= box.right; c++) this.context.model.set(sheet, r, c, "");
    });
  }

  select(): void {
    this.context.queue(() => {
      const { sheet, box } = this.place();
      this.context.model.selected = `${sheet.name}!${box.top + 1}`;
    });
  }
}

class Table extends Loadable {
  constructor(
    context: Context,
    private readonly find: () => LiveTable | undefined,
  ) {
    super(context);
  }

  private table(): LiveTable {
    const t = this.find();
    if (!t) throw new Error("ItemNotFound: the table does not exist");
    return t;
  }

  protected override read(field: string): unknown {
    if (field === "isNullObject") return !this.find();
    return field === "name" ? (this.find()?.name ?? "") : undefined;
  }

  override loadNow(fields: string | string[]): void {
    super.loadNow([...(Array.isArray(fields) ? fields : fields.split(",")), "isNullObject"]);
  }

  get isNullObject(): boolean {
    return this.value("isNullObject");
  }
  get name(): string {
    return this.value("name");
  }
  set name(name: string) {
    this.context.queue(() => {
      const problem = excelNameProblem(name); // Excel refuses it at the sync, as here
      if (problem) throw new Error(`InvalidArgument: the table name ${name} ${problem}`);
      if (this.context.model.tables.some((t) => t !== this.table() && t.name.toLowerCase() === name.toLowerCase()))
        throw new Error(`InvalidArgument: a table named ${name} exists`);
      this.table().name = name;
    });
  }
  set style(_style: string) {
    // not kept
  }

  get worksheet(): Worksheet {
    return new Worksheet(this.context, () => this.table().sheet);
  }

  getHeaderRowRange(): Range {
    return new Range(this.context, () => ({
      sheet: this.table().sheet,
      box: { ...this.table().box, bottom: this.table().box.top },
    }));
  }

  getDataBodyRange(): Range {
    return new Range(this.context, () => ({
      sheet: this.table().sheet,
      box: { ...this.table().box, top: this.table().box.top + 1 },
    }));
  }

  delete(): void {
    this.context.queue(() => {
      const t = this.table();
      const m = this.context.model;
      for (let r = t.box.top; r <= t.box.bottom; r++)
        for (let c = t.box.left; c <= t.box.right; c++) m.set(t.sheet, r, c, "");
      m.tables.splice(m.tables.indexOf(t), 1);
    });
  }

  readonly rows = {
    add: (index: number | undefined, values: unknown[][]) => {
      this.context.queue(
        () => {
          const t = this.table();
          const m = this.context.model;
          if (values.some((r) => r.length !== t.box.right - t.box.left + 1))
            throw new Error("InvalidArgument: row width");
          if (t.filtered) throw new Error("InsertDeleteConflict: the table is filtered"); // office-js#994
          // below the last row: a table's blank row (one made over its headers alone) stays, as in Excel
          const at = index ?? t.box.bottom - t.box.top;
          const row = t.box.top + 1 + at;
          m.insertCells(t.sheet, row, t.box.left, t.box.right, values.length);
          if (row > t.box.bottom) t.box.bottom = row + values.length - 1;
          values.forEach((r, i) => r.forEach((v, c) => m.set(t.sheet, t.box.top + 1 + at + i, t.box.left + c, v)));
        },
        actionBytes("Add", [index ?? null, values]),
      );
    },
    getItemAt: (index: number) => ({
      delete: () =>
        this.context.queue(() => {
          if (this.table().filtered) throw new Error("InsertDeleteConflict: the table is filtered");
          this.context.model.deleteTableRow(this.table().name, index);
        }),
    }),
  };

  get autoFilter() {
    const table = () => this.table();
    const context = this.context;
    const filter = new (class extends Loadable {
      protected override read(field: string): unknown {
        return field === "isDataFiltered" ? Boolean(table().filtered) : undefined;
      }
      get isDataFiltered(): boolean {
        return this.value("isDataFiltered");
      }
      clearCriteria(): void {
        context.queue(() => (table().filtered = false));
      }
    })(context);
    return filter;
  }

  readonly columns = {
    getItem: (column: string) => ({
      getDataBodyRange: () =>
        new Range(this.context, () => {
          const t = this.table();
          const at = this.context.model.headers(t).indexOf(column);
          if (at < 0) throw new Error(`ItemNotFound: no column ${column}`);
          return {
            sheet: t.sheet,
            box: { top: t.box.top + 1, bottom: t.box.bottom, left: t.box.left + at, right: t.box.left + at },
          };
        }),
    }),
  };
}

class Collection<T> extends Loadable {
  constructor(
    context: Context,
    private readonly list: () => T[],
    private readonly itemLoad: (item: T, fields: string[]) => void,
  ) {
    super(context);
  }

  override load(fields: string = ""): this {
    const rest = fields
      .split(",")
      .map((f) => f.trim().replace(/^items\//, ""))
      .filter((f) => f && f !== "items");
    this.context.queue(() => {
      const items = this.list();
      items.forEach((item) => this.itemLoad(item, rest));
      this.items$ = items;
    });
    return this;
  }

  private items$: T[] | undefined;

  get items(): T[] {
    if (!this.items$) throw new Error("PropertyNotLoaded: items");
    return this.items$;
  }
}

class Worksheet extends Loadable {
  constructor(
    context: Context,
    private readonly find: () => LiveSheet | undefined,
  ) {
    super(context);
  }

  private sheet(): LiveSheet {
    const s = this.find();
    if (!s) throw new Error("ItemNotFound: the sheet does not exist");
    return s;
  }

  protected override read(field: string): unknown {
    if (field === "isNullObject") return !this.find();
    if (field === "name") return this.find()?.name ?? "";
    if (field === "visibility") return this.find()?.visibility;
    return undefined;
  }

  override loadNow(fields: string | string[]): void {
    super.loadNow([...(Array.isArray(fields) ? fields : fields.split(",")), "isNullObject"]);
  }

  get isNullObject(): boolean {
    return this.value("isNullObject");
  }
  get name(): string {
    return this.value("name");
  }
  set name(name: string) {
    this.context.queue(() => {
      const problem = sheetNameProblem(name); // Excel refuses it at the sync, as here
      if (problem) throw new Error(`InvalidArgument: the sheet name ${name} ${problem}`);
      this.context.model.renameSheet(this.sheet().name, name);
    });
  }
  get visibility(): string {
    return this.value("visibility");
  }

  getRange(address?: string): Range {
    return new Range(this.context, () => {
      if (!address) return { sheet: this.sheet(), box: { top: 0, left: 0, bottom: 1_048_575, right: 16_383 } };
      const r = parseRange(address);
      return {
        sheet: this.sheet(),
        box: { top: r.top - 1, left: r.left - 1, bottom: r.bottom - 1, right: r.right - 1 },
      };
    });
  }

  private used(): Box | undefined {
    const cells = this.sheet().cells;
    let box: Box | undefined;
    cells.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === "" && !this.sheet().formulas.has(`${r},${c}`)) return;
        box = box
          ? {
              top: Math.min(box.top, r),
              left: Math.min(box.left, c),
              bottom: Math.max(box.bottom, r),
              right: Math.max(box.right, c),
            }
          : { top: r, left: c, bottom: r, right: c };
      }),
    );
    return box;
  }

  getUsedRange(): Range {
    return new Range(this.context, () => ({
      sheet: this.sheet(),
      box: this.used() ?? { top: 0, left: 0, bottom: 0, right: 0 },
    }));
  }

  getUsedRangeOrNullObject(): Range & { isNullObject: boolean } {
    const range = this.getUsedRange() as Range & { isNullObject: boolean };
    let empty = true;
    this.context.queue(() => (empty = !this.used()));
    Object.defineProperty(range, "isNullObject", { get: () => empty });
    return range;
  }

  get charts() {
    const context = this.context;
    const sheet = () => this.sheet();
    const item = (chart: LiveChart) => ({
      title: {
        set text(text: string) {
          context.queue(() => (chart.title = text));
        },
      },
      setPosition: () => undefined,
      delete: () => context.queue(() => sheet().charts.splice(sheet().charts.indexOf(chart), 1)),
    });
    const collection = new Collection(
      context,
      () => sheet().charts.map(item),
      () => undefined,
    );
    return Object.assign(collection, {
      add: (_type: string, range: Range) => {
        const chart: LiveChart = { title: "", source: "" };
        context.queue(() => {
          const { box } = range.where();
          chart.source = `${columnLetter(box.left + 1)}${box.top + 1}:${columnLetter(box.right + 1)}${box.bottom + 1}`;
          sheet().charts.push(chart);
        });
        return item(chart);
      },
    });
  }

  get pageLayout() {
    const context = this.context;
    const sheet = () => this.sheet();
    return new (class extends Loadable {
      orientation = "";
      paperSize = "";
      protected override read(field: string): unknown {
        return field === "zoom" ? { ...sheet().zoom } : undefined;
      }
      get zoom(): LiveSheet["zoom"] {
        return this.value("zoom");
      }
      set zoom(zoom: LiveSheet["zoom"]) {
        context.queue(() => {
          const fit = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
          if (fit && !context.model.pageLayoutTabOpened) return; // taken without error, and not applied (office-js#1860)
          sheet().zoom = { ...zoom };
        });
      }
      setPrintTitleRows(): void {
        // not kept
      }
    })(context);
  }

  readonly tables = {
    add: (address: string) => {
      const created: { table?: LiveTable } = {};
      this.context.queue(() => {
        const r = parseRange(address);
        const m = this.context.model;
        created.table = {
          name: `Table${m.tables.length + 1}`,
          sheet: this.sheet(),
          // made over its headers alone, a table takes the row below as its one (blank) data row, as Excel does
          box: { top: r.top - 1, left: r.left - 1, bottom: Math.max(r.bottom, r.top + 1) - 1, right: r.right - 1 },
        };
        m.tables.push(created.table);
      });
      return new Table(this.context, () => created.table);
    },
  };
}

class Workbook {
  constructor(private readonly context: Context) {}

  get tables() {
    const context = this.context;
    const m = () => context.model;
    const collection = new Collection<Table>(
      context,
      () => m().tables.map((t) => new Table(context, () => (m().tables.includes(t) ? t : undefined))),
      (item, fields) => fields.length && item.loadNow(fields),
    );
    return Object.assign(collection, {
      getItemOrNullObject: (name: string) => new Table(context, () => m().table(name)),
      getItem: (name: string) => new Table(context, () => m().table(name)),
    });
  }

  get worksheets() {
    const context = this.context;
    const m = () => context.model;
    const collection = new Collection<Worksheet>(
      context,
      () => m().sheets.map((s) => new Worksheet(context, () => (m().sheets.includes(s) ? s : undefined))),
      (item, fields) => fields.length && item.loadNow(fields),
    );
    return Object.assign(collection, {
      getItemOrNullObject: (name: string) => new Worksheet(context, () => m().sheet(name)),
      // the sheet itself, as in Excel: found by its name once, then kept through a rename
      getItem: (name: string) => {
        let sheet: LiveSheet | undefined;
        return new Worksheet(context, () => (sheet ??= m().sheet(name)));
      },
      add: (name: string) => {
        let sheet: LiveSheet | undefined;
        context.queue(() => (sheet = m().addSheet(name)));
        return new Worksheet(context, () => sheet);
      },
    });
  }

  get names() {
    const context = this.context;
    const m = () => context.model;
    type Name = { name: string; formula: string };
    const collection = new Collection<Name>(
      context,
      () => m().names.map((n) => ({ ...n })),
      () => undefined,
    );
    return Object.assign(collection, {
      add: (name: string, range: Range) => {
        context.queue(() => {
          const problem = excelNameProblem(name);
          if (problem) throw new Error(`InvalidArgument: the name ${name} ${problem}`);
          if (m().names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
            throw new Error(`InvalidArgument: the name ${name} exists`);
          const { sheet, box } = range.where();
          m().names.push({
            name,
            formula: `='${sheet.name.replace(/'/g, "''")}'!$${columnLetter(box.left + 1)}$${box.top + 1}`,
          });
        });
      },
      getItem: (name: string) => ({
        delete: () =>
          context.queue(() => {
            const at = m().names.findIndex((n) => n.name.toLowerCase() === name.toLowerCase());
            if (at < 0) throw new Error(`ItemNotFound: name ${name}`);
            m().names.splice(at, 1);
          }),
      }),
    });
  }

  get functions() {
    const date1904 = this.context.model.date1904;
    return { date: (y: number) => ({ load: () => ({ value: y === 1904 && date1904 ? 0 : 1462 }) }) };
  }
}

/** A text typed into a General cell, as Excel reads it (en-US): a number, a percentage, a date, TRUE/FALSE, else the text. */
function asTyped(text: string): Value {
  const t = text.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return Number(t);
  if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  const date = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(t);
  if (date && Number(date[1]) <= 12 && Number(date[2]) <= 31)
    return 25569 + Date.UTC(Number(date[3] ?? 2026), Number(date[1]) - 1, Number(date[2])) / 86_400_000;
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === "true";
  return text;
}
