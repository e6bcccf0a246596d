/** The contract's names as the admin reads them, and the words for its codes in any language. */
import { columnLabel, tableLabel } from "../../../src/core/locale/contractNames";
import { codeLookup } from "../../../src/core/locale/codeWords";
import { INVOICE_STATUSES } from "../../../src/core/workbook/codes";

describe("labels", () => {
  it("name tables and columns in Catalan and Spanish; English spaces the contract's own names", () => {
    expect(
      ["Invoices", "Clients"].map((t) => ["ca", "es", "en"].map((l) => tableLabel(t as "Invoices", l as "ca"))),
    ).toEqual([
      ["Factures", "Facturas", "Invoices"],
      ["Clients", "Clientes", "Clients"],
    ]);
    expect(["VATRate", "CardLast4", "ClientID", "IBAN", "SLAHours"].map((c) => columnLabel(c, "en"))).toEqual([
      "VAT Rate",
      "Card Last 4",
      "Client ID",
      "IBAN",
      "SLA Hours",
    ]);
    expect(["IssueDate", "CardLast4", "AEATCode"].map((c) => [columnLabel(c, "ca"), columnLabel(c, "es")])).toEqual([
      ["Data d'emissió", "Fecha de emisión"],
      ["Targeta (4 últimes xifres)", "Tarjeta (4 últimas cifras)"],
      ["AEAT Code", "AEAT Code"], // not a contract column: its English name
    ]);
  });

  it("read a code as written, spaced, or in words of any language, one lookup a code list", () => {
    const lookup = codeLookup(INVOICE_STATUSES);
    expect(
      ["partially paid", "partiallypaid", "paid", "pagada", "cobrada", "anulada", "esborrany"].map((w) =>
        lookup.get(w),
      ),
    ).toEqual(["PartiallyPaid", "PartiallyPaid", "Paid", "Paid", "Paid", "Cancelled", "Draft"]);
    expect(codeLookup(INVOICE_STATUSES)).toBe(lookup);
  });
});
