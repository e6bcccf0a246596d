/**
 * The sheets the add-in writes itself (regenerated in place, never import material) and the bank
 * statement it reads line by line: their names in one place, for every domain that writes or skips them.
 */
import { Refusal } from "./port";
import { say, type Message, type MessageLanguage } from "../kernel/messages";
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
/** The market research for management. */
export const MARKET_SHEET = "Market";

type Translated = { ca: string; es: string };

/**
 * Each owned sheet's name in her language. The English name is the sheet's id, the one its marker
 * carries, so a sheet written in one language is found and renamed when written in another.
 */
const NAMES: Record<string, Translated> = {
  [QUARANTINE_SHEET]: { ca: "Quarantena", es: "Cuarentena" },
  [ARCHIVE_SHEET]: { ca: "Arxiu de clients", es: "Archivo de clientes" },
  [AGING_SHEET]: { ca: "Antiguitat de saldos", es: "Antigüedad de saldos" },
  [MAILING_SHEET]: { ca: "Llista d'enviament", es: "Lista de envío" },
  [WEEKLY_SALES]: { ca: "Vendes setmanals", es: "Ventas semanales" },
  [MAPPINGS_SHEET]: { ca: "Correspondències d'importació", es: "Correspondencias de importación" },
  [MARKET_SHEET]: { ca: "Mercat", es: "Mercado" },
};
/** Sheets of one week or one campaign: the first word is said in her language, the rest kept. */
const PREFIXES: Record<string, Translated & { rest: RegExp }> = {
  Report: { ca: "Informe", es: "Informe", rest: /^\d{4}-W\d{2}$/ },
  Recipients: { ca: "Destinataris", es: "Destinatarios", rest: /^CMP-\d+$/ },
};

export const reportSheetName = (week: string) => `Report ${week}`;
/** A campaign's recipients when too many for one cell. */
export const recipientSheetName = (campaignId: string) => `Recipients ${campaignId}`;

/** An owned sheet's name in Catalan and Spanish, a week's or campaign's first word translated; none for a sheet not ours. */
function translationsOf(id: string): Translated | undefined {
  if (NAMES[id]) return NAMES[id];
  const [prefix, ...rest] = id.split(" ");
  const patterned = PREFIXES[prefix];
  return patterned && { ca: [patterned.ca, ...rest].join(" "), es: [patterned.es, ...rest].join(" ") };
}

/** An owned sheet's id and its name in the language it is written in (`Aging` → `Antiguitat de saldos`). */
export function ownedSheet(id: string, language: MessageLanguage): { id: string; name: string } {
  return { id, name: language === "en" ? id : (translationsOf(id)?.[language] ?? id) };
}

/** Every name the sheet of this id has in some language: the id alone for a sheet not ours. */
export function namesOf(id: string): string[] {
  const translated = translationsOf(id);
  return translated ? [id, translated.ca, translated.es] : [id];
}

/** A header of an owned table in the three languages: written in hers, read back in any. */
export type HeaderWord = { en: string; ca: string; es: string };

export const headersIn = (words: readonly HeaderWord[], language: MessageLanguage) => words.map((w) => w[language]);

/** Where a header is among a table's, whichever language it was written in; -1 when absent. */
export const headerAt = (headers: readonly string[], word: HeaderWord) =>
  headers.findIndex((h) => h === word.en || h === word.ca || h === word.es);

/** Whether a sheet is one of those above, in any language (a weekly report of any week included): never imported. */
export function isOwnedSheet(name: string): boolean {
  const base = name.replace(/ \(\d+\)$/, ""); // written beside a user's sheet of the name: "Aging (2)"
  const [first, ...rest] = base.split(" ");
  return (
    [BANK_SHEET, RECORDS_SHEET].includes(base) ||
    Object.entries(NAMES).some(([id, t]) => [id, t.ca, t.es].includes(base)) ||
    Object.entries(PREFIXES).some(
      ([id, t]) => [id, t.ca, t.es].includes(first) && rest.length === 1 && t.rest.test(rest[0]),
    )
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
  /** the add-in's sheet replaced, when it had this output's name in another language: renamed `sheet` */
  renames?: string;
  note?: Message;
}

/**
 * Where an output sheet goes: on the sheet its marker points at (renamed into the language written,
 * when it still has one of the output's names and the new one is free); else on the sheet of its name when
 * there is none, or when that sheet holds only tables of this output (written before markers
 * existed); else beside a user's sheet of that name, and said. A table name a user's table already
 * has elsewhere is refused: two tables of one name would leave the reader guessing.
 */
export function placeOutput(
  output: { id?: string; name: string; tables: readonly { name: string }[] },
  layout: WorkbookLayout,
): Placement {
  const id = output.id ?? output.name;
  const has = (sheet: string) => layout.sheets.some((s) => s.toLowerCase() === sheet.toLowerCase());
  const marker = layout.names.find((n) => n.name.toLowerCase() === markerName(id).toLowerCase());
  const marked = marker && markedSheet(marker.reference);
  const ours = new Set(output.tables.map((t) => t.name.toLowerCase()));
  const tablesOn = (sheet: string) => layout.tables.filter((t) => t.sheet.toLowerCase() === sheet.toLowerCase());
  let placement: Placement;
  const translatable = (sheet: string) => namesOf(id).some((n) => n.toLowerCase() === sheet.toLowerCase());
  // renamed only to a name no sheet has: one still of the output's name (has) is left as it is
  if (marked && has(marked))
    placement =
      translatable(marked) && !has(output.name)
        ? { sheet: output.name, replaces: true, renames: marked }
        : { sheet: marked, replaces: true };
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
      note: say("sheet.besideYours", { name: output.name, sheet }),
    };
  }
  const on = (placement.renames ?? placement.sheet).toLowerCase();
  const clash = layout.tables.find((t) => ours.has(t.name.toLowerCase()) && t.sheet.toLowerCase() !== on);
  if (clash) throw new Refusal(say("sheet.tableNameTaken", { table: clash.name, sheet: clash.sheet }));
  return placement;
}
