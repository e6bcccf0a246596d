/**
 * Names as Excel takes them (issue 29): the rule by [MS-XLSB] 2.5.166 and Excel's sheet names, and
 * every table, defined name and sheet in every file the CLI writes checked by it — Excel "repairs" a
 * file whose names break it by dropping the tables.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { xlsxPackageProblems } from "../helpers/strictXlsx";
import { runCli } from "../helpers/cli";
import { excelNameProblem, sheetNameProblem } from "../../src/core/kernel/excelNames";
import { fixtureWorkbook, readFixture } from "../helpers/fixtureWorkbook";

const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-names-"));

async function run(...argv: string[]) {
  const { code } = await runCli(...argv);
  expect([argv[0], code]).toEqual([argv[0], expect.any(Number)]);
  return code;
}

const FILES = ["sample.xlsx", "imported.xlsx", "report.xlsx", "aged.xlsx"];
let written: Promise<void> | undefined;

/** Every kind of .xlsx the CLI writes: a sample, an import, a report with its chart, an aging sheet over it. Written once. */
function writeEveryKind(): Promise<void> {
  written ??= (async () => {
    const sample = path.join(dir, "sample.xlsx");
    await run("sample", "--out", sample, "--invoices", "60", "--today", "2026-11-27");
    const messy = path.join(dir, "facturas.xlsx");
    writeFileSync(messy, await fixtureWorkbook(readFixture("es-facturas")));
    await run("import", messy, "--out", path.join(dir, "imported.xlsx"));
    await run("report", sample, "--week", "2026-W47", "--out", path.join(dir, "report.xlsx"));
    await run("aging", path.join(dir, "report.xlsx"), "--as-of", "2026-11-27", "--out", path.join(dir, "aged.xlsx"));
  })();
  return written;
}

describe("Excel's names", () => {
  it("refuse what Excel refuses and take what it takes", () => {
    const refused = [
      "R2026W48_KPI",
      "r1",
      "C12_total",
      "A1",
      "xfd1048576",
      "$B$2",
      "TRUE",
      "false",
      "R",
      "c",
      "RC",
      "1Report",
      "Report 2026",
      "Re-port",
      "",
    ];
    expect(refused.filter((n) => excelNameProblem(n) === undefined)).toEqual([]);
    const taken = [
      "Report_2026W48_KPI",
      "SalesDesk.Report_2026_W48",
      "Clients",
      "_data",
      "\\path",
      "XFE1",
      "ABCD12",
      "Rate",
      "Commandes_été",
      "R_2026",
      "Cà",
    ];
    expect(taken.filter((n) => excelNameProblem(n) !== undefined)).toEqual([]);
    expect(["Report 2026-W48", "Clients (2)", "Aging"].filter((n) => sheetNameProblem(n) !== undefined)).toEqual([]);
    expect(["a/b", "x".repeat(32), "'quoted'", "History", "[1]"].every((n) => sheetNameProblem(n) !== undefined)).toBe(
      true,
    );
  });

  it("hold for every table, defined name and sheet of every file the CLI writes", async () => {
    await writeEveryKind();
    for (const file of FILES) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(path.join(dir, file)) as unknown as ArrayBuffer);
      const sheets = workbook.worksheets.map((s) => s.name);
      const tables = workbook.worksheets.flatMap((s) =>
        (s.getTables() as unknown as { table: { name: string } }[]).map((t) => t.table.name),
      );
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

describe("the CLI's .xlsx files, read as strictly as Excel reads them (issue 29)", () => {
  it("have a content type for every part, every relationship and r:id resolved, styles that add up, charts related as charts, tables as wide as their columns", async () => {
    await writeEveryKind();
    for (const file of FILES)
      expect([file, await xlsxPackageProblems(readFileSync(path.join(dir, file)))]).toEqual([file, []]);
  }, 60_000);

  it("name what a repairing Excel would complain of", async () => {
    await writeEveryKind();
    const zip = await JSZip.loadAsync(readFileSync(path.join(dir, "report.xlsx")));
    const sheetRels = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/_rels\/.*\.rels$/.test(f));
    const texts = await Promise.all(sheetRels.map((f) => zip.file(f)!.async("string")));
    const at = texts.findIndex((t) => t.includes('relationships/drawing"'));
    const [sheet, rels] = [sheetRels[at], texts[at]];
    zip.file(sheet, rels.replace(/relationships\/drawing"/, 'relationships/image"'));
    const styles = await zip.file("xl/styles.xml")!.async("string");
    zip.file(
      "xl/styles.xml",
      styles.replace(/<cellXfs count="(\d+)"/, (_, n: string) => `<cellXfs count="${Number(n) + 1}"`),
    );
    zip.remove("[Content_Types].xml");
    const found = (await xlsxPackageProblems(await zip.generateAsync({ type: "uint8array" }))).join("\n");
    expect(found).toMatch(
      /is related as http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/image/,
    );
    expect(found).toMatch(/cellXfs says count="\d+" and holds \d+/);
    expect(found).toMatch(/\/xl\/workbook\.xml: has no content type/);
  }, 60_000);
});
