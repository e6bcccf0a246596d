/**
 * One import as `salesdesk import FILE --json` runs it (read the file, import, no output written), in
 * a process of its own so that its peak memory is its own: prints {"seconds","peakMB","rows"}.
 */
import { readFileSync } from "node:fs";
import { openWorkbookFile } from "../src/files/workbookFile";
import { prepareImport, runImport } from "../src/core/import/workbookImport";
import { XlsxWorkbook } from "../src/files/xlsxWorkbook";

export async function main([file]: string[]): Promise<number> {
  const start = performance.now();
  const prepared = await prepareImport(await openWorkbookFile(readFileSync(file), file), new XlsxWorkbook());
  const result = runImport(prepared);
  const seconds = (performance.now() - start) / 1000;
  const rows = result.sheets.reduce((n, s) => n + s.rows, 0);
  console.log(JSON.stringify({ seconds, peakMB: process.resourceUsage().maxRSS / 1024, rows }));
  return 0;
}
