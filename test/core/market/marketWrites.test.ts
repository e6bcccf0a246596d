/**
 * What market research writes (issue 34): the campaign log (the table made on the first send, the
 * next number after the highest, recipients past a cell's limit in a sheet of their own, read back for
 * the lift), and segments written into Clients — hers only once she confirms, none over a change made
 * meanwhile.
 */
import { XlsxWorkbook } from "../../../src/files/xlsxWorkbook";
import { dayOf } from "../../../src/core/kernel/dates";
import { logCampaign, readRecipientSheets } from "../../../src/core/market/campaignLog";
import { recipientsOf } from "../../../src/core/market/campaignLift";
import { segmentChanges, writeSegments } from "../../../src/core/market/segmentWrite";
import { readSalesData } from "../../../src/core/workbook/salesData";
import { outputTable } from "../../../src/core/workbook/output";
import type { ClientActivity } from "../../../src/core/market/rfm";

const day = dayOf(2026, 11, 30);

describe("the campaign log", () => {
  it("makes the Campaigns table on the first send and numbers the next after the highest", async () => {
    const workbook = new XlsxWorkbook();
    expect(
      await logCampaign(workbook, {
        date: day,
        name: "Tardor",
        channel: "List",
        segment: null,
        recipients: ["C-1", "C-2"],
      }),
    ).toBe("CMP-0001");
    await workbook.writeSheet({
      name: "Campaigns",
      tables: [
        outputTable("Campaigns", [
          ["CMP-0007", day - 90, "Estiu", "Email", null, 1, "C-3", null],
          ["CMP-0002", day - 60, "Primavera", "Email", null, 1, "C-4", null],
        ]),
      ],
    });
    expect(
      await logCampaign(workbook, {
        date: day,
        name: "Hivern",
        channel: "Outlook",
        segment: "Campions",
        recipients: ["C-5"],
      }),
    ).toBe("CMP-0008");
    const data = await readSalesData(workbook);
    expect(
      data.campaigns.map((c) => [c.CampaignID, c.Name, c.Channel, c.Segment, c.Recipients, c.RecipientIDs]),
    ).toEqual([
      ["CMP-0007", "Estiu", "Email", null, 1, "C-3"],
      ["CMP-0002", "Primavera", "Email", null, 1, "C-4"],
      ["CMP-0008", "Hivern", "Outlook", "Campions", 1, "C-5"],
    ]);
  });

  it("puts recipients too many for a cell in a sheet of their own, and reads them back", async () => {
    const workbook = new XlsxWorkbook();
    const many = Array.from({ length: 4_000 }, (_, i) => `C-${String(i + 1).padStart(6, "0")}`); // 4,000 × 10 characters: past 32,767
    expect(
      await logCampaign(workbook, { date: day, name: "Gran", channel: "Email", segment: null, recipients: many }),
    ).toBe("CMP-0001");
    const [campaign] = (await readSalesData(workbook)).campaigns;
    expect([campaign.Recipients, campaign.RecipientIDs, campaign.RecipientSheet]).toEqual([
      4_000,
      null,
      "Recipients CMP-0001",
    ]);
    const sheets = await readRecipientSheets(workbook, [campaign]);
    expect(recipientsOf(campaign, sheets)).toEqual(many);
    const few = { ...campaign, RecipientSheet: null, RecipientIDs: " C-1; C-2 ,C-3" };
    expect(recipientsOf(few)).toEqual(["C-1", "C-2", "C-3"]);
  });
});

describe("the campaign log at a cell's limit", () => {
  // 2,731 IDs joined by ", " make 32,770 characters; the last three characters shorter, exactly 32,767
  const ids = (last: string) => [...Array.from({ length: 2_730 }, (_, i) => `C-${String(i).padStart(8, "0")}`), last];

  it("keeps 32,767 characters of IDs in the cell and puts 32,768 in a sheet, named and headed in the language asked", async () => {
    const inCell = new XlsxWorkbook();
    await logCampaign(inCell, { date: day, name: "Just", channel: "Email", segment: null, recipients: ids("C-12345") });
    const [kept] = (await readSalesData(inCell)).campaigns;
    expect([kept.RecipientIDs?.length, kept.RecipientSheet]).toEqual([32_767, null]);

    const inSheet = new XlsxWorkbook();
    await logCampaign(
      inSheet,
      { date: day, name: "Massa", channel: "Email", segment: null, recipients: ids("C-123456") },
      "ca",
    );
    const [moved] = (await readSalesData(inSheet)).campaigns;
    expect(moved.RecipientIDs).toBeNull();
    const grid = await inSheet.readSheet(moved.RecipientSheet!);
    expect([moved.RecipientSheet, grid?.rows[0], grid?.rows.length]).toEqual([
      "Destinataris CMP-0001",
      ["Codi de client"],
      2_732,
    ]);
  });

  it("reads each recipients' sheet once, its blank cells left out, and no sheet a campaign does not name", async () => {
    const workbook = new XlsxWorkbook();
    await workbook.writeSheet({
      name: "Llista",
      tables: [{ name: "Llista", columns: [{ header: "ClientID" }], rows: [["C-1"], [null], [7], ["C-2"]] }],
    });
    const campaign = (id: string, sheet: string | null) =>
      ({ CampaignID: id, RecipientSheet: sheet, RecipientIDs: null }) as Parameters<typeof recipientsOf>[0];
    const sheets = await readRecipientSheets(workbook, [
      campaign("A", "Llista"),
      campaign("B", "Llista"),
      campaign("C", null),
    ]);
    expect([...sheets]).toEqual([["Llista", ["C-1", "7", "C-2"]]]);
  });
});

describe("segments written into Clients", () => {
  const clients = [
    ["C-1", "Forn", null], // blank: ours to fill
    ["C-2", "Serra", "Fidels"], // one of our names: ours to replace
    ["C-3", "Vidal", "Retail"], // hers
    ["C-4", "Puig", "Campions"], // already right
  ];
  const activity = ["champions", "champions", "atRisk", "champions"].map(
    (segment, i) => ({ clientId: `C-${i + 1}`, segment }) as ClientActivity,
  );
  const workbook = async () => {
    const w = new XlsxWorkbook();
    await w.writeSheet({
      name: "Clients",
      tables: [
        { name: "Clients", columns: ["ClientID", "Name", "Segment"].map((header) => ({ header })), rows: clients },
      ],
    });
    return w;
  };
  const segments = async (w: XlsxWorkbook) => (await readSalesData(w)).clients.map((c) => c.Segment);

  it("fill the blank and ours, and leave hers unless she confirms", async () => {
    const w = await workbook();
    const changes = segmentChanges(activity, (await readSalesData(w)).clients, "ca");
    expect(changes).toEqual([
      { clientId: "C-1", from: null, to: "Campions", hers: false },
      { clientId: "C-2", from: "Fidels", to: "Campions", hers: false },
      { clientId: "C-3", from: "Retail", to: "En risc", hers: true },
    ]);
    expect(await writeSegments(w, changes, false)).toEqual({ written: 2, skipped: 1, conflicts: 0 });
    expect(await segments(w)).toEqual(["Campions", "Campions", "Retail", "Campions"]);
    expect(await writeSegments(w, changes.slice(2), true)).toEqual({ written: 1, skipped: 0, conflicts: 0 });
    expect(await segments(w)).toEqual(["Campions", "Campions", "En risc", "Campions"]);
  });

  it("write nothing over a segment changed since it was read", async () => {
    const w = await workbook();
    const changes = segmentChanges(activity, (await readSalesData(w)).clients, "en");
    await w.updateRow("Clients", "ClientID", "C-1", [{ column: "Segment", from: null, to: "Hotels" }]); // she types meanwhile
    expect(await writeSegments(w, changes, false)).toEqual({ written: 2, skipped: 1, conflicts: 1 });
    expect(await segments(w)).toEqual(["Hotels", "Champions", "Retail", "Champions"]); // our Catalan names, now in English
  });
});
