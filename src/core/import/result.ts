/** What an import answers (sheets, problems, staged tables, quarantine) and what it is told (the workbook's keys, names, settings). */
import type { TableName } from "../workbook/contract";
import type { SheetCell } from "../workbook/port";
import type { Problem } from "../workbook/problems";
import type { StagedRow } from "./rowRules";
import { type Message, type MessageLanguage } from "../kernel/messages";

export interface SheetSummary {
  sheet: string;
  table: TableName | null;
  headerRow: number | null;
  /** source header → contract column (null: kept as an extra column) */
  columns: Record<string, string | null>;
  /** its records: imported, quarantined or held */
  rows: number;
  imported: number;
  quarantined: number;
  /** records not written because no column holds what the table requires (said in the problems): none is lost */
  held?: number;
  /** the currency its amounts are in, where the sheet shows one (ISO code) */
  currency?: string;
  /** the sheet whose rows these were joined into (master and detail) */
  joinedInto?: string;
  /** read as the admin chose last time for these headers */
  asLastTime?: boolean;
  /** the table that fitted second best: its score beside the chosen one's */
  runnerUp?: { table: TableName; score: number; chosen: number };
}

export interface StagedTable {
  table: TableName;
  /** the source's own columns, kept after the contract's */
  extras: string[];
  /** those of them that hold dates */
  dateExtras: Set<string>;
  rows: StagedRow[];
}

export interface QuarantineRow {
  sheet: string;
  row: number;
  table: TableName | null;
  reasons: Message[];
  /** the source line as it was (card numbers masked), from column A */
  cells: readonly SheetCell[];
}

export interface ImportResult {
  sheets: SheetSummary[];
  /** the Currency setting to record, when the workbook has none and the sheets showed one */
  currency?: string;
  problems: Problem[];
  tables: StagedTable[];
  quarantine: QuarantineRow[];
  /** the rows of sheets that wait for a column (`SheetSummary.held`): read, never written */
  held: StagedTable[];
}

/** What the workbook already holds that an import must respect: keys taken, names to resolve to IDs. */
export interface ImportContext {
  keys?: Partial<Record<TableName, Iterable<string>>>;
  /** folded name → ID, for references typed as names */
  clientNames?: Map<string, string>;
  execNames?: Map<string, string>;
  /** the period of a list of targets that has no period column (a label: 2026-11) */
  period?: string;
  /** the workbook's Currency setting, where it has one */
  currency?: string;
  /** invoices a Received payment in the workbook already covers */
  paidInvoices?: ReadonlySet<string>;
  /** the language of the notes it writes into rows (English when not said) */
  language?: MessageLanguage;
}
