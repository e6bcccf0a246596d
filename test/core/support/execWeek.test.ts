/** The week of one exec: their visits this week, quotes to follow up, late orders, requests they own, their clients' overdue invoices. */
import { execWeek } from "../../../src/core/support/execWeek";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { tableData } from "../../helpers/tables";

const friday = dayOf(2026, 11, 27); // the week runs Monday 23 to Sunday 29 November
const s = (d: number) => serialFromDay(d);
const data = salesDataFrom([
  tableData(
    "Team",
    ["ExecID", "Name"],
    [
      ["E01", "Anna Puig"],
      ["E02", "Jordi Vidal"],
    ],
  ),
  tableData(
    "Clients",
    ["ClientID", "Name", "Exec"],
    [
      ["C-1", "Forn Puig", "E01"],
      ["C-2", "Serra", "E02"],
    ],
  ),
  tableData(
    "Visits",
    ["VisitID", "ClientID", "Exec", "Scheduled", "Purpose", "Status"],
    [
      ["V-1", "C-1", "Anna Puig", s(friday - 4), "a", "Done"], // Monday, by name: hers
      ["V-2", "C-1", "E01", s(friday + 3), "b", "Planned"], // next Monday: not this week
      ["V-3", "C-2", "E02", s(friday), "c", "Planned"], // his
      ["V-4", "C-1", "E01", s(friday + 2), "d", "Cancelled"],
    ],
  ),
  tableData(
    "Quotes",
    ["QuoteID", "QuoteDate", "ClientID", "Exec", "Net", "ValidUntil", "Status"],
    [
      ["Q-1", s(friday - 20), "C-1", "E01", 100, s(friday + 10), "Sent"], // to follow up
      ["Q-2", s(friday - 5), "C-1", "E01", 100, s(friday + 10), "Sent"], // too recent
    ],
  ),
  tableData(
    "Orders",
    ["OrderID", "OrderDate", "ClientID", "Exec", "Net", "PromisedDate", "DeliveredDate", "Status"],
    [
      ["O-1", s(friday - 20), "C-1", "E01", 100, s(friday - 2), null, "Open"], // late
      ["O-2", s(friday - 20), "C-2", "E02", 100, s(friday - 2), null, "Open"], // his
    ],
  ),
  tableData(
    "Requests",
    ["TicketID", "Received", "ClientID", "Subject", "Impact", "Urgency", "Owner", "Status"],
    [
      ["T-1", s(friday - 1), "C-1", "x", "High", "High", "E01", "Open"],
      ["T-2", s(friday - 1), "C-1", "y", "High", "High", "E01", "Resolved"],
    ],
  ),
  tableData(
    "Invoices",
    ["InvoiceNo", "IssueDate", "ClientID", "Net", "VATRate", "Total", "DueDate", "Status"],
    [
      ["2026-0001", s(friday - 60), "C-1", 100, 0.21, 121, s(friday - 30), "Issued"], // overdue, her client
      ["2026-0002", s(friday - 60), "C-2", 100, 0.21, 121, s(friday - 30), "Issued"], // his client
    ],
  ),
]);

describe("the week of an exec", () => {
  it("gathers what is theirs: visits this week, quotes to follow up, late orders, open requests, overdue invoices", () => {
    const w = execWeek(data, "E01", friday);
    expect([w.from, w.to]).toEqual([friday - 4, friday + 2]);
    expect(w.visits.map((v) => v.VisitID)).toEqual(["V-1"]);
    expect(w.quotes.map((q) => q.quoteId)).toEqual(["Q-1"]);
    expect(w.lateOrders.map((o) => o.orderId)).toEqual(["O-1"]);
    expect(w.requests.map((r) => r.ticketId)).toEqual(["T-1"]);
    expect(w.overdue.map((b) => b.invoice.InvoiceNo)).toEqual(["2026-0001"]);
    expect(execWeek(data, "E02", friday).visits.map((v) => v.VisitID)).toEqual(["V-3"]);
  });

  it("keeps the week's two ends, in date order, and only invoices past due (as the aging has it) with something left to pay", () => {
    const edges = salesDataFrom([
      tableData("Team", ["ExecID", "Name"], [["E01", "Anna Puig"]]),
      tableData("Clients", ["ClientID", "Name", "Exec"], [["C-1", "Forn Puig", "E01"]]),
      tableData(
        "Visits",
        ["VisitID", "ClientID", "Exec", "Scheduled", "Purpose", "Status"],
        [
          ["V-sun", "C-1", "E01", s(friday + 2), "a", "Planned"], // Sunday: the week's last day
          ["V-mon", "C-1", "E01", s(friday - 4), "b", "Done"], // Monday: its first
          ["V-sun-before", "C-1", "E01", s(friday - 5), "c", "Done"],
          ["V-wed", "C-1", "E01", s(friday - 2), "d", "Planned"],
        ],
      ),
      tableData(
        "Invoices",
        ["InvoiceNo", "IssueDate", "ClientID", "Net", "VATRate", "Total", "DueDate", "Status"],
        [
          ["2026-0001", s(friday - 60), "C-1", 100, 0.21, 121, s(friday - 1), "Issued"], // a day past due
          ["2026-0002", s(friday - 60), "C-1", 100, 0.21, 121, s(friday), "Issued"], // due today: not yet
          ["2026-0003", s(friday - 60), "C-1", 100, 0.21, 121, s(friday - 9), "Issued"], // paid
          ["2026-0004", s(friday - 31), "C-1", 100, 0.21, 121, null, "Issued"], // no due date: a day past the 30 days' terms
          ["2026-0005", s(friday - 30), "C-1", 100, 0.21, 121, null, "Issued"], // due today by its terms: not yet
        ],
      ),
      tableData(
        "Payments",
        ["PaymentID", "PaymentDate", "InvoiceNo", "Amount", "Method", "Status"],
        [["P-00001", s(friday - 5), "2026-0003", 121, "Transfer", "Received"]],
      ),
    ]);
    const w = execWeek(edges, "E01", friday);
    expect(w.visits.map((v) => v.VisitID)).toEqual(["V-mon", "V-wed", "V-sun"]);
    expect(w.overdue.map((b) => b.invoice.InvoiceNo)).toEqual(["2026-0001", "2026-0004"]);
    expect(execWeek(edges, "E01", friday + 2).from).toBe(friday - 4); // on Sunday, still the week from Monday
  });
});
