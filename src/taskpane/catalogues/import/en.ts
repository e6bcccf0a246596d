/** The Import tab's strings in English. */
import type { Message } from "../message";

export const importEn = {
  "import.title": "Import sheets",
  "import.intro":
    "Turns your own sheets into the add-in's tables. Check the table and the columns proposed for each sheet, then import: rows that cannot be read go to the Quarantine sheet, and your sheets stay as they are.",
  "import.reread": "Read again",
  "import.reading": "Reading the sheets…",
  "import.none": "No sheet to import: every visible sheet already holds one of the add-in's tables.",
  "import.asLastTime": "as last time",
  "import.runnerUp": "Also close: {table}",
  "import.held": {
    one: "{n} row waits until you choose the column its table requires (see the problems)",
    other: "{n} rows wait until you choose the column their table requires (see the problems)",
  },
  "import.table": "Table",
  "import.notTable": "Not a table: leave it",
  "import.headerRow": "Header on row {row}",
  "import.counts": {
    one: "{n} row: {imported} to import, {quarantined} to Quarantine",
    other: "{n} rows: {imported} to import, {quarantined} to Quarantine",
  },
  "import.columns": "Columns: {n} of {of} matched",
  "import.extra": "Keep as an extra column",
  "import.again": {
    one: "Import again ({n} row, replacing what it brought)",
    other: "Import again ({n} rows, replacing what they brought)",
  },
  "import.run": { one: "Import {n} row", other: "Import {n} rows" },
  "import.running": "Importing…",
  "import.done": {
    one: "Imported {n} row; {quarantined} in the Quarantine sheet.",
    other: "Imported {n} rows; {quarantined} in the Quarantine sheet.",
  },
  "import.problems": { one: "{n} problem", other: "{n} problems" },
  "import.period": "Period of the targets",
  "import.periodHint": "A sheet of targets names no period: which is it for? 2026-11, T4 2026, novembre 2026",
  "import.badPeriod": "'{text}' is not a period: write 2026-11, 2026-Q4, 2026-W48 or 2026",
  "import.progress": "Reading the rows: {done} of {of}…",
  "import.more": "… and {n} more: the Quarantine sheet keeps every row with its reasons.",
} satisfies Record<string, Message>;
