/**
 * ExcelJS's full reader on a workbook, as `check` read one before the fast reader (the file, then
 * every contract table), in a process of its own like the CLI it is compared with: prints the seconds.
 */
import { readFileSync } from "node:fs";
import { readContractTables } from "../src/core/workbook/check";
import { XlsxWorkbook } from "../src/files/xlsxWorkbook";

export async function main([file]: string[]): Promise<number> {
  const start = performance.now();
  await readContractTables(await XlsxWorkbook.load(readFileSync(file)));
  console.log(((performance.now() - start) / 1000).toFixed(3));
  return 0;
}
