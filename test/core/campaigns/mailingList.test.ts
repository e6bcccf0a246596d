import fc from "fast-check";
import { csvCell, toCsv } from "../../../src/core/kernel/csv";
import { addressBlock, mailingList, mailingRows, mailingSheet } from "../../../src/core/campaigns/mailingList";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { campaignDrafts } from "../../../src/core/campaigns/mailDrafts";
import type { Cell } from "../../../src/core/workbook/port";
import { tableData } from "../../helpers/tables";

const headers = [
  "ClientID",
  "Name",
  "Contact",
  "Email",
  "Street",
  "PostalCode",
  "City",
  "Region",
  "Country",
  "Segment",
  "Preferences",
  "MarketingConsent",
];
const clients = (rows: Cell[][]) => salesDataFrom([tableData("Clients", headers, rows)]);

describe("campaign lists", () => {
  const data = clients([
    [
      "C-1",
      "Ferreteria Puig, SL",
      "Núria Puig",
      " Nuria@Puig.CAT ",
      "Carrer Major, 5",
      "08001",
      "Barcelona",
      "Barcelona",
      "ES",
      "SME",
      "Hardware; Software",
      "Sí",
    ],
    [
      "C-2",
      "Hotel Vidal, SA",
      null,
      "no-consent@vidal.cat",
      "Rambla Nova, 1",
      "43001",
      "Tarragona",
      "Tarragona",
      "ES",
      "SME",
      "Software",
      "No",
    ],
    [
      "C-3",
      '=HYPERLINK("http://evil","x")',
      "<script>alert(1)</script>",
      "x@evil.com",
      "@SUM(A1)",
      "75001",
      "Paris",
      "Île-de-France",
      "FR",
      "Retail",
      "Training",
      true,
    ],
    [
      "C-4",
      "Gestoria Soler",
      null,
      "not-an-email",
      "Plaça de la Vila, 2",
      "17001",
      "Girona",
      "Girona",
      "ES",
      "Public",
      "Services",
      true,
    ],
    [
      "C-5",
      "Transports Roca",
      null,
      "roca@roca.cat",
      "Carrer Nou, 9",
      "25001",
      "Lleida",
      "Lleida",
      "ES",
      "SME",
      "Training",
      null,
    ],
  ]);

  it("lists only clients who gave marketing consent, for a segment or a preference", () => {
    expect(mailingList(data).map((c) => c.ClientID)).toEqual(["C-1", "C-3", "C-4"]);
    expect(mailingList(data, { segment: "sme" }).map((c) => c.ClientID)).toEqual(["C-1"]);
    expect(mailingList(data, { preference: "software" }).map((c) => c.ClientID)).toEqual(["C-1"]);
    expect(mailingList(data, { preference: "Training" }).map((c) => c.ClientID)).toEqual(["C-3"]);
  });

  it("never names a client without consent, whatever the filter", () => {
    fc.assert(
      fc.property(
        fc.record({
          segment: fc.option(fc.constantFrom("SME", "Retail", "Public", "x"), { nil: undefined }),
          preference: fc.option(fc.constantFrom("Software", "Training", "Services"), { nil: undefined }),
        }),
        (filter) => {
          const csv = toCsv(["x"], mailingRows(mailingList(data, filter)));
          expect(csv).not.toContain("Hotel Vidal");
          expect(csv).not.toContain("Transports Roca");
        },
      ),
    );
  });

  it("writes an address block and a clean e-mail (or none)", () => {
    const [puig, evil, soler] = mailingRows(mailingList(data));
    expect(puig[3]).toBe("nuria@puig.cat");
    expect(puig[11]).toBe("Ferreteria Puig, SL\nA/A Núria Puig\nCarrer Major, 5\n08001 Barcelona");
    expect(evil[11]).toContain("75001 Paris\nÎle-de-France\nFR");
    expect(soler[3]).toBeNull();
    expect(addressBlock(mailingList(data)[2])).toBe("Gestoria Soler\nPlaça de la Vila, 2\n17001 Girona");
    expect(mailingSheet(mailingList(data), { segment: "SME" }, "en")).toMatchObject({
      id: "Mailing list",
      name: "Mailing list",
      title: "Clients with marketing consent (segment SME): 3",
    });
    // in her language: the sheet's name, its title and its headers (the marker keeps the English id)
    const catalan = mailingSheet(mailingList(data), { preference: "Eines" }, "ca");
    expect(catalan).toMatchObject({
      id: "Mailing list",
      name: "Llista d'enviament",
      title: "Clients amb consentiment de màrqueting (preferència Eines): 3",
    });
    expect(catalan.tables[0].columns.map((c) => c.header)).toEqual([
      "Codi de client",
      "Nom",
      "Persona de contacte",
      "Correu electrònic",
      "Adreça",
      "Codi postal",
      "Població",
      "Zona",
      "País",
      "Segment",
      "Preferències",
      "Adreça completa",
    ]);
  });

  it("makes hostile strings inert in the CSV", () => {
    const csv = toCsv(
      ["ClientID", "Name", "Contact", "Street"],
      mailingRows(mailingList(data)).map((r) => [r[0], r[1], r[2], r[4]]),
    );
    expect(csv.startsWith("\uFEFFClientID;Name;Contact;Street\r\n")).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).toContain("<script>alert(1)</script>"); // text in a CSV: inert for a spreadsheet, and never parsed as HTML
  });

  it("neutralises every formula start and quotes what needs quoting", () => {
    expect(["=1+1", "+34 93 000", "-3", "@x", "\tx", "\rx"].map((v) => csvCell(v))).toEqual([
      "'=1+1",
      "'+34 93 000",
      "'-3",
      "'@x",
      "'\tx",
      '"\'\rx"',
    ]);
    expect(csvCell(-3)).toBe("-3"); // a number stays a number
    expect(csvCell('a;b"c')).toBe('"a;b""c"');
    fc.assert(
      fc.property(fc.string(), (s) => {
        const cell = csvCell(s);
        const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
        expect(/^[=+\-@\t\r]/.test(unquoted)).toBe(false);
      }),
    );
  });
});

describe("a campaign list's reach", () => {
  const row = (
    id: string,
    name: string,
    email: string | null,
    street: string | null,
    taxId: string | null,
    postal = "08001",
  ) => [id, name, null, email, street, postal, "Barcelona", null, "ES", null, null, true, taxId];
  const data = salesDataFrom([
    tableData(
      "Clients",
      [...headers, "TaxID"],
      [
        row("C-1", "Forn Puig, SL", null, "Carrer Major, 5", "B12345674"),
        row("C-2", "Forn Puig SL", "compres@fornpuig.cat", "Carrer Major, 5", "B12345674"),
        row("C-3", "Nowhere SL", "not-an-email", null, null),
        row("C-4", "Only Mail SL", "hola@onlymail.cat", null, null),
        row("C-5", "Only Post SL", null, "Carrer Nou, 1", null),
      ],
    ),
    tableData(
      "Invoices",
      ["InvoiceNo", "IssueDate", "ClientID", "Net", "VAT", "Total"],
      [["2026-0001", 46330, "C-2", 100, 21, 121]],
    ),
  ]);

  it("has a company entered twice once, as the entry that reaches it best, and nobody it cannot reach", () => {
    expect(mailingList(data).map((c) => c.ClientID)).toEqual(["C-2", "C-4", "C-5"]);
  });

  it("drafts e-mails only to checked addresses, and counts the others as without one", () => {
    const drafted = campaignDrafts(data, "2026-11", {}, { ca: { intro: "Hola.", closing: "Adéu." } });
    expect(drafted.ok && [drafted.value.drafts.map((d) => [d.clientId, d.to]), drafted.value.noEmail]).toEqual([
      [
        ["C-2", "compres@fornpuig.cat"],
        ["C-4", "hola@onlymail.cat"],
      ],
      ["C-5"],
    ]);
  });
});
