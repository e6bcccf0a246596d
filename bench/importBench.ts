/**
 * Import of a messy 50k-row invoice register: a title above the header, text amounts with comma
 * decimals, dates as dates and as text, status words in Spanish, some bad rows. Timed in three parts:
 * reading the .xlsx, the import itself (detect, map, convert, check), writing the tables.
 */
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../src/files/xlsxWorkbook";
import { prepareImport, runImport, writeImport } from "../src/core/import/workbookImport";

const STATUSES = ["Pagada", "Pendiente", "Vencida", "Parcial", "Abono"];

export async function messyRegister(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Facturas");
  sheet.addRow(["Registro de facturas"]);
  sheet.addRow(["Actualizado el 27/11/2026"]);
  sheet.addRow(["Nº Factura", "Fecha", "Cliente", "Base imponible", "% IVA", "Total", "Vencimiento", "Estado", "Notas"]);
  for (let i = 0; i < rows; i++) {
    const day = 1 + (i % 28);
    const net = 100 + (i % 997) + 0.5;
    sheet.addRow([
      `2026-${String(i + 1).padStart(6, "0")}`,
      i % 2 ? new Date(Date.UTC(2026, i % 12, day)) : `${String(day).padStart(2, "0")}/${String((i % 12) + 1).padStart(2, "0")}/2026`,
      `C-${String(i % 800).padStart(4, "0")}`,
      i % 1000 === 999 ? "n/d" : `${net.toFixed(2).replace(".", ",")} €`,
      "21%",
      Math.round(net * 121) / 100,
      new Date(Date.UTC(2026, (i % 12) + 1, day)),
      STATUSES[i % STATUSES.length],
      i % 7 ? null : "llamar al cliente",
    ]);
  }
  sheet.addRow(["TOTAL"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

export async function importSeconds(rows: number): Promise<{ read: number; run: number; write: number; imported: number; quarantined: number }> {
  const file = await messyRegister(rows);
  let start = process.hrtime.bigint();
  const source = await XlsxWorkbook.load(file);
  const out = new XlsxWorkbook();
  const prepared = await prepareImport(source, out);
  const read = seconds(start);
  start = process.hrtime.bigint();
  const result = runImport(prepared);
  const run = seconds(start);
  start = process.hrtime.bigint();
  await writeImport(out, result, prepared.target);
  await out.save();
  const write = seconds(start);
  const [sheet] = result.sheets;
  if (sheet.rows !== rows) throw new Error(`the import saw ${sheet.rows} rows of ${rows}`);
  return { read, run, write, imported: sheet.imported, quarantined: sheet.quarantined };
}
