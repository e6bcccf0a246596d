/**
 * A mailing list's rules at their edges (issue 35): the envelope's lines, which e-mail is checked, what a
 * postal address needs, a company entered twice kept as the entry that reaches it best, and the sheet's title.
 */
import { addressBlock, checkedEmail, mailingList, mailingSheet } from "../../../src/core/campaigns/mailingList";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import type { Client } from "../../../src/core/workbook/contract";
import type { Cell } from "../../../src/core/workbook/port";
import { tableData } from "../../helpers/tables";

const client = (fields: Partial<Client>) =>
  ({
    ClientID: "C-1",
    Name: "Forn Puig SL",
    Contact: null,
    Street: null,
    PostalCode: null,
    City: null,
    Region: null,
    Country: null,
    Email: null,
    ...fields,
  }) as Client;

describe("a mailing list, rule by rule", () => {
  it("writes the envelope's lines: for the attention of, the city line, a region other than the city, a country abroad", () => {
    expect(
      addressBlock(
        client({
          Contact: "Marta Puig",
          Street: "Carrer Major 1",
          PostalCode: "17001",
          City: "Girona",
          Region: "Girona",
          Country: "ES",
        }),
      ),
    ).toBe("Forn Puig SL\nA/A Marta Puig\nCarrer Major 1\n17001 Girona");
    expect(addressBlock(client({ Street: "Rue 2", City: "Perpignan", Region: "Occitanie", Country: "FR" }))).toBe(
      "Forn Puig SL\nRue 2\nPerpignan\nOccitanie\nFR",
    );
    expect(addressBlock(client({ Street: "  ", PostalCode: "08001" }), "FR")).toBe("Forn Puig SL\n08001");
  });

  it("checks an e-mail trimmed and writes it in lower case; one that is not a mailbox is none", () => {
    expect([
      checkedEmail(client({ Email: "  Anna@Puig.CAT " })),
      checkedEmail(client({ Email: "anna@" })),
      checkedEmail(client({})),
    ]).toEqual(["anna@puig.cat", null, null]);
  });

  it("reaches by a checked e-mail or a street with a postal code or a city, and keeps a company entered twice as its best-reached entry", () => {
    const row = (id: string, fields: Record<string, Cell>) => [
      id,
      fields.Name ?? `Client ${id}`,
      fields.TaxID ?? null,
      fields.Email ?? null,
      fields.Street ?? null,
      fields.PostalCode ?? null,
      fields.City ?? null,
      true,
    ];
    const data = salesDataFrom([
      tableData(
        "Clients",
        ["ClientID", "Name", "TaxID", "Email", "Street", "PostalCode", "City", "MarketingConsent"],
        [
          row("C-1", { Street: "Major 1", PostalCode: "17001" }),
          row("C-2", { Street: "Major 2", City: "Vic" }),
          row("C-3", { Street: "Major 3" }), // no postal code, no city: unreachable
          row("C-4", { PostalCode: "17001", City: "Girona" }), // no street: unreachable
          row("C-5", { TaxID: "B12345674", Street: "Major 5", City: "Olot" }),
          row("C-6", { TaxID: "B12345674", Email: "forn@puig.cat" }), // the same company, by e-mail: kept
          row("C-7", { TaxID: "12345678Z", Email: "a@b.cat" }),
          row("C-8", { TaxID: "12345678Z", Email: "c@d.cat", Street: "Nou 8", City: "Reus" }), // reaches both ways: kept
          row("C-9", { TaxID: "X1234567L", Street: "Vell 9", City: "Tàrrega" }),
          row("C-10", { TaxID: "X1234567L", Street: "Vell 10", City: "Tàrrega" }), // as well reached: the first kept
        ],
      ),
    ]);
    expect(mailingList(data).map((c) => c.ClientID)).toEqual(["C-1", "C-2", "C-6", "C-8", "C-9"]);
  });

  it("titles the sheet with its filter and how many, in its language", () => {
    const clients = [client({}), client({ ClientID: "C-2" })];
    expect(mailingSheet(clients, {}, "en").title).toBe("Clients with marketing consent: 2");
    expect(mailingSheet(clients, { segment: "Champions", preference: "Paper" }, "en").title).toBe(
      "Clients with marketing consent (segment Champions, preference Paper): 2",
    );
    expect(mailingSheet([], { clients: { name: "Fira 2026", ids: new Set() } }, "en").title).toBe(
      "Clients with marketing consent (Fira 2026): 0",
    );
  });
});
