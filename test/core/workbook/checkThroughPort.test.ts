/**
 * The health check read through a port gives what the check of the same tables gives: references by
 * ID or by an exec's name, lists of them, keys unfit for file names, a domain's own table read only
 * when there, the Settings' date system; and the contract tables read in the order asked.
 */
import { checkTables, checkWorkbook, readContractTables, type DomainCheck } from "../../../src/core/workbook/check";
import type { ReadPort, TableData } from "../../../src/core/workbook/port";
import { problem } from "../../../src/core/workbook/problems";
import { say } from "../../../src/core/kernel/messages";
import { tableData } from "../../helpers/tables";
import { dayOf } from "../../../src/core/kernel/dates";

const HOLIDAY_1904 = dayOf(2024, 6, 19); // serial 44000 counted from 1 January 1904

/** A port over tables as read; `renamed` answers another table than the one asked (as a stale name would). */
function portOf(tables: TableData[], renamed: string[] = []): ReadPort & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    listSheets: async () => [],
    readSheet: async () => undefined,
    listTables: async () => [],
    tableNames: async () => tables.map((t) => t.name),
    readTable: async (name) => {
      reads.push(name);
      const t = tables.find((x) => x.name === name);
      return t && renamed.includes(name) ? { ...t, name: `${name}_old` } : t;
    },
  };
}

const tables = [
  tableData(
    "Team",
    ["ExecID", "Name"],
    [
      ["E01", "Anna Puig"],
      ["E02", "Jordi"],
    ],
  ),
  tableData(
    "Clients",
    ["ClientID", "Name", "Exec"],
    [
      ["C-1", "Forn", "Anna Puig"],
      ["C-2", "Serra", "E09"],
      ["C..3", "Vidal", " jordi "],
    ],
  ),
  tableData(
    "Meetings",
    ["MeetingID", "Date", "Title", "Attendees"],
    [["M-1", 46000, "Setmanal", "e01; anna puig,E07 ,"]],
  ),
  tableData("Settings", ["Setting", "Value"], [["Holiday", 44000]], { date1904: true }),
  tableData("Records", ["No"], [["1"], ["2"], ["3"]]), // as many rows as no other table: the domain's own is the one it is handed
];
const domain: DomainCheck = {
  reads: "Records",
  countedWith: "Invoices",
  check: (_readings, settings, table) => [
    problem("Records", null, null, "warning", say("settings.noValue")),
    ...(table ? [problem("Records", table.rows.length, null, "error", say("settings.noValue"))] : []),
    // the holiday read in the workbook's 1904 date system, as Settings says it is
    ...(settings.holidays.has(HOLIDAY_1904) ? [] : [problem("Settings", null, null, "error", say("settings.noValue"))]),
  ],
};
const said = (h: Awaited<ReturnType<typeof checkWorkbook>>) =>
  h.problems.map((p) => [p.sheet, p.row, p.column, p.severity, p.message]);

describe("the check through a port", () => {
  it("finds what the check of the tables finds: references by an exec's ID or name in any case, lists, keys that cannot name a file, a domain's table", async () => {
    const health = await checkWorkbook(portOf(tables), [domain]);
    expect(health).toEqual(checkTables(tables, [domain]));
    expect(said(health)).toEqual([
      ["Clients", 3, "Exec", "warning", "'E09' is not in Team"],
      [
        "Clients",
        4,
        "ClientID",
        "warning",
        `"C..3" cannot name a file as written: its documents and invitations are saved as 'C.3'`,
      ],
      ["Records", null, null, "warning", "no value"],
      ["Records", 3, null, "error", "no value"],
      ["Meetings", 2, "Attendees", "warning", "'E07' is not in Team"],
    ]);
    expect(health.tables.find((t) => t.table === "Invoices")).toEqual({
      table: "Invoices",
      present: false,
      sheet: null,
      rows: 0,
      errors: 1,
      warnings: 1,
    });
  });

  it("reads a domain's table only when the workbook has it, and no table answered under another name", async () => {
    const without = tables.filter((t) => t.name !== "Records");
    const port = portOf(without, ["Clients"]);
    const health = await checkWorkbook(port, [domain]);
    expect(port.reads).not.toContain("Records");
    expect(said(health).filter(([sheet]) => sheet === "Records")).toEqual([
      ["Records", null, null, "warning", "no value"],
    ]);
    expect(health.tables.find((t) => t.table === "Clients")?.present).toBe(false);
  });

  it("checks the contract tables alone when no domain adds its own", async () => {
    const health = await checkWorkbook(portOf(tables));
    expect(health).toEqual(checkTables(tables));
    expect(said(health).map(([sheet]) => sheet)).toEqual(["Clients", "Clients", "Meetings"]);
  });

  it("reads the contract tables asked for, in the order asked, none the workbook lacks", async () => {
    const read = await readContractTables(portOf(tables), ["Settings", "Invoices", "Team"]);
    expect(read.map((t) => t.name)).toEqual(["Settings", "Team"]);
    expect((await readContractTables(portOf(tables))).map((t) => t.name)).toEqual([
      "Clients",
      "Team",
      "Meetings",
      "Settings",
    ]);
  });
});
