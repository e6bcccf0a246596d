/**
 * The VERI*FACTU commands: issue an invoice or cancel one with its billing record, both written in one
 * new file; write the pending records as the AEAT's XML; check the chain from the sheet.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Agent } from "node:https";
import { readSalesData } from "../core/workbook";
import {
  draftCreditNote,
  draftInvoice,
  cancelIssued,
  issueWithRecord,
  SYSTEM_VERSION,
  BILLING_RECORDS,
  chainProblems,
  recordContext,
  RECTIFICATION_TYPES,
  type RectificationType,
  billingRecords,
  batches,
} from "../core/invoicing";
import { toCents, render } from "../core/kernel";
import { dayOption, messageLanguage, type CommandOutput, type Values } from "./options";
import { UsageError } from "./usageError";
import { openWorkbook, openWritable } from "./workbooks";
import { withFileLock, writeWhole } from "./files";
import { AEAT_ENDPOINTS, sendRecords } from "./aeatSend";
import { wordsIn } from "./words";

const required = (values: Values, name: string, what: string): string => {
  if (typeof values[name] !== "string" || values[name] === "") throw new UsageError(`--${name} ${what} is required`);
  return values[name];
};

/** What a CLI line says of the record a write made, or why there is none. */

/** `salesdesk invoice FILE --client ID (--order ORDER | --net AMOUNT [--vat RATE]) [--date] --out OUT.xlsx` */
export async function invoice(values: Values, positionals: string[]): Promise<CommandOutput> {
  const out = required(values, "out", "OUT.xlsx");
  const workbook = await openWritable(positionals[0]);
  const data = await readSalesData(workbook);
  if (!data.present.has("Invoices")) throw new UsageError(`${positionals[0]} has no Invoices table`);
  const net = values.net === undefined ? undefined : Number(String(values.net).replace(",", "."));
  if (net !== undefined && !Number.isFinite(net)) throw new UsageError(`--net ${String(values.net)}: not an amount`);
  const vat =
    values.vat === undefined
      ? undefined
      : Number(String(values.vat).replace(",", ".").replace(/%$/, "")) / (String(values.vat).endsWith("%") ? 100 : 1);
  const draft = draftInvoice(data, {
    clientId: required(values, "client", "ID"),
    issueDate: dayOption(values, "date"),
    orderId: typeof values.order === "string" ? values.order : undefined,
    net: net === undefined ? undefined : toCents(net),
    vatRate: vat,
  });
  if (!draft.ok) throw new UsageError(render(draft.error, messageLanguage(values)));
  const { row, recorded } = await issueWithRecord(workbook, data, draft.value, new Date());
  await writeWhole(out, await workbook.save());
  return {
    text: wordsIn(messageLanguage(values))(recorded ? "invoice.issued" : "invoice.issuedNoRecord", {
      number: String(row.InvoiceNo),
      file: out,
    }),
    exitCode: 0,
  };
}

/** `salesdesk credit FILE --invoice NO --reason TEXT [--amount NET] [--type R1|R2|R3|R4] --out OUT.xlsx`: a rectifying invoice of its own series. */
export async function credit(values: Values, positionals: string[]): Promise<CommandOutput> {
  const out = required(values, "out", "OUT.xlsx");
  const number = required(values, "invoice", "NO");
  const reason = required(values, "reason", "TEXT");
  const type = String(values.type ?? "R1").toUpperCase();
  if (!(RECTIFICATION_TYPES as readonly string[]).includes(type))
    throw new UsageError(`--type ${type}: R1, R2, R3 or R4`);
  const workbook = await openWritable(positionals[0]);
  const data = await readSalesData(workbook);
  const original = data.invoices.find((i) => i.InvoiceNo === number);
  if (!original) throw new UsageError(`--invoice ${number}: no such invoice in the Invoices table`);
  const net = values.amount === undefined ? undefined : Number(String(values.amount).replace(",", "."));
  if (net !== undefined && !(net > 0))
    throw new UsageError(`--amount ${String(values.amount)}: a positive net amount to credit`);
  // the amount is net of VAT, as the admin reads it on the invoice: the credit's total adds the original's rate
  const total = net === undefined ? undefined : Math.round(toCents(net) * (1 + (original.VATRate ?? 0)));
  const draft = draftCreditNote(data, { creditOf: number, issueDate: dayOption(values, "date"), total, reason });
  if (!draft.ok) throw new UsageError(render(draft.error, messageLanguage(values)));
  const { row } = await issueWithRecord(workbook, data, draft.value, new Date(), type as RectificationType);
  await writeWhole(out, await workbook.save());
  const said = wordsIn(messageLanguage(values))("invoice.credited", {
    number: String(row.InvoiceNo),
    type,
    invoice: number,
    file: out,
  });
  return { text: said, exitCode: 0 };
}

/** `salesdesk cancel FILE --invoice NO --out OUT.xlsx`: an invoice issued by mistake, marked Cancelled, with its anulación. */
export async function cancel(values: Values, positionals: string[]): Promise<CommandOutput> {
  const out = required(values, "out", "OUT.xlsx");
  const number = required(values, "invoice", "NO");
  const workbook = await openWritable(positionals[0]);
  const recorded = await cancelIssued(workbook, await readSalesData(workbook), number, new Date());
  await writeWhole(out, await workbook.save());
  return {
    text: wordsIn(messageLanguage(values))(recorded ? "invoice.cancelled" : "invoice.cancelledNoRecord", {
      number,
      file: out,
    }),
    exitCode: 0,
  };
}

/** `salesdesk verifactu FILE (--verify [--json] | --xml OUT.xml [--soap])` */
export async function verifactu(values: Values, positionals: string[]): Promise<CommandOutput> {
  const port = await openWorkbook(positionals[0]);
  const data = await port.readTable(BILLING_RECORDS);
  const records = billingRecords(data);
  if (typeof values.xml === "string") {
    const pending = records.filter((r) => r.record.State === "Pending" || r.record.State === "");
    const settings = (await readSalesData(port)).settings;
    const context = recordContext(settings, SYSTEM_VERSION, new Date());
    if (!context) throw new UsageError("Settings has no CompanyTaxID (a Spanish NIF): the records have no issuer");
    const documents = batches(
      context.issuer,
      pending.map((r) => r.record.XML),
      values.soap === true,
    );
    documents.forEach((document, i) =>
      writeFileSync(
        documents.length === 1 ? String(values.xml) : String(values.xml).replace(/(\.xml)?$/i, `-${i + 1}.xml`),
        document,
      ),
    );
    return {
      text: `${pending.length} pending records in ${documents.length} file(s) from ${String(values.xml)}`,
      exitCode: 0,
    };
  }
  if (values.send === true)
    return typeof values.out === "string"
      ? send(values, positionals)
      : withFileLock(positionals[0], () => send(values, positionals));
  if (values.verify !== true) throw new UsageError("say what to do: --verify, --xml OUT.xml or --send --cert CERT.p12");
  const problems = chainProblems(records.map((r) => r.record));
  const language = messageLanguage(values);
  const json = {
    records: records.length,
    valid: problems.length === 0,
    firstBroken: problems[0]?.record ?? null,
    problems: problems.map((p) => ({ record: p.record, code: p.said.code, message: render(p.said, language) })),
  };
  if (values.json) return { text: JSON.stringify(json), exitCode: problems.length ? 1 : 0 };
  return {
    text: problems.length
      ? [
          `${records.length} records; the chain breaks at ${json.firstBroken}:`,
          ...json.problems.map((p) => p.message),
        ].join("\n")
      : `${records.length} records, the chain holds`,
    exitCode: problems.length ? 1 : 0,
  };
}

/**
 * `--send --cert CERT.p12 [--password-env VAR] [--environment test|production]`: the pending records to
 * the AEAT, each one's answer written back to its row (in FILE, or --out). Records already answered are
 * not sent again. `--endpoint URL` and `--ca CA.pem` point it at a stand-in instead (the tests').
 */
async function send(values: Values, positionals: string[]): Promise<CommandOutput> {
  const cert = required(values, "cert", "CERT.p12");
  const environment = String(values.environment ?? "test");
  if (environment !== "test" && environment !== "production")
    throw new UsageError(`--environment ${environment}: test or production`);
  const passwordVariable = typeof values["password-env"] === "string" ? values["password-env"] : undefined;
  const passphrase = passwordVariable === undefined ? undefined : process.env[passwordVariable];
  if (passwordVariable !== undefined && passphrase === undefined)
    throw new UsageError(`--password-env ${passwordVariable}: that variable is not set`);
  const workbook = await openWritable(positionals[0]);
  const settings = (await readSalesData(workbook)).settings;
  const context = recordContext(settings, SYSTEM_VERSION, new Date());
  if (!context) throw new UsageError("Settings has no CompanyTaxID (a Spanish NIF): the records have no issuer");
  const pending = billingRecords(await workbook.readTable(BILLING_RECORDS))
    .map((r) => r.record)
    .filter((r) => ["", "Pending", "Sent"].includes(r.State));
  if (pending.length === 0) return { text: "no pending records: nothing sent", exitCode: 0 };
  const agent = new Agent({
    pfx: readFileSync(cert),
    passphrase,
    ca: typeof values.ca === "string" ? readFileSync(values.ca) : undefined,
  });
  const endpoint = typeof values.endpoint === "string" ? values.endpoint : AEAT_ENDPOINTS[environment];
  const outcomes = await sendRecords(pending, context.issuer, {
    endpoint,
    agent,
    pause: (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000)),
  });
  for (const record of pending) {
    // sendRecords answers an outcome for every record it was given
    const outcome = outcomes.get(record.RecordNo)!;
    const changes = (["State", "AEATCode", "Error"] as const).map((column) => ({
      column,
      from: record[column] || null,
      to: outcome[column] || null,
    }));
    await workbook.updateRow(BILLING_RECORDS, "RecordNo", record.RecordNo, changes);
  }
  await writeWhole(typeof values.out === "string" ? values.out : positionals[0], await workbook.save());
  const count = (state: string) => [...outcomes.values()].filter((o) => o.State === state).length;
  const rejected = count("Rejected");
  return {
    text: `sent ${pending.length} records to ${endpoint}: ${count("Accepted")} accepted, ${count("AcceptedWithErrors")} accepted with errors, ${rejected} rejected, ${count("Pending")} not processed`,
    exitCode: rejected > 0 ? 1 : 0,
  };
}
