/** Chasing money: withdrawn payments to investigate, reminders in the client's language, bank lines to match. */
import { investigations, reasonOf } from "../../../src/core/receivables/investigations";
import { letterLanguage, reminders } from "../../../src/core/receivables/reminders";
import { PRESELECT_CONFIDENCE, proposeMatches, readBankLines } from "../../../src/core/receivables/reconciliation";
import { paymentRow } from "../../../src/core/receivables/paymentEntry";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import type { Client } from "../../../src/core/workbook/contract";
import type { Cell, SheetGrid } from "../../../src/core/workbook/port";
import { tableData } from "../../helpers/tables";
import { readable } from "../../helpers/english";
import { render, say } from "../../../src/core/kernel/messages";

const today = dayOf(2026, 11, 27);
const s = (day: number) => serialFromDay(day);

function data(payments: Cell[][] = [], settings: Cell[][] = [], sent: Cell[][] = []) {
  return salesDataFrom([
    tableData(
      "Clients",
      ["ClientID", "Name", "Contact", "PostalCode", "Country", "IBAN"],
      [
        ["C-1", "Forn Puig SL", "Marta Puig", "08001", "ES", "ES9121000418450200051332"],
        ["C-2", "Distribuciones Norte SA", null, "48001", "ES", null],
        ["C-3", "Acme Ltd", "John <script>alert(1)</script>", "SW1A", "GB", null],
      ],
    ),
    tableData(
      "Invoices",
      ["InvoiceNo", "IssueDate", "ClientID", "Net", "VATRate", "VAT", "Total", "DueDate"],
      [
        ["2026-0101", s(today - 80), "C-1", 100, 0.21, 21, 121, s(today - 50)],
        ["2026-0102", s(today - 40), "C-1", 200, 0.21, 42, 242, s(today - 10)],
        ["2026-0103", s(today - 40), "C-2", 1000, 0.21, 210, 1210, s(today - 2)],
        ["2026-0104", s(today - 70), "C-3", 50, 0, 0, 50, s(today - 65)],
        ["2026-0105", s(today - 5), "C-2", 10, 0.21, 2.1, 12.1, s(today + 25)],
      ],
    ),
    tableData(
      "Payments",
      ["PaymentID", "PaymentDate", "InvoiceNo", "ClientID", "Amount", "Reference", "Status", "Reason", "Investigation"],
      payments,
    ),
    tableData("Settings", ["Setting", "Value"], settings),
    tableData("Reminders", ["Sent", "ClientID", "InvoiceNo", "Level", "Channel"], sent),
  ]);
}

describe("withdrawn payments", () => {
  it("recognise SEPA return codes and card chargeback reasons in the Reason text", () => {
    expect(reasonOf("MD06 Devolución por el cliente")).toEqual({
      code: "MD06",
      explanation: say("withdrawal.MD06"),
    });
    expect(reasonOf("retorn am04")).toEqual({ code: "AM04", explanation: say("withdrawal.AM04") });
    expect(reasonOf("Visa 13.1 producto no recibido")).toEqual({
      code: "13.1",
      explanation: say("withdrawal.notReceived"),
    });
    expect(reasonOf("Fraude con tarjeta")).toEqual({
      code: null,
      explanation: say("withdrawal.fraud"),
    });
    expect(reasonOf("no idea")).toBeUndefined();
    // said in her language: the code kept, its meaning in words
    expect(render(reasonOf("Retorn MD01")!.explanation, "ca")).toBe("sense mandat");
  });

  it("are listed open first, oldest first, with age, amount, client and reason", () => {
    const list = investigations(
      data([
        ["P1", s(today - 30), "2026-0101", null, 121, "SEPA", "Reversed", "AC04", "Resolved"],
        ["P2", s(today - 3), "2026-0102", "C-1", 242, "SEPA", "Reversed", "AM04", null],
        ["P3", s(today - 12), "2026-0103", null, 1210, "TPV", "Chargeback", "4853 cardholder dispute", "Open"],
        ["P4", s(today - 1), "2026-0103", null, 1210, "TPV", "Received", null, null],
      ]),
      today,
    );
    expect(list.map((i) => [i.payment.PaymentID, i.state, i.age, i.client?.ClientID, i.code, i.amount])).toEqual([
      ["P3", "Open", 12, "C-2", "4853", 121000],
      ["P2", "Open", 3, "C-1", "AM04", 24200],
      ["P1", "Resolved", 30, "C-1", "AC04", 12100],
    ]);
  });

  it("are listed resolved ones by age too, a payment of no known invoice or client, or with no reason, kept", () => {
    const list = investigations(
      data([
        ["P1", s(today - 30), "2026-0101", null, 121, "SEPA", "Reversed", "AC04", "Resolved"],
        ["P2", s(today - 3), "2026-0102", "C-1", 242, "SEPA", "Reversed", "AM04", null],
        ["P5", s(today - 40), "2026-9999", null, 50, "SEPA", "Failed", null, "Resolved"],
        ["P6", s(today - 9), null, null, 60, "SEPA", "Failed", "sense motiu", null],
      ]),
      today,
    );
    expect(list.map((i) => [i.payment.PaymentID, i.state, i.client?.ClientID ?? null, i.code, i.explanation])).toEqual([
      ["P6", "Open", null, null, null],
      ["P2", "Open", "C-1", "AM04", say("withdrawal.AM04")],
      ["P5", "Resolved", null, null, null],
      ["P1", "Resolved", "C-1", "AC04", say("withdrawal.AC04")],
    ]);
    expect([reasonOf(null), reasonOf("")]).toEqual([undefined, undefined]);
  });
});

describe("reminders", () => {
  it("group a client's overdue invoices, level by the latest, in the client's language", () => {
    const list = reminders(data(), today);
    expect(
      list.map((r) => [r.client.ClientID, r.level, r.language, r.invoices.map((i) => i.invoiceNo), r.total]),
    ).toEqual([
      ["C-3", 4, "en", ["2026-0104"], 5000],
      ["C-1", 3, "ca", ["2026-0101", "2026-0102"], 36300],
      ["C-2", 1, "es", ["2026-0103"], 121000],
    ]);
    const ca = list[1].text.replace(/\u00a0/g, " ");
    expect(ca).toContain("Benvolgut/da Marta Puig,");
    expect(ca).toContain("les factures següents continuen impagades");
    expect(ca).toContain("- Factura 2026-0101, vençuda el 08/10/2026 (fa 50 dies): 121,00 €");
    expect(ca).toContain("Import total pendent: 363,00 €");
    expect(list[2].text).toMatch(/^Recordatorio de pago\n\nEstimados señores:/);
    expect(list[0].text).toMatch(/^Final notice before collection/);
    // names go into the letter as plain text, to be pasted into a mail: nothing is interpreted
    expect(list[0].text).toContain("Dear John <script>alert(1)</script>,");
  });

  it("follow the log of reminders sent: one level past the highest sent, never past the last, and a client reminded lately waits", () => {
    const list = reminders(
      data(
        [],
        [],
        [
          [s(today - 20), "C-2", "2026-0103", 1, "Email"], // sent for this invoice: level 2 now, though 2 days late gives 1
          [s(today - 3), "C-3", "2026-0104", 4, "Letter"], // 3 days ago: within ReminderGapDays (7), waits
          [s(today - 30), "C-1", "2026-0999", 3, "Letter"], // an invoice no longer owed does not count
        ],
      ),
      today,
    );
    expect(list.map((r) => [r.client.ClientID, r.level, r.lastLevel, r.lastSent])).toEqual([
      ["C-1", 3, null, null],
      ["C-2", 2, 1, today - 20],
    ]);
    expect(list[1].text).toMatch(/^Segundo recordatorio de pago/);
    const capped = reminders(data([], [], [[s(today - 10), "C-3", "2026-0104", 4, "Letter"]]), today);
    expect(capped.find((r) => r.client.ClientID === "C-3")?.level).toBe(4);
  });

  it("use the ReminderDays thresholds of the Settings table", () => {
    const list = reminders(data([], [["ReminderDays", "5, 100"]]), today);
    expect(list.map((r) => [r.client.ClientID, r.level])).toEqual([
      ["C-3", 1],
      ["C-1", 1],
    ]); // C-2 is 2 days late: not yet
  });

  it("choose Catalan for Andorra, Catalonia and the Balearics, Spanish for the rest of Spain, English elsewhere", () => {
    const c = (Country: string | null, PostalCode: string | null) => ({ Country, PostalCode }) as Client;
    expect(
      [c("AD", "AD500"), c("ES", "17001"), c("ES", "07001"), c("ES", "28001"), c("FR", "75001"), c(null, "8001")].map(
        letterLanguage,
      ),
    ).toEqual(["ca", "ca", "ca", "es", "en", "ca"]);
  });
});

describe("bank reconciliation", () => {
  const grid: SheetGrid = {
    name: "Bank",
    date1904: false,
    rows: [
      ["Extracto cuenta 2100…"],
      ["Fecha", "Concepto", "Importe"],
      ["20/11/2026", "TRANSF FORN PUIG FRA 2026-0102", "242,00"],
      ["21/11/2026", "TRANSFERENCIA DISTRIBUCIONES NORTE", "1.210,00"],
      ["22/11/2026", "ES91 2100 0418 4502 0005 1332 pago", "100,00"],
      ["23/11/2026", "COMISION MANTENIMIENTO", "-12,00"],
      ["24/11/2026", "INGRESO EFECTIVO", "77,77"],
      ["xx", "roto", "1"],
    ],
  };

  it("reads the statement lines and reports those it cannot read", () => {
    const { lines, problems } = readBankLines(grid);
    expect(lines.map((l) => [l.row, l.amount])).toEqual([
      [3, 24200],
      [4, 121000],
      [5, 10000],
      [6, -1200],
      [7, 7777],
    ]);
    expect(readable(problems)).toEqual([
      { sheet: "Bank", row: 8, column: null, severity: "error", message: "'xx' is not a date" },
    ]);
  });

  it("proposes the likeliest open invoice with a confidence and its reasons; confirmed ones are not proposed again", () => {
    const d = data();
    const { lines } = readBankLines(grid);
    const proposals = proposeMatches(lines, d, today);
    expect(proposals.map((p) => [p.line.row, p.invoice?.InvoiceNo ?? null, p.confidence, p.unmatched ?? null])).toEqual(
      [
        [3, "2026-0102", 1, null],
        [4, "2026-0103", 0.5, null],
        [5, "2026-0101", 0.35, null],
        [6, null, 0, "debit"],
        [7, null, 0, "nothing"],
      ],
    );
    expect(proposals[0].reasons).toEqual([
      "invoice number 2026-0102 in the text",
      "the exact amount owed",
      "the client's name",
    ]);
    expect(proposals[2].reasons).toEqual(["the client's IBAN"]);
    const { line, invoice } = proposals[0];
    const row = paymentRow(
      { invoice: invoice ?? undefined, date: line.date, amount: line.amount, method: "Transfer", reference: line.text },
      ["P-00007", "X"],
    );
    expect(row).toEqual({
      PaymentID: "P-00008",
      PaymentDate: dayOf(2026, 11, 20),
      InvoiceNo: "2026-0102",
      ClientID: "C-1",
      Amount: 242,
      Method: "Transfer",
      Reference: "TRANSF FORN PUIG FRA 2026-0102",
      Status: "Received",
    });
    const after = data([
      [
        "P-00008",
        s(dayOf(2026, 11, 20)),
        "2026-0102",
        "C-1",
        242,
        "TRANSF FORN PUIG FRA 2026-0102",
        "Received",
        null,
        null,
      ],
    ]);
    expect(proposeMatches(lines, after, today).map((p) => p.line.row)).toEqual([4, 5, 6, 7]);
  });

  it("ticks no two lines that would pay one invoice beyond what it owes: the likelier keeps the tick, the other says why", () => {
    const twice: SheetGrid = {
      ...grid,
      rows: [
        grid.rows[1],
        ["20/11/2026", "TRANSF FORN PUIG FRA 2026-0102", "242,00"],
        ["21/11/2026", "FORN PUIG FRA 2026-0102 REPETIDA", "242,00"],
      ],
    };
    const proposals = proposeMatches(readBankLines(twice).lines, data(), today);
    expect(proposals.map((p) => [p.invoice?.InvoiceNo, p.confidence >= PRESELECT_CONFIDENCE])).toEqual([
      ["2026-0102", true],
      ["2026-0102", false],
    ]);
    expect(proposals[1].reasons.at(-1)).toEqual("2026-0102 is already paid by the line of row 2");
  });
});
