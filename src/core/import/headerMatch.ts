/**
 * How well a sheet's header names a contract column: its words folded and taken as concepts, compared
 * with the column's name and the vocabulary's synonyms (a second choice counting less), words every
 * column shares counting less.
 */
import { tableDef, type TableName } from "../workbook/contract";
import { headerConcepts, qualifiedAway } from "./concepts";
import { HEADER_WORDS } from "./vocabulary";

/** The concept that names what each table lists, as a sheet's name or title says it in any language. */
export const TABLE_CONCEPTS: Record<TableName, string> = {
  Clients: "client",
  Products: "product",
  Team: "exec",
  Targets: "target",
  Quotes: "quote",
  Orders: "order",
  Invoices: "invoice",
  Payments: "payment",
  Visits: "visit",
  Requests: "ticket",
  Meetings: "meeting",
  Reminders: "reminder",
  Survey: "survey",
  Campaigns: "campaign",
  Settings: "setting",
};

interface Synonym {
  concepts: readonly string[];
  /** 1, or less for a second choice ("~description" names a product only where no "name" does) */
  weight: number;
}

let synonymCache: Map<string, Synonym[]> | undefined;

function synonyms(table: TableName, column: string): Synonym[] {
  synonymCache ??= new Map();
  const key = `${table}.${column}`;
  let list = synonymCache.get(key);
  if (!list) {
    const words = (HEADER_WORDS[table] as Record<string, string | undefined>)[column];
    list = [column, ...(words ? words.split("|") : [])]
      .map((w) => ({ concepts: headerConcepts(w.replace(/^~/, "")), weight: w.startsWith("~") ? SECOND_CHOICE : 1 }))
      .filter((s) => s.concepts.length > 0);
    synonymCache.set(key, list);
  }
  return list;
}

const SECOND_CHOICE = 0.9;

/** Words that alone do not say which column: "number", and the things every column of a table is about. */
const WEAK_WORDS = new Set(["no", "client", "invoice", "bank"]);
/** How much a word counts that most of a sheet's headers share ("Importes" over every amount column). */
const COMMON_WORD = 0.5;

function tokenMatch(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length >= 3 && b.length >= 2 * a.length && b.startsWith(a)) return 0.8; // an abbreviation: "tel" for "telefono" (but "age" is no "agent")
  if (b.length >= 4 && a.startsWith(b)) return 0.8; // a compound: "rechnungsnr" holds "rechnung"
  return 0;
}

/**
 * 0–1: how well a header names a contract column. `common` holds the words most of the sheet's headers
 * share, which say little of any one column.
 */
export function headerMatch(
  header: string,
  table: TableName,
  column: string,
  common: ReadonlySet<string> = NONE,
): number {
  const tokens = headerConcepts(header);
  if (tokens.length === 0) return 0;
  // A bare "Nº" or "Número" heads the table's own key.
  if (tokens.length === 1 && tokens[0] === "no") return column === tableDef(table).key ? 0.9 : 0;
  let best = 0;
  for (const { concepts: synonym, weight } of synonyms(table, column)) {
    if (qualifiedAway(tokens, synonym)) continue;
    if (
      synonym.length === tokens.length &&
      synonym.every((t) => tokens.includes(t)) &&
      tokens.every((t) => synonym.includes(t))
    ) {
      best = Math.max(best, weight);
      continue;
    }
    let matched = 0;
    let meaningful = false;
    for (const s of synonym) {
      const m = Math.max(...tokens.map((t) => tokenMatch(t, s)));
      matched += common.has(s) ? COMMON_WORD * m : m;
      // "Month No." shares only the "number" with "Client No."; "fattura_matchata" is still the invoice;
      // "motiu de la visita" in a table of visits says what of the visit, not which visit.
      const ownNoun = s === TABLE_CONCEPTS[table] && tokens.length > 1;
      meaningful ||= m > 0 && !(WEAK_WORDS.has(s) && synonym.length > 1) && !common.has(s) && !ownNoun;
    }
    if (meaningful) best = Math.max(best, (weight * 0.9 * matched) / Math.max(synonym.length, tokens.length));
  }
  return best;
}

const NONE: ReadonlySet<string> = new Set();

/** Words three headers or more share, and a quarter of them at least: a group head, not what any one column is. */
export function commonWords(headers: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const h of headers) for (const t of new Set(headerConcepts(h))) counts.set(t, (counts.get(t) ?? 0) + 1);
  return new Set([...counts].filter(([t, n]) => n >= 3 && n >= headers.length / 4 && t !== "no").map(([t]) => t));
}
