/**
 * IDs that would make hostile file names (issue 28): a VisitID climbing out of the folder, one with a
 * line break, one with a slash, two invoice numbers that clean to one name. Every file lands directly
 * in the folder asked for, none overwrites another, and `check` says which IDs were renamed.
 */
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli as run } from "../helpers/cli";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { generateSample } from "../../src/core/sample/sample";
import { dayOf } from "../../src/core/kernel/dates";
import type { SheetOutput } from "../../src/core/workbook/port";

const today = dayOf(2026, 11, 27);
const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-names-"));
const HOSTILE = ["../../../../tmp/salesdesk-pwn", "V-1\r\nX-Evil: yes", "a/b"];

/** Sets `column` of the rows `pick` chooses, in order, to the values given. */
function rename(
  sheets: SheetOutput[],
  table: string,
  column: string,
  pick: (row: Record<string, unknown>) => boolean,
  values: string[],
) {
  const t = sheets.find((s) => s.name === table)!.tables[0];
  const at = t.columns.findIndex((c) => c.header === column);
  const header = t.columns.map((c) => c.header);
  const rows = t.rows.filter((r) => pick(Object.fromEntries(header.map((h, i) => [h, r[i]]))));
  values.forEach((v, i) => ((rows[i] as unknown[])[at] = v));
}

describe("file names made from hostile IDs", () => {
  const file = path.join(dir, "hostile.xlsx");

  beforeAll(async () => {
    const sheets = generateSample({ seed: 28, invoices: 60, today });
    rename(sheets, "Visits", "VisitID", (v) => v.Status === "Planned" && (v.Scheduled as number) >= today, HOSTILE);
    rename(sheets, "Meetings", "MeetingID", (m) => (m.Date as number) >= today, HOSTILE);
    rename(sheets, "Invoices", "InvoiceNo", () => true, ["F/26/1", "F-26-1"]);
    const workbook = new XlsxWorkbook();
    for (const sheet of sheets) await workbook.writeSheet(sheet);
    writeFileSync(file, await workbook.save());
  });

  it("writes every invitation and agenda inside the folder, one file each", async () => {
    const ics = path.join(dir, "ics");
    const visits = await run("visits", file, "--as-of", "2026-11-27", "--ics", ics);
    expect([visits.code, visits.err]).toEqual([0, ""]);
    const meetings = await run(
      "meetings",
      file,
      "--as-of",
      "2026-11-27",
      "--ics",
      path.join(dir, "m-ics"),
      "--docx",
      path.join(dir, "m-docx"),
    );
    expect([meetings.code, meetings.err]).toEqual([0, ""]);
    expect(readdirSync(ics)).toEqual(
      expect.arrayContaining(["tmp-salesdesk-pwn.ics", "V-1 X-Evil - yes.ics", "a-b.ics"]),
    );
    expect(readdirSync(path.join(dir, "m-docx"))).toEqual(
      expect.arrayContaining(["tmp-salesdesk-pwn-agenda.docx", "a-b-agenda.docx"]),
    );
    expect(readdirSync(path.join(dir, "..")).filter((f) => f.startsWith("salesdesk-pwn"))).toEqual([]);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(["ics", "m-ics", "m-docx", "hostile.xlsx"]));
  });

  it("never lets two documents overwrite each other", async () => {
    const out = path.join(dir, "docs");
    const result = await run(
      "documents",
      file,
      "--kind",
      "invoice",
      "--invoice",
      "F/26/1",
      "--invoice",
      "F-26-1",
      "--out",
      out,
      "--json",
    );
    expect(result.code).toBe(0);
    const files = JSON.parse(result.out).documents.map((d: { file: string }) => path.basename(d.file));
    expect(files).toEqual(["F-26-1.docx", "F-26-1 (2).docx"]);
    expect(readdirSync(out).sort()).toEqual([...files].sort());
  });

  it("check names the IDs that cannot name a file as written", async () => {
    const check = JSON.parse((await run("check", file, "--json")).out);
    const renamed = check.problems
      .filter((p: { code: string }) => p.code === "table.keyFileName")
      .map((p: { sheet: string; column: string }) => [p.sheet, p.column]);
    expect(renamed).toEqual([
      ["Visits", "VisitID"],
      ["Visits", "VisitID"],
      ["Meetings", "MeetingID"],
      ["Meetings", "MeetingID"],
    ]);
  });
});
