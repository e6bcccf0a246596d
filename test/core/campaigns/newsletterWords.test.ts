/**
 * Every sentence of the newsletter (issue 35), in the three languages and both editions, for periods
 * that reach each branch — growth and fall, a target or none, orders or none, one, several or no new
 * clients (named with consent, counted without), one, several or no visits, one request or several, with
 * or without the days to resolve them — pinned against test/fixtures/letters/newsletters.txt (read it to
 * review them).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { draftNewsletter, type Edition, type NewsLanguage } from "../../../src/core/campaigns/newsletter";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import { SaidError } from "../../../src/core/kernel/messages";
import { tableData } from "../../helpers/tables";

const s = (y: number, m: number, d: number) => serialFromDay(dayOf(y, m, d));
const GOLDEN = path.join(__dirname, "../../fixtures/letters/newsletters.txt");

const data = () =>
  salesDataFrom([
    tableData(
      "Clients",
      ["ClientID", "Name", "City", "MarketingConsent"],
      [
        ["C-1", "Forn Sant Pere", "Girona", true],
        ["C-2", "Secret Holdings", "Reus", false],
        ["C-3", "Old Friend SL", null, true],
        ["C-4", "Quiet SA", "Vic", null],
        ["C-5", "Nova Fleca", "Olot", true],
      ],
    ),
    tableData(
      "Team",
      ["ExecID", "Name"],
      [
        ["E01", "Anna Puig"],
        ["E02", "Joan Vidal"],
      ],
    ),
    tableData(
      "Products",
      ["SKU", "Name", "Category", "UnitPrice"],
      [
        ["P1", "Pa de pagès", "Fleca", 3],
        ["P2", "Coca de recapte", "Pastisseria", 9],
        ["P3", null, null, 2],
        ["P4", "Ensaïmada", "Pastisseria", 4],
      ],
    ),
    tableData(
      "Targets",
      ["Period", "Exec", "RevenueTarget"],
      [
        ["2026-11", "E01", 2000],
        ["2026-11", "E02", 500],
      ],
    ),
    tableData(
      "Invoices",
      ["InvoiceNo", "IssueDate", "ClientID", "Exec", "Net", "VAT", "Total", "CreditOf"],
      [
        ["2026-0001", s(2026, 10, 5), "C-3", "E01", 1000, 210, 1210, null],
        ["2026-0002", s(2026, 11, 3), "C-1", "E01", 1500, 315, 1815, null],
        ["2026-0003", s(2026, 11, 10), "C-2", "E02", 500, 105, 605, null],
        ["2026-0004", s(2026, 11, 12), "C-3", "E01", 200, 42, 242, null],
        ["2026-0005", s(2026, 11, 13), "C-4", "E01", 100, 21, 121, null],
        ["R-2026-0001", s(2026, 9, 3), "C-5", "E01", -50, -10.5, -60.5, "2026-0009"],
        ["2026-0006", s(2026, 12, 1), "C-5", "E02", 300, 63, 363, null],
      ],
    ),
    tableData(
      "Orders",
      ["OrderID", "OrderDate", "ClientID", "SKU", "Net", "Status"],
      [
        ["O1", s(2026, 11, 2), "C-1", "P1", 1000, null],
        ["O1", s(2026, 11, 2), "C-1", "P2", 500, null],
        ["O2", s(2026, 11, 9), "C-2", "P4", 600, null],
        ["O3", s(2026, 11, 9), "C-2", "P3", 50, null],
        ["O4", s(2026, 11, 19), "C-2", "P1", 5000, "Cancelled"],
        ["O5", s(2026, 12, 2), "C-5", "P9", 70, null],
      ],
    ),
    tableData(
      "Visits",
      ["VisitID", "ClientID", "Scheduled", "Status"],
      [
        ["V1", "C-2", s(2026, 12, 3), "Planned"],
        ["V2", "C-1", s(2026, 12, 10), "Planned"],
        ["V3", "C-3", s(2026, 12, 30), "Planned"],
        ["V4", "C-1", s(2026, 12, 31), "Planned"], // 31 days after the end of November: not ahead
        ["V5", "C-1", s(2026, 11, 3), "Done"],
        ["V6", "C-4", s(2026, 11, 20), "Planned"],
      ],
    ),
    tableData(
      "Requests",
      ["TicketID", "Received", "ClientID", "Subject", "Status", "Resolved"],
      [
        ["T1", s(2026, 11, 4), "C-1", "Late delivery", "Resolved", s(2026, 11, 6)],
        ["T2", s(2026, 11, 20), "C-2", "Invoice copy", "Closed", s(2026, 11, 21)],
        ["T3", s(2026, 11, 21), "C-2", "Invoice copy", "Open", null],
        ["T4", s(2026, 10, 7), "C-3", "Price", "Open", null],
      ],
    ),
  ]);

function newsletterText(period: string, language: NewsLanguage, edition: Edition): string {
  const r = draftNewsletter(data(), period, language, undefined, edition);
  if (!r.ok) throw new SaidError(r.error);
  const n = r.value;
  const sections = n.sections.map((s) =>
    [`## ${s.heading}`, ...s.paragraphs, ...(s.table ?? []).map((row) => `| ${row.join(" | ")} |`)].join("\n"),
  );
  return [`=== ${period}, ${language}, ${edition} ===`, `# ${n.title}`, ...sections, ""]
    .join("\n")
    .replace(/\u00a0/g, " ");
}

describe("the newsletter's words", () => {
  it("say in each language and edition what test/fixtures/letters/newsletters.txt says, for months that reach each branch", () => {
    const text = ["2026-10", "2026-11", "2026-12"]
      .flatMap((period) =>
        (["ca", "es", "en"] as NewsLanguage[]).flatMap((language) =>
          (["internal", "client"] as Edition[]).map((edition) => newsletterText(period, language, edition)),
        ),
      )
      .join("\n");
    expect(text).toBe(readFileSync(GOLDEN, "utf8"));
  });
});
