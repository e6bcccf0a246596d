/**
 * A merge's plan and its archive row, each rule at its edge (issue 35): which blanks are filled, which rows
 * are journalled and when the journal stops listing them, and the archive sheet's columns, formats and rows
 * as they were read back (older columns kept, dates as days, rows from before journals marked done).
 */
import { archiveSheet, planMerge } from "../../../src/core/clients/merge";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import { render } from "../../../src/core/kernel/messages";
import type { Cell } from "../../../src/core/workbook/port";
import { tableData } from "../../helpers/tables";

const clients = (rows: Cell[][], headers = ["ClientID", "Name", "Email", "Phone", "", "Extra", "Fax"]) =>
  tableData("Clients", headers, rows);
const two = () =>
  clients([
    ["C-1", "Forn Puig SL", null, "", null, null, null],
    ["C-2", "Forn Puig", "anna@puig.cat", "972000000", "y", "kept", ""],
  ]);

describe("a merge's plan", () => {
  it("fills only the survivor's blank or empty cells, from the merged client's non-empty ones, never its ID or an unnamed column", () => {
    const r = planMerge(two(), "C-1", "C-2", undefined);
    expect(r.ok && r.plan.fills).toEqual({ Email: "anna@puig.cat", Phone: "972000000", Extra: "kept" });
    const none = planMerge(two(), "C-2", "C-1", undefined);
    expect(none.ok && none.plan.fills).toEqual({});
  });

  it("journals each table that names clients, with the keys of the merged client's rows, and none that lacks a ClientID", () => {
    const invoices = tableData(
      "invoices",
      ["InvoiceNo", "ClientID"],
      [
        ["F1", "C-2"],
        ["F2", "C-1"],
        ["F3", "C-2"],
      ],
    );
    const visits = tableData("Visits", ["ClientID", "Scheduled"], [["C-2", 1]]);
    const notes = tableData("Requests", ["TicketID", "Subject"], [["T1", "x"]]);
    const r = planMerge(two(), "C-1", "C-2", undefined, [invoices, visits, notes, undefined]);
    expect(r.ok && r.plan.references).toEqual([
      { table: "invoices", key: "InvoiceNo", keys: ["F1", "F3"] },
      { table: "Visits", key: "VisitID", keys: [""] },
    ]);
  });

  it("is refused for a client into itself, one not there, one archived, and one whose merge was started and not finished", () => {
    const archive = (state: string | null) =>
      tableData("ClientArchive", ["ClientID", "MergedInto", "MergeState"], [["C-2", "C-9", state]]);
    const error = (r: ReturnType<typeof planMerge>) => (r.ok ? "planned" : render(r.error));
    expect(error(planMerge(two(), "C-1", "C-1", undefined))).toMatch(/itself/);
    expect(error(planMerge(two(), "C-1", "C-7", undefined))).toBe("no client C-7 in the Clients table");
    expect(error(planMerge(two(), "C-8", "C-2", undefined))).toBe("no client C-8 in the Clients table");
    expect(error(planMerge(two(), "C-1", "C-2", archive("done")))).toMatch(/C-2 .*C-9/);
    expect(error(planMerge(two(), "C-1", "C-2", archive(null)))).toMatch(/C-2 .*C-9/);
    expect(error(planMerge(two(), "C-1", "C-2", archive("started")))).not.toMatch(/C-9/);
  });
});

describe("the archive sheet", () => {
  const day = dayOf(2026, 11, 27);
  const plan = {
    survivor: "C-1",
    merged: "C-2",
    fills: { Email: "anna@puig.cat" },
    references: [{ table: "Invoices", key: "InvoiceNo", keys: ["F1"] }],
  };

  it("adds the merged row as it was, with whom it went into, the day, 'started' and its journal", () => {
    const sheet = archiveSheet(two(), plan, day, undefined);
    const [table] = sheet.tables;
    expect(table.columns).toEqual([
      { header: "ClientID", format: "text" },
      { header: "Name", format: "text" },
      { header: "Email", format: "text" },
      { header: "Phone", format: "text" },
      { header: "", format: "text" },
      { header: "Extra", format: "text" },
      { header: "Fax", format: "text" },
      { header: "MergedInto", format: "text" },
      { header: "MergedOn", format: "date" },
      { header: "MergeState", format: "text" },
      { header: "MergeJournal", format: "text" },
    ]);
    expect(table.rows).toEqual([
      [
        "C-2",
        "Forn Puig",
        "anna@puig.cat",
        "972000000",
        "y",
        "kept",
        "",
        "C-1",
        day,
        "started",
        JSON.stringify({ fills: plan.fills, references: plan.references }),
      ],
    ]);
  });

  it("keeps the rows archived before, their columns too, their dates as days, and a row from before journals as done", () => {
    const archived = tableData(
      "ClientArchive",
      ["ClientID", "Name", "City", "MergedInto", "MergedOn", "MergeState"],
      [
        ["C-5", "Vell SL", "Vic", "C-1", serialFromDay(dayOf(2025, 3, 1)), null],
        ["C-6", "Altre SL", null, "C-1", "no date", "done"],
      ],
      { date1904: true },
    );
    const [table] = archiveSheet(two(), plan, day, archived).tables;
    expect(table.columns.map((c) => c.header)).toEqual([
      "ClientID",
      "Name",
      "Email",
      "Phone",
      "",
      "Extra",
      "Fax",
      "City",
      "MergedInto",
      "MergedOn",
      "MergeState",
      "MergeJournal",
    ]);
    expect(table.rows.slice(0, 2)).toEqual([
      ["C-5", "Vell SL", null, null, null, null, null, "Vic", "C-1", dayOf(2025, 3, 1) + 1462, "done", null],
      ["C-6", "Altre SL", null, null, null, null, null, null, "C-1", "no date", "done", null],
    ]);
    expect(table.rows[2].slice(0, 2)).toEqual(["C-2", "Forn Puig"]);
  });
});
