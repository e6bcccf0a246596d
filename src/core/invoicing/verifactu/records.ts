/**
 * VERI*FACTU billing records (RD 1007/2023, Orden HAC/1177/2024): one row of the owned `BillingRecords`
 * table per record, an alta when an invoice is issued and an anulación when one is cancelled, each
 * chained to the one before by its huella. Every field a huella covers is kept as text exactly as it
 * stands in the record's XML, so that anybody can recompute the chain from the sheet, and check it
 * against the invoices.
 */
import type { Client, Invoice, RawRecordOf } from "../../workbook/contract";
import type { Settings } from "../../workbook/settings";
import { partsOf, type Day } from "../../kernel/dates";
import { compactTaxId } from "../../kernel/taxId";
import { EU_COUNTRIES } from "../../kernel/countries";
import { say, type Message } from "../../kernel/messages";
import { surchargeRate } from "../../kernel/money";
import { surchargeOf } from "../invoicing";
import { altaHuella, anulacionHuella } from "./huella";
import {
  altaXml,
  anulacionXml,
  xmlValue,
  type Breakdown,
  type Party,
  type Recipient,
  type SoftwareSystem,
} from "./xml";

export const BILLING_RECORDS = "BillingRecords";
export { RECORDS_SHEET } from "../../workbook/ownedSheets";
export const RECORD_COLUMNS = [
  "RecordNo",
  "Kind",
  "InvoiceNo",
  "IssueDate",
  "InvoiceType",
  "ClientID",
  "TaxBase",
  "TotalTax",
  "Total",
  "PreviousHash",
  "Hash",
  "GeneratedAt",
  "XML",
  "State",
  "AEATCode",
  "Error",
] as const;
export type RecordColumn = (typeof RECORD_COLUMNS)[number];
export type BillingRecord = Record<RecordColumn, string>;
export const RECORD_STATES = ["Pending", "Sent", "Accepted", "AcceptedWithErrors", "Rejected"] as const;
/** The record numbers: a run that only grows, taken under the same claim as invoice numbers. */
export const RECORD_PATTERN = "NNNNNNNN";

/** Cents as the AEAT's amounts: a point and two decimals, a minus sign where negative. */
export const aeatAmount = (cents: number) =>
  `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, "0")}`;

/** A day as the AEAT's dates: dd-mm-yyyy. */
export function aeatDate(day: Day): string {
  const { year, month, day: d } = partsOf(day);
  return `${String(d).padStart(2, "0")}-${String(month).padStart(2, "0")}-${year}`;
}

/** A moment as Spain's peninsular time with its offset (2026-12-06T22:45:07+01:00): FechaHoraHusoGenRegistro. */
export function madridTimestamp(moment: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Madrid",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(moment)
      .map((p) => [p.type, p.value]),
  );
  const local = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  const offset = Math.round((local - Math.floor(moment.getTime() / 1000) * 1000) / 60_000);
  const sign = offset < 0 ? "-" : "+";
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${sign}${hh}:${String(Math.abs(offset) % 60).padStart(2, "0")}`;
}

/** The AEAT's pages that check an invoice from its QR code, by environment (the VerifactuEnvironment setting). */
export const VALIDATION_HOSTS = {
  test: "https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQR",
  production: "https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR",
} as const;
/** The legend beside the QR code, in the words of Orden HAC/1177/2024 (the same in every language). */
export const VERIFIABLE_LEGEND = "Factura verificable en la sede electrónica de la AEAT · VERI*FACTU";

/**
 * The URL of an invoice's QR code (the AEAT's "Características del QR"): the issuer's NIF, the number,
 * the date (dd-mm-yyyy) and the total as in its record, each URL-encoded. Undefined for an invoice the
 * rules do not reach yet, or while the company has no Spanish NIF.
 */
export function verificationUrl(settings: Settings, invoice: Invoice): string | undefined {
  const nif = spanishNif(settings.company.taxId);
  if (!nif || invoice.IssueDate === null || invoice.IssueDate < settings.verifactu.from || !invoice.InvoiceNo)
    return undefined;
  const query = [
    ["nif", nif],
    ["numserie", invoice.InvoiceNo],
    ["fecha", aeatDate(invoice.IssueDate)],
    ["importe", aeatAmount(invoice.Total ?? 0)],
  ].map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  return `${VALIDATION_HOSTS[settings.verifactu.environment]}?${query.join("&")}`;
}

/** What a record is made with besides the invoice: who issues, which system, when. */
export interface RecordContext {
  issuer: Party;
  system: SoftwareSystem;
  generatedAt: string;
}

/** The issuer and system from the settings; undefined while the company has no Spanish NIF (no record can be made without it). */
export function recordContext(settings: Settings, version: string, now: Date): RecordContext | undefined {
  const nif = spanishNif(settings.company.taxId);
  if (!nif) return undefined;
  const issuer = { name: settings.company.name || nif, nif };
  const producer = {
    name: settings.verifactu.producerName || issuer.name,
    nif: spanishNif(settings.verifactu.producerTaxId) ?? nif,
  };
  return {
    issuer,
    system: { producer, name: "Sales Admin Desk", id: "SD", version, installation: settings.verifactu.installation },
    generatedAt: madridTimestamp(now),
  };
}

const spanishNif = (taxId: string) => {
  const id = compactTaxId(taxId).replace(/^ES/, "");
  return /^[0-9A-Z]\d{7}[0-9A-Z]$/.test(id) ? id : undefined;
};

/** Whom the invoice is to, as the AEAT names them: a Spanish NIF, an EU VAT number, or another country's identifier. */
function recipientOf(client: Client | undefined): Recipient | undefined {
  if (!client?.TaxID) return undefined;
  const country = (client.Country ?? "ES").toUpperCase();
  const id = compactTaxId(client.TaxID);
  if (country === "ES") return { name: client.Name ?? id, nif: id.replace(/^ES/, "") };
  return { name: client.Name ?? id, country, idType: EU_COUNTRIES.has(country) ? "02" : "04", id };
}

/** The VAT breakdown: taxed at its rate, or exempt as an intra-EU delivery to a business (E5) or an export (E2). */
function breakdownOf(invoice: Invoice, client: Client | undefined): Breakdown {
  const country = (client?.Country ?? "ES").toUpperCase();
  const base = aeatAmount(invoice.Net ?? 0);
  if ((invoice.VATRate ?? 0) === 0 && country !== "ES") {
    return EU_COUNTRIES.has(country)
      ? { regime: "01", taxed: false, exemption: "E5", base }
      : { regime: "02", taxed: false, exemption: "E2", base };
  }
  const surcharge = surchargeOf(invoice);
  const rate = invoice.VATRate ?? 0;
  return {
    regime: "01",
    taxed: true,
    rate: (rate * 100).toFixed(2),
    base,
    tax: aeatAmount(invoice.VAT ?? 0),
    ...(surcharge !== 0
      ? { surchargeRate: (surchargeRate(rate) * 100).toFixed(2), surcharge: aeatAmount(surcharge) }
      : {}),
  };
}

/** CuotaTotal: the VAT and the recargo de equivalencia together. */
const totalTaxOf = (invoice: Pick<RawRecordOf<"Invoices">, "Net" | "VAT" | "Total" | "VATRate">) =>
  aeatAmount((invoice.VAT ?? 0) + surchargeOf(invoice));

const previousOf = (previous: BillingRecord | undefined) =>
  previous ? { invoiceNo: previous.InvoiceNo, issueDate: previous.IssueDate, hash: previous.Hash } : undefined;

/** Why an invoice is rectified (RD 1619/2012 art. 15, LIVA art. 80): R1 an error or art. 80.1, 80.2 and 80.6 (returns, discounts); R2 insolvency; R3 bad debts; R4 any other. */
export const RECTIFICATION_TYPES = ["R1", "R2", "R3", "R4"] as const;
export type RectificationType = (typeof RECTIFICATION_TYPES)[number];

/** The registro de alta of an invoice just issued (a credit note is a rectifying one by differences, R1 unless said), chained to `previous`. */
export function altaRecord(
  invoice: Invoice,
  client: Client | undefined,
  original: Invoice | undefined,
  previous: BillingRecord | undefined,
  context: RecordContext,
  rectification: RectificationType = "R1",
): BillingRecord {
  const fields = {
    invoiceNo: invoice.InvoiceNo ?? "",
    issueDate: aeatDate(invoice.IssueDate ?? 0),
    invoiceType: invoice.CreditOf ? rectification : "F1",
    totalTax: totalTaxOf(invoice),
    total: aeatAmount(invoice.Total ?? 0),
    previousHash: previous?.Hash ?? "",
    generatedAt: context.generatedAt,
  };
  const hash = altaHuella({ issuerNif: context.issuer.nif, ...fields });
  const xml = altaXml({
    ...fields,
    issuer: context.issuer,
    rectifies: invoice.CreditOf
      ? { invoiceNo: invoice.CreditOf, issueDate: aeatDate(original?.IssueDate ?? invoice.IssueDate ?? 0) }
      : undefined,
    description: invoice.Reason ?? `Factura ${fields.invoiceNo}`,
    recipient: recipientOf(client),
    breakdown: [breakdownOf(invoice, client)],
    previous: previousOf(previous),
    system: context.system,
    hash,
  });
  return row("Alta", fields, invoice.ClientID ?? "", aeatAmount(invoice.Net ?? 0), hash, xml);
}

/** The registro de anulación of an invoice issued by mistake, chained to `previous`. */
export function anulacionRecord(
  invoice: Invoice,
  previous: BillingRecord | undefined,
  context: RecordContext,
): BillingRecord {
  const fields = {
    invoiceNo: invoice.InvoiceNo ?? "",
    issueDate: aeatDate(invoice.IssueDate ?? 0),
    previousHash: previous?.Hash ?? "",
    generatedAt: context.generatedAt,
  };
  const hash = anulacionHuella({ issuerNif: context.issuer.nif, ...fields });
  const xml = anulacionXml({
    ...fields,
    issuer: context.issuer,
    previous: previousOf(previous),
    system: context.system,
    hash,
  });
  return row(
    "Anulacion",
    { ...fields, invoiceType: "", totalTax: "", total: "" },
    invoice.ClientID ?? "",
    "",
    hash,
    xml,
  );
}

function row(
  kind: string,
  f: {
    invoiceNo: string;
    issueDate: string;
    invoiceType: string;
    totalTax: string;
    total: string;
    previousHash: string;
    generatedAt: string;
  },
  client: string,
  base: string,
  hash: string,
  xml: string,
): BillingRecord {
  return {
    RecordNo: "",
    Kind: kind,
    InvoiceNo: f.invoiceNo,
    IssueDate: f.issueDate,
    InvoiceType: f.invoiceType,
    ClientID: client,
    TaxBase: base,
    TotalTax: f.totalTax,
    Total: f.total,
    PreviousHash: f.previousHash,
    Hash: hash,
    GeneratedAt: f.generatedAt,
    XML: xml,
    State: "Pending",
    AEATCode: "",
    Error: "",
  };
}

export interface RecordProblem {
  record: string;
  said: Message;
}

/**
 * The chain checked from the sheet: each record's previous huella is the huella of the one before,
 * its own huella is recomputed from its fields, and its XML holds those same fields. The first
 * record that breaks it is named, then every other.
 */
export function chainProblems(records: readonly BillingRecord[]): RecordProblem[] {
  const problems: RecordProblem[] = [];
  records.forEach((r, i) => {
    const expected = i === 0 ? "" : records[i - 1].Hash;
    const issuer = xmlValue(r.XML, r.Kind === "Alta" ? "IDEmisorFactura" : "IDEmisorFacturaAnulada") ?? "";
    if (r.PreviousHash !== expected)
      problems.push({
        record: r.RecordNo,
        said: say("verifactu.chainBroken", { record: r.RecordNo, invoice: r.InvoiceNo }),
      });
    const hash =
      r.Kind === "Alta"
        ? altaHuella({
            issuerNif: issuer,
            invoiceNo: r.InvoiceNo,
            issueDate: r.IssueDate,
            invoiceType: r.InvoiceType,
            totalTax: r.TotalTax,
            total: r.Total,
            previousHash: r.PreviousHash,
            generatedAt: r.GeneratedAt,
          })
        : anulacionHuella({
            issuerNif: issuer,
            invoiceNo: r.InvoiceNo,
            issueDate: r.IssueDate,
            previousHash: r.PreviousHash,
            generatedAt: r.GeneratedAt,
          });
    const inXml =
      r.Kind === "Alta"
        ? [
            xmlValue(r.XML, "NumSerieFactura"),
            xmlValue(r.XML, "FechaExpedicionFactura"),
            xmlValue(r.XML, "CuotaTotal"),
            xmlValue(r.XML, "ImporteTotal"),
          ]
        : [
            xmlValue(r.XML, "NumSerieFacturaAnulada"),
            xmlValue(r.XML, "FechaExpedicionFacturaAnulada"),
            r.TotalTax,
            r.Total,
          ];
    const asRow = [r.InvoiceNo, r.IssueDate, r.TotalTax, r.Total];
    const ownHash = [...r.XML.matchAll(/<sf:Huella>([^<]*)<\/sf:Huella>/g)].at(-1)?.[1];
    if (hash !== r.Hash || ownHash !== r.Hash || inXml.some((v, k) => v !== asRow[k]))
      problems.push({
        record: r.RecordNo,
        said: say("verifactu.tampered", { record: r.RecordNo, invoice: r.InvoiceNo }),
      });
  });
  return problems;
}

/**
 * The invoices checked against their records: every invoice issued from the day the rules apply has
 * its alta, and an issued invoice's number, date, client and amounts still match it.
 */
export function invoiceRecordProblems(
  invoices: readonly RawRecordOf<"Invoices">[],
  records: readonly BillingRecord[],
  from: Day,
): RecordProblem[] {
  const altas = new Map(records.filter((r) => r.Kind === "Alta").map((r) => [r.InvoiceNo, r]));
  const problems: RecordProblem[] = [];
  for (const invoice of invoices) {
    if (!invoice.InvoiceNo || invoice.Status === "Draft" || invoice.IssueDate === null) continue;
    const alta = altas.get(invoice.InvoiceNo);
    if (!alta) {
      if (invoice.IssueDate >= from)
        problems.push({ record: invoice.InvoiceNo, said: say("verifactu.noRecord", { invoice: invoice.InvoiceNo }) });
      continue;
    }
    const differs = [
      ["IssueDate", aeatDate(invoice.IssueDate), alta.IssueDate],
      ["ClientID", invoice.ClientID ?? "", alta.ClientID],
      ["Net", aeatAmount(invoice.Net ?? 0), alta.TaxBase],
      ["VAT", totalTaxOf(invoice), alta.TotalTax],
      ["Total", aeatAmount(invoice.Total ?? 0), alta.Total],
    ].filter(([, now, recorded]) => now !== recorded);
    for (const [column, now, recorded] of differs)
      problems.push({
        record: alta.RecordNo,
        said: say("verifactu.invoiceChanged", { invoice: invoice.InvoiceNo, column, now, recorded }),
      });
  }
  return problems;
}
