/**
 * What the import does to a row beyond reading its cells (rowRules.ts), each rule on its own and at its
 * edges: cards masked, a credit note turned negative, a client's tax ID and postal code, a bank's
 * return line, names turned into IDs, two columns read as one, totals that do not add up.
 */
import {
  asTyped,
  ColumnValues,
  joined,
  maskCards,
  matchRespondent,
  negateCreditNote,
  normalizeClient,
  recordWithdrawal,
  rememberName,
  resolveNames,
  type Resolved,
  SOURCE_COLUMN,
  totalsDiffer,
  type StagedRow,
} from "../../../src/core/import/rowRules";
import { columnDef } from "../../../src/core/workbook/contract";
import type { OutputCell, SheetCell } from "../../../src/core/workbook/port";
import type { Message } from "../../../src/core/kernel/messages";

const values = (entries: Record<string, OutputCell>) => new ColumnValues(Object.entries(entries));
const fields = (v: ColumnValues) => Object.fromEntries(v);

describe("a row's values", () => {
  it("hold a column headed __proto__ like any other", () => {
    const v = values({ __proto__: "x" } as never);
    v.set("__proto__", "kept");
    expect([v.get("__proto__"), v.has("__proto__"), [...v.keys()], ({} as Record<string, unknown>).kept]).toEqual([
      "kept",
      true,
      ["__proto__"],
      undefined,
    ]);
    expect([v.delete("__proto__"), v.delete("__proto__"), v.get("__proto__")]).toEqual([true, false, undefined]);
  });
});

describe("card numbers in a row", () => {
  const columns = [
    { index: 0, header: "Targeta", column: "CardLast4" },
    { index: 1, header: "Nota", column: null },
    { index: 2, header: "NIF", column: "TaxID" },
  ];
  const mapped = [
    { index: 0, def: columnDef("Clients", "CardLast4") },
    { index: 2, def: columnDef("Clients", "TaxID") },
  ];
  const masked = (row: SheetCell[]) => {
    const said: [string, string][] = [];
    const out = maskCards(row, (column, last4) => said.push([column, last4]), columns, mapped);
    return { out, said };
  };

  it("leave the last four in a CardLast4 column, a masked text elsewhere, named by the column or its letter", () => {
    expect(masked(["4111111111111111", "pagat amb 4111 1111 1111 1111", null, "5555555555554444"])).toEqual({
      out: ["1111", "pagat amb •••• 1111", null, "•••• 4444"],
      said: [
        ["CardLast4", "1111"],
        ["Nota", "1111"],
        ["D", "4444"],
      ],
    });
    // a whole number of a card's digits is one; a smaller number or a short text is not looked at
    expect(masked([4111111111111111, 999999999999, "4111 1111"]).said).toEqual([["CardLast4", "1111"]]);
    // thirteen digits are a card too (a Visa of 13)
    expect(masked([null, "4222222222222"]).said).toEqual([["Nota", "2222"]]);
  });

  it("leave a tax ID column's tax ID that passes for a card, and the row itself where none is found", () => {
    const row = [null, "res", "FR40303265045", 12.5];
    expect(masked(row).out).toBe(row);
    // fourteen digits that pass Luhn: in a tax ID column a SIRET, elsewhere a card
    expect([masked([null, null, "36000000126704"]).said, masked([null, "36000000126704"]).said]).toEqual([
      [],
      [["Nota", "6704"]],
    ]);
    expect(masked([null, null, "4111111111111111"]).out).toEqual([null, null, "•••• 1111"]);
  });
});

describe("a credit note", () => {
  it("turns its positive amounts negative and says which; one already negative is only said to be a credit note", () => {
    const said: Message[] = [];
    const positive = values({ Net: 100, VAT: 0, Total: 121 });
    negateCreditNote(positive, (m) => said.push(m));
    const negative = values({ Net: -100, VAT: -21, Total: "—" });
    negateCreditNote(negative, (m) => said.push(m));
    expect([fields(positive), fields(negative)]).toEqual([
      { Net: -100, VAT: 0, Total: -121 },
      { Net: -100, VAT: -21, Total: "—" },
    ]);
    expect(said).toEqual([
      { code: "import.creditNegated", params: { columns: ["Net", "Total"] } },
      { code: "import.creditNote", params: {} },
    ]);
    const blank = values({ Net: 100, VAT: null, Total: 100 });
    negateCreditNote(blank, () => undefined);
    expect(fields(blank)).toEqual({ Net: -100, VAT: null, Total: -100 }); // a blank stays blank
  });
});

describe("a client's tax ID and postal code", () => {
  const normalized = (table: "Clients" | "Orders", entries: Record<string, OutputCell>) => {
    const v = values(entries);
    const said: string[] = [];
    normalizeClient(table, v, (column, m) => said.push(`${column} ${m.code}`));
    return [fields(v), said];
  };

  it("compacts a valid tax ID and says what is wrong with another, keeping it", () => {
    expect(normalized("Clients", { TaxID: "es b-66078346" })).toEqual([{ TaxID: "ESB66078346" }, []]);
    const [kept, said] = normalized("Clients", { TaxID: "B66078340" });
    expect([kept, (said as string[]).map((s) => s.split(" ")[0])]).toEqual([{ TaxID: "B66078340" }, ["TaxID"]]);
    expect(normalized("Orders", { TaxID: "es b-66078346", PostalCode: "8001" })[0]).toEqual({
      TaxID: "es b-66078346",
      PostalCode: "8001",
    });
  });

  it("gives a four-digit postal code its lost zero in Spain, France, Germany and Italy, or with no country; not elsewhere", () => {
    const postal = (PostalCode: OutputCell, Country: OutputCell) =>
      (normalized("Clients", { PostalCode, Country })[0] as Record<string, OutputCell>).PostalCode;
    expect([null, "", "ES", "FR", "DE", "IT"].map((country) => postal("8001", country))).toEqual(
      Array(6).fill("08001"),
    );
    expect([postal("8001", "PT"), postal("801", "ES"), postal("08001", "ES"), postal(8001, "ES")]).toEqual([
      "8001",
      "801",
      "08001",
      8001,
    ]);
    expect(normalized("Clients", { PostalCode: "8001" })[1]).toEqual(["PostalCode import.postalZero"]);
    const said: Message[] = [];
    normalizeClient("Clients", values({ PostalCode: "8001" }), (_column, m) => said.push(m));
    expect(said).toEqual([{ code: "import.postalZero", params: { postal: "8001", fixed: "08001" } }]);
  });
});

describe("a bank's return line", () => {
  const staged = (row: number, entries: Record<string, OutputCell>, sheet = "Banc"): StagedRow => ({
    sheet,
    row,
    values: values({
      Status: "Received",
      InvoiceNo: "F1",
      Amount: 100,
      PaymentDate: 10,
      [SOURCE_COLUMN]: `${sheet}!${row}`,
      ...entries,
    }),
  });
  const returned = (entries: Record<string, OutputCell>, earlier: StagedRow[]) => {
    const said: Message[] = [];
    const line = values({ Status: "Reversed", InvoiceNo: "F1", Amount: -100, PaymentDate: 12, ...entries });
    const recorded = recordWithdrawal(line, earlier, "Banc", 9, (m) => said.push(m));
    return { recorded, line: fields(line), said };
  };

  it("is recorded on the latest earlier payment of its invoice and amount in the sheet, both rows named", () => {
    const earlier = [staged(2, {}), staged(3, { Reason: "duplicat" }), staged(4, { PaymentDate: 13 })];
    const { recorded, said } = returned({ Reason: "sense fons" }, earlier);
    expect([recorded, said]).toEqual([true, [{ code: "import.returnOf", params: { row: "3", status: "Reversed" } }]]);
    expect(earlier.map((r) => [r.values.get("Status"), r.values.get("Reason"), r.values.get(SOURCE_COLUMN)])).toEqual([
      ["Received", undefined, "Banc!2"],
      ["Reversed", "duplicat", "Banc!3+9"],
      ["Received", undefined, "Banc!4"],
    ]);
    const [only] = [staged(2, {})];
    returned({ Reason: "sense fons", Status: "Chargeback" }, [only]);
    expect([only.values.get("Status"), only.values.get("Reason")]).toEqual(["Chargeback", "sense fons"]);
    // a failed collection, and one returned the day it was paid
    expect([
      returned({ Status: "Failed" }, [staged(2, {})]).recorded,
      returned({ PaymentDate: 10 }, [staged(2, {})]).recorded,
    ]).toEqual([true, true]);
  });

  it("is not recorded on another sheet's payment, another invoice's, another amount, a later one, nor one already returned", () => {
    for (const other of [
      staged(2, {}, "Altres"),
      staged(2, { InvoiceNo: "F2" }),
      staged(2, { Amount: 99 }),
      staged(2, { PaymentDate: 13 }),
      staged(2, { Status: "Failed" }),
    ])
      expect(returned({}, [other]).recorded).toBe(false);
    expect(returned({ InvoiceNo: null }, [staged(2, { InvoiceNo: null })]).recorded).toBe(false);
  });

  it("stands alone with the amount withdrawn, said; a line that withdraws nothing is no return", () => {
    expect(returned({}, [])).toEqual({
      recorded: false,
      line: { Status: "Reversed", InvoiceNo: "F1", Amount: 100, PaymentDate: 12 },
      said: [{ code: "import.withdrawnAlone", params: { status: "Reversed", amount: 100 } }],
    });
    expect(returned({ Amount: 100 }, []).said).toEqual([]);
    expect([
      returned({ Amount: 0 }, [staged(2, {})]).recorded,
      returned({ Status: "Received" }, [staged(2, {})]).recorded,
    ]).toEqual([false, false]);
  });
});

describe("names typed for IDs", () => {
  it("find a client by name or e-mail, and an exec by name, never turning an ID into another", () => {
    const clients = new Map<string, string>();
    rememberName(clients, values({ ClientID: "C-1", Name: "Ferreteria Puig", Email: "compres@puig.cat" }), "ClientID");
    rememberName(clients, values({ ClientID: "C-2", Name: "C-1" }), "ClientID");
    rememberName(clients, values({ ClientID: 3, Name: "Sense ID" }), "ClientID");
    expect([...clients]).toEqual([
      ["ferreteria puig", "C-1"],
      ["compres@puig.cat", "C-1"],
      ["c-1", "C-2"],
    ]);
    const team = new Map([["anna vidal", "E-1"]]);
    const resolved = new Map<string, Resolved>();
    const row = values({ ClientID: "FERRETERIA PUIG", Exec: "Anna Vidal", Owner: "Pau" });
    resolveNames(row, { Clients: clients, Team: team }, resolved);
    const id = values({ ClientID: "C-1" });
    resolveNames(id, { Clients: clients, Team: new Map() }, resolved);
    expect([fields(row), fields(id), [...resolved]]).toEqual([
      { ClientID: "C-1", Exec: "E-1", Owner: "Pau" },
      { ClientID: "C-1" },
      [
        ["FERRETERIA PUIG", { id: "C-1", column: "ClientID" }],
        ["Anna Vidal", { id: "E-1", column: "Exec" }],
      ],
    ]);
  });

  it("give a survey answer its client by the respondent's e-mail, and say a respondent no client matches", () => {
    const clients = new Map([["compres@puig.cat", "C-1"]]);
    const said: Message[] = [];
    const answer = (entries: Record<string, OutputCell>) => {
      const v = values(entries);
      matchRespondent(v, clients, (m) => said.push(m));
      return v.get("ClientID");
    };
    expect([
      answer({ Respondent: "Compres@Puig.cat" }),
      answer({ Respondent: "anna@x.cat" }),
      answer({ Respondent: "compres@puig.cat", ClientID: "C-9" }),
      answer({ Respondent: "" }),
    ]).toEqual(["C-1", undefined, "C-9", undefined]);
    expect(said).toEqual([{ code: "import.respondentUnmatched", params: { respondent: "anna@x.cat" } }]);
  });
});

describe("two columns read as one, and a cell kept as it shows", () => {
  it("join texts with a space, the first filled one standing where the other is blank", () => {
    expect([
      joined(undefined, "Anna"),
      joined(null, "Anna"),
      joined("", "Anna"),
      joined("Anna", "Vidal"),
      joined("Anna", null),
      joined("Anna", ""),
    ]).toEqual(["Anna", "Anna", "Anna", "Anna Vidal", "Anna", "Anna"]);
    expect([asTyped(null), asTyped(new Date("2026-03-01T00:00:00Z")), asTyped(12.5), asTyped(true)]).toEqual([
      null,
      "2026-03-01",
      "12.5",
      "true",
    ]);
  });
});

describe("an invoice's totals", () => {
  const differ = (entries: Record<string, OutputCell>) => totalsDiffer(values(entries))?.code ?? null;

  it("add up within a cent, or with a recargo de equivalencia or an IRPF withholding at their rates; else they are said", () => {
    expect([
      differ({ Net: 100, VAT: 21, Total: 121.01 }),
      differ({ Net: 100, VAT: 21, Total: 121.02 }),
      differ({ Net: 100, VAT: 21, Total: 126.2 }), // 5.2 % recargo on 21 % VAT
      differ({ Net: 100, VAT: 21, Total: 106 }), // 15 % IRPF withheld
      differ({ Net: 100, VAT: 21, Total: 102 }), // 19 % withheld
      differ({ Net: 100, VAT: 21, Total: 110 }),
      differ({ Net: 100, VAT: 10, Total: 111.4, VATRate: 0.1 }),
      differ({ Net: 100, VAT: 10, Total: 111.4, VATRate: 0.21 }),
      differ({ Net: 0, VAT: 1, Total: 5 }),
      differ({ Net: 100, VAT: "21", Total: 500 }),
      differ({ Net: "100", VAT: 21, Total: 500 }),
      differ({ Net: 100, VAT: 21, Total: "500" }),
    ]).toEqual([
      null,
      "import.totalsDiffer",
      null,
      null,
      null,
      "import.totalsDiffer",
      null,
      "import.totalsDiffer",
      "import.totalsDiffer",
      null,
      null,
      null,
    ]);
  });
});
