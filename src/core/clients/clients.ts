/**
 * The client database: search, the form's validation (the import's readers), new IDs that are never
 * reused, probable duplicates, and the merge of a duplicate into its survivor (references re-pointed,
 * the merged row archived with the date and the survivor's ID — nothing deleted).
 */
import { CONTRACT, Client, ColumnDef, TABLE_NAMES, tableDef } from "../workbook/contract";
import { findCardNumbers } from "../kernel/cards";
import { compactIban } from "../kernel/iban";
import { Day, dayFromSerial } from "../kernel/dates";
import type { Cell, CellChange, OutputCell, SheetOutput, TableData, WorkbookPort } from "../workbook/port";
import { sameCell } from "../workbook/cells";
import { fold } from "../kernel/text";
import { convertCell } from "../locale/convert";
import { compactTaxId, taxIdProblem } from "../kernel/taxId";
import { formatDocumentNumber } from "../kernel/numbering";
import { FORMAT_OF } from "../workbook/output";
import { ARCHIVE_SHEET } from "../workbook/ownedSheets";

export const ARCHIVE_TABLE = "ClientsArchive";
export const ARCHIVE_COLUMNS = ["MergedInto", "MergedOn"] as const;

export interface ClientFilter {
  exec?: string;
  segment?: string;
  status?: string;
  consent?: boolean;
}

/**
 * Clients matching every word of the query somewhere (ID, name, tax ID, e-mail, city; accents and
 * case ignored), best first: an exact ID or tax ID, then names starting with the query, then the rest.
 */
export function searchClients(clients: readonly Client[], query: string, filter: ClientFilter = {}): Client[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const scored: { client: Client; score: number }[] = [];
  for (const c of clients) {
    if (filter.exec && c.Exec !== filter.exec) continue;
    if (filter.segment && c.Segment !== filter.segment) continue;
    if (filter.status && c.Status !== filter.status) continue;
    if (filter.consent !== undefined && Boolean(c.MarketingConsent) !== filter.consent) continue;
    const score = words.length === 0 ? 1 : scoreOf(c, words, fold(query));
    if (score > 0) scored.push({ client: c, score });
  }
  return scored.sort((a, b) => b.score - a.score || String(a.client.Name).localeCompare(String(b.client.Name))).map((s) => s.client);
}

function scoreOf(c: Client, words: string[], whole: string): number {
  const id = fold(c.ClientID ?? "");
  const name = fold(c.Name ?? "");
  const tax = fold(c.TaxID ?? "");
  if (whole === id || (tax !== "" && compactTaxId(whole) === compactTaxId(tax))) return 100;
  const fields = [id, name, tax, fold(c.Email ?? ""), fold(c.City ?? "")];
  let score = 0;
  for (const w of words) {
    if (!fields.some((f) => f.includes(w))) return 0;
    score += name.startsWith(w) ? 6 : name.split(/[^a-z0-9]+/).some((part) => part.startsWith(w)) ? 4 : id.startsWith(w) ? 5 : 1;
  }
  return score;
}

export interface FieldProblem {
  column: string;
  message: string;
}

/** The form's fields, read like an import reads them; full card numbers refused without echoing them. */
export function readClientForm(fields: Readonly<Record<string, string>>): { values: Record<string, OutputCell>; problems: FieldProblem[] } {
  const values: Record<string, OutputCell> = {};
  const problems: FieldProblem[] = [];
  for (const column of CONTRACT.Clients.columns as readonly ColumnDef[]) {
    if (column.name === "ClientID") continue;
    const text = (fields[column.name] ?? "").trim();
    if (text === "") {
      if (column.required) problems.push({ column: column.name, message: `${column.name} is required` });
      values[column.name] = null;
      continue;
    }
    if (column.type !== "last4" && findCardNumbers(text).length > 0) {
      problems.push({ column: column.name, message: "holds a full card number: only its last 4 digits may be kept, in CardLast4" });
      continue;
    }
    const converted = convertCell(column.type === "last4" ? (findCardNumbers(text)[0] ?? text) : text, column, { mark: ",", order: "dmy", date1904: false });
    if (converted.error !== undefined) problems.push({ column: column.name, message: converted.error });
    else values[column.name] = converted.value;
  }
  if (typeof values.TaxID === "string") {
    const why = taxIdProblem(values.TaxID);
    if (why) problems.push({ column: "TaxID", message: why });
    else values.TaxID = compactTaxId(values.TaxID);
  }
  return { values, problems };
}

/** The cells an edit changes: those whose value differs from what the form opened with (the `from` of each change). */
export function clientChanges(headers: readonly string[], opened: Readonly<Record<string, Cell>>, values: Readonly<Record<string, OutputCell>>): CellChange[] {
  return Object.entries(values)
    .filter(([column, to]) => headers.includes(column) && !sameCell(opened[column] ?? null, to as Cell))
    .map(([column, to]) => ({ column, from: opened[column] ?? null, to }));
}

/** The next client ID of the pattern (ClientIDPattern, default C-NNNN): past every ID in use or archived. */
export function nextClientId(pattern: string, taken: Iterable<Cell>): string {
  const prefix = pattern.slice(0, pattern.indexOf("N"));
  let max = 0;
  for (const id of taken) if (typeof id === "string" && id.startsWith(prefix)) max = Math.max(max, Number(id.slice(prefix.length)) || 0);
  return formatDocumentNumber(pattern, 0, max + 1);
}

export interface DuplicatePair {
  a: Client;
  b: Client;
  reasons: ("TaxID" | "name and postal code" | "IBAN")[];
}

const normalName = (name: string | null) =>
  fold(name ?? "")
    .replace(/\b(s\.?l\.?u?|s\.?a\.?|s\.?c\.?p\.?|sl|sa|slu|gmbh|ltd|sarl)\b/g, "")
    .replace(/[^a-z0-9]/g, "");

/** Pairs of clients that are probably one: same tax ID, same name and postal code, or same IBAN. */
export function probableDuplicates(clients: readonly Client[]): DuplicatePair[] {
  const pairs = new Map<string, DuplicatePair>();
  const keys: [DuplicatePair["reasons"][number], (c: Client) => string | null][] = [
    ["TaxID", (c) => (c.TaxID ? compactTaxId(c.TaxID) : null)],
    ["name and postal code", (c) => (c.Name && c.PostalCode ? `${normalName(c.Name)}|${c.PostalCode}` : null)],
    ["IBAN", (c) => (c.IBAN ? compactIban(c.IBAN) : null)],
  ];
  for (const [reason, keyOf] of keys) {
    const seen = new Map<string, Client>();
    for (const c of clients) {
      const key = keyOf(c);
      if (!key) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, c);
        continue;
      }
      const id = `${first.ClientID}|${c.ClientID}`;
      const pair = pairs.get(id) ?? { a: first, b: c, reasons: [] };
      pair.reasons.push(reason);
      pairs.set(id, pair);
    }
  }
  return [...pairs.values()];
}

export interface MergePlan {
  survivor: string;
  merged: string;
  /** the survivor's empty cells filled from the merged client: column → value */
  fills: Record<string, Cell>;
  /** tables whose ClientID column is re-pointed */
  tables: string[];
}

/** What merging `merged` into `survivor` changes; refused when either is gone (a merge done already). */
export function planMerge(
  clients: TableData,
  survivorId: string,
  mergedId: string,
  archived: TableData | undefined,
): { ok: true; plan: MergePlan } | { ok: false; error: string } {
  const key = clients.headers.indexOf("ClientID");
  const find = (id: string) => clients.rows.find((r) => String(r[key]) === id);
  const [survivor, merged] = [find(survivorId), find(mergedId)];
  if (survivorId === mergedId) return { ok: false, error: "a client cannot be merged into itself" };
  const before = archived?.rows.find((r) => String(r[archived.headers.indexOf("ClientID")]) === mergedId);
  if (before) return { ok: false, error: `${mergedId} was merged into ${String(before[archived!.headers.indexOf("MergedInto")])} already` };
  if (!survivor || !merged) return { ok: false, error: `no client ${!survivor ? survivorId : mergedId} in the Clients table` };
  const fills: Record<string, Cell> = {};
  clients.headers.forEach((h, i) => {
    if (h === "ClientID" || h === "") return;
    const empty = (v: Cell) => v === null || v === "";
    if (empty(survivor[i]) && !empty(merged[i])) fills[h] = merged[i];
  });
  const tables = TABLE_NAMES.filter((t) => t !== "Clients" && tableDef(t).columns.some((c) => c.name === "ClientID"));
  return { ok: true, plan: { survivor: survivorId, merged: mergedId, fills, tables } };
}

/** The archive sheet with one more merged client: its row as it was, the survivor's ID and the day. */
export function archiveSheet(clients: TableData, mergedId: string, survivorId: string, day: Day, archived: TableData | undefined): SheetOutput {
  const headers = [...clients.headers, ...ARCHIVE_COLUMNS];
  const row = clients.rows.find((r) => String(r[clients.headers.indexOf("ClientID")]) === mergedId)!;
  // Read back, dates are serials again: the archive's own date column goes out as Days.
  const old = (archived?.rows ?? []).map((r) =>
    headers.map((h): OutputCell => {
      const v = archived!.headers.indexOf(h) < 0 ? null : r[archived!.headers.indexOf(h)];
      return h === "MergedOn" && typeof v === "number" ? (dayFromSerial(v, archived!.date1904) ?? v) : v;
    }),
  );
  const formatOf = (h: string) =>
    h === "MergedOn" ? "date" : (FORMAT_OF[(CONTRACT.Clients.columns as readonly ColumnDef[]).find((c) => c.name === h)?.type ?? "text"] ?? "text");
  return {
    name: archived?.sheet ?? ARCHIVE_SHEET,
    title: "Clients merged into another: kept here, never deleted",
    tables: [{ name: ARCHIVE_TABLE, columns: headers.map((header) => ({ header, format: formatOf(header) })), rows: [...old, [...row, survivorId, day]] }],
  };
}

/** Merges as planned: fills the survivor, re-points every reference, archives the merged row, then removes it from Clients. */
export async function mergeClients(
  port: WorkbookPort,
  survivorId: string,
  mergedId: string,
  day: Day,
): Promise<{ ok: true; repointed: number } | { ok: false; error: string }> {
  const [clients, archived] = [await port.readTable("Clients"), await port.readTable(ARCHIVE_TABLE)];
  if (!clients) return { ok: false, error: "the workbook has no Clients table" };
  const planned = planMerge(clients, survivorId, mergedId, archived);
  if (!planned.ok) return planned;
  const { plan } = planned;
  const filled = await port.updateRow(
    "Clients",
    "ClientID",
    survivorId,
    Object.entries(plan.fills).map(([column, to]) => ({ column, from: null, to })),
  );
  if (!filled.ok) return { ok: false, error: `${survivorId} was changed meanwhile: look again before merging` };
  let repointed = 0;
  const present = new Set((await port.listTables()).map((t) => t.name));
  for (const table of plan.tables) {
    if (present.has(table)) repointed += await port.rewriteColumn(table, "ClientID", (v) => (v === mergedId ? survivorId : v));
  }
  await port.writeSheet(archiveSheet(clients, mergedId, survivorId, day, archived));
  await port.deleteRow("Clients", "ClientID", mergedId);
  return { ok: true, repointed };
}
