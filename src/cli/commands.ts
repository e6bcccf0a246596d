/** One function per command, each a thin layer over src/core and the .xlsx adapter. */
import { writeWhole } from "./files";
import { dayOption, messageLanguage, SHOWN_PROBLEMS, today, type CommandOutput, type Values } from "./options";
import { importSheets } from "./importSheets";
import { orders, quote, quotes } from "./followUp";
import { meetings, requests, visits } from "./service";
import { report } from "./report";
import { market } from "./market";
import { logSend } from "./campaignLog";
import { documents } from "./documents";
import { campaignMails, reminderMails } from "./mail";
import { UsageError } from "./usageError";
import { cancel, credit, invoice, verifactu } from "./verifactu";
import { openWorkbook, openWritable } from "./workbooks";
import { XlsxWorkbook } from "../files/xlsxWorkbook";
import { generateSample } from "../core/sample/sample";
import { checkWorkbook, WorkbookHealth } from "../core/workbook/check";
import { VERIFACTU_CHECK } from "../core/invoicing/verifactu/recordsCheck";
import { describeProblem } from "../core/workbook/problems";
import { render, type MessageLanguage } from "../core/kernel/messages";
import { readSalesData } from "../core/workbook/salesData";
import { formatIsoDate } from "../core/kernel/dates";
import { agingAsOf, agingSheet, BucketAmounts, BUCKETS } from "../core/receivables/aging";
import { MAILING_COLUMNS, mailingList, mailingRows } from "../core/campaigns/mailingList";
import { toCsv } from "../core/kernel/csv";
import { formatMoney, fromCents } from "../core/kernel/money";
import { draftNewsletter, Edition, EDITIONS, NewsLanguage, SECTIONS } from "../core/campaigns/newsletter";
import { lastCompleteMonth } from "../core/kernel/periods";
import { newsletterDocx } from "../files/newsletterDocx";

/** An option: a flag, or one taking a value shown as `value` in the usage text; `required` ones have no brackets. */
export type OptionSpec = Record<string, { type: "boolean" } | { type: "string"; value: string; required?: boolean; multiple?: boolean }>;

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

/** The largest sample written here: ExcelJS holds the whole workbook (4 GB of heap at 100,000 invoices). */
const MAX_SAMPLE_INVOICES = 100_000;

function integerOption(values: Values, name: string, fallback: number, min: number, max: number): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

export async function sample(values: Values): Promise<CommandOutput> {
  const out = values.out;
  if (typeof out !== "string") throw new UsageError("--out FILE.xlsx is required");
  const invoices = integerOption(values, "invoices", 1200, 10, MAX_SAMPLE_INVOICES);
  const seed = integerOption(values, "seed", 1, 0, 2 ** 32 - 1);
  const workbook = new XlsxWorkbook();
  for (const sheet of generateSample({ seed, invoices, today: dayOption(values, "today") })) await workbook.writeSheet(sheet);
  await writeWhole(out, await workbook.save());
  return { text: `wrote ${out}: sample workbook, seed ${seed}, ${invoices} invoices`, exitCode: 0 };
}

export async function check(values: Values, positionals: string[]): Promise<CommandOutput> {
  const health = await checkWorkbook(await openWorkbook(positionals[0]), [VERIFACTU_CHECK]);
  const exitCode = health.errors > 0 ? 1 : 0;
  return { text: values.json ? JSON.stringify(health) : healthText(health, messageLanguage(values)), exitCode };
}

function healthText(health: WorkbookHealth, language: MessageLanguage): string {
  const lines = health.tables.map((t) =>
    t.present ? `${t.table.padEnd(10)} ${String(t.rows).padStart(7)} rows  ${t.errors} errors, ${t.warnings} warnings` : `${t.table.padEnd(10)}  absent`,
  );
  const shown = health.problems.slice(0, SHOWN_PROBLEMS).map((p) => describeProblem(p, language));
  const more = health.problems.length - shown.length;
  return [
    ...lines,
    "",
    ...shown,
    ...(more > 0 ? [`… and ${more} more (salesdesk check --json lists them all)`] : []),
    `${health.errors} errors, ${health.warnings} warnings`,
  ].join("\n");
}

export async function aging(values: Values, positionals: string[]): Promise<CommandOutput> {
  const workbook = await openWorkbook(positionals[0]);
  const data = await readSalesData(workbook);
  if (!data.present.has("Invoices")) throw new UsageError(`${positionals[0]} has no Invoices table`);
  const result = agingAsOf(data, dayOption(values, "as-of"));
  const notes: string[] = [];
  if (typeof values.out === "string") {
    const into = await openWritable(positionals[0]);
    const written = await into.writeSheet({ ...agingSheet(result, messageLanguage(values)), currency: data.settings.currency });
    if (written.note) notes.push(written.note);
    await writeWhole(values.out, await into.save());
  }
  const columns = [...BUCKETS, "total"] as const;
  const amounts = (a: BucketAmounts) => Object.fromEntries(columns.map((b) => [b, fromCents(a[b])]));
  const json = {
    asOf: formatIsoDate(result.asOf),
    buckets: BUCKETS,
    clients: result.clients.map((c) => ({ clientId: c.clientId, name: c.name, ...amounts(c) })),
    total: amounts(result.total),
    dso: result.dso,
  };
  if (values.json) return { text: JSON.stringify(json), exitCode: 0, notes };
  const line = (label: string, a: BucketAmounts) =>
    `${label.slice(0, 28).padEnd(28)} ${columns.map((b) => formatMoney(a[b], undefined, data.settings.currency).padStart(14)).join(" ")}`;
  return {
    text: [
      `Receivables aging as of ${json.asOf}`,
      `${"".padEnd(28)} ${columns.map((b) => b.padStart(14)).join(" ")}`,
      ...result.clients.map((c) => line(`${c.clientId} ${c.name}`, c)),
      line("Total", result.total),
      `DSO (last ${result.dsoDays} days): ${result.dso ?? "–"}`,
      ...(typeof values.out === "string" ? [`wrote ${values.out}`] : []),
    ].join("\n"),
    exitCode: 0,
    notes,
  };
}

export async function mailing(values: Values, positionals: string[]): Promise<CommandOutput> {
  const out = values.out;
  if (typeof out !== "string") throw new UsageError("--out LIST.csv is required");
  const data = await readSalesData(await openWorkbook(positionals[0]));
  if (!data.present.has("Clients")) throw new UsageError(`${positionals[0]} has no Clients table`);
  const filter = { segment: values.segment as string | undefined, preference: values.preference as string | undefined };
  const clients = mailingList(data, filter);
  await writeWhole(out, toCsv([...MAILING_COLUMNS], mailingRows(clients)));
  const name = ["Mailing list", filter.segment, filter.preference].filter(Boolean).join(" · ");
  const logged = await logSend(values, positionals[0], { name, channel: "List", segment: filter.segment ?? null, recipients: clients.map((c) => c.ClientID) });
  return { text: [`wrote ${out}: ${clients.length} clients with marketing consent`, ...logged].join("\n"), exitCode: 0 };
}

export async function newsletter(values: Values, positionals: string[]): Promise<CommandOutput> {
  const out = values.out;
  if (typeof out !== "string") throw new UsageError("--out NEWS.docx is required");
  const period = typeof values.period === "string" ? values.period : lastCompleteMonth(today());
  const language = (values.lang ?? "ca") as string;
  if (!(["ca", "es", "en"] as const).includes(language as "ca")) throw new UsageError("--lang must be ca, es or en");
  const edition = (values.edition ?? "client") as Edition;
  if (!EDITIONS.includes(edition)) throw new UsageError("--edition must be client or internal");
  const data = await readSalesData(await openWorkbook(positionals[0]));
  const draft = draftNewsletter(data, period, language as NewsLanguage, SECTIONS, edition);
  if (!draft.ok) throw new UsageError(render(draft.error, language as NewsLanguage));
  await writeWhole(out, await newsletterDocx(draft.value));
  return { text: `wrote ${out}: ${draft.value.title} (${draft.value.sections.length} sections)`, exitCode: 0 };
}

const json = { type: "boolean" } as const;
const text = (value: string, required = false) => ({ type: "string", value, required }) as const;

/** Every command, in the order the usage text lists them. */
export const COMMANDS: Record<string, Command> = {
  sample: {
    summary: "write a realistic sample workbook with every contract table",
    options: { out: text("FILE.xlsx", true), seed: text("N"), invoices: text("N"), today: text("YYYY-MM-DD") },
    run: sample,
  },
  import: {
    summary: "find the tables in messy sheets and write them as contract tables, the unreadable rows in a Quarantine sheet",
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
  check: { summary: "validate every contract table and list the problems", args: "FILE.xlsx", options: { lang: text("ca|es|en"), json }, run: check },
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
    summary: "issue a rectifying invoice (credit note) of its own series for an invoice, whole or a net amount, with its VERI*FACTU record",
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
    options: { invoice: text("NO", true), out: text("OUT.xlsx", true) },
    updatesInput: true,
    run: cancel,
  },
  verifactu: {
    summary: "check the chain of VERI*FACTU billing records (--verify), write the pending ones as the AEAT's XML (--xml), or send them (--send)",
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
    options: { "as-of": text("YYYY-MM-DD"), json },
    run: orders,
  },
  quotes: {
    summary: "open quotes by expiry, those expired unanswered, the pipeline and the win rate of the last 90 days",
    args: "FILE.xlsx",
    options: { "as-of": text("YYYY-MM-DD"), json },
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
    },
    updatesInput: true,
    run: quote,
  },
  requests: {
    summary: "the queue of open requests and complaints: overdue first, then by priority and due date",
    args: "FILE.xlsx",
    options: { "as-of": text("YYYY-MM-DD"), json },
    run: requests,
  },
  visits: {
    summary: "visits planned from a date on, clients due a visit, visits done in the last 7 days; planned visits as .ics events",
    args: "FILE.xlsx",
    options: { "as-of": text("YYYY-MM-DD"), json, ics: text("DIR") },
    run: visits,
  },
  meetings: {
    summary: "meetings planned from a date on and held in the last 7 days; invitations as .ics, agendas and minutes as .docx",
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
    options: { "as-of": text("YYYY-MM-DD"), eml: text("DIR", true), json },
    run: reminderMails,
  },
  market: {
    summary: "what clients need: RFM segments and churn risk, survey results and NPS, opportunities, and what each campaign brought in",
    args: "FILE.xlsx",
    options: { "as-of": text("YYYY-MM-DD"), lang: text("ca|es|en"), out: text("OUT.xlsx"), segments: json, overwrite: json, json },
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
      log: text("WORKBOOK.xlsx"),
      json,
    },
    run: campaignMails,
  },
  "mailing-list": {
    summary: "consented clients with postal address and e-mail, as a safe CSV",
    args: "FILE.xlsx",
    options: { out: text("LIST.csv", true), segment: text("S"), preference: text("CATEGORY"), log: text("WORKBOOK.xlsx") },
    run: mailing,
  },
  newsletter: {
    summary: "the company newsletter drafted from the figures, as a Word document",
    args: "FILE.xlsx",
    options: { period: text("2026-11|2026-W48"), lang: text("ca|es|en"), edition: text("client|internal"), out: text("NEWS.docx", true) },
    run: newsletter,
  },
};
