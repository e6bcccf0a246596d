/** The client database through Office.js: an edit writes only its changed cells; a merge archives, re-points and removes, all or nothing. */
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { clientChanges, readClientForm } from "../../src/core/clients/clients";
import { mergeClients, archivedMerges } from "../../src/core/clients/merge";
import { dayOf } from "../../src/core/kernel/dates";
import { LiveExcel, LiveModel } from "../helpers/liveExcel";
import { instant } from "../helpers/portSubjects";
import { PAYLOAD_AIM } from "../../src/excel/payload";

const headers = ["ClientID", "Name", "Email", "Phone", "City", "IBAN", "MarketingConsent", "Notes", "My own column"];

function excel(): LiveExcel {
  const model = new LiveModel();
  model.addTable("Clients", "A1", "Clients", headers, [
    ["C-0001", "Forn Puig", "forn@puig.cat", "972 00 11 22", "Girona", "", true, "", "mine"],
    ["C-0002", "Forn Puig SL", "", "", "Girona", "ES9121000418450200051332", false, "duplicate", "also mine"],
  ]);
  model.addTable(
    "Invoices",
    "A1",
    "Invoices",
    ["InvoiceNo", "IssueDate", "ClientID", "Net"],
    [
      ["F1", 46353, "C-0002", 10],
      ["F2", 46353, "C-0001", 20],
    ],
  );
  return new LiveExcel(model);
}

describe("editing a client in Excel", () => {
  it("writes the changed cells of that row only, in four round trips", async () => {
    const x = excel();
    const opened = {
      Name: "Forn Puig",
      Email: "forn@puig.cat",
      Phone: "972 00 11 22",
      City: "Girona",
      IBAN: null,
      MarketingConsent: true,
      Notes: null,
    };
    const form = readClientForm({
      Name: "Forn Puig",
      Email: "Comandes@Puig.cat",
      Phone: "972 00 11 22",
      City: "Girona",
      MarketingConsent: "true",
    });
    const changes = clientChanges(headers, opened, form.values);
    expect(changes).toEqual([{ column: "Email", from: "forn@puig.cat", to: "comandes@puig.cat" }]);
    expect(await new ExcelWorkbook(x.run, instant).updateRow("Clients", "ClientID", "C-0001", changes)).toEqual({
      ok: true,
    });
    expect(x.model.dataRows(x.model.table("Clients")!)[0]).toEqual([
      "C-0001",
      "Forn Puig",
      "comandes@puig.cat",
      "972 00 11 22",
      "Girona",
      "",
      true,
      "",
      "mine",
    ]);
    expect(x.syncs).toBe(4);
  });

  it("detects a co-author's change since the form opened and writes nothing", async () => {
    const x = excel();
    x.model.setTableCell("Clients", 0, "Email", "theirs@puig.cat"); // changed in Excel after the pane read it
    const result = await new ExcelWorkbook(x.run, instant).updateRow("Clients", "ClientID", "C-0001", [
      { column: "Email", from: "forn@puig.cat", to: "ours@puig.cat" },
    ]);
    expect(result).toEqual({ ok: false, conflicts: [{ column: "Email", now: "theirs@puig.cat" }] });
    expect(x.model.column("Clients", "Email")).toEqual(["theirs@puig.cat", ""]);
  });
});

describe("merging clients in Excel", () => {
  it("archives with its journal, fills the survivor, re-points references, then removes the merged row", async () => {
    const x = excel();
    const port = new ExcelWorkbook(x.run, instant);
    expect(await mergeClients(port, "C-0001", "C-0002", dayOf(2026, 11, 27))).toEqual({ ok: true, repointed: 1 });
    expect(x.model.column("Clients", "ClientID")).toEqual(["C-0001"]);
    expect(x.model.column("Clients", "IBAN")).toEqual(["ES9121000418450200051332"]);
    expect(x.model.column("Clients", "Notes")).toEqual(["duplicate"]);
    expect(x.model.column("Invoices", "ClientID")).toEqual(["C-0001", "C-0001"]);
    expect(x.model.column("ClientsArchive", "MergeState")).toEqual(["done"]);
    expect(x.model.names.map((n) => n.formula)).toEqual(["='Clients archive'!$A$1"]);
    expect(archivedMerges(await port.readTable("ClientsArchive"), "started")).toEqual([]);
  });
});

describe("re-pointing many references in Excel", () => {
  it("changes 12,000 cells in requests under the payload aim: the syncs grow with the changes, never one huge request", async () => {
    const model = new LiveModel();
    model.addTable(
      "Invoices",
      "A1",
      "Invoices",
      ["InvoiceNo", "ClientID"],
      Array.from({ length: 12_000 }, (_, i) => [`F${i}`, "C-0002"]),
    );
    const x = new LiveExcel(model);
    expect(
      await new ExcelWorkbook(x.run, instant).rewriteColumn("Invoices", "ClientID", (v) =>
        v === "C-0002" ? "C-0001" : v,
      ),
    ).toBe(12_000);
    expect(new Set(model.column("Invoices", "ClientID"))).toEqual(new Set(["C-0001"]));
    expect(x.syncs).toBe(2 + 3 + 3); // the table; its column, counted then in two chunks; three runs of changes (~8 MB)
    expect(x.largestRequest).toBeLessThanOrEqual(PAYLOAD_AIM);
  });
});
