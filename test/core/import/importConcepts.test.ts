/**
 * Headers read as concepts (issue 31): however a database, an export or a person wrote them, in seven
 * languages, and what the values and the rest of the sheet say when the header does not.
 */
import fc from "fast-check";
import { headerConcepts } from "../../../src/core/import/concepts";
import { planSheet } from "../../../src/core/import/plan";
import { importSheets } from "../../../src/core/import/importer";
import type { SheetCell, SheetGrid } from "../../../src/core/workbook/port";
import { tableDef, type TableName } from "../../../src/core/workbook/contract";
import { GENERATED_KEYS } from "../../../src/core/import/mapping";

const grid = (name: string, rows: SheetCell[][]): SheetGrid => ({ name, date1904: false, rows });
const mapping = (g: SheetGrid) => {
  const plan = planSheet(g);
  return { table: plan.table, columns: Object.fromEntries(plan.columns.map((c) => [c.header, c.column])) };
};

describe("a header's concepts", () => {
  it.each([
    ["CODIGOCLIENTE", ["no", "client"]],
    ["codi_client", ["no", "client"]],
    ["KundenNr.", ["client", "no"]],
    ["BestellID", ["order", "no"]],
    ["id_tiquet", ["no", "order"]],
    ["Prix_Unitaire", ["price", "unit"]],
    ["vendedores", ["exec"]],
    ["Núm. factura", ["no", "invoice"]],
    ["montant TVA 10%", ["amount", "vat", "rate"]],
    ["Import (EUR)", ["amount"]],
    ["Pes [kg]", ["weight"]],
    ["Preu (€)", ["price"]],
    // one letter wrong, swapped, extra or missing, in a word of six letters or more; not in a shorter one, nor beside a digit
    ["Cliante", ["client"]],
    ["Factrua", ["invoice"]],
    ["Clientte", ["client"]],
    ["Factra", ["invoice"]],
    ["Fechaa", ["date"]],
    ["Dataa", ["dataa"]],
    ["Clint", ["clint"]],
    ["Cliante2", ["cliante2"]],
    // plurals the lexicon does not list; the Catalan middle dot inside a word
    ["Statuses", ["status"]],
    ["Zonas", ["region"]],
    ["Sol·licitud", ["ticket"]],
    // words typed together cut apart, the little words between them left out; a number alone kept
    ["nombredelproducto", ["name", "product"]],
    ["fechapago1", ["fechapago1"]],
    ["2026", ["2026"]],
    // a unit in brackets parts the words beside it; numbers beside words go, a word with a digit stays
    ["Import(EUR)2026", ["amount"]],
    ["1T 2026", ["1t"]],
    ["Q1 2026", ["q1"]],
    ["Vendes 1T 2026", ["vendes", "1t"]],
    // a misspelling: only of a word starting with the same letter, five letters or more, one concept alone that near
    ["Xlient", ["xlient"]],
    ["Tottal", ["total"]],
    ["Campany", ["campany"]],
    // one edit only: two letters swapped, not two changed, nor swapped with more after
    ["Clinxte", ["clinxte"]],
    ["Clixyte", ["clixyte"]],
    ["Factrub", ["factrub"]],
    ["Clixete", ["clixete"]],
    // a plural's "es" or "s" is dropped from a word longer than a short code
    ["Udes", ["udes"]],
    ["CPs", ["cps"]],
    // cut into words of three letters or more (the vocabulary's too) and little words; not a word of five letters
    ["refcliente", ["ref", "client"]],
    ["numfra", ["no", "invoice"]],
    ["fechadepago", ["date", "payment"]],
    ["cpcliente", ["cpcliente"]],
    ["ivade", ["ivade"]],
    // a letter alone is no little word to cut at: "y", "a" and "i" hide inside too many words
    ["numeroyfecha", ["numeroyfecha"]],
    // the fewest words, and of as few the longest last
    ["codigopostal", ["no", "postal"]],
    ["postalmwst", ["postal", "vat"]],
    ["devisemail", ["quote", "email"]],
  ])("%s is %j", (header, concepts) => {
    expect(headerConcepts(header)).toEqual(concepts);
  });
});

describe("choosing the table and its columns", () => {
  it("reads a database's client list in Catalan, its 'DNI' of 1, 2, 3 as the list's code and its name in two parts", () => {
    const g = grid("clients", [
      ["DNI", "nom", "cognom", "edat", "codi_postal", "poblacio", "adreca", "correu"],
      ["1", "Pere", "Vila", 20, "08001", "Barcelona", "c/ Major 1", "pere@exemple.cat"],
      ["2", "Pere", "Soler", 34, "43201", "Reus", "c/ Nou 2", "psoler@exemple.cat"],
      ["3", "Anna", "Vila", 41, "25001", "Lleida", "pl. Sant Joan 3", "anna@exemple.cat"],
    ]);
    expect(mapping(g)).toEqual({
      table: "Clients",
      columns: {
        DNI: "ClientID",
        nom: "Name",
        cognom: "Name",
        edat: null,
        codi_postal: "PostalCode",
        poblacio: "City",
        adreca: "Street",
        correu: "Email",
      },
    });
  });

  it("keeps real tax IDs as the TaxID", () => {
    const g = grid("Clientes", [
      ["NIF", "Razón social", "Población"],
      ["B12345674", "Fusteria Puig SL", "Vic"],
      ["12345678Z", "Anna Vila", "Reus"],
    ]);
    expect(mapping(g).columns).toMatchObject({ NIF: "TaxID", "Razón social": "Name" });
  });

  it("takes the sale price, not the cost price, and a list with a brand and a supplier for products", () => {
    const g = grid("Foglio1", [
      ["Codice", "Marca", "Nome", "Fornitore", "cost_price", "retail_price"],
      ["A-1", "Portwest", "Berretto con LED", "DPI srl", 14.5, 29],
      ["A-2", "Cofra", "Occhiale balistico", "DPI srl", 20, 45],
    ]);
    expect(mapping(g)).toEqual({
      table: "Products",
      columns: {
        Codice: "SKU",
        Marca: null,
        Nome: "Name",
        Fornitore: null,
        cost_price: null,
        retail_price: "UnitPrice",
      },
    });
  });

  it("reads a column of fractions headed IVA as the rate, and the computed one beside it as the VAT", () => {
    const g = grid("Tabella1", [
      ["N° FATTURA", "DATA FATTURA", "CLIENTE", "IMPORTO NETTO", "IVA", "CALCOLA IVA", "LORDO"],
      ["1", "15/12/2023", "ALFA", 1740, 0.2, 348, 2088],
      ["2", "16/12/2023", "BETA", 1600, 0.15, 240, 1840],
    ]);
    expect(mapping(g).columns).toMatchObject({
      IVA: "VATRate",
      "CALCOLA IVA": "VAT",
      LORDO: "Total",
      "IMPORTO NETTO": "Net",
    });
  });

  it("takes a column headed by the list's own noun over names for that list, with no ID column", () => {
    const g = grid("Página1", [
      ["vendedor", "eletronicos"],
      ["ana silva", "roupas"],
      ["bruno oliveira", "domesticos"],
      ["carlos santos", "cosmeticos"],
    ]);
    expect(mapping(g)).toEqual({ table: "Team", columns: { vendedor: "Name", eletronicos: null } });
  });

  it("reads a yes/no column named for a state as that state: declined card payments are not paid", () => {
    const g = grid("transactions", [
      ["id", "card_id", "business_id", "timestamp", "amount", "declined"],
      ["T-1", "CcU-2938", "b-2362", "2021-08-28 23:42:24", "466.92", "0"],
      ["T-2", "CcU-4219", "b-2302", "2021-07-26 07:29:18", "49.53", "1"],
    ]);
    expect(mapping(g)).toMatchObject({
      table: "Payments",
      columns: { id: "PaymentID", declined: "Status", amount: "Amount" },
    });
    const result = importSheets([g], [planSheet(g)]);
    expect(result.tables[0].rows.map((r) => r.values.get("Status"))).toEqual(["Received", "Failed"]);
  });

  it("reads a year column and a month column as one period", () => {
    const g = grid("targets", [
      ["store_id", "year", "month", "revenue_target"],
      ["ST001", 2023, 1, 58500],
      ["ST001", 2023, 12, 61000],
    ]);
    expect(mapping(g)).toEqual({
      table: "Targets",
      columns: { store_id: "Region", year: "Period", month: "Period", revenue_target: "RevenueTarget" },
    });
    const result = importSheets([g], [planSheet(g)]);
    expect(result.tables[0].rows.map((r) => r.values.get("Period"))).toEqual(["2023-01", "2023-12"]);
  });

  it("says which cells make no period, and keeps the row", () => {
    const g = grid("targets", [
      ["store_id", "year", "month", "revenue_target"],
      ["ST001", 2023, 1, 58500],
      ["ST001", 2023, null, 61000],
    ]);
    const result = importSheets([g], [planSheet(g)]);
    expect(result.sheets[0]).toMatchObject({ imported: 1, quarantined: 1 });
    expect(result.problems.find((p) => p.row === 3 && p.column === "Period")?.message).toMatch(/2023/);
  });
});

/**
 * Sheets nobody wrote for the lexicon: each column's header drawn from ways people write it (this list is
 * the test's own, not the lexicon's), then perturbed as exports and people do.
 */
const WRITTEN: Record<string, Record<string, string[]>> = {
  Clients: {
    ClientID: ["Client code", "Código de cliente", "Kundennummer", "Codice cliente", "Num. client"],
    Name: ["Company name", "Razón social", "Nom de l'empresa", "Ragione sociale", "Firmenname"],
    Email: ["E-mail", "Correo electrónico", "Adresse e-mail", "Correu electrònic", "Mail"],
    City: ["Town", "Población", "Ciutat", "Ville", "Stadt"],
  },
  Products: {
    SKU: ["Product code", "Código artículo", "Codi producte", "Artikelnummer", "Cod. articolo"],
    Name: ["Product name", "Nombre del producto", "Nom del producte", "Désignation", "Nome prodotto"],
    UnitPrice: ["Sale price", "Precio de venta", "Preu unitari", "Prix unitaire", "Verkaufspreis"],
  },
  Orders: {
    OrderID: ["Order number", "Número de pedido", "Núm. comanda", "N° commande", "Bestellnummer"],
    OrderDate: ["Order date", "Fecha del pedido", "Data de la comanda", "Date de commande", "Bestelldatum"],
    ClientID: ["Customer ID", "Cliente", "Codi del client", "Code client", "Kundennr"],
    Quantity: ["Qty", "Cantidad", "Unitats", "Quantité", "Menge"],
  },
  Invoices: {
    InvoiceNo: ["Invoice number", "Núm. factura", "N° de facture", "Rechnungsnummer", "Numero fattura"],
    IssueDate: ["Invoice date", "Fecha de emisión", "Data de la factura", "Date de facture", "Rechnungsdatum"],
    ClientID: ["Customer", "Cliente", "Codi client", "Code client", "Kunde"],
    Net: ["Net amount", "Base imponible", "Import net", "Montant HT", "Nettobetrag"],
    Total: ["Total amount", "Importe total", "Total factura", "Montant TTC", "Gesamtbetrag"],
  },
  Payments: {
    PaymentDate: ["Payment date", "Fecha de cobro", "Data del cobrament", "Date de paiement", "Zahlungsdatum"],
    InvoiceNo: ["Invoice", "Factura", "Núm. factura", "Facture", "Rechnung"],
    Amount: ["Amount paid", "Importe cobrado", "Import cobrat", "Montant payé", "Zahlbetrag"],
    Method: ["Payment method", "Forma de pago", "Forma de pagament", "Mode de paiement", "Zahlungsart"],
  },
  Quotes: {
    QuoteID: ["Quote number", "Núm. presupuesto", "Núm. pressupost", "N° devis", "Angebotsnummer"],
    QuoteDate: ["Quote date", "Fecha del presupuesto", "Data del pressupost", "Date du devis", "Angebotsdatum"],
    ClientID: ["Customer", "Cliente", "Codi client", "Code client", "Kunde"],
    ValidUntil: ["Valid until", "Válido hasta", "Vàlid fins", "Valable jusqu'au", "Gültig bis"],
  },
  Visits: {
    VisitID: ["Visit number", "Núm. visita", "Codi visita", "N° visite", "Besuchsnummer"],
    ClientID: ["Customer", "Cliente", "Codi client", "Code client", "Kunde"],
    Scheduled: ["Visit date", "Fecha de la visita", "Data de la visita", "Date de visite", "Besuchsdatum"],
    Purpose: ["Purpose", "Motivo de la visita", "Motiu de la visita", "Objet de la visite", "Besuchszweck"],
  },
};
const VALUES: Record<string, (i: number) => SheetCell> = {
  ClientID: (i) => `C-${100 + i}`,
  Name: (i) =>
    ["Fusteria Puig", "Ferros Vila", "Olis Soler", "Forn Cases", "Vins Roca", "Pintures Serra"][i % 6] + ` ${i}`,
  Email: (i) => `info${i}@exemple.cat`,
  City: (i) => ["Vic", "Reus", "Lleida", "Girona"][i % 4],
  SKU: (i) => `P-${200 + i}`,
  UnitPrice: (i) => 10 + i,
  OrderID: (i) => `O-${300 + i}`,
  OrderDate: (i) => `${10 + (i % 18)}/11/2026`,
  Quantity: (i) => 1 + (i % 5),
  InvoiceNo: (i) => `F-2026-${String(10 + i).padStart(4, "0")}`,
  IssueDate: (i) => `${10 + (i % 18)}/11/2026`,
  PaymentDate: (i) => `${10 + (i % 18)}/12/2026`,
  Net: (i) => `${100 + i},00`,
  Total: (i) => `${(1.21 * (100 + i)).toFixed(2).replace(".", ",")}`,
  Amount: (i) => `${(1.21 * (100 + i)).toFixed(2).replace(".", ",")}`,
  Method: (i) => ["Transferència", "Tarjeta", "Domiciliació", "Virement"][i % 4],
  QuoteID: (i) => `Q-2026-${String(1 + i).padStart(4, "0")}`,
  QuoteDate: (i) => `${1 + (i % 20)}/10/2026`,
  ValidUntil: (i) => `${1 + (i % 20)}/12/2026`,
  VisitID: (i) => `V-${400 + i}`,
  Scheduled: (i) => `${1 + (i % 20)}/12/2026`,
  Purpose: (i) => ["Presentar el catàleg", "Revisar la comanda", "Cobrament pendent"][i % 3],
};
const strip = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");
const PERTURB: ((h: string) => string)[] = [
  (h) => h,
  (h) => h.toUpperCase(),
  (h) => h.toLowerCase().replace(/[\s.'°]+/g, "_"),
  (h) => strip(h),
  (h) => `${h} (EUR)`,
  (h) => h.replace(/\s+/g, ""),
  // a typo: two letters swapped in the header's longest word, past its first letter
  (h) => {
    const word = h.split(/[\s_.'°]+/).reduce((a, b) => (b.length > a.length ? b : a), "");
    if (word.length < 7) return h;
    const at = Math.floor(word.length / 2);
    return h.replace(word, word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2));
  },
];

describe("sheets nobody wrote for the vocabulary", () => {
  it("come back as their table with every column, whatever the spelling, order and junk around them", () => {
    const tableArb = fc.constantFrom(...Object.keys(WRITTEN));
    fc.assert(
      fc.property(
        tableArb,
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (table, pick, perturb, junk, title, keyless) => {
          // a list whose key the import can number itself may come without it, where three columns still say what it is
          const key = tableDef(table as TableName).key;
          const all = Object.entries(WRITTEN[table]);
          const columns =
            all.length > 3
              ? all.filter(([name]) => !(keyless && name === key && GENERATED_KEYS[table as TableName]))
              : all;
          const headers = columns.map(([, ways], i) =>
            PERTURB[(perturb + i) % PERTURB.length](ways[(pick + i) % ways.length]),
          );
          const order = columns.map((_, i) => i).sort((a, b) => ((a * 7 + pick) % 5) - ((b * 7 + pick) % 5) || a - b);
          const header = [...order.map((i) => headers[i]), ...(junk ? ["Observacions internes", "x"] : [])];
          const rows = Array.from({ length: 6 }, (_, r) => [
            ...order.map((i) => VALUES[columns[i][0]](r)),
            ...(junk ? [`nota ${r}`, r] : []),
          ]);
          const above = title ? [["Llistat a 30/11/2026"], []] : [];
          const { table: found, columns: got } = mapping(grid("Full1", [...above, header, ...rows]));
          expect(found).toBe(table);
          for (const i of order) expect([headers[i], got[headers[i]]]).toEqual([headers[i], columns[i][0]]);
        },
      ),
    );
  });
});
