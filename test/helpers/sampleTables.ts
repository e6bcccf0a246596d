/** The sample workbook as the tables an adapter hands over: its dates as Excel's serials. */
import { generateSample } from "../../src/core/sample/sample";
import { serialFromDay, type Day } from "../../src/core/kernel/dates";
import type { TableData } from "../../src/core/workbook/port";
import { tableData } from "./tables";

export const sampleTables = (seed: number, invoices: number, today: Day): TableData[] =>
  generateSample({ seed, invoices, today }).map((s) => {
    const t = s.tables[0];
    const dates = t.columns.map((c) => c.format === "date");
    return tableData(
      t.name,
      t.columns.map((c) => c.header),
      t.rows.map((row) => row.map((v, i) => (dates[i] && typeof v === "number" ? serialFromDay(v) : v))),
    );
  });
