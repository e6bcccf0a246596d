/** A small workbook of invoices, a credit note and clients paying three ways: the documents' tests read it. */
import { salesDataFrom } from "../../src/core/workbook/salesData";
import { dayOf, serialFromDay } from "../../src/core/kernel/dates";
import { tableData } from "./tables";

const day = dayOf(2026, 11, 2);
const s = (d: number) => serialFromDay(d);
/** Built when called: a test that builds it is seen (by a mutation tool) to cover what it reads. */
export const documentData = () =>
  salesDataFrom([
    tableData(
      "Clients",
      [
        "ClientID",
        "Name",
        "TaxID",
        "Street",
        "PostalCode",
        "City",
        "Country",
        "PaymentMethod",
        "IBAN",
        "CardLast4",
        "Contact",
      ],
      [
        [
          "C-1",
          "Forn Puig, SL",
          "B12345674",
          "Carrer Major 1",
          "17001",
          "Girona",
          "ES",
          "Transfer",
          null,
          null,
          "Marta Puig",
        ],
        [
          "C-2",
          "Ferretería López, SA",
          "A58818501",
          "Calle Mayor 2",
          "28001",
          "Madrid",
          "ES",
          "DirectDebit",
          "ES7921000813610123456789",
          null,
          null,
        ],
        ["C-3", '=HYPERLINK("http://x")', "B66078346", null, null, null, "ES", "Card", null, "4242", null],
      ],
    ),
    tableData(
      "Products",
      ["SKU", "Name", "UnitPrice", "VATRate"],
      [
        ["A", "Llicència ERP", 1200, 0.21],
        ["B", "Manteniment anual", 300, 0.21],
      ],
    ),
    tableData(
      "Orders",
      ["OrderID", "OrderDate", "ClientID", "SKU", "Quantity", "Net", "Status"],
      [
        ["O-000007", s(day - 10), "C-1", "A", 2, 2400, "Delivered"],
        ["O-000007", s(day - 10), "C-1", "B", 1, 300, "Delivered"],
      ],
    ),
    tableData(
      "Invoices",
      [
        "InvoiceNo",
        "IssueDate",
        "ClientID",
        "OrderID",
        "Net",
        "VATRate",
        "VAT",
        "Total",
        "DueDate",
        "Status",
        "CreditOf",
        "Reason",
      ],
      [
        ["2026-0042", s(day), "C-1", "O-000007", 2700, 0.21, 567, 3267, s(day + 30), "Issued", null, null],
        ["2026-0043", s(day), "C-2", null, 100, 0.21, 21, 121, s(day - 20), "Issued", null, null],
        [
          "R-2026-0001",
          s(day + 5),
          "C-1",
          "O-000007",
          -300,
          0.21,
          -63,
          -363,
          null,
          "Issued",
          "2026-0042",
          "Devolució del manteniment",
        ],
        ["2026-0044", s(day), "C-3", null, 50, 0.21, 10.5, 60.5, s(day + 30), "Issued", null, null],
      ],
    ),
    tableData(
      "Settings",
      ["Setting", "Value"],
      [
        ["CompanyName", "Solucions del Vallès, SL"],
        ["CompanyTaxID", "B66078346"],
        ["CompanyAddress", "Carrer de la Indústria 21, 08202 Sabadell"],
        ["CompanyIBAN", "ES9121000418450200051332"],
      ],
    ),
  ]);
