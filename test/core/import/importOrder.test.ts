/**
 * The import reads the lists (Clients, Team) before the sheets that name them, whatever the sheets'
 * order, so an order typed with a client's or an exec's name gets their ID; each name so read is said
 * under the column it was typed in, and everything is reported in the sheets' own order.
 */
import { planSheets } from "../../../src/core/import/plan";
import { importSheets } from "../../../src/core/import/importer";
import type { SheetGrid } from "../../../src/core/workbook/port";

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const grids: SheetGrid[] = [
  {
    name: "Comandes",
    date1904: false,
    rows: [
      ["Comanda", "Data", "Client", "Comercial", "Import"],
      ["P1", day("2026-11-02"), "Fusteria Puig", "Anna Vila", 100],
      ["P2", day("2026-11-03"), "C2", "E2", 50],
    ],
  },
  {
    name: "Clients",
    date1904: false,
    rows: [
      ["Codi", "Nom", "Telèfon", "País"],
      ["C1", "Fusteria Puig", "612 345 678", "ES"],
      ["C2", "Ferros Vila", "+33 1 23 45 67 89", "FR"],
    ],
  },
  {
    name: "Equip",
    date1904: false,
    rows: [
      ["Codi comercial", "Nom"],
      ["E1", "Anna Vila"],
      ["E2", "Pere Soler"],
    ],
  },
];

describe("the import's order", () => {
  const result = importSheets(grids, planSheets(grids));
  const rows = (table: string) =>
    result.tables.find((t) => t.table === table)?.rows.map((r) => Object.fromEntries(r.values)) ?? [];

  it("reads the lists before the orders that name them", () => {
    expect(rows("Orders").map((o) => [o.OrderID, o.ClientID, o.Exec])).toEqual([
      ["P1", "C1", "E1"],
      ["P2", "C2", "E2"],
    ]);
  });

  it("says each name read as an ID under the column it was typed in", () => {
    expect(result.problems.map((p) => [p.sheet, p.row, p.column, p.code, p.params])).toEqual([
      ["Comandes", null, "ClientID", "import.nameAsId", { name: "Fusteria Puig", id: "C1" }],
      ["Comandes", null, "Exec", "import.nameAsId", { name: "Anna Vila", id: "E1" }],
    ]);
  });

  it("tells its sheets back in their own order, and a client's phone in its international form beside it", () => {
    expect(result.sheets.map((s) => [s.sheet, s.table, s.imported])).toEqual([
      ["Comandes", "Orders", 2],
      ["Clients", "Clients", 2],
      ["Equip", "Team", 2],
    ]);
    expect(result.tables.map((t) => [t.table, t.extras])).toEqual([
      ["Clients", ["Phone E.164"]],
      ["Team", []],
      ["Orders", []],
    ]);
    expect(rows("Clients").map((c) => c["Phone E.164"])).toEqual(["+34612345678", "+33123456789"]);
  });
});
