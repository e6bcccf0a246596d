/**
 * How well a header names a contract column (headerMatch.ts), at the edges of each rule: a second
 * choice, an abbreviation and a compound by their lengths, a bare "Nº", a table's own noun, words most
 * headers share; and which words those are.
 */
import { commonWords, headerMatch } from "../../../src/core/import/headerMatch";

const score = (header: string, table: Parameters<typeof headerMatch>[1], column: string, common: string[] = []) =>
  Number(headerMatch(header, table, column, new Set(common)).toFixed(4));

describe("a header's match", () => {
  it("is whole for a first choice, 0.9 for a second", () => {
    expect([score("Nom", "Products", "Name"), score("Descripcion", "Products", "Name")]).toEqual([1, 0.9]);
  });

  it("takes an abbreviation of at most half the word; a compound from a word of four letters", () => {
    // "description" is a second choice (0.9), matched at 0.8, by one word of one (0.9)
    expect(["Descr", "Descri"].map((h) => score(h, "Products", "Name"))).toEqual([0.648, 0]);
    // three letters are enough, and four of "quantity" are exactly half of it
    expect(["Qua", "Quan", "Quant"].map((h) => score(h, "Orders", "Quantity"))).toEqual([0.72, 0.72, 0]);
    expect(["Phonebook", "Phonx"].map((h) => score(h, "Clients", "Phone"))).toEqual([0.72, 0]);
    expect(score("Citybox", "Clients", "City")).toBe(0.72);
  });

  it("heads the key with a bare number sign, and only the key; a number sign with a word is that word's", () => {
    expect([
      score("Nº", "Invoices", "InvoiceNo"),
      score("Nº", "Invoices", "ClientID"),
      score("Núm. factura", "Invoices", "InvoiceNo"),
    ]).toEqual([0.9, 0, 1]);
    expect(score("", "Invoices", "Total")).toBe(0);
  });

  it("never names which record by the table's own noun beside another word: the reason of a visit is no visit", () => {
    expect([
      score("Motiu de la visita", "Visits", "VisitID"),
      score("Motiu de la visita", "Visits", "Purpose"),
    ]).toEqual([0, 0.45]);
  });

  it("counts a word most headers share for half, and one it lacks for nothing", () => {
    expect([score("Amoun netto", "Invoices", "Net"), score("Amoun netto", "Invoices", "Net", ["amount"])]).toEqual([
      0.45, 0.45,
    ]);
    expect(score("Importe neto", "Invoices", "Net", ["amount"])).toBe(1);
  });
});

describe("the words most headers share", () => {
  /** `n` headers, the first `shared` of them amounts ("Importe …"), the rest one word each. */
  const headers = (n: number, shared: number) =>
    Array.from({ length: n }, (_, i) =>
      i < shared
        ? `Importe ${["neto", "IVA", "total"][i]}`
        : ["Cliente", "Fecha", "Notas", "Estado", "Email", "Tel", "Ciudad", "Banco", "Forma", "Calle"][i - shared],
    );

  it("are those of three headers or more and a quarter of them at least, never the number sign", () => {
    expect([...commonWords(headers(12, 3))]).toEqual(["amount"]);
    expect([...commonWords(headers(13, 3))]).toEqual([]);
    expect([...commonWords(headers(4, 2))]).toEqual([]);
    expect([...commonWords(["Nº factura", "Nº pedido", "Nº cliente", "Fecha"])]).toEqual([]);
    // a word twice in one header counts once
    expect([...commonWords(["Importe importe", "Importe neto", "Fecha", "Cliente"])]).toEqual([]);
  });
});
