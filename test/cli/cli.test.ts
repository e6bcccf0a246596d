import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/cli";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { outputTable } from "../../src/core/output";

const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-cli-"));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("salesdesk", () => {
  const sample = path.join(dir, "sample.xlsx");

  beforeAll(async () => {
    expect((await run("sample", "--out", sample, "--seed", "3", "--invoices", "300", "--today", "2026-11-27")).code).toBe(0);
  });

  it("writes a sample that checks clean (exit 0)", async () => {
    const result = await run("check", sample);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Invoices\s+\d+ rows {2}0 errors, 0 warnings$/m);
    expect(result.out).toContain("0 errors, 0 warnings");
  });

  it("prints machine-readable health with --json", async () => {
    const health = JSON.parse((await run("check", sample, "--json")).out);
    expect(health.tables).toHaveLength(11);
    expect(health.tables[0]).toEqual({ table: "Clients", present: true, sheet: "Clients", rows: expect.any(Number), errors: 0, warnings: 0 });
    expect(health).toMatchObject({ problems: [], errors: 0, warnings: 0 });
  });

  it("exits 1 and names sheet, row and column when a table has errors", async () => {
    const wb = new XlsxWorkbook();
    await wb.writeSheet({ name: "Facturas", tables: [{ ...outputTable("Invoices", [["2026-0001", null, "C-1", null, null, 10, 0.21, 2.1, 12.1, "EUR", null, "Pagada", null]]) }] });
    const file = path.join(dir, "bad.xlsx");
    writeFileSync(file, await wb.save());
    const result = await run("check", file);
    expect(result.code).toBe(1);
    expect(result.out).toContain("error: Facturas, row 2, IssueDate: IssueDate is required");
    expect(result.out).toContain("error: Facturas, row 2, Status: 'Pagada' is not one of Draft, Issued");
  });

  it("exits 2 with one line for bad usage or an unreadable file", async () => {
    const cases = [
      await run(),
      await run("frobnicate"),
      await run("check"),
      await run("check", path.join(dir, "missing.xlsx")),
      await run("sample"),
      await run("sample", "--out", path.join(dir, "x.xlsx"), "--invoices", "many"),
      await run("check", sample, "--colour"),
    ];
    writeFileSync(path.join(dir, "text.xlsx"), "not a workbook");
    cases.push(await run("check", path.join(dir, "text.xlsx")));
    for (const c of cases) expect(c.code).toBe(2);
    for (const c of cases.slice(1)) {
      expect(c.err.split("\n")).toHaveLength(1);
      expect(c.err).not.toMatch(/\n\s+at /);
    }
    expect(cases[3].err).toBe(`salesdesk check: no such file: ${path.join(dir, "missing.xlsx")}`);
    expect(cases[7].err).toContain("is not a readable .xlsx workbook");
  });

  it("runs as an installed binary (npx salesdesk)", () => {
    const bin = path.join(__dirname, "../../bin/salesdesk.js");
    expect(execFileSync("node", [bin, "check", sample], { encoding: "utf8" })).toContain("0 errors, 0 warnings");
    const failed = spawnSync("node", [bin, "check", path.join(dir, "nope.xlsx")], { encoding: "utf8" });
    expect(failed.status).toBe(2);
    expect(failed.stderr.trim().split("\n")).toHaveLength(1);
  });
});
