/**
 * What the import does to a row beyond reading its cells: card numbers masked, credit notes made
 * negative, a client's tax ID and postal code normalised, a bank's return line recorded on the payment
 * it returns, references typed as names turned into IDs, an invoice's totals that do not add up said.
 * Each says what it did through `warn`.
 */
import type { Client, ColumnDef, TableName } from "../workbook/contract";
import { problem, type Problem } from "../workbook/problems";
import { DUPLICATE_REASONS, probableDuplicates } from "../clients/clients";
import { findCardNumbers, maskCardNumbers } from "../kernel/cards";
import { columnLetter } from "../kernel/a1";
import { fold } from "../kernel/text";
import { dayFromDate, formatIsoDate } from "../kernel/dates";
import type { OutputCell, SheetCell } from "../workbook/port";
import { compactTaxId, isTaxId, taxIdProblem } from "../kernel/taxId";
import type { ColumnMapping } from "./mapping";
import { say, type Message } from "../kernel/messages";
import { surchargeRate, toCents, vatOf } from "../kernel/money";

/** A source line as the import stages it, before the tables are written. */
export interface StagedRow {
  sheet: string;
  row: number;
  /** by contract column or extra header */
  values: ColumnValues;
}

/**
 * A row's values by column, with the few Map methods the import uses, over a plain object: rows of
 * one table share its shape, so a million rows take about a fifth of what a million Maps would.
 */
export class ColumnValues implements Iterable<[string, OutputCell]> {
  private readonly cells: Record<string, OutputCell> = {};

  constructor(entries: Iterable<readonly [string, OutputCell]> = []) {
    for (const [column, value] of entries) this.set(column, value);
  }

  get(column: string): OutputCell | undefined {
    return Object.hasOwn(this.cells, slot(column)) ? this.cells[slot(column)] : undefined;
  }

  set(column: string, value: OutputCell): this {
    this.cells[slot(column)] = value;
    return this;
  }

  has(column: string): boolean {
    return Object.hasOwn(this.cells, slot(column));
  }

  delete(column: string): boolean {
    return this.has(column) && delete this.cells[slot(column)];
  }

  *[Symbol.iterator](): Iterator<[string, OutputCell]> {
    for (const key of Object.keys(this.cells)) yield [unslot(key), this.cells[key]];
  }

  entries(): Iterable<[string, OutputCell]> {
    return this;
  }

  *keys(): Iterable<string> {
    for (const key of Object.keys(this.cells)) yield unslot(key);
  }
}

/** "__proto__" as a header would reach the object's prototype: it is kept under another name. */
const slot = (column: string) => (column === "__proto__" ? "\u0000__proto__" : column);
const unslot = (key: string) => (key === "\u0000__proto__" ? "__proto__" : key);

/** The extra column that says where each imported row came from ("Facturas!8"); re-imports replace by it. */
export const SOURCE_COLUMN = "Imported from";

export type Names = { Clients: Map<string, string>; Team: Map<string, string> };

/**
 * Full card numbers never get past this point: in a CardLast4 column the cell becomes its last four
 * digits, anywhere else the number is masked in the text ("•••• 1234").
 */
export function maskCards(
  source: readonly SheetCell[],
  warn: (column: string, last4: string) => void,
  columns: readonly ColumnMapping[],
  mapped: readonly { index: number; def: ColumnDef }[],
): readonly SheetCell[] {
  let masked: SheetCell[] | undefined; // copied only when a card is found: a million rows make no million copies
  source.forEach((cell, i) => {
    const text =
      typeof cell === "string"
        ? cell
        : typeof cell === "number" && Number.isInteger(cell) && cell >= 1e12
          ? String(cell)
          : undefined;
    if (text === undefined || text.length < 13) return;
    const found = findCardNumbers(text);
    if (found.length === 0) return;
    const column =
      mapped.find((m) => m.index === i)?.def.name ?? columns.find((c) => c.index === i)?.header ?? columnLetter(i + 1);
    // A tax ID column's SIRET or partita IVA passes the Luhn check too: where it checks as a tax ID, it is one.
    if (column === "TaxID" && isTaxId(text)) return;
    warn(column, found[0]);
    (masked ??= [...source])[i] = column === "CardLast4" ? found[0] : maskCardNumbers(text);
  });
  return masked ?? source;
}

/** A credit note's amounts are negative in the contract; a sheet that lists them as positive is turned round, saying so. */
export function negateCreditNote(values: ColumnValues, warn: (message: Message) => void): void {
  const turned: string[] = [];
  for (const column of ["Net", "VAT", "Total"]) {
    const v = values.get(column);
    if (typeof v === "number" && v > 0) {
      values.set(column, -v);
      turned.push(column);
    }
  }
  warn(turned.length ? say("import.creditNegated", { columns: turned }) : say("import.creditNote"));
}

export function normalizeClient(
  table: TableName,
  values: ColumnValues,
  warn: (column: string, message: Message) => void,
): void {
  if (table !== "Clients") return;
  const taxId = values.get("TaxID");
  if (typeof taxId === "string" && taxId !== "") {
    const why = taxIdProblem(taxId);
    if (why) warn("TaxID", why);
    else values.set("TaxID", compactTaxId(taxId));
  }
  const postal = values.get("PostalCode");
  const country = asText(values.get("Country"));
  if (
    typeof postal === "string" &&
    /^\d{4}$/.test(postal) &&
    (country === null || ["ES", "FR", "DE", "IT"].includes(country))
  ) {
    values.set("PostalCode", postal.padStart(5, "0"));
    warn("PostalCode", say("import.postalZero", { postal, fixed: postal.padStart(5, "0") }));
  }
}

/**
 * A bank lists a returned debit or a chargeback as a line of its own (often negative) after the collection. The contract
 * records one payment whose status says it was withdrawn (DESIGN.md: it then no longer counts), so the
 * return is recorded on the earlier payment of the same invoice and amount in the sheet, both source
 * rows named in its "Imported from". Without one, the line stands alone with the amount withdrawn.
 * True when the line was recorded on an earlier payment.
 */
export function recordWithdrawal(
  values: ColumnValues,
  staged: StagedRow[],
  sheet: string,
  row: number,
  warn: (message: Message) => void,
): boolean {
  const [amount, status] = [values.get("Amount"), values.get("Status")];
  if (typeof amount !== "number" || amount === 0 || !["Reversed", "Chargeback", "Failed"].includes(String(status)))
    return false;
  const date = values.get("PaymentDate");
  const original = [...staged]
    .reverse()
    .find(
      (r) =>
        r.sheet === sheet &&
        r.values.get("Status") === "Received" &&
        r.values.get("InvoiceNo") === values.get("InvoiceNo") &&
        values.get("InvoiceNo") !== null &&
        r.values.get("Amount") === Math.abs(amount) &&
        Number(r.values.get("PaymentDate")) <= Number(date),
    );
  if (!original) {
    if (amount < 0) {
      values.set("Amount", -amount);
      warn(say("import.withdrawnAlone", { status: String(status), amount: -amount }));
    }
    return false;
  }
  original.values.set("Status", status as string);
  if ((original.values.get("Reason") ?? null) === null) original.values.set("Reason", values.get("Reason") ?? null);
  original.values.set(SOURCE_COLUMN, `${original.values.get(SOURCE_COLUMN)}+${row}`);
  warn(say("import.returnOf", { row: String(original.row), status: String(status) }));
  return true;
}

export function rememberName(names: Map<string, string>, values: ColumnValues, key: string): void {
  const [id, name, email] = [values.get(key), values.get("Name"), values.get("Email")];
  if (typeof id === "string" && typeof name === "string") names.set(fold(name), id);
  // a client's e-mail finds them too (a survey's respondent): no name is an e-mail address
  if (typeof id === "string" && typeof email === "string") names.set(fold(email), id);
}

/** A survey answer's client, by the e-mail or the name its respondent gave; one matching no client is kept and said. */
export function matchRespondent(
  values: ColumnValues,
  clients: ReadonlyMap<string, string>,
  warn: (m: Message) => void,
): void {
  const respondent = asText(values.get("Respondent"));
  if (values.get("ClientID") || !respondent) return;
  const id = clients.get(fold(respondent));
  if (id) values.set("ClientID", id);
  else warn(say("import.respondentUnmatched", { respondent }));
}

/** A name read as an ID, and the column it was typed in. */
export interface Resolved {
  id: string;
  column: string;
}

/** References typed as names ("Ferreteria Puig", "Anna Vidal") become the IDs of those clients and execs. */
export function resolveNames(values: ColumnValues, names: Names, resolved: Map<string, Resolved>): void {
  for (const [column, known] of [
    ["ClientID", names.Clients],
    ["Exec", names.Team],
    ["Owner", names.Team],
  ] as const) {
    const v = values.get(column);
    if (typeof v !== "string" || known.size === 0) continue;
    const id = known.get(fold(v));
    if (id && id !== v && ![...known.values()].includes(v)) {
      values.set(column, id);
      resolved.set(v, { id, column });
    }
  }
}

export const asText = (v: OutputCell | undefined): string | null => (typeof v === "string" && v !== "" ? v : null);

/** A cell as the text it shows: what an optional value that does not read is kept as. */
export const asTyped = (cell: SheetCell): OutputCell =>
  cell === null ? null : cell instanceof Date ? formatIsoDate(dayFromDate(cell)) : String(cell);

/** Two source columns for one text column read as one (of any other type, the first filled one counts): "Vorname" and "Nachname" are the Name, "Strasse" and "Hausnummer" the Street. */
export function joined(before: OutputCell | undefined, next: OutputCell): OutputCell {
  if (before === undefined || before === null || before === "") return next;
  return next === null || next === "" ? before : `${before} ${next}`;
}

/** IRPF withholdings a professional's invoice takes off its total (LIRPF art. 101): 15 %, 7 %, 19 %, 2 %, 1 %. */
const WITHHOLDINGS = [0.15, 0.07, 0.19, 0.02, 0.01];

/**
 * An invoice whose Net + VAT is not its Total, beyond a cent and beyond what a recargo de equivalencia
 * adds or an IRPF withholding takes off at their rates: said for the row, never corrected.
 */
export function totalsDiffer(values: ColumnValues): Message | undefined {
  const [net, vat, total] = ["Net", "VAT", "Total"].map((c) => values.get(c));
  if (typeof net !== "number" || typeof vat !== "number" || typeof total !== "number") return undefined;
  const rest = toCents(total) - toCents(net) - toCents(vat);
  if (Math.abs(rest) <= 1) return undefined;
  const given = values.get("VATRate");
  const rate = typeof given === "number" ? given : net !== 0 ? Math.round((vat / net) * 100) / 100 : 0;
  const explained = [surchargeRate(rate), ...WITHHOLDINGS.map((w) => -w)].some(
    (r) => r !== 0 && Math.abs(rest - vatOf(toCents(net), r)) <= 1,
  );
  return explained ? undefined : say("import.totalsDiffer", { net, vat, total });
}

/** The import's own rows checked like the client database checks its clients: same tax ID, name and postal code, or IBAN. */
export function flagProbableDuplicateClients(clients: readonly StagedRow[], problems: Problem[]): void {
  const asClient = (r: StagedRow, i: number) =>
    ({ ...Object.fromEntries(r.values), ClientID: String(i) }) as unknown as Client;
  for (const { a, b, reasons } of probableDuplicates(clients.map(asClient))) {
    const [first, row] = [clients[Number(a.ClientID)], clients[Number(b.ClientID)]];
    problems.push(
      problem(
        row.sheet,
        row.row,
        "ClientID",
        "warning",
        say("import.sameClient", {
          sheet: first.sheet,
          row: String(first.row),
          same: reasons.map((r) => say(DUPLICATE_REASONS[r])),
        }),
      ),
    );
  }
}
