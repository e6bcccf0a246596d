/** The Import tab's strings in Spanish (a missing key is a type error). */
import type { Message } from "../message";
import type { importEn } from "./en";

export const importEs: Record<keyof typeof importEn, Message> = {
  "import.title": "Importar hojas",
  "import.intro":
    "Convierte sus propias hojas en las tablas del complemento. Revise la tabla y las columnas propuestas para cada hoja e importe: las filas que no se pueden leer van a la hoja Cuarentena, y sus hojas quedan como están.",
  "import.reread": "Volver a leer",
  "import.reading": "Leyendo las hojas…",
  "import.none": "No hay ninguna hoja que importar: todas las hojas visibles ya contienen una tabla del complemento.",
  "import.asLastTime": "como la última vez",
  "import.runnerUp": "También se acerca: {table}",
  "import.held": {
    one: "{n} fila espera a que elija la columna que su tabla necesita (vea los problemas)",
    other: "{n} filas esperan a que elija la columna que su tabla necesita (vea los problemas)",
  },
  "import.table": "Tabla",
  "import.notTable": "No es una tabla: dejarla",
  "import.headerRow": "Encabezado en la fila {row}",
  "import.counts": {
    one: "{n} fila: {imported} para importar, {quarantined} a Cuarentena",
    other: "{n} filas: {imported} para importar, {quarantined} a Cuarentena",
  },
  "import.columns": "Columnas: {n} de {of} reconocidas",
  "import.extra": "Conservarla como columna adicional",
  "import.again": {
    one: "Importar de nuevo ({n} fila, sustituye lo que trajo)",
    other: "Importar de nuevo ({n} filas, sustituyen lo que trajeron)",
  },
  "import.run": { one: "Importar {n} fila", other: "Importar {n} filas" },
  "import.running": "Importando…",
  "import.done": {
    one: "Se ha importado {n} fila; {quarantined} en la hoja Cuarentena.",
    other: "Se han importado {n} filas; {quarantined} en la hoja Cuarentena.",
  },
  "import.problems": { one: "{n} problema", other: "{n} problemas" },
  "import.period": "Periodo de los objetivos",
  "import.periodHint": "Una hoja de objetivos no dice de qué periodo son: ¿cuál es? 2026-11, T4 2026, noviembre 2026",
  "import.badPeriod": "'{text}' no es un periodo: escriba 2026-11, 2026-Q4, 2026-W48 o 2026",
  "import.progress": "Leyendo las filas: {done} de {of}…",
  "import.more": "… y {n} más: la hoja Cuarentena guarda cada fila con sus motivos.",
};
