/**
 * Each pane action against the live Excel fake holding the sample at 100,000 invoices, each with a
 * 200-character note: the heaviest request and response it sent, in bytes, against Excel on the
 * web's 5 MB (issue 29). The fake refuses anything over the limit, so an action that returns stayed
 * under it.
 */
import { LiveExcel } from "../test/helpers/liveExcel";
import { ExcelWorkbook } from "../src/excel/excelWorkbook";
import { generateSample } from "../src/core/sample/sample";
import { dayOf } from "../src/core/kernel/dates";
import { checkWorkbook } from "../src/core/workbook/check";
import { readSalesData } from "../src/core/workbook/salesData";
import { weeklyReport } from "../src/core/sales/weeklyReport";
import { reportSheet } from "../src/core/sales/reportSheet";
import { draftInvoice, issueInvoice } from "../src/core/invoicing/invoicing";
import { recordPayment } from "../src/core/receivables/paymentEntry";
import { mergeClients } from "../src/core/clients/merge";
import type { Clock } from "../src/excel/claimedAppend";

export interface Payload {
  action: string;
  request: number;
  response: number;
}

const today = dayOf(2026, 11, 27);
const NOTE = "Nota de l'administració: el client demana factura agrupada, enviament a la seu de Girona, ";
const instant: Clock = { now: () => Date.UTC(2026, 10, 27, 9), pause: async () => undefined };

export async function payloadBytes(invoices: number): Promise<Payload[]> {
  const excel = new LiveExcel();
  const port = new ExcelWorkbook(excel.run, instant);
  const measured: Payload[] = [];
  const measure = async (action: string, run: () => Promise<unknown>) => {
    [excel.largestRequest, excel.largestResponse] = [0, 0];
    await run();
    measured.push({ action, request: excel.largestRequest, response: excel.largestResponse });
  };
  const sheets = generateSample({ seed: 1, invoices, today });
  for (const table of sheets.flatMap((s) => s.tables).filter((t) => t.name === "Invoices")) {
    const reason = table.columns.findIndex((c) => c.header === "Reason");
    for (const row of table.rows) row[reason] = NOTE.repeat(3).slice(0, 200);
  }
  await measure("write every table (the sample, an import)", async () => {
    for (const sheet of sheets) await port.writeSheet(sheet);
  });
  await measure("open the pane: check every table", () => checkWorkbook(port));
  await measure("import: read the Invoices sheet with its formats", () => port.readSheet("Invoices"));
  const data = await readSalesData(port);
  await measure("weekly report: read, compute, write its sheet", async () => {
    const report = weeklyReport(await readSalesData(port), "2026-W47");
    if (!report.ok) throw new Error(report.error.code);
    await port.writeSheet(reportSheet(report.value));
  });
  const client = data.clients[0].ClientID!;
  let issued = "";
  await measure("issue an invoice", async () => {
    const draft = draftInvoice(data, { clientId: client, issueDate: today, net: 100_00, vatRate: 0.21 });
    if (!draft.ok) throw new Error(draft.error.code);
    issued = String((await issueInvoice(port, data.settings.invoicePattern, draft.value)).InvoiceNo);
  });
  const invoice = (await readSalesData(port)).invoices.find((i) => i.InvoiceNo === issued);
  await measure("record a payment", () =>
    recordPayment(port, { invoice, date: today, amount: 10_00, method: "Transfer", reference: "bench" }, data),
  );
  await measure("merge two clients (re-point every reference)", () =>
    mergeClients(port, client, data.clients[1].ClientID!, today + 1),
  );
  return measured;
}
