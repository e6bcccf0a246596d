/**
 * The table a sheet is proposed as (mapping.ts) when a column has no header: its values alone say it is
 * the list's names, and when no table fits, the pane says which came closest and what it lacked.
 */
import { mapColumns, proposeTable, type SourceColumn } from "../../../src/core/import/mapping";
import type { SheetCell } from "../../../src/core/workbook/port";

const sources = (...columns: [string, SheetCell[]][]): SourceColumn[] =>
  columns.map(([header, values], index) => ({ index, header, values }));
const codes: [string, SheetCell[]] = ["Codi", ["C1", "C2", "C3", "C4", "C5"]];
const proposal = (values: SheetCell[]) => {
  const p = proposeTable("Full1", sources(codes, ["", values]));
  return [p.table, p.columns.map((c) => c.column), p.why, p.runnerUp?.table];
};
const lacksName = { code: "import.why.closest", params: { table: "Clients", lacks: ["Name"] } };

describe("a column with no header", () => {
  it("is the list's names when its values are names, four in five at least, each once", () => {
    const names = ["Fusteria Puig", "Ferros Vila", "Olis Soler", "Forn Pons", "Vins Roca"];
    expect(proposal(names)).toEqual(["Clients", ["ClientID", "Name"], undefined, "Team"]);
    expect(proposal([...names.slice(0, 4), 12]).slice(0, 2)).toEqual(["Clients", ["ClientID", "Name"]]);
    expect(proposal([...names.slice(0, 4), null]).slice(0, 2)).toEqual(["Clients", ["ClientID", "Name"]]);
    // blank cells are no values: two names alone, or three among blanks, are the list's names
    expect(proposal([...names.slice(0, 3), null, null])[0]).toBe("Clients");
    expect(proposal([...names.slice(0, 2), null, null, null])[0]).toBe("Clients");
  });

  it("is no list's names when they repeat, when amounts (typed as text, with their currency) are a fifth or more, when letters stand alone, or when one name alone", () => {
    const names = ["Fusteria Puig", "Ferros Vila", "Olis Soler"];
    expect(proposal([...names, "Fusteria Puig", "Olis Soler"])).toEqual([null, [null, null], lacksName, undefined]);
    expect(proposal([...names, "12,50", "13,40"])[0]).toBeNull();
    expect(proposal([...names, 12, 13])[0]).toBeNull();
    expect(proposal([...names, "12,50 EUR", "13,40 EUR"])[0]).toBeNull();
    expect(proposal(["A", "B", "C", "D", "E"])[0]).toBeNull();
    expect(proposal(["Fusteria Puig", null, null, null, null])[0]).toBeNull();
  });
});

describe("a sheet no table fits", () => {
  it("says nothing when no column is named plainly for any table", () => {
    expect(proposeTable("Full1", sources(["Alfa", ["x", "y"]], ["Beta", ["z", "w"]]))).toEqual({
      table: null,
      columns: [
        { index: 0, header: "Alfa", column: null },
        { index: 1, header: "Beta", column: null },
      ],
      score: 0,
    });
  });
});

describe("two columns equally fit", () => {
  it("gives the contract column to the one further left", () => {
    const emails = ["a@exemple.cat", "b@exemple.cat", "c@exemple.cat"];
    const { columns } = mapColumns(
      "Clients",
      sources(["Codi", ["C1", "C2", "C3"]], ["Nom", ["Anna", "Pere", "Joan"]], ["Email", emails], ["Email", emails]),
    );
    expect(columns.map((c) => c.column)).toEqual(["ClientID", "Name", "Email", null]);
  });
});
