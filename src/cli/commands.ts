/** The command table: each command's summary, arguments and options, and the function in a file of its own that runs it. */
import type { CommandOutput, Values } from "./options";
import { importSheets } from "./importSheets";
import { sample } from "./sample";
import { check } from "./check";
import { aging } from "./aging";
import { orders, quote, quotes } from "./followUp";
import { meetings, requests, visits } from "./support";
import { report } from "./report";
import { market } from "./market";
import { documents } from "./documents";
import { campaignMails, reminderMails } from "./mail";
import { mailing } from "./mailingList";
import { newsletter } from "./newsletter";
import { cancel, credit, invoice, verifactu } from "./verifactu";

/** An option: a flag, or one taking a value shown as `value` in the usage text; `required` ones have no brackets. */
export type OptionSpec = Record<
  string,
  { type: "boolean" } | { type: "string"; value: string; required?: boolean; multiple?: boolean }
>;

export interface Command {
  /** what the command does, one line of the usage text */
  summary: string;
  /** the positional arguments as the usage text shows them */
  args?: string;
  options: OptionSpec;
  /** its --out is the workbook it read with sheets added (report, aging): it may name that workbook */
  updatesInput?: true;
  run(values: Values, positionals: string[]): Promise<CommandOutput>;
}

const json = { type: "boolean" } as const;
const text = (value: string, required = false) => ({ type: "string", value, required }) as const;
/** The newsletter's own words: in its language, or another's with a prefix. */
const ownWords = {
  intro: { type: "string", value: "[LANG:]TEXT", multiple: true },
  closing: { type: "string", value: "[LANG:]TEXT", multiple: true },
} as const;

/** Every command, in the order the usage text lists them. */
export const COMMANDS: Record<string, Command> = {
  sample: {
    summary: "write a realistic sample workbook with every contract table",
    options: { out: text("FILE.xlsx", true), seed: text("N"), invoices: text("N"), today: text("YYYY-MM-DD") },
    run: sample,
  },
  import: {
    summary:
      "find the tables in messy sheets and write them as contract tables, the unreadable rows in a Quarantine sheet",
    args: "IN.xlsx [MORE.xlsx…]",
    options: {
      out: text("OUT.xlsx"),
      period: text("2026-11"),
      table: { type: "string", value: "SHEET=TABLE", multiple: true },
      map: { type: "string", value: "HEADER=Column", multiple: true },
      mappings: text("MEMORY.xlsx"),
      lang: text("ca|es|en"),
      json,
    },
    run: importSheets,
  },
  check: {
    summary: "validate every contract table and list the problems",
    args: "FILE.xlsx",
    options: { lang: text("ca|es|en"), json },
    run: check,
  },
  invoice: {
    summary: "issue an invoice for a client (an order, or an amount and its VAT rate) with its VERI*FACTU record",
    args: "FILE.xlsx",
    options: {
      client: text("ID", true),
      order: text("ORDER-ID"),
      net: text("AMOUNT"),
      vat: text("RATE"),
      date: text("YYYY-MM-DD"),
      lang: text("ca|es|en"),
      out: text("OUT.xlsx", true),
    },
    updatesInput: true,
    run: invoice,
  },
  credit: {
    summary:
      "issue a rectifying invoice (credit note) of its own series for an invoice, whole or a net amount, with its VERI*FACTU record",
    args: "FILE.xlsx",
    options: {
      invoice: text("NO", true),
      reason: text("TEXT", true),
      amount: text("NET"),
      type: text("R1|R2|R3|R4"),
      date: text("YYYY-MM-DD"),
      lang: text("ca|es|en"),
      out: text("OUT.xlsx", true),
    },
    updatesInput: true,
    run: credit,
  },
  cancel: {
    summary: "cancel an invoice issued by mistake: marked Cancelled, with its VERI*FACTU anulación record",
    args: "FILE.xlsx",
    options: { invoice: text("NO", true), out: text("OUT.xlsx", true), lang: text("ca|es|en") },
    updatesInput: true,
    run: cancel,
  },
  verifactu: {
    summary:
      "check the chain of VERI*FACTU billing records (--verify), write the pending ones as the AEAT's XML (--xml), or send them (--send)",
    args: "FILE.xlsx",
    options: {
      verify: json,
      xml: text("OUT.xml"),
      soap: json,
      send: json,
      cert: text("CERT.p12"),
      "password-env": text("VAR"),
      environment: text("test|production"),
      endpoint: text("URL"),
      ca: text("CA.pem"),
      out: text("OUT.xlsx"),
      lang: text("ca|es|en"),
      json,
    },
    updatesInput: true,
    run: verifactu,
  },
  report: {
    summary: "the weekly sales report against targets (default: the last complete week)",
    args: "FILE.xlsx",
    options: {
      week: text("2026-W48"),
      basis: text("invoiced|booked"),
      today: text("YYYY-MM-DD"),
      lang: text("ca|es|en"),
      out: text("OUT.xlsx"),
      pdf: text("REPORT.pdf"),
      json,
    },
    updatesInput: true,
    run: report,
  },
  aging: {
    summary: "receivables by client in buckets of days past due, and DSO",
    args: "FILE.xlsx",
    options: { "as-of": text("YYYY-MM-DD"), lang: text("ca|es|en"), out: text("OUT.xlsx"), json },
    updatesInput: true,
    run: aging,
  },
  orders: {
    summary: "open orders by promised date, the late ones, and the on-time rate of the last 90 days",
    args: "FILE.xlsx",
    options: { "as-of": text("YYYY-MM-DD"), lang: text("ca|es|en"), json },
    run: orders,
  },
  quotes: {
    summary: "open quotes by expiry, those expired unanswered, the pipeline and the win rate of the last 90 days",
    args: "FILE.xlsx",
    options: { "as-of": text("YYYY-MM-DD"), lang: text("ca|es|en"), json },
    run: quotes,
  },
  quote: {
    summary: "write a quote for a client from the price list: the next number of the quotes series",
    args: "FILE.xlsx",
    options: {
      client: text("ID", true),
      line: { type: "string", value: "SKU:QTY[:DISCOUNT]", required: true, multiple: true },
      "valid-until": text("YYYY-MM-DD"),
      today: text("YYYY-MM-DD"),
      out: text("OUT.xlsx", true),
      docx: text("QUOTE.docx"),
      lang: text("ca|es|en"),
    },
    updatesInput: true,
    run: quote,
  },
  requests: {
    summary: "the queue of open requests and complaints: overdue first, then by priority and due date",
    args: "FILE.xlsx",
    options: { "as-of": text("YYYY-MM-DD"), lang: text("ca|es|en"), json },
    run: requests,
  },
  visits: {
    summary:
      "visits planned from a date on, clients due a visit, visits done in the last 7 days; planned visits as .ics events",
    args: "FILE.xlsx",
    options: { "as-of": text("YYYY-MM-DD"), lang: text("ca|es|en"), json, ics: text("DIR") },
    run: visits,
  },
  meetings: {
    summary:
      "meetings planned from a date on and held in the last 7 days; invitations as .ics, agendas and minutes as .docx",
    args: "FILE.xlsx",
    options: { "as-of": text("YYYY-MM-DD"), json, ics: text("DIR"), docx: text("DIR"), lang: text("ca|es|en") },
    run: meetings,
  },
  documents: {
    summary: "invoices, statements or reminder letters, one .docx (or PDF) per document, in the client's language",
    args: "FILE.xlsx",
    options: {
      kind: text("invoice|statement|reminder", true),
      invoice: { type: "string", value: "NO", multiple: true },
      client: { type: "string", value: "ID", multiple: true },
      "as-of": text("YYYY-MM-DD"),
      lang: text("ca|es|en"),
      pdf: json,
      out: text("DIR", true),
      json,
    },
    run: documents,
  },
  reminders: {
    summary: "the reminders due as e-mail drafts (.eml, unsent) Outlook opens, the statement attached",
    args: "FILE.xlsx",
    options: { "as-of": text("YYYY-MM-DD"), eml: text("DIR", true), lang: text("ca|es|en"), json },
    run: reminderMails,
  },
  market: {
    summary:
      "what clients need: RFM segments and churn risk, survey results and NPS, opportunities, and what each campaign brought in",
    args: "FILE.xlsx",
    options: {
      "as-of": text("YYYY-MM-DD"),
      lang: text("ca|es|en"),
      out: text("OUT.xlsx"),
      segments: json,
      overwrite: json,
      json,
    },
    updatesInput: true,
    run: market,
  },
  campaign: {
    summary: "the newsletter as e-mail drafts (.eml, unsent) to the consented clients of a segment or preference",
    args: "FILE.xlsx",
    options: {
      eml: text("DIR", true),
      segment: text("S"),
      preference: text("CATEGORY"),
      period: text("2026-11|2026-W48"),
      lang: text("ca|es|en"),
      ...ownWords,
      log: text("WORKBOOK.xlsx"),
      json,
    },
    run: campaignMails,
  },
  "mailing-list": {
    summary: "consented clients with postal address and e-mail, as a safe CSV",
    args: "FILE.xlsx",
    options: {
      out: text("LIST.csv", true),
      segment: text("S"),
      preference: text("CATEGORY"),
      log: text("WORKBOOK.xlsx"),
      lang: text("ca|es|en"),
    },
    run: mailing,
  },
  newsletter: {
    summary: "the company newsletter drafted from the figures, as a Word document",
    args: "FILE.xlsx",
    options: {
      period: text("2026-11|2026-W48"),
      lang: text("ca|es|en"),
      edition: text("client|internal"),
      ...ownWords,
      out: text("NEWS.docx", true),
    },
    run: newsletter,
  },
};
