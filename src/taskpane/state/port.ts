/** The workbook the pages work on: Excel's in Office, an .xlsx file in the workbench. */
import { createContext, useContext } from "react";
import type { WorkbookPort } from "../../core/workbook";

export const PortContext = createContext<WorkbookPort | null>(null);

export function usePort(): WorkbookPort {
  const port = useContext(PortContext);
  if (!port) throw new Error("no workbook is open");
  return port;
}

/**
 * The same port, telling `changed` after every write (whether it succeeded or not), so that what the
 * pages and functions share is read again at once instead of after Excel's change events arrive.
 */
export function afterWrites(port: WorkbookPort, changed: () => void): WorkbookPort {
  const then = <T>(write: Promise<T>) => write.finally(changed);
  return {
    listSheets: () => port.listSheets(),
    readSheet: (name) => port.readSheet(name),
    listTables: () => port.listTables(),
    tableNames: () => port.tableNames(),
    readTable: (name) => port.readTable(name),
    showRow: (table, keyColumn, key) => port.showRow(table, keyColumn, key),
    writeSheet: (sheet) => then(port.writeSheet(sheet)),
    appendRow: (request) => then(port.appendRow(request)),
    updateRow: (table, keyColumn, key, changes) => then(port.updateRow(table, keyColumn, key, changes)),
    rewriteColumn: (table, column, rewrite) => then(port.rewriteColumn(table, column, rewrite)),
    deleteRow: (table, keyColumn, key) => then(port.deleteRow(table, keyColumn, key)),
  };
}
