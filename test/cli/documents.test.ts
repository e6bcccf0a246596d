/**
 * `salesdesk documents`: one file per invoice, statement or reminder letter, its figures those of the
 * workbook as a plain loop reads them; the PDFs (through LibreOffice) read back by Poppler.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli as run } from "../helpers/cli";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { dayFromSerial, parseIsoDate } from "../../src/core/kernel/dates";
import { pdfText, PDFTOTEXT, SOFFICE } from "../helpers/documentText";

const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-documents-"));
const file = path.join(dir, "sample.xlsx");
const AS_OF = "2026-11-27";

async function rowsOf(table: string): Promise<Record<string, unknown>[]> {
  const data = (await (await XlsxWorkbook.load(readFileSync(file))).readTable(table))!;
  return data.rows.map((r) => Object.fromEntries(data.headers.map((h, i) => [h, r[i]])));
}

const cents = (v: unknown) => Math.round(Number(v ?? 0) * 100);

beforeAll(async () => {
  expect((await run("sample", "--out", file, "--seed", "7", "--invoices", "500", "--today", AS_OF)).code).toBe(0);
}, 60_000);

describe("salesdesk documents", () => {
  it("writes an invoice and a credit note with the figures of their rows", async () => {
    const invoices = await rowsOf("Invoices");
    const credit = invoices.find((i) => i.CreditOf !== null)!;
    const original = invoices.find((i) => i.InvoiceNo === credit.CreditOf)!;
    const out = path.join(dir, "invoices");
    const result = await run(
      "documents",
      file,
      "--kind",
      "invoice",
      "--invoice",
      String(original.InvoiceNo),
      "--invoice",
      String(credit.InvoiceNo),
      "--out",
      out,
      "--json",
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(json.documents.map((d: { file: string }) => path.basename(d.file))).toEqual([
      `${original.InvoiceNo}.docx`,
      `${credit.InvoiceNo}.docx`,
    ]);
    for (const [doc, row] of [
      [json.documents[0], original],
      [json.documents[1], credit],
    ]) {
      expect(existsSync(doc.file)).toBe(true);
      expect([cents(doc.net), cents(doc.vat), cents(doc.total)]).toEqual([
        cents(row.Net),
        cents(row.VAT),
        cents(row.Total),
      ]);
      expect(doc.creditOf).toBe(row.CreditOf ?? null);
    }
    const bad = await run("documents", file, "--kind", "invoice", "--out", out);
    expect([bad.code, bad.err]).toEqual([
      2,
      "salesdesk documents: name the invoices (--invoice NO) or the clients whose invoices to write (--client ID)",
    ]);
  });

  it("writes a statement per client owing, its total the open items a plain loop finds", async () => {
    const out = path.join(dir, "statements");
    const json = JSON.parse(
      (await run("documents", file, "--kind", "statement", "--as-of", AS_OF, "--out", out, "--json")).out,
    );
    const asOf = parseIsoDate(AS_OF)!;
    const day = (v: unknown) => dayFromSerial(Number(v), false)!;
    const invoices = (await rowsOf("Invoices")).filter(
      (i) => day(i.IssueDate) <= asOf && i.Status !== "Draft" && i.Status !== "Cancelled",
    );
    const payments = (await rowsOf("Payments")).filter((p) => p.Status === "Received" && day(p.PaymentDate) <= asOf);
    const owed = new Map<string, number>();
    for (const i of invoices.filter((i) => i.CreditOf === null)) {
      const credits = invoices.filter((c) => c.CreditOf === i.InvoiceNo).reduce((s, c) => s + cents(c.Total), 0);
      const paid = payments.filter((p) => p.InvoiceNo === i.InvoiceNo).reduce((s, p) => s + cents(p.Amount), 0);
      const left = cents(i.Total) + credits - paid;
      if (left > 0) owed.set(String(i.ClientID), (owed.get(String(i.ClientID)) ?? 0) + left);
    }
    expect(json.documents.length).toBe(owed.size);
    for (const doc of json.documents) expect(cents(doc.total)).toBe(owed.get(doc.clientId));
  }, 30_000); // a document a client owing: seconds on a busy machine

  const withLibreOffice = (SOFFICE && PDFTOTEXT) || process.env.CI ? it : it.skip;
  withLibreOffice(
    "prints reminder letters as PDFs that read back with the client's invoices and total",
    async () => {
      const out = path.join(dir, "letters");
      const result = await run(
        "documents",
        file,
        "--kind",
        "reminder",
        "--as-of",
        AS_OF,
        "--pdf",
        "--out",
        out,
        "--json",
      );
      expect(result.code).toBe(0);
      const json = JSON.parse(result.out);
      expect(json.documents.length).toBeGreaterThan(0);
      const [first] = json.documents;
      expect(path.extname(first.file)).toBe(".pdf");
      const text = pdfText(first.file);
      expect(text).toContain(first.title);
      for (const invoice of first.invoices) expect(text).toContain(invoice);
      const total = new Intl.NumberFormat(first.language === "en" ? "en-GB" : `${first.language}-ES`, {
        style: "currency",
        currency: "EUR",
      })
        .format(first.total)
        .replace(/[\u00a0\u202f]/g, " ");
      expect(text).toContain(total);
    },
    150_000,
  );
});
