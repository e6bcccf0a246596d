/**
 * The two adapters of the workbook port over the same starting workbook, for the conformance suite:
 * Office.js over the live fake Excel (two panes on one workbook, a co-author between syncs) and the
 * .xlsx file (two callers on one workbook in memory, as the workbench and the CLI have it).
 */
import ExcelJS from "exceljs";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import type { Clock } from "../../src/excel/claimedAppend";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import type { Cell, WorkbookPort } from "../../src/core/workbook/port";
import { LiveExcel, LiveModel } from "./liveExcel";

export interface TableSpec {
  sheet: string;
  /** where the header row starts ("A1") */
  at: string;
  name: string;
  headers: string[];
  rows: (string | number | boolean)[][];
}

export interface Subject {
  /** two panes, or two callers, on one workbook */
  panes: [WorkbookPort, WorkbookPort];
  /** the table as the workbook holds it now (blanks as null) */
  table(name: string): Promise<{ headers: string[]; rows: Cell[][] } | undefined>;
  sheets(): Promise<string[]>;
  /** the admin renames a sheet, as in Excel: the workbook's names that point at it follow it */
  renameSheet(from: string, to: string): Promise<void>;
  /** the live Excel, for the co-author (Office.js only) */
  excel?: LiveExcel;
}

/** A clock whose pauses take no time: the tests' co-authors act between syncs, not in seconds. */
export const instant: Clock = { now: () => Date.parse("2026-12-01T10:00:00Z"), pause: () => Promise.resolve() };

export const ADAPTERS: {
  name: string;
  open: (tables: TableSpec[], userSheets?: Record<string, string[][]>) => Promise<Subject>;
}[] = [
  {
    name: "Office.js",
    open: async (tables, userSheets = {}) => {
      const model = new LiveModel();
      for (const [name, rows] of Object.entries(userSheets)) {
        const sheet = model.addSheet(name);
        rows.forEach((r, i) => r.forEach((v, c) => model.set(sheet, i, c, v)));
      }
      for (const t of tables) model.addTable(t.sheet, t.at, t.name, t.headers, t.rows);
      const excel = new LiveExcel(model);
      return {
        panes: [new ExcelWorkbook(excel.run, instant), new ExcelWorkbook(excel.run, instant)],
        table: async (name) => {
          const t = model.table(name);
          return (
            t && { headers: model.headers(t), rows: model.dataRows(t).map((r) => r.map((v) => (v === "" ? null : v))) }
          );
        },
        sheets: async () => model.sheets.map((s) => s.name),
        renameSheet: async (from, to) => model.renameSheet(from, to),
        excel,
      };
    },
  },
  {
    name: ".xlsx file",
    open: async (tables, userSheets = {}) => {
      const book = new ExcelJS.Workbook();
      for (const [name, rows] of Object.entries(userSheets)) book.addWorksheet(name).addRows(rows);
      for (const t of tables) {
        const sheet = book.getWorksheet(t.sheet) ?? book.addWorksheet(t.sheet);
        sheet.addTable({
          name: t.name,
          ref: t.at,
          headerRow: true,
          columns: t.headers.map((name) => ({ name })),
          rows: t.rows.length ? t.rows : [t.headers.map(() => null)],
        });
      }
      let workbook = await XlsxWorkbook.load(new Uint8Array(await book.xlsx.writeBuffer()));
      return {
        get panes(): [WorkbookPort, WorkbookPort] {
          return [workbook, workbook];
        },
        table: async (name) => {
          const again = await XlsxWorkbook.load(await workbook.save());
          const t = await again.readTable(name);
          if (!t) return undefined;
          const blank = t.rows.length === 1 && t.rows[0].every((v) => v === null);
          return { headers: t.headers, rows: blank ? [] : t.rows };
        },
        sheets: async () => (await workbook.listSheets()).map((s) => s.name),
        renameSheet: async (from, to) => {
          const file = new ExcelJS.Workbook();
          await file.xlsx.load((await workbook.save()).buffer);
          file.getWorksheet(from)!.name = to; // a test renames a sheet it made
          file.definedNames.model = file.definedNames.model.map((n) => ({
            ...n,
            ranges: n.ranges.map((r) => r.replace(`'${from}'!`, `'${to}'!`)),
          }));
          workbook = await XlsxWorkbook.load(new Uint8Array(await file.xlsx.writeBuffer()));
        },
      };
    },
  },
];
