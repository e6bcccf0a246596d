/** A payment recorded by hand: written under the next number, refused when the invoice owes less, or when the reference holds a card number. */
import { recordPayment } from "../../../src/core/receivables/paymentEntry";
import { readSalesData } from "../../../src/core/workbook/salesData";
import { XlsxWorkbook } from "../../../src/files/xlsxWorkbook";
import { outputTable } from "../../../src/core/workbook/output";
import { dayOf } from "../../../src/core/kernel/dates";
import { render } from "../../../src/core/kernel/messages";
import type { SaidError } from "../../../src/core/kernel/messages";

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
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => "written",
        (e: SaidError) => render(e.said, "en"),
      );
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
    ).resolves.toMatch(/card/i);
    await expect(
      refusal(recordPayment(book, { invoice, date: today, amount: 0, method: "Cash", reference: "" }, data)),
    ).resolves.toBe("A payment is an amount above zero.");
    expect((await book.readTable("Payments"))!.rowCount).toBe(2);
  });
});
