/**
 * Import of a messy 50k-row invoice register: a title above the header, text amounts with comma
 * decimals, dates as dates and as text, status words in Spanish, some bad rows. Timed in three parts:
 * reading the .xlsx as the CLI does, the import itself (detect, map, convert, check), writing the tables.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { knownFile, openWorkbookFile, readWorkbookFile } from "../src/files/workbookFile";
import { cliReading } from "../src/cli/reading";
import { XlsxWorkbook } from "../src/files/xlsxWorkbook";
import { prepareImport, runImport, writeImport } from "../src/core/import/workbookImport";

const STATUSES = ["Pagada", "Pendiente", "Vencida", "Parcial", "Abono"];

/** The register's lines: a title, an "updated on" line, the header, the records (some bad), a total. */
function* registerRows(rows: number): Iterable<ExcelJS.CellValue[]> {
  yield ["Registro de facturas"];
  yield ["Actualizado el 27/11/2026"];
  yield ["Nº Factura", "Fecha", "Cliente", "Base imponible", "% IVA", "Total", "Vencimiento", "Estado", "Notas"];
  for (let i = 0; i < rows; i++) {
    const day = 1 + (i % 28);
    const net = 100 + (i % 997) + 0.5;
    yield [
      `2026-${String(i + 1).padStart(7, "0")}`,
      i % 2
        ? new Date(Date.UTC(2026, i % 12, day))
        : `${String(day).padStart(2, "0")}/${String((i % 12) + 1).padStart(2, "0")}/2026`,
      `C-${String(i % 800).padStart(4, "0")}`,
      i % 1000 === 999 ? "n/d" : `${net.toFixed(2).replace(".", ",")} €`,
      "21%",
      Math.round(net * 121) / 100,
      new Date(Date.UTC(2026, (i % 12) + 1, day)),
      STATUSES[i % STATUSES.length],
      i % 7 ? null : "llamar al cliente",
    ];
  }
  yield ["TOTAL"];
}

export async function messyRegister(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Facturas");
  for (const row of registerRows(rows)) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The same register streamed to a file, for a sheet of a million rows (ExcelJS's streaming writer keeps none of it). */
export async function messyRegisterFile(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet("Facturas");
  for (const row of registerRows(rows)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

export async function importSeconds(
  rows: number,
): Promise<{ read: number; run: number; write: number; imported: number; quarantined: number }> {
  const file = await messyRegister(rows);
  let start = process.hrtime.bigint();
  const source = await readWorkbookFile(await knownFile(file, "register.xlsx"), cliReading()); // as the CLI reads it
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

/**
 * Real order lines at scale: the 5,000 sales lines of a public workbook of the corpus (fr_jg_ventes),
 * ten times over with new sale numbers, read and imported in a process of its own (its peak memory).
 */
export async function realLinesImport(
  corpus: string,
  copies = 10,
): Promise<{ seconds: number; peakMB: number; rows: number } | undefined> {
  const source = path.join(corpus, "fr_jg_ventes.xlsx");
  if (!existsSync(source)) return undefined;
  const grid = (await (await openWorkbookFile(await knownFile(readFileSync(source), source))).readSheet("Sheet1"))!;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Ventes");
  sheet.addRow(grid.rows[0] as ExcelJS.CellValue[]);
  const lines = grid.rows.slice(1).filter((r) => typeof r[0] === "number");
  for (let k = 0; k < copies; k++)
    for (const r of lines)
      sheet.addRow(r.map((c, i) => (i === 0 ? (c as number) + k * 100_000 : c)) as ExcelJS.CellValue[]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "salesdesk-lines-")), "ventes.xlsx");
  writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  const run = spawnSync(process.execPath, [path.resolve("bin/run-ts.js"), path.resolve("bench/importOnce.ts"), file], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!);
}
