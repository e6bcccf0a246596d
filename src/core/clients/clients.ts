/**
 * The client database: search, the form's validation (the import's readers), new IDs that are never
 * reused, and probable duplicates (merged by merge.ts).
 */
import { CONTRACT, Client, ColumnDef } from "../workbook/contract";
import { findCardNumbers } from "../kernel/cards";
import { compactIban } from "../kernel/iban";
import type { Cell, CellChange, OutputCell } from "../workbook/port";
import { sameCell } from "../workbook/cells";
import { fold } from "../kernel/text";
import { convertCell } from "../locale/convert";
import { compactTaxId, taxIdProblem } from "../kernel/taxId";
import { formatDocumentNumber } from "../kernel/numbering";
import { say, type Message, type MessageCode } from "../kernel/messages";

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
  return scored
    .sort((a, b) => b.score - a.score || String(a.client.Name).localeCompare(String(b.client.Name)))
    .map((s) => s.client);
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
    score += name.startsWith(w)
      ? 6
      : name.split(/[^a-z0-9]+/).some((part) => part.startsWith(w))
        ? 4
        : id.startsWith(w)
          ? 5
          : 1;
  }
  return score;
}

export interface FieldProblem {
  column: string;
  message: Message;
}

/** The form's fields, read like an import reads them; full card numbers refused without echoing them. */
export function readClientForm(fields: Readonly<Record<string, string>>): {
  values: Record<string, OutputCell>;
  problems: FieldProblem[];
} {
  const values: Record<string, OutputCell> = {};
  const problems: FieldProblem[] = [];
  for (const column of CONTRACT.Clients.columns as readonly ColumnDef[]) {
    if (column.name === "ClientID") continue;
    const text = (fields[column.name] ?? "").trim();
    if (text === "") {
      if (column.required)
        problems.push({ column: column.name, message: say("table.required", { column: column.name }) });
      values[column.name] = null;
      continue;
    }
    if (column.type !== "last4" && findCardNumbers(text).length > 0) {
      problems.push({ column: column.name, message: say("client.card") });
      continue;
    }
    const converted = convertCell(column.type === "last4" ? (findCardNumbers(text)[0] ?? text) : text, column, {
      mark: ",",
      order: "dmy",
      date1904: false,
    });
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
export function clientChanges(
  headers: readonly string[],
  opened: Readonly<Record<string, Cell>>,
  values: Readonly<Record<string, OutputCell>>,
): CellChange[] {
  return Object.entries(values)
    .filter(([column, to]) => headers.includes(column) && !sameCell(opened[column] ?? null, to))
    .map(([column, to]) => ({ column, from: opened[column] ?? null, to }));
}

/** The next client ID of the pattern (ClientIDPattern, default C-NNNN): past every ID in use or archived. */
export function nextClientId(pattern: string, taken: Iterable<Cell>): string {
  const prefix = pattern.slice(0, pattern.indexOf("N"));
  let max = 0;
  for (const id of taken)
    if (typeof id === "string" && id.startsWith(prefix)) max = Math.max(max, Number(id.slice(prefix.length)) || 0);
  return formatDocumentNumber(pattern, 0, max + 1);
}

export type DuplicateReason = "TaxID" | "name and postal code" | "IBAN";

export interface DuplicatePair {
  a: Client;
  b: Client;
  reasons: DuplicateReason[];
}

/** Each reason, as a message. */
export const DUPLICATE_REASONS: Record<DuplicateReason, MessageCode> = {
  TaxID: "client.same.taxId",
  "name and postal code": "client.same.namePostal",
  IBAN: "client.same.iban",
};

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
