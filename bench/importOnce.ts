/**
 * One import as `salesdesk import FILE --json` runs it (read the file, import), then `check` of the
 * tables it made, in a process of its own so that its peak memory is its own: prints
 * {"seconds","peakMB","rows","imported","errors"}.
 */
import { readFileSync } from "node:fs";
import { knownFile, readWorkbookFile } from "../src/files/workbookFile";
import { cliReading } from "../src/cli/reading";
import { importOutputs, prepareImport, runImport } from "../src/core/import/workbookImport";
import { XlsxWorkbook } from "../src/files/xlsxWorkbook";
import { checkTables } from "../src/core/workbook/check";
import { TABLE_NAMES } from "../src/core/workbook/contract";
import { serialFromDay } from "../src/core/kernel/dates";
import type { Cell, SheetOutput, TableData } from "../src/core/workbook/port";

/** The contract tables of the import's output as a workbook would hand them back: dates turned into serials in place. */
function writtenTables(outputs: readonly SheetOutput[]): TableData[] {
  return outputs.flatMap((o) =>
    o.tables
      .filter((t) => (TABLE_NAMES as readonly string[]).includes(t.name))
      .map((t) => {
        const dates = t.columns.flatMap((c, i) => (c.format === "date" ? [i] : []));
        for (const r of t.rows)
          for (const i of dates) if (typeof r[i] === "number") r[i] = serialFromDay(r[i] as number);
        const rows = t.rows as Cell[][];
        return {
          name: t.name,
          sheet: o.name,
          headers: t.columns.map((c) => c.header),
          headerRow: 1,
          rowCount: rows.length,
          rows,
          date1904: false,
        };
      }),
  );
}

/** Reads and imports; the sheets read are let go on return (the import's result keeps what it needs). */
async function readAndImport(file: string) {
  const prepared = await prepareImport(
    await readWorkbookFile(await knownFile(readFileSync(file), file), cliReading()),
    new XlsxWorkbook(),
  );
  return { result: runImport(prepared), target: prepared.target };
}

export async function main([file]: string[]): Promise<number> {
  const start = performance.now();
  const { result, target } = await readAndImport(file);
  const health = checkTables(writtenTables(importOutputs(result, target)));
  const seconds = (performance.now() - start) / 1000;
  const rows = result.sheets.reduce((n, s) => n + s.rows, 0);
  const imported = result.sheets.reduce((n, s) => n + s.imported, 0);
  console.log(
    JSON.stringify({ seconds, peakMB: process.resourceUsage().maxRSS / 1024, rows, imported, errors: health.errors }),
  );
  return 0;
}
