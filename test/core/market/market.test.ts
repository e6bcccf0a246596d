/**
 * Market research's rules (issue 34), each at its edge: RFM's window and credit notes, quintiles,
 * the segment rule, churn risk at exactly twice the usual interval, opportunities, and a campaign's
 * windows and control.
 */
import fc from "fast-check";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { clientActivity } from "../../../src/core/market/rfm";
import { quintiles } from "../../../src/core/market/quintiles";
import { segmentOf, segmentNamed, segmentName } from "../../../src/core/market/segments";
import { preferenceOpportunities, regionShares } from "../../../src/core/market/opportunities";
import { campaignLifts } from "../../../src/core/market/campaignLift";
import { marketReport } from "../../../src/core/market/market";
import { tableData } from "../../helpers/tables";

const asOf = dayOf(2026, 11, 30);
const s = (d: number) => serialFromDay(d);

const clients = tableData(
  "Clients",
  ["ClientID", "Name", "Region", "Preferences", "MarketingConsent"],
  [
    ["C-1", "Forn Puig", "Girona", "Paper; Tinta", true],
    ["C-2", "Serra", "Girona", "Tinta", true],
    ["C-3", "Vidal", "Lleida", null, true],
    ["C-4", "Nou", "Lleida", "Mobles", false],
  ],
);

describe("RFM", () => {
  const data = salesDataFrom([
    clients,
    tableData(
      "Invoices",
      ["InvoiceNo", "IssueDate", "ClientID", "Net", "Status", "CreditOf"],
      [
        ["F-1", s(asOf - 365), "C-1", 500, "Paid", null], // the day before the window: recency only
        ["F-2", s(asOf - 364), "C-1", 100, "Paid", null], // the window's first day
        ["F-3", s(asOf - 10), "C-1", 200, "Issued", null],
        ["R-1", s(asOf - 2), "C-1", -50, "Issued", "F-3"], // a credit note: money down, never recent
        ["F-4", s(asOf + 1), "C-1", 999, "Issued", null], // after the day
        ["F-5", s(asOf - 200), "C-2", 300, "Paid", null],
        ["F-6", s(asOf - 1), "C-2", 300, "Draft", null], // a draft is no sale
        ["F-7", s(asOf - 5), "C-2", 300, "Cancelled", null],
        ["F-8", s(asOf - 30), "C-3", 50, "Paid", null], // first invoice 30 days ago: new
      ],
    ),
  ]);
  // computed in each test, so that a mutation tool sees which test covers which line
  const activity = () => clientActivity(data, asOf);

  it("counts invoices in the 365 days up to the day, credit notes lowering the money on their date but never making a client recent", () => {
    const [c1, c2, c3, c4] = activity();
    expect([c1.recency, c1.frequency, c1.monetary]).toEqual([10, 2, 25000]);
    expect([c2.recency, c2.frequency, c2.monetary]).toEqual([200, 1, 30000]);
    expect([c3.recency, c3.frequency, c3.monetary, c3.segment]).toEqual([30, 1, 5000, "new"]);
    expect([c4.recency, c4.frequency, c4.monetary, c4.r, c4.segment]).toEqual([null, 0, 0, null, "none"]);
  });

  it("scores among the clients who bought", () => {
    const [c1, c2, c3] = activity();
    expect([c1.r, c2.r, c3.r]).toEqual([4, 1, 2]); // of three: 1 + ⌊5 × (those below) / 3⌋
    expect([c1.f, c2.f, c3.f]).toEqual([4, 1, 1]);
    expect([c1.m, c2.m, c3.m]).toEqual([2, 4, 1]);
  });
});

describe("quintiles", () => {
  it("score 1–5, equal values alike, a higher value never lower, the top fifth 5", () => {
    expect(quintiles([10, 20, 30, 40, 50])).toEqual([1, 2, 3, 4, 5]);
    expect(quintiles([7, 7, 7])).toEqual([1, 1, 1]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 60 }), (values) => {
        const scores = quintiles(values);
        values.forEach((v, i) =>
          values.forEach((w, j) => {
            if (v === w) expect(scores[i]).toBe(scores[j]);
            if (v > w) expect(scores[i]).toBeGreaterThanOrEqual(scores[j]);
          }),
        );
        expect(scores.every((q) => q >= 1 && q <= 5)).toBe(true);
        // distinct values: the i-th lowest scores 1 + ⌊5i/n⌋, so those from 4n/5 up score 5
        if (new Set(values).size === values.length)
          expect(scores.filter((q) => q === 5).length).toBe(values.length - Math.ceil((4 * values.length) / 5));
      }),
    );
  });
});

describe("the segment rule", () => {
  it.each([
    [5, 5, 5, false, "champions"],
    [4, 4, 3, false, "champions"], // FM 3.5 rounds up to 4
    [4, 3, 3, false, "loyal"],
    [3, 3, 2, false, "loyal"],
    [3, 2, 2, false, "promising"],
    [1, 4, 4, false, "cantLose"],
    [2, 4, 4, false, "atRisk"],
    [1, 3, 3, false, "atRisk"],
    [2, 2, 2, false, "hibernating"],
    [5, 5, 5, true, "new"],
  ] as const)("R %i F %i M %i (new: %s) is %s", (r, f, m, isNew, segment) => {
    expect(segmentOf(r, f, m, isNew)).toBe(segment);
  });

  it("knows its own names in every language, and not hers", () => {
    expect(segmentNamed("  en risc ")).toBe("atRisk");
    expect(segmentNamed("Campeones")).toBe("champions");
    expect(segmentNamed("Retail")).toBeUndefined();
    expect(segmentName("cantLose", "ca")).toBe("No els podem perdre");
  });
});

describe("churn risk", () => {
  const orders = (gapsBack: number[]) =>
    salesDataFrom([
      clients,
      tableData(
        "Orders",
        ["OrderID", "OrderDate", "ClientID", "Net", "Status"],
        gapsBack.flatMap((back, i) => [
          [`O-${i}`, s(asOf - back), "C-1", 10, "Delivered"],
          [`O-${i}`, s(asOf - back), "C-1", 10, "Delivered"], // a second line of the same order
        ]),
      ),
    ]);
  const churn = (gapsBack: number[]) => clientActivity(orders(gapsBack), asOf)[0];

  it("needs three orders, and more days since the last than twice the median gap", () => {
    // orders 50, 40 and 20 days back: gaps 10 and 20, median 15; 20 days since the last
    expect(churn([50, 40, 20])).toMatchObject({
      orders: 3,
      usualInterval: 15,
      daysSinceLastOrder: 20,
      churnRisk: false,
    });
    expect(churn([60, 50, 31])).toMatchObject({ usualInterval: 14.5, daysSinceLastOrder: 31, churnRisk: true });
    expect(churn([60, 50, 30])).toMatchObject({ usualInterval: 15, daysSinceLastOrder: 30, churnRisk: false }); // exactly twice: not yet
    expect(churn([300, 100])).toMatchObject({ orders: 2, usualInterval: null, churnRisk: false });
    expect(churn([90, 10, 50, 70])).toMatchObject({ usualInterval: 20, daysSinceLastOrder: 10 }); // unsorted rows, sorted by date
    expect(churn([100, 40, 30, 5])).toMatchObject({ usualInterval: 25 }); // gaps 60, 10, 25: the median of them sorted
  });

  it("counts neither a cancelled order nor one after the day", () => {
    const data = orders([60, 50, 40]);
    data.orders.push({ ...data.orders[0], OrderID: "O-X", OrderDate: asOf - 1, Status: "Cancelled" });
    data.orders.push({ ...data.orders[0], OrderID: "O-Y", OrderDate: asOf + 1 });
    expect(clientActivity(data, asOf)[0]).toMatchObject({ orders: 3, daysSinceLastOrder: 40, churnRisk: true });
  });
});

describe("opportunities", () => {
  const data = salesDataFrom([
    clients,
    tableData(
      "Products",
      ["SKU", "Name", "Category", "UnitPrice"],
      [
        ["P-1", "Folis", "Paper", 5],
        ["T-1", "Cartutx", "Tinta", 30],
        ["M-1", "Cadira", "Mobles", 90],
      ],
    ),
    tableData(
      "Orders",
      ["OrderID", "OrderDate", "ClientID", "SKU", "Net", "Status"],
      [
        ["O-1", s(asOf - 364), "C-1", "P-1", 10, "Delivered"], // the window's first day: bought
        ["O-2", s(asOf - 365), "C-1", "T-1", 10, "Delivered"], // the day before: not
        ["O-3", s(asOf - 3), "C-2", "T-1", 10, "Cancelled"], // cancelled: not
        ["O-4", s(asOf - 3), "C-3", "T-1", 10, "Delivered"],
        ["O-5", s(asOf - 3), "C-3", "P-1", 10, "Delivered"],
      ],
    ),
  ]);

  it("lists the categories a client prefers and has not bought in 365 days", () => {
    expect(preferenceOpportunities(data, asOf).map((o) => [o.clientId, o.category])).toEqual([
      ["C-1", "Tinta"],
      ["C-2", "Tinta"],
      ["C-4", "Mobles"],
    ]);
  });

  it("gives each region's share of buyers beside the company's, under half of it far below", () => {
    const tinta = regionShares(data, asOf).filter((r) => r.category === "Tinta");
    expect(tinta.map((r) => [r.region, r.clients, r.buyers, r.share, r.companyShare, r.farBelow, r.nonBuyers])).toEqual(
      [
        ["Girona", 2, 0, 0, 0.25, true, ["C-1", "C-2"]],
        ["Lleida", 2, 1, 0.5, 0.25, false, ["C-4"]],
      ],
    );
  });
});

describe("a campaign's lift", () => {
  const day = dayOf(2026, 10, 1);
  const data = salesDataFrom([
    clients,
    tableData(
      "Campaigns",
      ["CampaignID", "Date", "Name", "RecipientIDs"],
      [["CMP-0001", s(day), "Tardor", "C-1; C-2"]],
    ),
    tableData(
      "Orders",
      ["OrderID", "OrderDate", "ClientID", "Net", "Status"],
      [
        ["O-1", s(day - 30), "C-1", 100, "Delivered"], // the first day before
        ["O-2", s(day - 31), "C-1", 999, "Delivered"], // outside
        ["O-3", s(day), "C-2", 300, "Delivered"], // its day counts after
        ["O-3", s(day), "C-2", 50, "Delivered"], // the same order's second line
        ["O-4", s(day + 29), "C-1", 100, "Delivered"], // the last day after
        ["O-5", s(day + 30), "C-1", 999, "Delivered"], // outside
        ["O-6", s(day + 5), "C-3", 70, "Delivered"], // the control (consented, not a recipient)
        ["O-7", s(day + 5), "C-4", 999, "Delivered"], // no consent: in neither group
        ["O-8", s(day + 6), "C-1", 999, "Cancelled"],
      ],
    ),
  ]);

  it("compares the recipients' 30 days after with their 30 before, against the consented clients who did not receive it", () => {
    const [lift] = campaignLifts(data, dayOf(2026, 10, 30));
    expect(lift).toMatchObject({
      campaignId: "CMP-0001",
      recipients: 2,
      before: { clients: 2, orders: 1, revenue: 10000 },
      after: { clients: 2, orders: 2, revenue: 45000 },
      controlBefore: { clients: 1, orders: 0, revenue: 0 },
      controlAfter: { clients: 1, orders: 1, revenue: 7000 },
      lift: (45000 - 10000) / 2 - 7000,
      complete: true,
      few: true,
    });
    expect(campaignLifts(data, dayOf(2026, 10, 29))[0]).toMatchObject({ complete: false, lift: null }); // running: no lift yet
    expect(campaignLifts(data, day - 1)).toEqual([]);
  });
});

describe("the market report", () => {
  it("counts the survey's answers no client was matched to, and gives every segment, clients who never bought in none", () => {
    const data = salesDataFrom([
      clients,
      tableData(
        "Survey",
        ["ResponseID", "ClientID", "Respondent", "Question", "Answer", "Score"],
        [
          ["R-1", "C-1", null, "Recomanaria?", null, 9],
          ["R-2", null, "anna@exemple.cat", "Recomanaria?", null, 3],
          ["R-3", null, "Joan", "Recomanaria?", null, 10],
        ],
      ),
    ]);
    const report = marketReport(data, asOf);
    expect(report.unmatchedAnswers).toBe(2);
    expect(report.segments.map((s) => [s.segment, s.clients, s.monetary])).toEqual([
      ["champions", 0, 0],
      ["loyal", 0, 0],
      ["promising", 0, 0],
      ["new", 0, 0],
      ["atRisk", 0, 0],
      ["cantLose", 0, 0],
      ["hibernating", 0, 0],
      ["none", 4, 0],
    ]);
  });
});
