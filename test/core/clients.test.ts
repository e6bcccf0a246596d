/** The client database: search, the form's validation, new IDs, duplicates and the merge. */
import {
  archiveSheet,
  clientChanges,
  mergeClients,
  nextClientId,
  planMerge,
  probableDuplicates,
  readClientForm,
  searchClients,
} from "../../src/core/clients/clients";
import { salesDataFrom } from "../../src/core/workbook/salesData";
import { outputTable } from "../../src/core/workbook/output";
import { dayOf } from "../../src/core/kernel/dates";
import { CONTRACT } from "../../src/core/workbook/contract";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import type { Cell } from "../../src/core/workbook/port";
import { tableData } from "../helpers/tables";

const today = dayOf(2026, 11, 27);
const HEADERS = ["ClientID", "Name", "TaxID", "Email", "PostalCode", "City", "IBAN", "Exec", "Segment", "Status", "MarketingConsent", "Notes"];
const ROWS: Cell[][] = [
  ["C-0001", "Ferreteria Puig SL", "B12345674", "compres@puig.cat", "08001", "Barcelona", null, "E01", "Retail", "Active", true, null],
  ["C-0002", "Puig Ferretería, S.L.", "B-1234567-4", null, "08001", "Barcelona", "ES9121000418450200051332", null, "Retail", "Active", false, "old record"],
  ["C-0003", "Àgora Serveis", "12345678Z", "info@agora.cat", "17001", "Girona", null, "E02", "SME", "Prospect", true, null],
  ["C-0010", "Café Central", null, "hola@cafecentral.es", "28012", "Madrid", "ES9121000418450200051332", "E01", "Retail", "Inactive", false, null],
];
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
    const bad = readClientForm({ Name: "", Email: "nope", IBAN: "ES00 1234", TaxID: "12345678A", Country: "Atlantis", PaymentTermsDays: "trenta" });
    expect(bad.problems.map((p) => p.column)).toEqual(["Name", "Email", "Country", "IBAN", "PaymentTermsDays", "TaxID"]);
  });
  it("refuses a full card number anywhere without echoing it, and keeps the last 4 in CardLast4", () => {
    const { values, problems } = readClientForm({ Name: "X", Notes: "card 4111 1111 1111 1111", CardLast4: "4111111111111111" });
    expect(problems).toEqual([{ column: "Notes", message: "holds a full card number: only its last 4 digits may be kept, in CardLast4" }]);
    expect(values.CardLast4).toBe("1111");
    expect(JSON.stringify(problems)).not.toContain("4111");
  });
  it("changes only the cells that differ from what the form opened with", () => {
    const opened = { Name: "A", Email: "a@b.cat", PaymentTermsDays: 30, Notes: null };
    expect(
      clientChanges(["Name", "Email", "PaymentTermsDays", "Notes"], opened, { Name: "A", Email: "new@b.cat", PaymentTermsDays: 30, Notes: null, Extra: "x" }),
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

describe("duplicates and the merge", () => {
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

  it("fills the survivor's blanks, re-points every reference, archives the merged row; a second merge is refused", async () => {
    const workbook = new XlsxWorkbook();
    const clients = ROWS.map((r) => CONTRACT.Clients.columns.map((c) => (HEADERS.includes(c.name) ? r[HEADERS.indexOf(c.name)] : null)));
    await workbook.writeSheet({ name: "Clients", tables: [outputTable("Clients", clients)] });
    const inv = (n: string, client: string) => [n, today, client, null, null, 10, 0.21, 2.1, 12.1, "EUR", null, null, null];
    await workbook.writeSheet({
      name: "Invoices",
      tables: [outputTable("Invoices", [inv("F1", "C-0001"), inv("F2", "C-0002"), inv("F3", "C-0002"), inv("F4", "C-0003")])],
    });
    await workbook.writeSheet({
      name: "Payments",
      tables: [outputTable("Payments", [["P1", today, "F2", "C-0002", 12.1, "Transfer", null, "Received", null, null, null]])],
    });
    const result = await mergeClients(workbook, "C-0001", "C-0002", today);
    expect(result).toEqual({ ok: true, repointed: 3 });
    const invoices = (await workbook.readTable("Invoices"))!;
    expect(invoices.rows.map((r) => r[2])).toEqual(["C-0001", "C-0001", "C-0001", "C-0003"]);
    expect((await workbook.readTable("Payments"))!.rows[0][3]).toBe("C-0001");
    const after = (await workbook.readTable("Clients"))!;
    expect(after.rows.map((r) => r[0])).toEqual(["C-0001", "C-0003", "C-0010"]);
    const survivor = after.rows[0];
    expect(survivor[after.headers.indexOf("IBAN")]).toBe("ES9121000418450200051332"); // filled from the merged one
    expect(survivor[after.headers.indexOf("Email")]).toBe("compres@puig.cat"); // kept its own
    const archive = (await workbook.readTable("ClientsArchive"))!;
    expect(archive.sheet).toBe("Clients archive");
    expect(archive.rows).toHaveLength(1);
    expect(archive.rows[0].slice(0, 2)).toEqual(["C-0002", "Puig Ferretería, S.L."]);
    expect(archive.rows[0].slice(-2)).toEqual(["C-0001", 46353]);
    expect(await mergeClients(workbook, "C-0001", "C-0002", today)).toEqual({ ok: false, error: "C-0002 was merged into C-0001 already" });
    // a further merge keeps the first archived row
    expect(await mergeClients(workbook, "C-0003", "C-0010", today + 1)).toEqual({ ok: true, repointed: 0 });
    const archived = (await workbook.readTable("ClientsArchive"))!;
    expect(archived.rows.map((r) => [r[0], r[r.length - 2], r[r.length - 1]])).toEqual([
      ["C-0002", "C-0001", 46353],
      ["C-0010", "C-0003", 46354],
    ]);
  });

  it("refuses to merge a client into itself or a client that is not there", () => {
    const table = tableData("Clients", HEADERS, ROWS);
    expect(planMerge(table, "C-0001", "C-0001", undefined)).toEqual({ ok: false, error: "a client cannot be merged into itself" });
    expect(planMerge(table, "C-0001", "C-0099", undefined)).toEqual({ ok: false, error: "no client C-0099 in the Clients table" });
    expect(archiveSheet(table, "C-0002", "C-0001", today, undefined).tables[0].rows).toHaveLength(1);
  });
});
