/** The client database through Office.js: an edit writes only its changed cells; a merge re-points and removes. */
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { clientChanges, mergeClients, readClientForm } from "../../src/core/clients/clients";
import { dayOf } from "../../src/core/kernel/dates";
import { FakeExcel, FakeTable } from "../helpers/fakeExcel";

const headers = ["ClientID", "Name", "Email", "Phone", "City", "IBAN", "MarketingConsent", "Notes", "My own column"];
const clients = (): FakeTable => ({
  name: "Clients",
  sheet: "Clients",
  rowIndex: 0,
  headers,
  rows: [
    ["C-0001", "Forn Puig", "forn@puig.cat", "972 00 11 22", "Girona", null, true, null, "mine"],
    ["C-0002", "Forn Puig SL", null, null, "Girona", "ES9121000418450200051332", false, "duplicate", "also mine"],
  ],
});

describe("editing a client in Excel", () => {
  it("writes the changed cells of that row only, in three round trips", async () => {
    const excel = new FakeExcel([clients()]);
    const port = new ExcelWorkbook(excel.run);
    const opened = { Name: "Forn Puig", Email: "forn@puig.cat", Phone: "972 00 11 22", City: "Girona", IBAN: null, MarketingConsent: true, Notes: null };
    const form = readClientForm({ Name: "Forn Puig", Email: "Comandes@Puig.cat", Phone: "972 00 11 22", City: "Girona", MarketingConsent: "true" });
    const changes = clientChanges(headers, opened, form.values);
    expect(changes).toEqual([{ column: "Email", from: "forn@puig.cat", to: "comandes@puig.cat" }]);
    expect(await port.updateRow("Clients", "ClientID", "C-0001", changes)).toEqual({ ok: true });
    expect(excel.writtenCells).toEqual([{ table: "Clients", row: 0, column: 2, values: [["comandes@puig.cat"]] }]);
    expect(excel.syncs).toBe(3);
  });

  it("detects a co-author's change since the form opened and writes nothing", async () => {
    const table = clients();
    const excel = new FakeExcel([table]);
    const port = new ExcelWorkbook(excel.run);
    table.rows[0][2] = "theirs@puig.cat"; // changed in Excel after the pane read it
    const result = await port.updateRow("Clients", "ClientID", "C-0001", [{ column: "Email", from: "forn@puig.cat", to: "ours@puig.cat" }]);
    expect(result).toEqual({ ok: false, conflicts: [{ column: "Email", now: "theirs@puig.cat" }] });
    expect(excel.writtenCells).toEqual([]);
  });
});

describe("merging clients in Excel", () => {
  it("fills the survivor, re-points references, archives, then removes the merged row", async () => {
    const invoices: FakeTable = {
      name: "Invoices",
      sheet: "Invoices",
      rowIndex: 0,
      headers: ["InvoiceNo", "IssueDate", "ClientID", "Net"],
      rows: [
        ["F1", 46353, "C-0002", 10],
        ["F2", 46353, "C-0001", 20],
      ],
    };
    const excel = new FakeExcel([clients(), invoices]);
    const result = await mergeClients(new ExcelWorkbook(excel.run), "C-0001", "C-0002", dayOf(2026, 11, 27));
    expect(result).toEqual({ ok: true, repointed: 1 });
    expect(excel.writtenCells.map((c) => [c.row, headers[c.column], c.values])).toEqual([
      [0, "IBAN", [["ES9121000418450200051332"]]],
      [0, "Notes", [["duplicate"]]],
    ]);
    expect(excel.columnRanges.find((c) => c.table === "Invoices")!.range.values).toEqual([["C-0001"], ["C-0001"]]);
    expect(excel.addedSheets).toEqual(["Clients archive"]);
    expect(excel.deletedRows).toEqual([{ table: "Clients", index: 1 }]);
  });
});
