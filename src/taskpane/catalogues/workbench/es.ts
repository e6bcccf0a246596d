/** The workbench's own words around the pane, in Spanish (a missing key is a type error). */
import type { Message } from "../message";
import type { workbenchEn } from "./en";

export const workbenchEs: Record<keyof typeof workbenchEn, Message> = {
  "workbench.workbook": "Libro",
  "workbench.open": "Abrir un .xlsx o .csv",
  "workbench.openInput": "Archivo del libro",
  "workbench.add": "Añadir las hojas de un archivo",
  "workbench.addInput": "Archivo para añadir",
  "workbench.download": "Descargar",
  "workbench.cell": "Celda",
  "workbench.formulaBar": "Barra de fórmulas",
  "workbench.sheets": "Hojas",
  "workbench.sheet": "Hoja {name}",
  "workbench.pane": "Panel de tareas",
};
