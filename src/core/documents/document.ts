/**
 * A document the admin sends — an estimate, a delivery note, an invoice, a statement, a reminder
 * letter, a meeting's agenda — as one model every writer renders: the company's letterhead, the
 * client's block, the facts (number, dates), an opening, a table of lines, totals and notes, every
 * word in the document's language.
 */
import { formatMoney, type Cents } from "../kernel/money";
import { LOCALES, render, say, type MessageCode, type MessageLanguage, type Param } from "../kernel/messages";
import { formatDmy, type Day } from "../kernel/dates";
import type { Client } from "../workbook/contract";
import type { Settings } from "../workbook/settings";
import type { SalesData } from "../workbook/salesData";
import { letterLanguage } from "../receivables/reminders";
import { formatIban } from "../kernel/iban";

export interface BusinessDocument {
  language: MessageLanguage;
  /** "Pressupost Q-2026-0001": also the file's name */
  title: string;
  /** the company: name first, then tax ID, address */
  issuer: string[];
  /** the company's logo above the letterhead (the CompanyLogo setting: a PNG or JPEG data URI) */
  logo?: string;
  /** the client's billing block: name first */
  recipient: string[];
  /** the client it is for, by name: its file is named after its title and this (13 letters, 13 names) */
  party?: string;
  /** label and value: the number, the dates */
  facts: [string, string][];
  /** paragraphs before the lines (a letter's greeting and opening) */
  intro?: string[];
  lines: { headers: string[]; rows: string[][]; numeric: boolean[] };
  totals: [string, string][];
  notes: string[];
  /** an invoice under VERI*FACTU: the AEAT's QR code of this URL and its legend, at the head */
  verification?: { url: string; legend: string };
}

/** The words and formats of a document in its language. */
export function documentWords(language: MessageLanguage, currency: string) {
  const locale = LOCALES[language];
  return {
    word: (code: MessageCode, params: Record<string, Param> = {}) => render(say(code, params), language),
    money: (cents: Cents) => formatMoney(cents, locale, currency),
    number: (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(n),
    percent: (rate: number) =>
      new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(rate),
    date: (day: Day) => formatDmy(day),
  };
}

/** The company as its documents head it, from the Settings (what is set). */
export function issuerBlock(settings: Settings, word: ReturnType<typeof documentWords>["word"]): string[] {
  const { name, taxId, address } = settings.company;
  return [name, taxId && word("doc.taxId", { id: taxId }), address].filter((line) => line !== "");
}

/** The client as a document addresses it: name, tax ID, street, postal code and city, country. */
export function recipientBlock(
  client: Client | undefined,
  clientId: string,
  word: ReturnType<typeof documentWords>["word"],
): string[] {
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

/** What heads every document: its language, the company's letterhead and logo, who it is for. */
export function documentHead(
  data: SalesData,
  language: MessageLanguage,
  word: ReturnType<typeof documentWords>["word"],
  recipient: string[],
) {
  return {
    language,
    issuer: issuerBlock(data.settings, word),
    logo: data.settings.company.logo || undefined,
    recipient,
  };
}

/** Who a document is from and to, in the client's language by the reminder-letter rule unless one is asked for. */
export function partiesOf(data: SalesData, clientId: string, asked?: MessageLanguage) {
  const client = data.clients.find((c) => c.ClientID === clientId);
  const language = asked ?? (client ? letterLanguage(client) : "es");
  const words = documentWords(language, data.settings.currency);
  const head = documentHead(data, language, words.word, recipientBlock(client, clientId, words.word));
  return { client, words, head: { ...head, party: client?.Name ?? clientId } };
}

/**
 * How the client pays: an invoice by its due date — by direct debit or card as the client pays (the
 * last four digits only), else by transfer to the company's IBAN; what is already owed (a statement,
 * a reminder: due null) by transfer.
 */
export function howToPay(
  client: Client | undefined,
  data: SalesData,
  due: Day | null,
  words: ReturnType<typeof documentWords>,
): string[] {
  const { word, date } = words;
  const iban = data.settings.company.iban ? formatIban(data.settings.company.iban) : "";
  if (due === null) return iban ? [word("doc.pay.transferNow", { iban })] : [];
  if (client?.PaymentMethod === "DirectDebit" && client.IBAN)
    return [word("doc.pay.debit", { last4: client.IBAN.slice(-4), date: date(due) })];
  if (client?.PaymentMethod === "Card" && client.CardLast4) return [word("doc.pay.card", { last4: client.CardLast4 })];
  return [iban ? word("doc.pay.transfer", { iban, date: date(due) }) : word("doc.pay.by", { date: date(due) })];
}
