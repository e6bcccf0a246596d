/** A cell as ExcelJS hands it over, read as the port's: formulas by their results, rich text as its text, dates as serials. */
import type ExcelJS from "exceljs";
import { dayFromDate, serialFromDay } from "../core/kernel";
import type { Cell, SheetCell } from "../core/workbook";

/** A cell's value as the user sees it: formulas by their results, rich text as its text. */
export function sheetCellOf(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined || value instanceof Date) return value ?? null;
  if (typeof value === "object") {
    if ("result" in value) return value.result === undefined ? null : sheetCellOf(value.result);
    if ("richText" in value) return value.richText.map((t) => t.text).join("");
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
    return null;
  }
  return value;
}

/** Excel stores dates as numbers; ExcelJS hands them over as Dates: give the port its serials back. */
export function cellOf(value: ExcelJS.CellValue, date1904: boolean): Cell {
  const cell = sheetCellOf(value);
  return cell instanceof Date ? serialFromDay(dayFromDate(cell), date1904) + fractionOfDay(cell) : cell;
}

function fractionOfDay(date: Date): number {
  return (date.getTime() % 86_400_000) / 86_400_000;
}
