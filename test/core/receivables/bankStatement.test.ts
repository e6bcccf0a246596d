/**
 * A bank statement read and matched (issue 35): the sheet's header and lines however they are typed,
 * each rule of the match at its edge (a debit, four digits of an invoice number, a partial amount, the
 * name's every word, the lowest confidence), the order lines settle an invoice in, and a match recorded.
 */
import { proposeMatches, readBankLines, recordMatch } from "../../../src/core/receivables/reconciliation";
import { readSalesData, salesDataFrom } from "../../../src/core/workbook/salesData";
import { outputTable } from "../../../src/core/workbook/output";
import { XlsxWorkbook } from "../../../src/files/xlsxWorkbook";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import type { Cell, SheetGrid } from "../../../src/core/workbook/port";
import { tableData } from "../../helpers/tables";
import { readable } from "../../helpers/english";

const today = dayOf(2026, 11, 27);
const s = (day: number) => serialFromDay(day);
const bank = (...rows: Cell[][]): SheetGrid => ({ name: "Banc", date1904: false, rows });

describe("a statement's lines", () => {
  it("are none, with the reason, without a header, or without one of the three columns", () => {
    expect(readBankLines(bank()).lines).toEqual([]);
    expect(readable(readBankLines(bank()).problems)).toEqual([
      {
        sheet: "Banc",
        row: null,
        column: null,
        severity: "error",
        message: "no header with Date, Amount and Text columns",
      },
    ]);
    const noText = readBankLines(bank(["Moviments"], ["Data", "Import", "Saldo"], ["20/11/2026", "10,00", "100,00"]));
    expect([noText.lines, readable(noText.problems)]).toEqual([
      [],
      [{ sheet: "Banc", row: 2, column: null, severity: "error", message: "no text column in the header" }],
    ]);
  });

  it("are read typed as numbers and dates too, the text trimmed or empty, the decimal mark found from the column", () => {
    const { lines, problems } = readBankLines(
      bank(
        ["Date", "Amount", "Description"],
        [s(dayOf(2026, 11, 20)), 242, "  TRANSFER 2026-0102  "],
        ["21/11/2026", "1,210.50", null],
        ["22/11/2026", "12.00", "FEE"],
      ),
    );
    expect([lines, problems]).toEqual([
      [
        { row: 2, date: dayOf(2026, 11, 20), amount: 242_00, text: "TRANSFER 2026-0102" },
        { row: 3, date: dayOf(2026, 11, 21), amount: 1_210_50, text: "" },
        { row: 4, date: dayOf(2026, 11, 22), amount: 12_00, text: "FEE" },
      ],
      [],
    ]);
  });

  it("are found under a header of two words, amounts read with the column's decimal mark: 1,234 beside 2.50 is a thousand", () => {
    const { lines } = readBankLines(
      bank(["Fecha valor", "Importe EUR", "Concepto"], ["20/11/2026", "1,234", "A"], ["21/11/2026", "2.50", "B"]),
    );
    expect(lines.map((l) => l.amount)).toEqual([1_234_00, 2_50]);
  });

  it("read dates in the column's own order: 11/20 makes the column month first", () => {
    const { lines } = readBankLines(
      bank(["Date", "Amount", "Memo"], ["11/20/2026", "5.00", "A"], ["12/01/2026", "6.00", "B"]),
    );
    expect(lines.map((l) => l.date)).toEqual([dayOf(2026, 11, 20), dayOf(2026, 12, 1)]);
  });

  it("without a date or an amount are reported on their row, the others read, blank, header and total lines passed over", () => {
    const { lines, problems } = readBankLines(
      bank(
        ["Fecha", "Concepto", "Importe"],
        ["20/11/2026", "PAGO", null],
        [null, "PAGO", "5,00"],
        ["20/11/2026", "PAGO", "abc"],
        [],
        ["21/11/2026", "PAGO", "7,00"],
        ["Fecha", "Concepto", "Importe"],
        ["Total", null, "7,00"],
      ),
    );
    expect(lines.map((l) => [l.row, l.amount])).toEqual([[6, 7_00]]);
    expect(readable(problems).map((p) => [p.row, p.message])).toEqual([
      [2, "no date or no amount"],
      [3, "no date or no amount"],
      [4, "'abc' is not an amount"],
    ]);
  });
});

describe("a statement's lines matched", () => {
  function data(invoices: Cell[][], payments: Cell[][] = []) {
    return salesDataFrom([
      tableData(
        "Clients",
        ["ClientID", "Name", "IBAN"],
        [
          ["C-1", "Forn Puig SL", null],
          ["C-2", "AB SL", null],
          ["C-3", "Vidal Sociedad Limitada", "ES9121000418450200051332"],
        ],
      ),
      tableData(
        "Invoices",
        ["InvoiceNo", "IssueDate", "ClientID", "Net", "VATRate", "VAT", "Total", "DueDate"],
        invoices,
      ),
      tableData("Payments", ["PaymentID", "PaymentDate", "InvoiceNo", "Amount", "Reference", "Status"], payments),
    ]);
  }
  const invoice = (no: string, client: string, total: number): Cell[] => [
    no,
    s(today - 30),
    client,
    total,
    0,
    0,
    total,
    s(today),
  ];
  const line = (row: number, amount: number, text: string) => ({ row, date: today - 1, amount, text });
  const match = (lines: ReturnType<typeof line>[], d: ReturnType<typeof data>) =>
    proposeMatches(lines, d, today).map((p) => [
      p.line.row,
      p.invoice?.InvoiceNo ?? null,
      p.confidence,
      p.unmatched ?? null,
    ]);

  it("leaves a line of nothing or less as a debit, and proposes no invoice owed nothing or less", () => {
    const d = data(
      [invoice("F-1001", "C-1", 100), invoice("F-1002", "C-1", 100), invoice("F-1003", "C-1", 100)],
      [
        ["P-1", s(today - 2), "F-1002", 100, null, "Received"],
        ["P-2", s(today - 2), "F-1003", 150, null, "Received"],
      ],
    );
    expect(match([line(1, 0, "F-1001"), line(2, 50_00, "F-1002 F-1003")], d)).toEqual([
      [1, null, 0, "debit"],
      [2, null, 0, "nothing"],
    ]);
    expect(
      proposeMatches([line(1, -5_00, "F-1001"), line(2, 50_00, "F-1002")], d, today).map((p) => p.reasons),
    ).toEqual([[], []]);
  });

  it("finds an invoice number by its digits when they are four or more, and scores a part payment above one too big", () => {
    const d = data([invoice("A-0042", "C-2", 100), invoice("B-77", "C-2", 100)]);
    expect(match([line(1, 40_00, "PAGO FACTURA 0042"), line(2, 300_00, "PAGO 77 B77")], d)).toEqual([
      [1, "A-0042", 0.65, null],
      [2, null, 0, "nothing"],
    ]);
    expect(match([line(1, 300_00, "A-0042")], d)).toEqual([[1, "A-0042", 0.59, null]]);
  });

  it("proposes the exact amount alone at the lowest confidence, and a name only when every word of it is there", () => {
    const d = data([invoice("F-2001", "C-1", 100), invoice("F-2002", "C-3", 70)]);
    expect(match([line(1, 100_00, "TRANSFERENCIA")], d)).toEqual([[1, "F-2001", 0.3, null]]);
    expect(match([line(1, 100_00, "TRANSF PUIG")], d)).toEqual([[1, "F-2001", 0.3, null]]);
    const named = proposeMatches([line(1, 100_00, "TRANSF FORN PUIG")], d, today)[0];
    expect([named.invoice?.InvoiceNo, named.confidence, named.reasons]).toEqual([
      "F-2001",
      0.5,
      ["the exact amount owed", "the client's name"],
    ]);
    // "Sociedad Limitada" is the company's form, not its name: "VIDAL" is enough
    expect(match([line(1, 70_00, "VIDAL")], d)).toEqual([[1, "F-2002", 0.5, null]]);
    // the name and a part of what is owed (0.25) are below the lowest confidence; the IBAN alone is at it, a larger amount adding nothing
    expect(match([line(1, 40_00, "FORN PUIG")], d)).toEqual([[1, null, 0, "nothing"]]);
    expect(match([line(1, 90_00, "ES91 2100 0418 4502 0005 1332")], d)).toEqual([[1, "F-2002", 0.3, null]]);
  });

  it("settles an invoice by the likeliest lines first, whatever their order; a part payment leaves it open to the next", () => {
    const d = data([invoice("F-3001", "C-1", 242)]);
    const lines = [
      line(1, 242_00, "PAGO F-3001 REPETIDO"),
      line(2, 242_00, "FORN PUIG F-3001"),
      line(3, 100_00, "F-3001"),
    ];
    const proposals = proposeMatches(lines, d, today);
    expect(proposals.map((p) => [p.line.row, p.confidence])).toEqual([
      [1, 0.59],
      [2, 1],
      [3, 0.59],
    ]);
    expect(proposals.map((p) => p.reasons.at(-1))).toEqual([
      "F-3001 is already paid by the line of row 2",
      "the client's name",
      "F-3001 is already paid by the line of row 2",
    ]);
    // 100 of 242 paid by the likelier line: 142 left, which the next line's 200 is more than
    const part = proposeMatches([line(1, 200_00, "F-3001"), line(2, 100_00, "F-3001 FORN PUIG")], d, today);
    expect(part.map((p) => [p.confidence, p.reasons.at(-1)])).toEqual([
      [0.59, "more than F-3001 still owes"],
      [0.85, "the client's name"],
    ]);
  });

  it("proposes no line again that a payment with its date, amount and reference records", () => {
    const d = data([invoice("F-4001", "C-1", 50)], [["P-9", s(today - 1), null, 50, "  F-4001 ", "Received"]]);
    expect(match([line(1, 50_00, "F-4001"), line(2, 50_00, "F-4001 BIS")], d).map(([row]) => row)).toEqual([2]);
    // a payment with no reference records a line with no text
    const unreferenced = data([invoice("F-4001", "C-1", 50)], [["P-9", s(today - 1), null, 50, null, "Received"]]);
    expect(match([line(1, 50_00, ""), line(2, 50_00, "X")], unreferenced).map(([row]) => row)).toEqual([2]);
  });

  it("is recorded as a transfer with the line's date, amount and text", async () => {
    const book = new XlsxWorkbook();
    await book.writeSheet({
      name: "Invoices",
      tables: [
        outputTable("Invoices", [
          ["F-5001", today - 30, "C-1", null, null, 100, 0, 0, 100, "EUR", today, "Issued", null, null],
        ]),
      ],
    });
    await book.writeSheet({ name: "Payments", tables: [outputTable("Payments", [])] });
    const d = await readSalesData(book);
    const [proposal] = proposeMatches([line(7, 100_00, "TRANSF F-5001")], d, today);
    expect(await recordMatch(book, proposal, d)).toMatchObject({
      PaymentID: "P-00001",
      PaymentDate: today - 1,
      InvoiceNo: "F-5001",
      Amount: 100,
      Method: "Transfer",
      Reference: "TRANSF F-5001",
      Status: "Received",
    });
  });
});
