/**
 * The import remembers the admin's corrections: when she changes a sheet's table or a column's
 * mapping, the choice is kept in the workbook (the owned sheet "Import mappings"), keyed by the
 * sheet's headers, and the next sheet with the same headers (next month's export) is read the same
 * way, "as last time". Headers are compared folded and in any order.
 */
import { TABLE_NAMES, TableName, tableDef } from "../workbook/contract";
import type { ReadPort, SheetOutput, WorkbookPort } from "../workbook/port";
import { headerAt, headersIn, MAPPINGS_SHEET, ownedSheet, type HeaderWord } from "../workbook/ownedSheets";
import type { MessageLanguage } from "../kernel/messages";
import { foldWords } from "../locale/fold";
import { planSheet, type SheetPlan } from "./plan";
import type { SheetGrid } from "../workbook/port";

export const MAPPINGS_TABLE = "ImportMappings";
const COLUMNS = {
  Headers: { en: "Headers", ca: "Capçaleres", es: "Encabezados" },
  Table: { en: "Table", ca: "Taula", es: "Tabla" },
  Columns: { en: "Columns", ca: "Columnes", es: "Columnas" },
  Saved: { en: "Saved", ca: "Desada", es: "Guardada" },
} satisfies Record<string, HeaderWord>;

export interface Remembered {
  /** the sheet's headers, folded, sorted, joined with " | " */
  headers: string;
  table: TableName | null;
  /** folded header → contract column (null: kept as an extra column) */
  columns: Map<string, string | null>;
  saved: string;
}

/** The key a sheet's headers are remembered by. */
export function headerSignature(headers: readonly string[]): string {
  return headers
    .map((h) => foldWords(h))
    .filter((h) => h !== "")
    .sort()
    .join(" | ");
}

/** What the workbook remembers, newest last; nothing where it has no memory yet. */
export async function readMemory(port: ReadPort): Promise<Remembered[]> {
  const table = await port.readTable(MAPPINGS_TABLE);
  if (!table) return [];
  const at = (name: keyof typeof COLUMNS) => headerAt(table.headers, COLUMNS[name]);
  return table.rows.flatMap((row) => {
    const name = String(row[at("Table")] ?? "");
    const known = (TABLE_NAMES as readonly string[]).includes(name);
    if (name !== "" && !known) return []; // a row edited into nonsense is ignored, never guessed at
    const columns = new Map<string, string | null>();
    for (const pair of String(row[at("Columns")] ?? "").split("\n")) {
      const [header, column] = pair.split(" = ");
      if (header !== undefined && column !== undefined)
        columns.set(header.trim(), column.trim() === "—" ? null : column.trim());
    }
    return [
      {
        headers: String(row[at("Headers")] ?? ""),
        table: known ? (name as TableName) : null,
        columns,
        saved: String(row[at("Saved")] ?? ""),
      },
    ];
  });
}

/**
 * A plan read as last time, where the memory knows its headers: the table she chose, and each column
 * she mapped (a column the table no longer has is left as proposed).
 */
export function applyMemory(plan: SheetPlan, memory: readonly Remembered[]): SheetPlan {
  const signature = headerSignature(plan.columns.map((c) => c.header));
  const remembered = memory.filter((m) => m.headers === signature).at(-1);
  if (!remembered || plan.headerRow === null) return plan;
  const names = new Set(remembered.table ? tableDef(remembered.table).columns.map((c) => c.name) : []);
  const columns = plan.columns.map((c) => {
    const column = remembered.columns.get(foldWords(c.header));
    return column === undefined || (column !== null && !names.has(column)) ? c : { ...c, column };
  });
  return {
    ...plan,
    table: remembered.table,
    columns: remembered.table ? columns : columns.map((c) => ({ ...c, column: null })),
    asLastTime: true,
  };
}

/** The memory with these plans' choices kept (one row per set of headers, the newest choice winning). */
export function remember(memory: readonly Remembered[], plans: readonly SheetPlan[], today: string): Remembered[] {
  const kept = new Map(memory.map((m) => [m.headers, m]));
  for (const plan of plans) {
    const headers = headerSignature(plan.columns.map((c) => c.header));
    kept.delete(headers);
    kept.set(headers, {
      headers,
      table: plan.table,
      columns: new Map(plan.columns.map((c) => [foldWords(c.header), plan.table ? c.column : null])),
      saved: today,
    });
  }
  return [...kept.values()];
}

/** The owned sheet that holds the memory, one row per set of headers, readable by the admin. */
export function memorySheet(memory: readonly Remembered[], language: MessageLanguage): SheetOutput {
  return {
    ...ownedSheet(MAPPINGS_SHEET, language),
    tables: [
      {
        name: MAPPINGS_TABLE,
        columns: headersIn(Object.values(COLUMNS), language).map((header) => ({ header, format: "text" as const })),
        rows: memory.map((m) => [
          m.headers,
          m.table ?? "",
          [...m.columns].map(([header, column]) => `${header} = ${column ?? "—"}`).join("\n"),
          m.saved,
        ]),
      },
    ],
  };
}

/** What the admin says a sheet holds: a table for a sheet, a contract column (or none) for a header. */
export interface Corrections {
  tables: Map<string, TableName | null>;
  /** folded header → contract column, null to keep it as an extra column */
  columns: Map<string, string | null>;
}

/** The plans with her corrections made, each plan she corrected marked so (and remembered once written). */
export function corrected(
  plans: readonly SheetPlan[],
  grids: readonly SheetGrid[],
  corrections: Corrections,
): SheetPlan[] {
  return plans.map((plan) => {
    const table = corrections.tables.get(plan.sheet);
    const grid = grids.find((g) => g.name === plan.sheet);
    const replanned = table !== undefined && grid ? planSheet(grid, table) : plan;
    const names = new Set(replanned.table ? tableDef(replanned.table).columns.map((c) => c.name) : []);
    let touched = table !== undefined;
    const columns = replanned.columns.map((c) => {
      const column = corrections.columns.get(foldWords(c.header));
      if (column === undefined || (column !== null && !names.has(column))) return c;
      touched = true;
      return { ...c, column };
    });
    // A column she gave to one header is taken from any other that had it.
    const given = new Set(
      replanned.columns
        .filter((c) => corrections.columns.get(foldWords(c.header)) !== undefined)
        .map((c) => corrections.columns.get(foldWords(c.header))),
    );
    const fixed = columns.map((c) =>
      corrections.columns.get(foldWords(c.header)) === undefined && c.column !== null && given.has(c.column)
        ? { ...c, column: null }
        : c,
    );
    return touched ? { ...replanned, columns: fixed, corrected: true } : plan;
  });
}

/** Keeps the admin's corrections in the workbook, beside what it already remembers and what `earlier` brings from another. */
export async function saveCorrections(
  port: WorkbookPort,
  corrected: readonly SheetPlan[],
  today: string,
  language: MessageLanguage,
  earlier: readonly Remembered[] = [],
): Promise<void> {
  if (corrected.length === 0 && earlier.length === 0) return;
  await port.writeSheet(memorySheet(remember([...earlier, ...(await readMemory(port))], corrected, today), language));
}
