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

/** The symbols Excel shows for the currencies people keep their books in; others show their ISO code. */
const SYMBOLS: Record<string, string> = {
  EUR: "€",
  USD: "$",
  GBP: "£",
  INR: "₹",
  JPY: "¥",
  BRL: "R$",
  MXN: "MX$",
  CHF: "CHF",
  CRC: "₡",
  PLN: "zł",
};

/** The Excel number format of a cell format, money in the workbook's currency (the euro unless it says another). */
export function numberFormat(format: CellFormat, currency = "EUR"): string {
  if (format !== "money") return NUMBER_FORMATS[format];
  const symbol = (SYMBOLS[currency] ?? currency).replace(/"/g, "");
  return `#,##0.00 "${symbol}";[Red]-#,##0.00 "${symbol}"`;
}

/** Whether an Excel number format shows a date: it has day or year codes outside quotes and brackets. */
export function isDateFormat(format: string): boolean {
  const codes = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]|mmm/i.test(codes);
}
