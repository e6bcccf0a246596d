/** The workbench's own words around the pane, in English. */
import type { Message } from "../message";

export const workbenchEn = {
  "workbench.workbook": "Workbook",
  "workbench.open": "Open .xlsx or .csv",
  "workbench.openInput": "Workbook file",
  "workbench.add": "Add a file's sheets",
  "workbench.addInput": "File to add",
  "workbench.download": "Download",
  "workbench.cell": "Cell",
  "workbench.formulaBar": "Formula bar",
  "workbench.sheets": "Sheets",
  "workbench.sheet": "Sheet {name}",
  "workbench.pane": "Task pane",
} satisfies Record<string, Message>;
