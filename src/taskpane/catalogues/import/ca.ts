/** The Import tab's strings in Catalan (a missing key is a type error). */
import type { Message } from "../message";
import type { importEn } from "./en";

export const importCa: Record<keyof typeof importEn, Message> = {
  "import.title": "Importa fulls",
  "import.intro":
    "Converteix els vostres fulls en les taules del complement. Reviseu la taula i les columnes proposades per a cada full i importeu: les files que no es poden llegir van al full Quarantena, i els vostres fulls queden com estan.",
  "import.reread": "Torna a llegir",
  "import.reading": "Llegint els fulls…",
  "import.none": "No hi ha cap full per importar: tots els fulls visibles ja tenen una taula del complement.",
  "import.asLastTime": "com l'última vegada",
  "import.runnerUp": "També s’hi acosta: {table}",
  "import.held": {
    one: "{n} fila espera que trieu la columna que la seva taula necessita (vegeu els problemes)",
    other: "{n} files esperen que trieu la columna que la seva taula necessita (vegeu els problemes)",
  },
  "import.table": "Taula",
  "import.notTable": "No és una taula: deixa'l",
  "import.headerRow": "Capçalera a la fila {row}",
  "import.counts": {
    one: "{n} fila: {imported} per importar, {quarantined} a Quarantena",
    other: "{n} files: {imported} per importar, {quarantined} a Quarantena",
  },
  "import.columns": "Columnes: {n} de {of} reconegudes",
  "import.extra": "Conserva-la com a columna addicional",
  "import.again": {
    one: "Torna a importar ({n} fila, substitueix el que va portar)",
    other: "Torna a importar ({n} files, substitueixen el que van portar)",
  },
  "import.run": { one: "Importa {n} fila", other: "Importa {n} files" },
  "import.running": "Important…",
  "import.done": {
    one: "S'ha importat {n} fila; {quarantined} al full Quarantena.",
    other: "S'han importat {n} files; {quarantined} al full Quarantena.",
  },
  "import.problems": { one: "{n} problema", other: "{n} problemes" },
  "import.period": "Període dels objectius",
  "import.periodHint": "Un full d'objectius no diu de quin període són: quin és? 2026-11, T4 2026, novembre 2026",
  "import.badPeriod": "'{text}' no és un període: escriviu 2026-11, 2026-Q4, 2026-W48 o 2026",
  "import.progress": "Llegint les files: {done} de {of}…",
  "import.more": "… i {n} més: el full Quarantena guarda cada fila amb els motius.",
};
