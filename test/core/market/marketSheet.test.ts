/**
 * The market research sheet in each language (issue 35): its title, every table's name, headers and
 * formats, and the first rows of each, pinned against test/fixtures/reports/market-sheet.json (read it to
 * review the words), over the sample workbook of seed 3; and a client's segment as SALES.SEGMENT says it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { marketReport } from "../../../src/core/market/market";
import { marketSheet } from "../../../src/core/market/marketSheet";
import { segmentFigure } from "../../../src/core/market/segmentFigure";
import { clientActivity } from "../../../src/core/market/rfm";
import { segmentName } from "../../../src/core/market/segments";
import { Snapshot } from "../../../src/core/sales/figures";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import { MESSAGE_LANGUAGES } from "../../../src/core/kernel/messages";
import { sampleTables } from "../../helpers/sampleTables";

const today = dayOf(2026, 11, 27);
const GOLDEN = path.join(__dirname, "../../fixtures/reports/market-sheet.json");

/** The sample as its tables, dates as Excel's serials. */
const sampleData = () => salesDataFrom(sampleTables(3, 300, today));

/** The sheet in each language, each table's first five rows. */
function marketSheets() {
  const report = marketReport(sampleData(), today);
  return Object.fromEntries(
    MESSAGE_LANGUAGES.map((language) => {
      const sheet = marketSheet(report, language);
      const tables = sheet.tables.map((t) => ({ ...t, rows: t.rows.slice(0, 5) }));
      return [language, JSON.parse(JSON.stringify({ ...sheet, tables }))];
    }),
  );
}

describe("the market sheet", () => {
  it("says in each language what test/fixtures/reports/market-sheet.json says", () => {
    expect(marketSheets()).toEqual(JSON.parse(readFileSync(GOLDEN, "utf8")));
  });

  it("names a client's segment in the display language as of a day, as the RFM of that day has it", () => {
    const data = sampleData();
    const snapshot = new Snapshot(data);
    const [first] = clientActivity(data, today).filter((a) => a.segment !== "none");
    for (const language of MESSAGE_LANGUAGES)
      expect(segmentFigure(snapshot, first.clientId, null, today, language)).toBe(segmentName(first.segment, language));
    const earlier = clientActivity(data, today - 400).find((a) => a.clientId === first.clientId)!;
    expect(segmentFigure(snapshot, first.clientId, serialFromDay(today - 400), today, "en")).toBe(
      segmentName(earlier.segment, "en"),
    );
    expect(() => segmentFigure(snapshot, "C-9999", null, today, "en")).toThrow(/C-9999/);
  });
});
