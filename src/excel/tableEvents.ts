/**
 * Tells the add-in when any table of the workbook changes (a co-author's edit, a paste, a row added or
 * removed, a table added or deleted), so that cached snapshots are dropped. Bursts are coalesced:
 * a paste of many rows fires one `onChange`.
 */
import type { ExcelRunner } from "./excelWorkbook";

export async function watchTables(run: ExcelRunner, onChange: () => void, quietMs = 300): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = async () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, quietMs);
  };
  await run(async (context) => {
    const tables = context.workbook.tables;
    tables.onChanged.add(changed);
    tables.onAdded.add(changed);
    tables.onDeleted.add(changed);
    await context.sync();
  });
}
