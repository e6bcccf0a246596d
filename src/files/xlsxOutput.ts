/**
 * An output sheet drawn on an ExcelJS worksheet: the title, each table with its formats and RAG
 * colours, where layoutSheet places them (the .xlsx adapter's writeSheet).
 */
import type ExcelJS from "exceljs";
import { layoutSheet, CellFormat, ragRules, SheetOutput, numberFormat, writableCell } from "../core/workbook";
import { dateFromDay, columnLetter } from "../core/kernel";

/** Draws the output on a fresh worksheet. */
export function drawOutput(sheet: ExcelJS.Worksheet, output: SheetOutput): void {
  if (output.print) {
    const { landscape, fitToWidth, titleRows } = output.print;
    sheet.pageSetup = {
      ...sheet.pageSetup,
      orientation: landscape ? "landscape" : "portrait",
      paperSize: 9, // A4: the paper of the admin's printer in Europe
      ...(fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      ...(titleRows ? { printTitlesRow: `1:${titleRows}` } : {}),
    };
  }
  if (output.title) {
    sheet.getCell("A1").value = writableCell(output.title);
    sheet.getCell("A1").font = { bold: true, size: 14 };
  }
  for (const { table, headerRow } of layoutSheet(output)) {
    const dateColumns = table.columns.map((c) => c.format === "date");
    // As wide as its header or its longest text (Excel's autofit, which a file cannot ask for), 10 to 40.
    table.columns.forEach((c, i) => {
      const column = sheet.getColumn(i + 1);
      const longest = table.rows
        .slice(0, 1000)
        .reduce((n, r) => Math.max(n, typeof r[i] === "string" ? r[i].length : 0), c.header.length);
      column.width = Math.max(column.width ?? 0, Math.min(40, Math.max(10, longest + 4)));
    });
    const rowCount = Math.max(1, table.rows.length);
    sheet.addTable({
      name: table.name,
      ref: `A${headerRow}`,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: table.columns.map((c) => ({ name: writableCell(c.header), filterButton: true })),
      // A table needs one row at least; an empty one gets a blank row, as Excel itself does.
      rows: table.rows.length
        ? table.rows.map((cells) =>
            cells.map((v, i) =>
              dateColumns[i] && typeof v === "number" ? dateFromDay(v) : writableCell(v, table.columns[i].header),
            ),
          )
        : [table.columns.map(() => null)],
    });
    formatCells(
      sheet,
      headerRow + 1,
      headerRow + rowCount,
      table.columns.map((c) => c.format ?? "text"),
      output.currency,
    );
    table.columns.forEach((c, i) => {
      if (!c.rag) return;
      const letter = columnLetter(i + 1);
      sheet.addConditionalFormatting({
        ref: `${letter}${headerRow + 1}:${letter}${headerRow + rowCount}`,
        rules: ragRules(c.rag).map(([text, colour], priority) => ({
          type: "containsText",
          operator: "containsText",
          text,
          priority: priority + 1,
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${colour.slice(1)}` } } },
        })),
      });
    });
  }
  // ExcelJS writes no charts: XlsxWorkbook adds output.charts as chart parts when it saves the file.
}

/**
 * Number formats cell by cell, not by column: several tables may stand one above the other, and
 * ExcelJS's column formats would reach every table in that column. One shared style object per
 * column also keeps the save linear: ExcelJS looks each distinct style object up in a WeakMap, and
 * with a copy per cell that lookup takes minutes for 100k invoices.
 */
function formatCells(
  sheet: ExcelJS.Worksheet,
  top: number,
  bottom: number,
  formats: CellFormat[],
  currency?: string,
): void {
  const styles = formats.map(
    (f) => (f === "text" ? {} : { numFmt: numberFormat(f, currency) }) as Partial<ExcelJS.Style>,
  );
  for (let r = top; r <= bottom; r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= formats.length; c++) row.getCell(c).style = styles[c - 1];
  }
}
