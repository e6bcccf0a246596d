/**
 * The command line takes the admin's corrections as the pane does (issue 31): `--table SHEET=TABLE`,
 * `--map "HEADER=Column"`, remembered in the workbook written, and applied to next month's file with
 * `--mappings` ("as last time"). The runner-up is said where it came close.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli as run } from "../helpers/cli";

const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-mappings-"));
const file = (name: string, text: string) => {
  writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
};
const november = file(
  "clients-nov.csv",
  "Codi;Raó;Notes de ruta\r\nC-1;Fusteria Puig;dilluns\r\nC-2;Ferros Vila;dimarts\r\n",
);
const december = file("clients-des.csv", "Notes de ruta;Codi;Raó\r\ndijous;C-3;Olis Soler\r\n");

describe("import corrections on the command line", () => {
  it("imports what she says a sheet holds, remembers it, and reads next month's file as last time", async () => {
    expect((await run("import", november)).code).toBe(1); // "Raó" alone says nothing the import recognises
    const memory = path.join(dir, "nov.xlsx");
    const first = await run("import", november, "--table", "clients-nov=Clients", "--map", "Raó=Name", "--out", memory);
    expect([first.code, first.out.split("\n")[0]]).toEqual([
      0,
      "clients-nov → Clients (header on row 1): 2 rows, 2 imported, 0 quarantined",
    ]);
    const next = await run("import", december, "--mappings", memory, "--json");
    const [sheet] = JSON.parse(next.out).sheets;
    expect(sheet).toMatchObject({
      table: "Clients",
      asLastTime: true,
      imported: 1,
      columns: { Codi: "ClientID", Raó: "Name" },
    });
    const text = await run("import", december, "--mappings", memory);
    expect(text.out).toMatch(/^clients-des → Clients \(as last time\)/);
  }, 60_000);

  it("refuses a table or a column the contract does not have, naming the ones it has", async () => {
    const table = await run("import", november, "--table", "clients-nov=Customers");
    expect([table.code, table.err]).toEqual([
      2,
      expect.stringMatching(/no contract table is called Customers \(Clients, Products/),
    ]);
    const column = await run("import", november, "--map", "Raó=Nme");
    expect([column.code, column.err]).toEqual([2, expect.stringMatching(/no contract table has a column Nme/)]);
    const form = await run("import", november, "--map", "Raó");
    expect([form.code, form.err]).toEqual([2, expect.stringMatching(/--map takes HEADER=Column, not Raó/)]);
  }, 60_000);

  it("says which table came second, and how close, in --json", async () => {
    const lines = file(
      "vendes.csv",
      "vendedores;produto;quantidade\r\nana silva;camisa polo;10\r\nbruno oliveira;calça jeans;15\r\n",
    );
    const [sheet] = JSON.parse((await run("import", lines, "--json")).out).sheets;
    expect(sheet.runnerUp).toEqual({
      table: expect.any(String),
      score: expect.any(Number),
      chosen: expect.any(Number),
    });
    expect(sheet.runnerUp.table).not.toBe(sheet.table);
    expect(sheet.runnerUp.score).toBeLessThanOrEqual(sheet.runnerUp.chosen);
  }, 60_000);
});
