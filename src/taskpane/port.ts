/** The workbook the pages work on: Excel's in Office, an .xlsx file in the workbench. */
import { createContext, useContext } from "react";
import type { WorkbookPort } from "../core/workbook/port";

export const PortContext = createContext<WorkbookPort | null>(null);

export function usePort(): WorkbookPort {
  const port = useContext(PortContext);
  if (!port) throw new Error("no workbook is open");
  return port;
}
