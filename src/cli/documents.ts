/**
 * `salesdesk documents`: the invoices, statements or reminder letters the admin sends, one file per
 * document (.docx, or PDF through LibreOffice), in the client's language unless --lang says another.
 */
import { formatIsoDate, fromCents, MESSAGE_LANGUAGES, type MessageLanguage } from "../core/kernel";
import {
  type BusinessDocument,
  invoiceDocument,
  openItems,
  statementDocument,
  reminderLetter,
} from "../core/documents";
import { invoiceTotal, reminders } from "../core/receivables";
import { readSalesData, type SalesData } from "../core/workbook";
import { documentDocx } from "../files/documentDocx";
import { dayOption, messageLanguage, type CommandOutput, type Values } from "./options";
import { UsageError } from "./usageError";
import { openWorkbook } from "./workbooks";
import { OutputFolder } from "./files";
import { printAllToPdf } from "./libreOffice";
import { wordsIn } from "./words";

const KINDS = ["invoice", "statement", "reminder"] as const;

/** A document to write: its file's name (without extension), the document, and the figures it shows. */
interface Made {
  name: string;
  doc: BusinessDocument;
  figures: Record<string, unknown>;
}

const list = (value: Values[string]) => (Array.isArray(value) ? value : typeof value === "string" ? [value] : []);

function invoices(
  data: SalesData,
  numbers: string[],
  clients: string[],
  asOf: number,
  language?: MessageLanguage,
): Made[] {
  if (numbers.length === 0 && clients.length === 0)
    throw new UsageError("name the invoices (--invoice NO) or the clients whose invoices to write (--client ID)");
  const unknown = numbers.find((n) => !data.invoices.some((i) => i.InvoiceNo === n));
  if (unknown) throw new UsageError(`no invoice ${unknown} in the Invoices table`);
  return data.invoices
    .filter((i) => numbers.includes(i.InvoiceNo) || (clients.includes(i.ClientID) && i.IssueDate <= asOf))
    .filter((i) => i.ClientID !== null)
    .map((i) => ({
      name: i.InvoiceNo ?? "",
      doc: invoiceDocument(i, data, language),
      figures: {
        invoiceNo: i.InvoiceNo,
        clientId: i.ClientID,
        issueDate: formatIsoDate(i.IssueDate),
        dueDate: i.DueDate === null ? null : formatIsoDate(i.DueDate),
        net: fromCents(i.Net ?? 0),
        vatRate: i.VATRate,
        vat: fromCents(i.VAT ?? 0),
        total: fromCents(invoiceTotal(i)),
        creditOf: i.CreditOf,
      },
    }));
}

function statements(data: SalesData, clients: string[], asOf: number, language?: MessageLanguage): Made[] {
  const owing =
    clients.length > 0
      ? clients
      : data.clients.map((c) => c.ClientID).filter((id) => openItems(data, id, asOf).length > 0);
  return owing.map((clientId) => {
    const items = openItems(data, clientId, asOf);
    return {
      name: `statement-${clientId}`,
      doc: statementDocument(clientId, data, asOf, language),
      figures: {
        clientId,
        items: items.map((a) => a.balance.invoice.InvoiceNo),
        total: fromCents(items.reduce((s, a) => s + a.balance.outstanding, 0)),
      },
    };
  });
}

function letters(data: SalesData, clients: string[], asOf: number, language?: MessageLanguage): Made[] {
  return reminders(data, asOf)
    .filter((r) => clients.length === 0 || clients.includes(r.client.ClientID))
    .map((r) => ({
      name: `reminder-${r.client.ClientID ?? ""}`,
      doc: reminderLetter(r, data, asOf, language),
      figures: {
        clientId: r.client.ClientID,
        level: r.level,
        invoices: r.invoices.map((i) => i.invoiceNo),
        total: fromCents(r.total),
      },
    }));
}

export async function documents(values: Values, positionals: string[]): Promise<CommandOutput> {
  const kind = values.kind as (typeof KINDS)[number];
  if (!KINDS.includes(kind)) throw new UsageError("--kind must be invoice, statement or reminder");
  const language = values.lang as MessageLanguage | undefined;
  if (language !== undefined && !MESSAGE_LANGUAGES.includes(language))
    throw new UsageError("--lang must be ca, es or en");
  const data = await readSalesData(await openWorkbook(positionals[0]));
  if (!data.present.has("Invoices")) throw new UsageError(`${positionals[0]} has no Invoices table`);
  const asOf = dayOption(values, "as-of");
  const clients = list(values.client);
  const unknown = clients.find((id) => !data.clients.some((c) => c.ClientID === id));
  if (unknown) throw new UsageError(`no client ${unknown} in the Clients table`);
  const made =
    kind === "invoice"
      ? invoices(data, list(values.invoice), clients, asOf, language)
      : kind === "statement"
        ? statements(data, clients, asOf, language)
        : letters(data, clients, asOf, language);
  const out = new OutputFolder(String(values.out));
  const words = await Promise.all(made.map((m) => documentDocx(m.doc)));
  const files = values.pdf ? await printAllToPdf(words.map((bytes, i) => ({ name: `${i}.docx`, bytes }))) : words;
  if (!files)
    throw new UsageError(
      "--pdf needs LibreOffice (soffice) to print the documents: install it, or leave --pdf out for Word files",
    );
  const written: string[] = [];
  for (const [i, m] of made.entries()) written.push(await out.write(m.name, values.pdf ? "pdf" : "docx", files[i]));
  if (values.json)
    return {
      text: JSON.stringify({
        asOf: formatIsoDate(asOf),
        kind,
        documents: made.map((m, i) => ({
          file: written[i],
          title: m.doc.title,
          language: m.doc.language,
          ...m.figures,
        })),
      }),
      exitCode: 0,
    };
  return {
    text: written.length
      ? written.join("\n")
      : wordsIn(messageLanguage(values))("documents.none", { date: { day: asOf } }),
    exitCode: 0,
  };
}
