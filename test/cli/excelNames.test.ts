/**
 * Names as Excel takes them (issue 29): the rule by [MS-XLSB] 2.5.166 and Excel's sheet names, and
 * every table, defined name and sheet in every file the CLI writes checked by it — Excel "repairs" a
 * file whose names break it by dropping the tables.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../helpers/cli";
import { excelNameProblem, sheetNameProblem } from "../../src/core/kernel/excelNames";
import { fixtureWorkbook, readFixture } from "../helpers/fixtureWorkbook";

const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-names-"));

async function run(...argv: string[]) {
  const { code } = await runCli(...argv);
  expect([argv[0], code]).toEqual([argv[0], expect.any(Number)]);
  return code;
}

describe("Excel's names", () => {
  it("refuse what Excel refuses and take what it takes", () => {
    const refused = ["R2026W48_KPI", "r1", "C12_total", "A1", "xfd1048576", "$B$2", "TRUE", "false", "R", "c", "RC", "1Report", "Report 2026", "Re-port", ""];
    expect(refused.filter((n) => excelNameProblem(n) === undefined)).toEqual([]);
    const taken = ["Report_2026W48_KPI", "SalesDesk.Report_2026_W48", "Clients", "_data", "\\path", "XFE1", "ABCD12", "Rate", "Commandes_été", "R_2026", "Cà"];
    expect(taken.filter((n) => excelNameProblem(n) !== undefined)).toEqual([]);
    expect(["Report 2026-W48", "Clients (2)", "Aging"].filter((n) => sheetNameProblem(n) !== undefined)).toEqual([]);
    expect(["a/b", "x".repeat(32), "'quoted'", "History", "[1]"].every((n) => sheetNameProblem(n) !== undefined)).toBe(true);
  });

  it("hold for every table, defined name and sheet of every file the CLI writes", async () => {
    const sample = path.join(dir, "sample.xlsx");
    await run("sample", "--out", sample, "--invoices", "60", "--today", "2026-11-27");
    const messy = path.join(dir, "facturas.xlsx");
    writeFileSync(messy, await fixtureWorkbook(readFixture("es-facturas")));
    await run("import", messy, "--out", path.join(dir, "imported.xlsx"));
    await run("report", sample, "--week", "2026-W47", "--out", path.join(dir, "report.xlsx"));
    await run("aging", path.join(dir, "report.xlsx"), "--as-of", "2026-11-27", "--out", path.join(dir, "aged.xlsx"));
    for (const file of ["sample.xlsx", "imported.xlsx", "report.xlsx", "aged.xlsx"]) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(path.join(dir, file)) as unknown as ArrayBuffer);
      const sheets = workbook.worksheets.map((s) => s.name);
      const tables = workbook.worksheets.flatMap((s) => (s.getTables() as unknown as { table: { name: string } }[]).map((t) => t.table.name));
      const names = (workbook.definedNames.model as { name: string }[]).map((n) => n.name);
      const wrong = [
        ...sheets.flatMap((n) => (sheetNameProblem(n) ? [`sheet ${n}: ${sheetNameProblem(n)}`] : [])),
        ...[...tables, ...names].flatMap((n) => (excelNameProblem(n) ? [`${n}: ${excelNameProblem(n)}`] : [])),
      ];
      expect([file, wrong]).toEqual([file, []]);
      const all = [...tables, ...names].map((n) => n.toLowerCase());
      expect([file, all.length]).toEqual([file, new Set(all).size]); // unique, without regard to case
      if (file === "report.xlsx") expect(tables).toContain("Report_2026W47_KPI");
    }
  }, 60_000);
});
