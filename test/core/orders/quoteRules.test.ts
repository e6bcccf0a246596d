/**
 * Quotes followed up, each rule at its edge (issue 35): a quote's lines taken together (its earliest date,
 * the first exec and status given, the latest validity or the default), open through its last valid day,
 * expired after it, followed up from 14 days, won over decided in a window both ends included.
 */
import {
  isExpiredQuote,
  isOpenQuote,
  quoteFollowUp,
  quotesOf,
  toFollowUp,
  winRate,
} from "../../../src/core/orders/quotes";
import { dayOf } from "../../../src/core/kernel/dates";
import type { Quote } from "../../../src/core/workbook/contract";

const day = dayOf(2026, 11, 2);
const line = (fields: Partial<Quote>) =>
  ({
    QuoteID: "Q-1",
    QuoteDate: day,
    ClientID: "C-1",
    Exec: null,
    SKU: "A",
    Quantity: 1,
    UnitPrice: 100,
    Discount: null,
    Net: null,
    ValidUntil: null,
    Status: null,
    ...fields,
  }) as Quote;

describe("quotes followed up, at their edges", () => {
  it("take a quote's lines together: the earliest date, the first exec and status given, the latest validity, else the default", () => {
    const [q, r] = quotesOf(
      [
        line({ QuoteDate: day + 1, ValidUntil: day + 10 }),
        line({ QuoteDate: day, Exec: "E02", ValidUntil: day + 20, Status: "Sent" }),
        line({ Exec: "E03", Status: "Accepted", Net: 5 }),
        line({ QuoteID: "Q-2", QuoteDate: day + 3 }),
      ],
      30,
    );
    expect([q.quoteId, q.quoteDate, q.exec, q.status, q.validUntil, q.net, q.lines.length]).toEqual([
      "Q-1",
      day,
      "E02",
      "Sent",
      day + 20,
      205,
      3,
    ]);
    expect([r.quoteId, r.exec, r.status, r.validUntil]).toEqual(["Q-2", null, "Draft", day + 33]);
  });

  it("are open through their last valid day and expired after it, drafts and sent ones only; followed up from 14 days after", () => {
    const [sent] = quotesOf([line({ Status: "Sent", ValidUntil: day + 30 })], 30);
    const [accepted] = quotesOf([line({ Status: "Accepted", ValidUntil: day + 30 })], 30);
    expect([
      isOpenQuote(sent, day + 30),
      isOpenQuote(sent, day + 31),
      isExpiredQuote(sent, day + 30),
      isExpiredQuote(sent, day + 31),
    ]).toEqual([true, false, false, true]);
    expect([isOpenQuote(accepted, day), isExpiredQuote(accepted, day + 31)]).toEqual([false, false]);
    expect([toFollowUp(sent, day + 13), toFollowUp(sent, day + 14), toFollowUp(sent, day + 31)]).toEqual([
      false,
      true,
      false,
    ]);
    const [draft] = quotesOf([line({ Status: "Draft", ValidUntil: day + 30 })], 30);
    expect(toFollowUp(draft, day + 20)).toBe(false);
  });

  it("win over those decided in the window, both ends included: accepted, rejected, expired, or sent and past their validity", () => {
    const quotes = quotesOf(
      [
        line({ QuoteID: "A", QuoteDate: day, Status: "Accepted" }),
        line({ QuoteID: "B", QuoteDate: day + 9, Status: "Rejected" }),
        line({ QuoteID: "C", QuoteDate: day + 5, Status: "Expired" }),
        line({ QuoteID: "D", QuoteDate: day + 5, Status: "Sent", ValidUntil: day + 19 }),
        line({ QuoteID: "E", QuoteDate: day + 5, Status: "Sent", ValidUntil: day + 20 }),
        line({ QuoteID: "F", QuoteDate: day + 5, Status: "Draft", ValidUntil: day + 6 }),
        line({ QuoteID: "G", QuoteDate: day - 1, Status: "Accepted" }),
        line({ QuoteID: "H", QuoteDate: day + 10, Status: "Accepted" }),
      ],
      30,
    );
    expect(winRate(quotes, day, day + 9, day + 20)).toEqual({
      from: day,
      to: day + 9,
      accepted: 1,
      decided: 4,
      rate: 0.25,
    });
    expect(winRate(quotes, day + 20, day + 29, day + 20).rate).toBeNull();
  });

  it("list the open soonest to expire first (by number when equal), the expired, the pipeline and the 90 days' win rate", () => {
    const asOf = day + 10;
    const follow = quoteFollowUp(
      [
        line({ QuoteID: "Q-3", Status: "Sent", ValidUntil: day + 20, Net: 30 }),
        line({ QuoteID: "Q-2", Status: "Sent", ValidUntil: day + 15, Net: 20 }),
        line({ QuoteID: "Q-1", Status: "Draft", ValidUntil: day + 15, Net: 10 }),
        line({ QuoteID: "Q-4", Status: "Sent", ValidUntil: day + 9, Net: 40 }),
        line({ QuoteID: "Q-5", QuoteDate: day - 89 + 10 - 1, Status: "Accepted", Net: 50 }),
        line({ QuoteID: "Q-6", QuoteDate: day - 89 + 10, Status: "Accepted", Net: 60 }),
      ],
      30,
      asOf,
    );
    expect(follow.open.map((q) => q.quoteId)).toEqual(["Q-1", "Q-2", "Q-3"]);
    expect(follow.expired.map((q) => q.quoteId)).toEqual(["Q-4"]);
    expect(follow.pipeline).toBe(60); // cents: the Draft, and the two sent ones still valid
    expect([follow.winRate.from, follow.winRate.accepted, follow.winRate.decided]).toEqual([asOf - 89, 1, 2]);
  });
});
