/** The workbench's own words around the pane, in Catalan (a missing key is a type error). */
import type { Message } from "../message";
import type { workbenchEn } from "./en";

export const workbenchCa: Record<keyof typeof workbenchEn, Message> = {
  "workbench.workbook": "Llibre",
  "workbench.open": "Obre un .xlsx o .csv",
  "workbench.openInput": "Fitxer del llibre",
  "workbench.add": "Afegeix els fulls d'un fitxer",
  "workbench.addInput": "Fitxer per afegir",
  "workbench.download": "Baixa",
  "workbench.cell": "Cel·la",
  "workbench.formulaBar": "Barra de fórmules",
  "workbench.sheets": "Fulls",
  "workbench.sheet": "Full {name}",
  "workbench.pane": "Subfinestra de tasques",
};
