/**
 * The sample workbook of a seed is the same everywhere (the workbench, the CLI and the end-to-end tests
 * rely on it): each sheet's rows counted and hashed, against test/fixtures/sample/digests.json. A
 * change to the sample changes a digest here; regenerate the file when it was meant, and say so.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { generateSample } from "../../../src/core/sample/sample";
import { dayOf } from "../../../src/core/kernel/dates";

const golden = JSON.parse(readFileSync(path.join(__dirname, "../../fixtures/sample/digests.json"), "utf8"));
const today = dayOf(2026, 11, 27);

function digest(sheets: ReturnType<typeof generateSample>) {
  return Object.fromEntries(
    sheets.map((s) => [
      s.name,
      {
        rows: s.tables.map((t) => t.rows.length),
        sha256: createHash("sha256").update(JSON.stringify(s)).digest("hex").toUpperCase(),
      },
    ]),
  );
}

describe("the sample workbook, sheet by sheet", () => {
  it("of seed 7 with 600 invoices is the one pinned", () => {
    expect(digest(generateSample({ seed: 7, invoices: 600, today }))).toEqual(golden["seed 7, 600 invoices"]);
  });

  it("of the defaults (seed 1, 1,200 invoices) is the one pinned", () => {
    expect(digest(generateSample({ today }))).toEqual(golden.defaults);
  });
});
