/** Exec columns hold an ExecID or a name as typed: how the Team table resolves either, and what it does not know. */
import { teamIndex } from "../../../src/core/workbook/team";
import type { TeamMember } from "../../../src/core/workbook/contract";

const member = (ExecID: string, Name: string | null, Region: string | null) => ({ ExecID, Name, Region }) as TeamMember;

describe("the team index", () => {
  const team = teamIndex([
    member("E01", " Anna Puig ", "Barcelona"),
    member("E02", null, null),
    member("E03", "Joan", null),
  ]);

  it("resolves an ID or a name whatever its case and surrounding spaces", () => {
    expect(["e01", " E01 ", "anna puig", "  ANNA PUIG", "E02", "joan"].map(team.resolve)).toEqual([
      "E01",
      "E01",
      "E01",
      "E01",
      "E02",
      "E03",
    ]);
    expect(["anna puig", "E09", ""].map(team.knows)).toEqual([true, false, false]);
  });

  it("keeps what it does not know as typed, trimmed", () => {
    expect(team.resolve("  Pere Mas ")).toBe("Pere Mas");
    expect(team.name("Pere Mas")).toBe("Pere Mas");
    expect(team.region("Pere Mas")).toBeNull();
  });

  it("names and places each exec as the table says, an exec without a name by its ID", () => {
    expect(["E01", "E02", "E03"].map((id) => [team.name(id), team.region(id)])).toEqual([
      [" Anna Puig ", "Barcelona"],
      ["E02", null],
      ["Joan", null],
    ]);
    expect(team.ids).toEqual(["E01", "E02", "E03"]);
  });
});
