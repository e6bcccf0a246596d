/**
 * A document the admin sends — an estimate, a delivery note (and, next, invoices, statements and
 * letters) — as one model every writer renders: the company's letterhead, the client's block, the
 * facts (number, dates), a table of lines, totals and notes, every word in the document's language.
 */
import { formatMoney, type Cents } from "../kernel/money";
import { render, say, type MessageCode, type MessageLanguage, type Param } from "../kernel/messages";
import { formatDmy, type Day } from "../kernel/dates";
import type { Client } from "../workbook/contract";
import type { Settings } from "../workbook/settings";

export interface BusinessDocument {
  language: MessageLanguage;
  /** "Pressupost Q-2026-0001": also the file's name */
  title: string;
  /** the company: name first, then tax ID, address */
  issuer: string[];
  /** the client's billing block: name first */
  recipient: string[];
  /** label and value: the number, the dates */
  facts: [string, string][];
  lines: { headers: string[]; rows: string[][]; numeric: boolean[] };
  totals: [string, string][];
  notes: string[];
}

/** The words and formats of a document in its language. */
export function documentWords(language: MessageLanguage, currency: string) {
  const locale = { ca: "ca-ES", es: "es-ES", en: "en-GB" }[language];
  return {
    word: (code: MessageCode, params: Record<string, Param> = {}) => render(say(code, params), language),
    money: (cents: Cents) => formatMoney(cents, locale, currency),
    number: (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(n),
    percent: (rate: number) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(rate),
    date: (day: Day) => formatDmy(day),
  };
}

/** The company as its documents head it, from the Settings (what is set). */
export function issuerBlock(settings: Settings, word: ReturnType<typeof documentWords>["word"]): string[] {
  const { name, taxId, address } = settings.company;
  return [name, taxId && word("doc.taxId", { id: taxId }), address].filter((line) => line !== "");
}

/** The client as a document addresses it: name, tax ID, street, postal code and city, country. */
export function recipientBlock(client: Client | undefined, clientId: string, word: ReturnType<typeof documentWords>["word"]): string[] {
  if (!client) return [clientId];
  const city = [client.PostalCode, client.City].filter(Boolean).join(" ");
  return [
    client.Name ?? clientId,
    client.TaxID ? word("doc.taxId", { id: client.TaxID }) : "",
    client.Street ?? "",
    city,
    client.Country && client.Country !== "ES" ? client.Country : "",
  ].filter((line) => line !== "");
}
