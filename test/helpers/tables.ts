import type { Cell, TableData } from "../../src/core/workbook/port";

/** A table as an adapter would hand it over; the header sits on row 1 unless said otherwise. */
export function tableData(
  name: string,
  headers: string[],
  rows: Cell[][],
  options: Partial<TableData> = {},
): TableData {
  return { name, sheet: name, headers, rows, rowCount: rows.length, headerRow: 1, date1904: false, ...options };
}

/** An invoice log's columns as the sales tests write it: each line's exec, net, rate, total, order. */
export const SALE_HEADERS = [
  "InvoiceNo",
  "IssueDate",
  "ClientID",
  "Exec",
  "Net",
  "VATRate",
  "Total",
  "DueDate",
  "Status",
  "CreditOf",
  "OrderID",
];
