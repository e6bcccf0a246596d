/**
 * VERI*FACTU records written by the core (issue 35): an alta for each invoice issued, chained to the one
 * above it, an anulación for a cancellation, none without a Spanish NIF; the refusals of a cancellation;
 * and the workbook check finding a record or an invoice changed afterwards, at its sheet and row.
 */
import { cancelIssued, issueWithRecord } from "../../../src/core/invoicing/verifactu/recordWrite";
import {
  billingRecords,
  VERIFACTU_CHECK,
  verifactuProblems as recordProblems,
} from "../../../src/core/invoicing/verifactu/recordsCheck";
import { verificationUrl } from "../../../src/core/invoicing/verifactu/records";
import { draftCreditNote, draftInvoice } from "../../../src/core/invoicing/invoicing";
import { readSalesData } from "../../../src/core/workbook/salesData";
import { checkWorkbook } from "../../../src/core/workbook/check";
import { outputTable } from "../../../src/core/workbook/output";
import { XlsxWorkbook } from "../../../src/files/xlsxWorkbook";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import { SaidError } from "../../../src/core/kernel/messages";
import { refusal } from "../../helpers/refusal";
import type { Cell, TableData } from "../../../src/core/workbook/port";
import { CONTRACT, type RawRecordOf, type TableName } from "../../../src/core/workbook/contract";
import { readable } from "../../helpers/english";

const day = dayOf(2027, 1, 4);
const now = new Date("2027-01-04T10:00:00+01:00");
/** A contract row from the named columns, the others blank. */
const row = (table: TableName, cells: Record<string, Cell>) =>
  CONTRACT[table].columns.map((c) => cells[c.name] ?? null);

async function workbook(taxId: string, payments: Record<string, Cell>[] = []): Promise<XlsxWorkbook> {
  const book = new XlsxWorkbook();
  await book.writeSheet({
    name: "Settings",
    tables: [
      outputTable("Settings", [
        ["CompanyName", "Papereria Vidal SL"],
        ["CompanyTaxID", taxId],
      ]),
    ],
  });
  await book.writeSheet({
    name: "Clients",
    tables: [
      outputTable("Clients", [
        row("Clients", { ClientID: "C-0", Name: "Altres SA", TaxID: "A58818501", Country: "ES" }),
        row("Clients", { ClientID: "C-1", Name: "Forn Puig SL", TaxID: "B12345674", Country: "ES" }),
      ]),
    ],
  });
  await book.writeSheet({ name: "Invoices", tables: [outputTable("Invoices", [])] });
  await book.writeSheet({
    name: "Payments",
    tables: [
      outputTable(
        "Payments",
        payments.map((p) => row("Payments", p)),
      ),
    ],
  });
  return book;
}

async function issue(book: XlsxWorkbook, net: number) {
  const data = await readSalesData(book);
  const draft = draftInvoice(data, { clientId: "C-1", issueDate: day, net, vatRate: 0.21 });
  if (!draft.ok) throw new SaidError(draft.error);
  return issueWithRecord(book, data, draft.value, now);
}

const records = async (book: XlsxWorkbook) =>
  billingRecords(await book.readTable("BillingRecords")).map((r) => r.record);
const verifactuProblems = async (book: XlsxWorkbook) =>
  readable((await checkWorkbook(book, [VERIFACTU_CHECK])).problems).filter((p) =>
    /record|VERI\*FACTU/i.test(p.message),
  );

describe("VERI*FACTU records as invoices are issued and cancelled", () => {
  it("writes an alta for each invoice, chained to the record above, numbered in their own series", async () => {
    const book = await workbook("ESB87654321");
    const first = await issue(book, 100_00);
    const second = await issue(book, 50_00);
    expect([first.row.InvoiceNo, first.recorded, second.row.InvoiceNo, second.recorded]).toEqual([
      "2027-0001",
      true,
      "2027-0002",
      true,
    ]);
    const [a, b] = await records(book);
    expect([a.RecordNo, a.Kind, a.InvoiceNo, a.PreviousHash, a.Total, a.TotalTax]).toEqual([
      "00000001",
      "Alta",
      "2027-0001",
      "",
      "121.00",
      "21.00",
    ]);
    expect([b.RecordNo, b.InvoiceNo, b.PreviousHash]).toEqual(["00000002", "2027-0002", a.Hash]);
    expect(a.Hash).toMatch(/^[0-9A-F]{64}$/);
    // the invoice's own client is its recipient
    expect([a.ClientID, a.XML.includes("<sf:NIF>B12345674</sf:NIF>"), a.XML.includes("A58818501")]).toEqual([
      "C-1",
      true,
      false,
    ]);
    expect(await verifactuProblems(book)).toEqual([]);
  });

  it("writes an anulación for an invoice cancelled, and refuses what a rectifying invoice corrects instead", async () => {
    const book = await workbook("B87654321", [
      { PaymentID: "P-1", PaymentDate: day, InvoiceNo: "2027-0002", Amount: 10, Status: "Received" },
    ]);
    await issue(book, 100_00);
    await issue(book, 50_00);
    const data = await readSalesData(book);
    const credit = draftCreditNote(data, { creditOf: "2027-0001", issueDate: day, total: 12_10 });
    if (!credit.ok) throw new SaidError(credit.error);
    await issueWithRecord(book, data, credit.value, now);
    await issue(book, 30_00);
    const later = await readSalesData(book);
    const cancel = (no: string) => refusal(cancelIssued(book, later, no, now));
    expect(await cancel("2027-0009")).toBe("There is no invoice 2027-0009 to cancel");
    expect(await cancel("2027-0001")).toMatch(/^Invoice 2027-0001 .*rectifying/); // credited
    expect(await cancel("2027-0002")).toMatch(/^Invoice 2027-0002 .*rectifying/); // paid
    expect(await cancel("R-2027-0001")).toMatch(/^Invoice R-2027-0001 .*rectifying/); // a credit note itself
    expect(await cancelIssued(book, later, "2027-0003", now)).toBe(true);
    const cancelled = await readSalesData(book);
    expect(cancelled.invoices.find((i) => i.InvoiceNo === "2027-0003")?.Status).toBe("Cancelled");
    expect(await refusal(cancelIssued(book, cancelled, "2027-0003", now))).toBe(
      "Invoice 2027-0003 is cancelled already",
    );
    // the credit note's record names the invoice it rectifies
    expect((await records(book))[2].XML).toMatch(
      /<sf:FacturasRectificadas>.*<sf:NumSerieFactura>2027-0001<\/sf:NumSerieFactura><sf:FechaExpedicionFactura>04-01-2027<.*<\/sf:FacturasRectificadas>/,
    );
    const kinds = (await records(book)).map((r) => [r.RecordNo, r.Kind, r.InvoiceNo]);
    expect(kinds).toEqual([
      ["00000001", "Alta", "2027-0001"],
      ["00000002", "Alta", "2027-0002"],
      ["00000003", "Alta", "R-2027-0001"],
      ["00000004", "Alta", "2027-0003"],
      ["00000005", "Anulacion", "2027-0003"],
    ]);
    // cancelling from a stale read of an invoice that changed meanwhile writes nothing
    expect(await refusal(cancelIssued(book, later, "2027-0003", now))).toBe(
      "Invoice 2027-0003 changed while it was being cancelled: nothing was written",
    );
    expect(await verifactuProblems(book)).toEqual([]);
  });

  it("writes no record for a company without a Spanish NIF", async () => {
    const book = await workbook("FR40303265045");
    expect((await issue(book, 100_00)).recorded).toBe(false);
    const data = await readSalesData(book);
    expect(await cancelIssued(book, data, "2027-0001", now)).toBe(false);
    expect(await book.readTable("BillingRecords")).toBeUndefined();
  });
});

describe("the workbook check of the records", () => {
  const table = (rows: Cell[][], headers = ["RecordNo", "Kind", "InvoiceNo"]): TableData => ({
    name: "BillingRecords",
    sheet: "Registres",
    headers,
    rows,
    rowCount: rows.length,
    headerRow: 3,
    date1904: false,
  });

  it("reads each record with its sheet row, a blank row skipped and a missing column as empty", () => {
    const read = billingRecords(
      table([
        ["00000001", "Alta", "F1"],
        [null, "", null],
        ["00000002", null, 17],
      ]),
    );
    expect(read.map((r) => [r.row, r.record.RecordNo, r.record.Kind, r.record.InvoiceNo, r.record.Hash])).toEqual([
      [4, "00000001", "Alta", "F1", ""],
      [6, "00000002", "", "17", ""],
    ]);
    expect(billingRecords(undefined)).toEqual([]);
  });

  it("finds a record changed, the one chained to it, an invoice changed since its record and one issued with none", async () => {
    const book = await workbook("B87654321");
    await issue(book, 100_00);
    await issue(book, 50_00);
    const sheet = (await book.readTable("BillingRecords"))!;
    const total = sheet.headers.indexOf("Total");
    const rows = sheet.rows.map((r) => [...r]);
    rows[0][total] = "121.50";
    await book.writeSheet({
      name: sheet.sheet,
      tables: [{ name: "BillingRecords", columns: sheet.headers.map((header) => ({ header })), rows }],
    });
    const invoices = (await book.readTable("Invoices"))!;
    const net = invoices.headers.indexOf("Net");
    const edited = invoices.rows.map((r) => [...r]);
    edited[1][net] = 60;
    edited.push(
      row("Invoices", {
        InvoiceNo: "2027-0003",
        IssueDate: serialFromDay(day),
        ClientID: "C-1",
        Net: 5,
        Total: 5,
        Status: "Issued",
      }),
    );
    // written back as read: the dates as Excel's serials
    await book.writeSheet({
      name: "Invoices",
      tables: [{ name: "Invoices", columns: invoices.headers.map((header) => ({ header })), rows: edited }],
    });
    expect(new Set((await verifactuProblems(book)).map((p) => p.severity))).toEqual(new Set(["error"]));
    expect((await verifactuProblems(book)).map((p) => [p.sheet, p.row, p.column, p.message])).toEqual([
      [
        "VeriFactu",
        2,
        "Hash",
        "Billing record 00000001 (2027-0001) was changed after it was made: its huella does not match its fields or its XML",
      ],
      [
        "VeriFactu",
        2,
        "Total",
        "Invoice 2027-0001 no longer matches its billing record: Total is 121.00, the record says 121.50. Issue a rectifying invoice instead of editing an issued one",
      ],
      [
        "VeriFactu",
        3,
        "Net",
        "Invoice 2027-0002 no longer matches its billing record: Net is 60.00, the record says 50.00. Issue a rectifying invoice instead of editing an issued one",
      ],
      [
        "Invoices",
        4,
        "InvoiceNo",
        "Invoice 2027-0003 has no VERI*FACTU billing record: it was issued outside Sales Admin Desk or its record was removed",
      ],
    ]);
  });
});

describe("the records' check with one side missing", () => {
  it("checks the chain without an invoice sheet, and the invoices without a records table", () => {
    const records: TableData = {
      name: "BillingRecords",
      sheet: "Registres",
      headers: ["RecordNo", "Kind", "InvoiceNo", "Hash"],
      rows: [["00000001", "Alta", "2027-0001", "ABC"]],
      rowCount: 1,
      headerRow: 1,
      date1904: false,
    };
    expect(recordProblems(undefined, records, day).map((p) => [p.sheet, p.row, p.column, p.code])).toEqual([
      ["Registres", 2, "Hash", "verifactu.tampered"],
    ]);
    const invoice = row("Invoices", {
      InvoiceNo: "2027-0005",
      IssueDate: day,
      ClientID: "C-1",
      Net: 10,
      Total: 10,
      Status: "Issued",
    });
    const record = Object.fromEntries(
      CONTRACT.Invoices.columns.map((c, i) => [c.name, invoice[i]]),
    ) as unknown as RawRecordOf<"Invoices">;
    expect(
      recordProblems({ sheet: "Factures", records: [{ record, row: 7, invalid: false }] }, undefined, day).map((p) => [
        p.sheet,
        p.row,
        p.column,
        p.code,
      ]),
    ).toEqual([["Factures", 7, "InvoiceNo", "verifactu.noRecord"]]);
  });
});

describe("an invoice's QR code address", () => {
  it("names the issuer, the number, the date and the total, encoded, on the AEAT's page of the environment; none before the rules apply, without a number or a Spanish NIF", async () => {
    const book = await workbook("ESB87654321");
    await issue(book, 100_00);
    const data = await readSalesData(book);
    const [invoice] = data.invoices;
    expect(verificationUrl(data.settings, invoice)).toBe(
      "https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQR?nif=B87654321&numserie=2027-0001&fecha=04-01-2027&importe=121.00",
    );
    const production = {
      ...data.settings,
      verifactu: { ...data.settings.verifactu, environment: "production" as const },
    };
    expect(verificationUrl(production, { ...invoice, InvoiceNo: "F/27 1" })).toBe(
      "https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=B87654321&numserie=F%2F27%201&fecha=04-01-2027&importe=121.00",
    );
    const before = { ...invoice, IssueDate: dayOf(2026, 12, 31) };
    const noNif = { ...data.settings, company: { ...data.settings.company, taxId: "FR40303265045" } };
    expect([
      verificationUrl(data.settings, before),
      verificationUrl(data.settings, { ...invoice, InvoiceNo: "" }),
      verificationUrl(noNif, invoice),
      verificationUrl(data.settings, { ...invoice, IssueDate: dayOf(2027, 1, 1) }) !== undefined,
    ]).toEqual([undefined, undefined, undefined, true]);
  });
});
