/** A payment recorded by hand: written under the next number, refused when the invoice owes less, or when the reference holds a card number. */
import { paymentRow, recordPayment } from "../../../src/core/receivables/paymentEntry";
import { readSalesData } from "../../../src/core/workbook/salesData";
import { XlsxWorkbook } from "../../../src/files/xlsxWorkbook";
import { outputTable } from "../../../src/core/workbook/output";
import { dayOf } from "../../../src/core/kernel/dates";
import { refusal } from "../../helpers/refusal";

const today = dayOf(2026, 11, 27);

describe("a payment by hand", () => {
  it("is written with its method and reference, and the invoice then owes less; more than it owes is refused", async () => {
    const book = new XlsxWorkbook();
    await book.writeSheet({
      name: "Invoices",
      tables: [
        outputTable("Invoices", [
          ["2026-0001", today - 30, "C-1", null, null, 100, 0.21, 21, 121, "EUR", today, "Issued", null, null],
        ]),
      ],
    });
    await book.writeSheet({
      name: "Payments",
      tables: [
        outputTable("Payments", [
          ["P-00003", today - 5, "2026-0001", "C-1", 21, "Transfer", "TRF", "Received", null, null, null],
        ]),
      ],
    });
    const data = await readSalesData(book);
    const invoice = data.invoices[0];
    const row = await recordPayment(
      book,
      { invoice, date: today, amount: 5000, method: "Cash", reference: "Rebut 12" },
      data,
    );
    expect(row).toMatchObject({
      PaymentID: "P-00004",
      InvoiceNo: "2026-0001",
      ClientID: "C-1",
      Amount: 50,
      Method: "Cash",
      Reference: "Rebut 12",
      Status: "Received",
    });
    // 121 − 21 − 50 = 50 left: 60 is too much, checked against the table as it stands at the write
    await expect(
      refusal(recordPayment(book, { invoice, date: today, amount: 6000, method: "Cheque", reference: "" }, data)),
    ).resolves.toMatch(/2026-0001/);
    await expect(
      refusal(
        recordPayment(
          book,
          { invoice, date: today, amount: 100, method: "Card", reference: "4111 1111 1111 1111" },
          data,
        ),
      ),
    ).resolves.toBe("holds a full card number (ending 1111): keep only the last 4 digits in CardLast4");
    await expect(
      refusal(recordPayment(book, { invoice, date: today, amount: 0, method: "Cash", reference: "" }, data)),
    ).resolves.toBe("A payment is an amount above zero.");
    expect((await book.readTable("Payments"))!.rowCount).toBe(2);
  });
});

describe("a payment by hand, at its edges (issue 35)", () => {
  it("may pay exactly what is left after credit notes and the payments received for it, not a cent more", async () => {
    const book = new XlsxWorkbook();
    const invoice = (no: string, total: number, creditOf: string | null) =>
      [no, today - 30, "C-1", null, null, total, 0, 0, total, "EUR", today, "Issued", creditOf, null] as const;
    await book.writeSheet({
      name: "Invoices",
      tables: [
        outputTable("Invoices", [
          [...invoice("2026-0001", 121, null)],
          [...invoice("2026-0002", -21, "2026-0001")],
          [...invoice("2026-0003", 500, null)],
        ]),
      ],
    });
    const payment = (id: string, invoiceNo: string, amount: number | string, status: string) =>
      [id, today - 5, invoiceNo, "C-1", amount, "Transfer", null, status, null, null, null] as const;
    await book.writeSheet({
      name: "Payments",
      tables: [
        outputTable("Payments", [
          [...payment("P-00001", "2026-0001", 30, "Received")],
          [...payment("P-00002", "2026-0001", 40, "Reversed")],
          [...payment("P-00003", "2026-0003", 590, "Received")],
          [...payment("P-00004", "2026-0001", "n/a", "Received")],
        ]),
      ],
    });
    const data = await readSalesData(book);
    const first = data.invoices[0];
    // 121 − 21 credited − 30 received = 70 left; the reversed 40, the other invoice's 590 and the unreadable amount do not count
    await expect(
      refusal(recordPayment(book, { invoice: first, date: today, amount: 7001, method: "Cash", reference: "" }, data)),
    ).resolves.toBe("2026-0001 owes €70.00 now, less than the line of €70.01: not recorded");
    const row = await recordPayment(
      book,
      { invoice: first, date: today, amount: 7000, method: "Cash", reference: "" },
      data,
    );
    expect(row).toEqual({
      PaymentID: "P-00005",
      PaymentDate: today,
      InvoiceNo: "2026-0001",
      ClientID: "C-1",
      Amount: 70,
      Method: "Cash",
      Reference: null,
      Status: "Received",
    });
    await expect(
      refusal(recordPayment(book, { invoice: first, date: today, amount: 1, method: "Cash", reference: "" }, data)),
    ).resolves.toBe("2026-0001 owes €0.00 now, less than the line of €0.01: not recorded");
    // paid 90 beyond its total: it owes nothing, never less than nothing
    const overpaid = data.invoices[2];
    await expect(
      refusal(recordPayment(book, { invoice: overpaid, date: today, amount: 1, method: "Cash", reference: "" }, data)),
    ).resolves.toBe("2026-0003 owes €0.00 now, less than the line of €0.01: not recorded");
  });

  it("takes the number after the highest P-NNNNN of the column, whatever else the column holds", () => {
    const entry = { invoice: undefined, date: today, amount: 100, method: "Cash" as const, reference: "" };
    const ids = ["P-00007", "X", "P-12a", "xxP-5", "P-00003", 17, null];
    expect(paymentRow(entry, ids).PaymentID).toBe("P-00008");
    expect(paymentRow(entry, []).PaymentID).toBe("P-00001");
  });

  it("is written for no invoice when none is named: no invoice, no client, nothing checked", async () => {
    const book = new XlsxWorkbook();
    await book.writeSheet({ name: "Payments", tables: [outputTable("Payments", [])] });
    const data = await readSalesData(book);
    const row = await recordPayment(
      book,
      { invoice: undefined, date: today, amount: 99_999, method: "Transfer", reference: "?" },
      data,
    );
    expect([row.PaymentID, row.InvoiceNo, row.ClientID, row.Amount]).toEqual(["P-00001", null, null, 999.99]);
  });
});
