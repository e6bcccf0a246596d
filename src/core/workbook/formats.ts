/** Excel number formats for output cells: European readings (dd/mm/yyyy, 1.234,56 €) that Excel localises. */
import type { CellFormat } from "./port";

export const NUMBER_FORMATS: Record<CellFormat, string> = {
  text: "@",
  date: "dd/mm/yyyy",
  money: '#,##0.00 "€";[Red]-#,##0.00 "€"',
  percent: "0.0%",
  integer: "0",
  number: "#,##0.##",
};

/** Whether an Excel number format shows a date: it has day or year codes outside quotes and brackets. */
export function isDateFormat(format: string): boolean {
  const codes = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]|mmm/i.test(codes);
}
