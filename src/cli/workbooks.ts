/**
 * The workbooks a command names: read through the fast reader (a CSV, an .xls or .ods through
 * LibreOffice where it is installed, an .ods's values read as they are where it is not), opened whole where a command writes into one, or several
 * files read together as one workbook. What is no workbook is a usage error in words.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { getHeapStatistics } from "node:v8";
import { cliReading } from "./reading";
import { convertToXlsx } from "./libreOffice";
import { UsageError } from "./usageError";
import { XlsxWorkbook } from "../files/xlsxWorkbook";
import { knownFile, openWorkbookFile, readWorkbookFile, refusal, sheetNameOf } from "../files/workbookFile";
import { UnreadableFile } from "../files/unreadableFile";
import type { ReadPort, SheetCell } from "../core/workbook";

/** The workbook to read: an .xlsx through the fast reader, a CSV, .xls or .ods as a workbook. */
export function openWorkbook(file: string | undefined): Promise<ReadPort> {
  return open(file, false);
}

/** The workbook to write a sheet into (`report`, `aging --out`): its whole model, so that all else stays as it was. */
export async function openWritable(file: string): Promise<XlsxWorkbook> {
  return (await open(file, true)) as XlsxWorkbook;
}

async function open(file: string | undefined, writable: boolean): Promise<ReadPort> {
  if (!file) throw new UsageError("name the workbook: salesdesk <command> FILE.xlsx");
  const known = await knownFile(await readFile(file), file);
  try {
    if (known.kind === "xls") return await converted(file, known.kind);
    // LibreOffice keeps an .ods's tables as tables; without it, the sheets' values are read as they are.
    if (known.kind === "ods") return await converted(file, known.kind).catch(() => openWorkbookFile(known));
    return await (writable ? openWorkbookFile(known) : readWorkbookFile(known, cliReading(cellsThatFit())));
  } catch (error) {
    if (error instanceof UnreadableFile) throw new UsageError(error.message);
    throw error;
  }
}

/** Cells a workbook may hold here: what this process's heap keeps through an import (about 6,500 a megabyte). */
function cellsThatFit(): number {
  return Math.floor((getHeapStatistics().heap_size_limit / 2 ** 20) * 6_500);
}

/** An .xls or .ods as LibreOffice converts it, when it can: a conversion that yields no cell at all read nothing. */
async function converted(file: string, kind: "xls" | "ods"): Promise<XlsxWorkbook> {
  const bytes = await convertToXlsx(file, kind).catch(() => undefined); // a file LibreOffice cannot read is refused below
  const workbook =
    bytes &&
    (await knownFile(bytes, `${file}.xlsx`)
      .then((xlsx) => openWorkbookFile(xlsx))
      .catch(() => undefined));
  const sheets = workbook
    ? await Promise.all((await workbook.listSheets()).map((s) => workbook.readSheet(s.name)))
    : [];
  if (!workbook || !sheets.some((g) => g?.rows.some((r) => r.some((c) => c !== null))))
    throw new UnreadableFile(
      kind === "ods" ? `${file} is not a readable OpenDocument spreadsheet` : refusal(kind, file),
    );
  return workbook;
}

/**
 * Several files imported together (an invoice file and its lines file) read as one workbook: every
 * visible sheet, named after its file where two files have a sheet of the same name.
 */
export async function openTogether(files: readonly string[]): Promise<XlsxWorkbook> {
  const sheets: { name: string; rows: SheetCell[][] }[] = [];
  for (const file of files) {
    const workbook = await openWorkbook(file);
    for (const info of (await workbook.listSheets()).filter((s) => s.visible)) {
      // the sheet was listed by the same workbook a moment ago
      const grid = (await workbook.readSheet(info.name))!;
      const taken = sheets.some((s) => s.name === info.name);
      sheets.push({ name: taken ? sheetNameOf(`${path.basename(file)} ${info.name}`) : info.name, rows: grid.rows });
    }
  }
  return XlsxWorkbook.fromSheets(sheets);
}
