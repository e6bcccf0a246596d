/**
 * The sheets the add-in writes itself (regenerated in place, never import material) and the bank
 * statement it reads line by line: their names in one place, for every domain that writes or skips them.
 */
import { Refusal } from "./port";
import { say } from "../kernel/messages";
export const QUARANTINE_SHEET = "Quarantine";
export const ARCHIVE_SHEET = "Clients archive";
export const AGING_SHEET = "Aging";
export const MAILING_SHEET = "Mailing list";
export const WEEKLY_SALES = "WeeklySales";
export const BANK_SHEET = "Bank";
/** VERI*FACTU's billing records: kept by issuing, never import material. */
export const RECORDS_SHEET = "VeriFactu";
/** The import's memory of the admin's corrections, keyed by a sheet's headers. */
export const MAPPINGS_SHEET = "Import mappings";

/** The market research for management, named in the language it is written in. */
export const MARKET_SHEETS = { ca: "Mercat", es: "Mercado", en: "Market" } as const;

export const reportSheetName = (week: string) => `Report ${week}`;
/** A campaign's recipients when too many for one cell. */
export const recipientSheetName = (campaignId: string) => `Recipients ${campaignId}`;

/** Whether a sheet is one of those above (a weekly report of any week included): never imported. */
export function isOwnedSheet(name: string): boolean {
  const base = name.replace(/ \(\d+\)$/, ""); // written beside a user's sheet of the name: "Aging (2)"
  return (
    [
      QUARANTINE_SHEET,
      ARCHIVE_SHEET,
      AGING_SHEET,
      MAILING_SHEET,
      WEEKLY_SALES,
      BANK_SHEET,
      RECORDS_SHEET,
      MAPPINGS_SHEET,
    ].includes(base) ||
    Object.values(MARKET_SHEETS).includes(base as never) ||
    /^Report \d{4}-W\d{2}$/.test(base) ||
    /^Recipients CMP-\d+$/.test(base)
  );
}

/**
 * Sheets the add-in writes carry a marker: a workbook name "SalesDesk.<output>" referring to the
 * sheet's A1. Excel keeps such a name pointing at the sheet through renames, so the marker, not the
 * sheet's name, says which sheet is the add-in's to replace.
 */
export function markerName(output: string): string {
  return `SalesDesk.${output.replace(/[^A-Za-z0-9_]/g, "_")}`;
}

/** The reference a marker name holds: the sheet's A1 ("='Clients archive'!$A$1"). */
export function markerReference(sheet: string): string {
  return `='${sheet.replace(/'/g, "''")}'!$A$1`;
}

/** The sheet a marker's reference points at, if it is one. */
export function markedSheet(reference: string): string | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?A\$?1$/.exec(reference.trim());
  return m ? (m[1]?.replace(/''/g, "'") ?? m[2]) : undefined;
}

export interface WorkbookLayout {
  sheets: readonly string[];
  tables: readonly { name: string; sheet: string }[];
  /** workbook names: the markers among them say which sheets are the add-in's */
  names: readonly { name: string; reference: string }[];
}

export interface Placement {
  sheet: string;
  /** a sheet of that name is the add-in's and is replaced; else the sheet is added */
  replaces: boolean;
  note?: string;
}

/**
 * Where an output sheet goes: on the sheet its marker points at; else on the sheet of its name when
 * there is none, or when that sheet holds only tables of this output (written before markers
 * existed); else beside a user's sheet of that name, and said. A table name a user's table already
 * has elsewhere is refused: two tables of one name would leave the reader guessing.
 */
export function placeOutput(
  output: { name: string; tables: readonly { name: string }[] },
  layout: WorkbookLayout,
): Placement {
  const has = (sheet: string) => layout.sheets.some((s) => s.toLowerCase() === sheet.toLowerCase());
  const marker = layout.names.find((n) => n.name.toLowerCase() === markerName(output.name).toLowerCase());
  const marked = marker && markedSheet(marker.reference);
  const ours = new Set(output.tables.map((t) => t.name.toLowerCase()));
  const tablesOn = (sheet: string) => layout.tables.filter((t) => t.sheet.toLowerCase() === sheet.toLowerCase());
  let placement: Placement;
  if (marked && has(marked)) placement = { sheet: marked, replaces: true };
  else if (!has(output.name)) placement = { sheet: output.name, replaces: false };
  else if (tablesOn(output.name).length > 0 && tablesOn(output.name).every((t) => ours.has(t.name.toLowerCase())))
    placement = { sheet: output.name, replaces: true };
  else {
    let k = 2;
    while (has(`${output.name} (${k})`)) k++;
    const sheet = `${output.name} (${k})`;
    placement = {
      sheet,
      replaces: false,
      note: `a sheet of yours is named ${output.name}: it was left as it is and this was written to ${sheet}`,
    };
  }
  const clash = layout.tables.find(
    (t) => ours.has(t.name.toLowerCase()) && t.sheet.toLowerCase() !== placement.sheet.toLowerCase(),
  );
  if (clash) throw new Refusal(say("sheet.tableNameTaken", { table: clash.name, sheet: clash.sheet }));
  return placement;
}
