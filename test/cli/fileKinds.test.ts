/**
 * Nothing silent (issue 27): a file is read as what it is, whatever its name says, and an import that
 * finds no table says so, exits 1 and writes nothing. LibreOffice makes the OpenDocument file, as a
 * colleague's "Save as" would.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli as run } from "../helpers/cli";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { generateSample } from "../../src/core/sample/sample";
import { dayOf } from "../../src/core/kernel/dates";
import { fixtureWorkbook, readFixture } from "../helpers/fixtureWorkbook";

const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-kinds-"));

/** The workbook saved by LibreOffice as OpenDocument, then given an .xlsx name. */
function odsNamedXlsx(xlsx: string): string {
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "ods", "--outdir", dir, xlsx],
    { stdio: "ignore" },
  );
  const named = xlsx.replace(/\.xlsx$/, "-really-ods.xlsx");
  renameSync(xlsx.replace(/\.xlsx$/, ".ods"), named);
  return named;
}

describe("files read as what they are", () => {
  it("an OpenDocument sheet saved with an .xlsx name imports as the sheet it is", async () => {
    const original = path.join(dir, "facturas.xlsx");
    writeFileSync(original, await fixtureWorkbook(readFixture("es-facturas")));
    const expected = JSON.parse((await run("import", original, "--json")).out);
    const disguised = odsNamedXlsx(original);
    const result = await run("import", disguised, "--json");
    expect(result.err).toBe("");
    const tables = (json: { sheets: { sheet: string; table: string; imported: number }[] }) =>
      json.sheets.map((s) => [s.sheet, s.table, s.imported]);
    expect(tables(JSON.parse(result.out))).toEqual(tables(expected));
    expect(expected.sheets.some((s: { table: string | null }) => s.table !== null)).toBe(true);
  }, 120_000);

  it("an OpenDocument workbook named .xlsx gets its aging sheet written like any other", async () => {
    const sample = path.join(dir, "sample.xlsx");
    const workbook = new XlsxWorkbook();
    for (const sheet of generateSample({ seed: 3, invoices: 40, today: dayOf(2026, 11, 27) }))
      await workbook.writeSheet(sheet);
    writeFileSync(sample, await workbook.save());
    const out = path.join(dir, "aged.xlsx");
    const result = await run("aging", odsNamedXlsx(sample), "--as-of", "2026-11-27", "--out", out);
    expect([result.code, result.err]).toEqual([0, ""]);
    expect((await (await XlsxWorkbook.load(readFileSync(out))).listSheets()).map((s) => s.name)).toContain("Aging");
  }, 120_000);

  it("an import that finds no table says so, exits 1 and writes nothing", async () => {
    const tables = path.join(dir, "tables.xlsx");
    const workbook = new XlsxWorkbook();
    for (const sheet of generateSample({ seed: 3, invoices: 20, today: dayOf(2026, 11, 27) }))
      await workbook.writeSheet(sheet);
    writeFileSync(tables, await workbook.save());
    const notes = path.join(dir, "notes.csv");
    writeFileSync(notes, "Remember\r\ncall the bank on Monday\r\n");
    for (const [file, why] of [
      [tables, "its sheets are contract tables already"],
      [notes, "no sheet was recognised as a contract table"],
    ]) {
      const out = path.join(dir, `nothing-${path.basename(file)}.xlsx`);
      const result = await run("import", file, "--out", out);
      expect([result.code, result.out]).toEqual([1, expect.stringContaining(why)]);
      expect(result.out).toContain("nothing written");
      expect(existsSync(out)).toBe(false);
      expect(JSON.parse((await run("import", file, "--json")).out).nothingImported).toContain(why);
    }
  });
});
