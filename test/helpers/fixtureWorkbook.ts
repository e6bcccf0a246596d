/**
 * Builds an .xlsx from a fixture description (test/fixtures/import/*.json): sheets of rows, where
 * {"date": "2026-11-27"} is a real date cell, plus merged ranges, hidden sheets and the 1904 system.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";

type FixtureCell = string | number | boolean | null | { date: string };

export interface FixtureSheet {
  name: string;
  rows: FixtureCell[][];
  merges?: string[];
  hidden?: boolean;
}

export interface Fixture {
  about: string;
  date1904?: boolean;
  sheets: FixtureSheet[];
}

export const FIXTURES = join(__dirname, "..", "fixtures", "import");

export function readFixture(name: string): Fixture {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), "utf8")) as Fixture;
}

export async function fixtureWorkbook(fixture: Fixture): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (fixture.date1904) workbook.properties.date1904 = true;
  for (const s of fixture.sheets) {
    const sheet = workbook.addWorksheet(s.name, { state: s.hidden ? "hidden" : "visible" });
    s.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null) return;
        const target = sheet.getCell(r + 1, c + 1);
        if (typeof cell === "object") {
          target.value = new Date(`${cell.date}T00:00:00Z`);
          target.numFmt = "dd/mm/yyyy";
        } else target.value = cell;
      }),
    );
    for (const range of s.merges ?? []) sheet.mergeCells(range);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
