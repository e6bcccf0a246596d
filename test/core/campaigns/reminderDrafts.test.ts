/** The reminders due as e-mail drafts: to a checked address only, the letter as the body, the statement attached. */
import { reminderDrafts } from "../../../src/core/campaigns/mailDrafts";
import { reminders } from "../../../src/core/receivables/reminders";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import { tableData } from "../../helpers/tables";

const today = dayOf(2026, 11, 27);
const s = (day: number) => serialFromDay(day);

const data = salesDataFrom([
  tableData(
    "Clients",
    ["ClientID", "Name", "Contact", "Email", "PostalCode", "Country"],
    [
      ["C-1", "Forn Puig SL", "Marta Puig", "marta@fornpuig.cat", "08001", "ES"],
      ["C-2", "Distribuciones Norte SA", null, "not an address", "48001", "ES"],
      ["C-3", "Acme Ltd", null, "ap@acme.co.uk", "SW1A", "GB"],
    ],
  ),
  tableData(
    "Invoices",
    ["InvoiceNo", "IssueDate", "ClientID", "Net", "VATRate", "VAT", "Total", "DueDate"],
    [
      ["2026-0101", s(today - 80), "C-1", 100, 0.21, 21, 121, s(today - 50)],
      ["2026-0103", s(today - 40), "C-2", 1000, 0.21, 210, 1210, s(today - 2)],
      ["2026-0104", s(today - 70), "C-3", 50, 0, 0, 50, s(today - 65)],
    ],
  ),
]);

describe("reminder e-mails", () => {
  // computed in each test, so that a mutation tool sees which test covers which line
  const draftedAndDue = () => ({ drafted: reminderDrafts(data, today), due: reminders(data, today) });

  it("go to each client due one who has a checked address, in the reminders' order; the others are listed, not lost", () => {
    const { drafted, due } = draftedAndDue();
    expect(due.map((r) => r.client.ClientID)).toEqual(["C-3", "C-1", "C-2"]);
    expect(drafted.drafts.map((d) => [d.clientId, d.to, d.toName])).toEqual([
      ["C-3", "ap@acme.co.uk", "Acme Ltd"],
      ["C-1", "marta@fornpuig.cat", "Marta Puig (Forn Puig SL)"],
    ]);
    expect(drafted.noEmail).toEqual(["C-2"]);
  });

  it("carry the letter: its first line the subject, the rest from its third line the body, the statement attached in its language", () => {
    const { drafted, due } = draftedAndDue();
    for (const draft of drafted.drafts) {
      const reminder = due.find((r) => r.client.ClientID === draft.clientId)!; // drafted from these reminders
      const lines = reminder.text.split("\n");
      expect(draft.subject).toBe(lines[0]);
      expect(draft.body).toBe(lines.slice(2).join("\n"));
      expect(draft.attachment?.language).toBe(reminder.language);
    }
    expect(drafted.drafts.map((d) => d.attachment?.language)).toEqual(["en", "ca"]);
    expect(drafted.drafts.map((d) => d.attachment?.recipient[0])).toEqual(["Acme Ltd", "Forn Puig SL"]);
  });
});
