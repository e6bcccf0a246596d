/** The client database: search, the form's validation, new IDs and duplicates (the merge: merge.test.ts). */
import {
  clientChanges,
  nextClientId,
  probableDuplicates,
  readClientForm,
  searchClients,
} from "../../../src/core/clients/clients";
import { preferredCategories } from "../../../src/core/clients/preferences";
import type { Client } from "../../../src/core/workbook/contract";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { tableData } from "../../helpers/tables";

import { CLIENT_HEADERS as HEADERS, CLIENT_ROWS as ROWS } from "../../helpers/clientRows";

const data = salesDataFrom([tableData("Clients", HEADERS, ROWS)]);

describe("search", () => {
  const ids = (q: string, f = {}) => searchClients(data.clients, q, f).map((c) => c.ClientID);
  it("ignores accents and case, ranks exact IDs and tax IDs first, then names starting with the words", () => {
    expect(ids("agora")).toEqual(["C-0003"]);
    expect(ids("C-0010")).toEqual(["C-0010"]);
    expect(ids("b12345674")).toEqual(["C-0001", "C-0002"]);
    expect(ids("puig")).toEqual(["C-0002", "C-0001"]); // "Puig…" starts the name: first
    expect(ids("barcelona ferreteria")).toEqual(["C-0001", "C-0002"]);
    expect(ids("cafecentral")).toEqual(["C-0010"]); // e-mail
    expect(ids("nobody")).toEqual([]);
  });
  it("scores each word: the name's start, then the ID's, then a later word of the name, then anywhere; ties by name", () => {
    const clients = [
      { ClientID: "C-1", Name: "Apuigx" },
      { ClientID: "C-2", Name: "Forn Puig" },
      { ClientID: "PUIG-01", Name: "Zeta" },
      { ClientID: "C-4", Name: "Puig Serra" },
      { ClientID: "C-5", Name: "Puig Aran" },
    ] as Client[];
    const found = (q: string) => searchClients(clients, q).map((c) => c.ClientID);
    expect(found("puig")).toEqual(["C-5", "C-4", "PUIG-01", "C-2", "C-1"]);
    expect(found("  PUIG   serra ")).toEqual(["C-4"]);
    expect(found("puig-01")).toEqual(["PUIG-01"]);
  });

  it("filters by exec, segment, status and consent", () => {
    expect(ids("", { exec: "E01" })).toEqual(["C-0010", "C-0001"]);
    expect(ids("", { consent: true, segment: "Retail" })).toEqual(["C-0001"]);
    expect(ids("", { status: "Prospect" })).toEqual(["C-0003"]);
  });
});

describe("the form", () => {
  it("validates like the import: required fields, e-mail, IBAN, tax ID, country, payment terms", () => {
    const { values, problems } = readClientForm({
      Name: " Nou Client ",
      Email: "Nou@Client.CAT",
      IBAN: "ES91 2100 0418 4502 0005 1332",
      TaxID: "b-1234567-4",
      Country: "Espanya",
      PaymentTermsDays: "30",
      MarketingConsent: "true",
    });
    expect(problems).toEqual([]);
    expect(values).toMatchObject({
      Name: "Nou Client",
      Email: "nou@client.cat",
      IBAN: "ES9121000418450200051332",
      TaxID: "B12345674",
      Country: "ES",
      PaymentTermsDays: 30,
      MarketingConsent: true,
    });
    const bad = readClientForm({
      Name: "",
      Email: "nope",
      IBAN: "ES00 1234",
      TaxID: "12345678A",
      Country: "Atlantis",
      PaymentTermsDays: "trenta",
    });
    expect(bad.problems.map((p) => p.column)).toEqual([
      "Name",
      "Email",
      "Country",
      "IBAN",
      "PaymentTermsDays",
      "TaxID",
    ]);
  });
  it("refuses a full card number anywhere without echoing it, and keeps the last 4 in CardLast4", () => {
    const { values, problems } = readClientForm({
      Name: "X",
      Notes: "card 4111 1111 1111 1111",
      CardLast4: "4111111111111111",
    });
    expect(problems).toEqual([
      { column: "Notes", message: "holds a full card number: only its last 4 digits may be kept, in CardLast4" },
    ]);
    expect(values.CardLast4).toBe("1111");
    expect(JSON.stringify(problems)).not.toContain("4111");
  });
  it("says which required field is missing, by name", () => {
    expect(readClientForm({ Name: "  " }).problems).toEqual([{ column: "Name", message: "Name is required" }]);
  });

  it("changes only the cells that differ from what the form opened with", () => {
    const opened = { Name: "A", Email: "a@b.cat", PaymentTermsDays: 30, Notes: null };
    expect(
      clientChanges(["Name", "Email", "PaymentTermsDays", "Notes"], opened, {
        Name: "A",
        Email: "new@b.cat",
        PaymentTermsDays: 30,
        Notes: null,
        Extra: "x",
      }),
    ).toEqual([{ column: "Email", from: "a@b.cat", to: "new@b.cat" }]);
  });
});

describe("new IDs", () => {
  it("go past every ID in use or archived, so none is ever reused", () => {
    expect(nextClientId("C-NNNN", ["C-0001", "C-0010", "X-9999", null])).toBe("C-0011");
    expect(nextClientId("C-NNNN", ["C-0001", "C-0042"])).toBe("C-0043"); // C-0042 merged away and archived
    expect(nextClientId("CLI-NNNNNN", [])).toBe("CLI-000001");
  });
});

describe("duplicates", () => {
  it("finds pairs by tax ID, name and postal code, or IBAN", () => {
    expect(probableDuplicates(data.clients).map((p) => [p.a.ClientID, p.b.ClientID, p.reasons])).toEqual([
      ["C-0001", "C-0002", ["TaxID"]], // the names differ in word order: only the tax ID says so
      ["C-0002", "C-0010", ["IBAN"]],
    ]);
    const twins = salesDataFrom([
      tableData(
        "Clients",
        ["ClientID", "Name", "PostalCode"],
        [
          ["A", "Forn Sant Pere, S.L.", "17001"],
          ["B", "FORN SANT PERE SL", "17001"],
        ],
      ),
    ]);
    expect(probableDuplicates(twins.clients).map((p) => p.reasons)).toEqual([["name and postal code"]]);
  });

  it("reads a name without its legal form however it is written, and wants a postal code beside it", () => {
    const forms = ["S.L", "S.A", "SCP", "S.C.P.", "s.l.u.", "GmbH", "Ltd", "SARL"];
    const clients = [
      { ClientID: "X", Name: "Forn Sant Pere", PostalCode: "17001" },
      ...forms.map((form, i) => ({ ClientID: `F${i}`, Name: `Forn Sant Pere ${form}`, PostalCode: "17001" })),
      { ClientID: "N1", Name: "Serra", PostalCode: null },
      { ClientID: "N2", Name: "Serra", PostalCode: null },
    ] as Client[];
    expect(probableDuplicates(clients).map((p) => [p.a.ClientID, p.b.ClientID])).toEqual(
      forms.map((_, i) => ["X", `F${i}`]),
    );
  });
});

describe("preferences", () => {
  it("are the categories a client likes, separated by semicolons or commas", () => {
    expect(preferredCategories(" Mobles; Llum,,Tèxtil ; ")).toEqual(["Mobles", "Llum", "Tèxtil"]);
    expect([preferredCategories(null), preferredCategories("")]).toEqual([[], []]);
  });
});
