/** Two small parts of the import: the keys it gives new rows, and how it says one warning a thousand times. */
import { keys, TakenKeys } from "../../../src/core/import/takenKeys";
import { summarizeRepeats } from "../../../src/core/import/repeats";
import { problem } from "../../../src/core/workbook/problems";
import { say } from "../../../src/core/kernel/messages";
import type { TableName } from "../../../src/core/workbook/contract";

describe("keys taken while an import runs", () => {
  it("go on past the highest generated key seen, whatever else the column holds, in any order", () => {
    const taken = new TakenKeys("Clients");
    for (const key of ["C-0009", "C-12", "X-50", "C-abc", "C-0003"]) taken.set(key, "Clients!A2");
    expect(taken.next("Clients!A9")).toBe("C-0013");
    expect(taken.next("Clients!A10")).toBe("C-0014");
    expect(taken.get("C-0013")).toBe("Clients!A9");
    const big = new TakenKeys("Payments");
    big.set("P-99999", "x");
    expect(big.next("y")).toBe("P-100000");
    expect(new TakenKeys("Visits").next("z")).toBe("V-0001");
  });

  it("are one set a table for the whole run", () => {
    const all = new Map<TableName, TakenKeys>();
    keys(all, "Clients").set("C-0001", "a");
    expect(keys(all, "Clients").next("b")).toBe("C-0002");
    expect(keys(all, "Team").size).toBe(0);
    expect([...all.keys()]).toEqual(["Clients", "Team"]);
  });
});

describe("repeated warnings", () => {
  const warning = (row: number, column = "Net") =>
    problem("Vendes", row, column, "warning", say("cell.roundedToCent", { value: "'1.005'", amount: 1.01 }));
  const error = (row: number) => problem("Vendes", row, "Net", "error", say("cell.notAmount", { value: "'x'" }));

  it("are said twice, then once more with how many more there are (the rows not shown); three are said as they are", () => {
    const four = summarizeRepeats([warning(2), warning(3), error(4), warning(5), warning(6)]);
    expect(four.map((p) => [p.row, p.severity, p.message])).toEqual([
      [2, "warning", "'1.005' rounded to the cent: 1.01"],
      [3, "warning", "'1.005' rounded to the cent: 1.01"],
      [4, "error", "'x' is not an amount"],
      [5, "warning", "'1.005' rounded to the cent: 1.01 (and 1 more row like it)"],
    ]);
    expect(summarizeRepeats([warning(2), warning(3), warning(4)]).map((p) => p.message)).toEqual(
      Array(3).fill("'1.005' rounded to the cent: 1.01"),
    );
  });

  it("are counted a column and a kind at a time; errors are all kept", () => {
    const mixed = [
      warning(2),
      warning(3, "Total"),
      warning(4),
      warning(5, "Total"),
      warning(6),
      warning(7),
      error(8),
      error(9),
    ];
    expect(summarizeRepeats(mixed).map((p) => [p.row, p.column, /more rows? like it\)$/.test(p.message)])).toEqual([
      [2, "Net", false],
      [3, "Total", false],
      [4, "Net", false],
      [5, "Total", false],
      [6, "Net", true],
      [8, "Net", false],
      [9, "Net", false],
    ]);
  });
});
