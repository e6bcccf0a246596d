/**
 * Payment reminders (issue 35): every letter's words pinned against test/fixtures/letters/reminders.txt
 * (read it to review them), and the plan's rules at their edges: what is reminded, the order of the
 * invoices, which reminders sent count, the last one, how long a client waits, the level.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  letterLanguage,
  letterParts,
  letterText,
  reminderPlan,
  type LetterLanguage,
  type OverdueInvoice,
} from "../../../src/core/receivables/reminders";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import type { Client } from "../../../src/core/workbook/contract";
import type { Cell } from "../../../src/core/workbook/port";
import { tableData } from "../../helpers/tables";

const today = dayOf(2026, 11, 27);
const s = (day: number) => serialFromDay(day);
const GOLDEN = path.join(__dirname, "../../fixtures/letters/reminders.txt");

describe("a reminder's letter", () => {
  const overdue = (invoiceNo: string, days: number, outstanding: number): OverdueInvoice => ({
    invoiceNo,
    dueDate: today - days,
    daysPastDue: days,
    outstanding,
  });
  const two = [overdue("2026-0101", 50, 121_00), overdue("2026-0102", 10, 1_242_50)];
  const client = (Contact: string | null) => ({ ClientID: "C-1", Name: "Forn Puig SL", Contact }) as Client;
  const cases: [level: number, invoices: OverdueInvoice[], contact: string | null][] = [
    [1, two.slice(0, 1), "Marta Puig"],
    [1, two, null],
    [2, two.slice(0, 1), null],
    [2, two, "Marta Puig"],
    [3, two.slice(0, 1), null],
    [3, two, null],
    [4, two.slice(0, 1), "Marta Puig"],
    [5, two, null],
  ];

  it("says in each language, for each level and for one invoice or several, what test/fixtures/letters/reminders.txt says", () => {
    const letters = (["ca", "es", "en"] as LetterLanguage[]).flatMap((language) =>
      cases.map(([level, invoices, contact]) => {
        const total = invoices.reduce((n, i) => n + i.outstanding, 0);
        const text = letterText(letterParts(language, level, client(contact), invoices, total, "EUR"));
        return `=== ${language}, level ${level}, ${invoices.length} invoice(s) ===\n${text.replace(/\u00a0/g, " ")}\n`;
      }),
    );
    expect(letters.join("\n")).toBe(readFileSync(GOLDEN, "utf8"));
  });

  it("is Catalan for Andorra and for a Catalan or Balearic postcode in Spain, Spanish elsewhere in Spain, English abroad or unknown", () => {
    const c = (Country: string | null, PostalCode: string | null) => ({ Country, PostalCode }) as Client;
    expect(
      [
        c("AD", null),
        c("ES", "43001"),
        c("ES", "25001"),
        c("ES", null),
        c("FR", "17000"),
        c(null, "28001"),
        c(null, null),
        c("PT", null),
      ].map(letterLanguage),
    ).toEqual(["ca", "ca", "ca", "es", "en", "en", "en", "en"]);
  });
});

describe("the reminder plan, at its edges", () => {
  // thresholds 15, 30, 45, 60 days; a reminder gap of 7 days (the defaults)
  function data(invoices: Cell[][], sent: Cell[][] = [], payments: Cell[][] = []) {
    return salesDataFrom([
      tableData("Clients", ["ClientID", "Name", "Country"], [["C-1", "Forn Puig SL", "ES"]]),
      tableData(
        "Invoices",
        ["InvoiceNo", "IssueDate", "ClientID", "Net", "VATRate", "VAT", "Total", "DueDate"],
        invoices,
      ),
      tableData("Payments", ["PaymentID", "PaymentDate", "InvoiceNo", "Amount", "Status"], payments),
      tableData("Settings", ["Setting", "Value"], [["ReminderDays", "15, 30, 45, 60"]]),
      tableData("Reminders", ["Sent", "ClientID", "InvoiceNo", "Level", "Channel"], sent),
    ]);
  }
  const invoice = (no: string, daysLate: number | null, client: string | null = "C-1", total = 100): Cell[] => [
    no,
    s(today - 90),
    client,
    total,
    0,
    0,
    total,
    daysLate === null ? null : s(today - daysLate),
  ];
  const plan = (d: ReturnType<typeof data>) =>
    reminderPlan(d, today).map((r) => ({
      client: r.client.ClientID,
      level: r.level,
      invoices: r.invoices.map((i) => i.invoiceNo),
      lastLevel: r.lastLevel,
      lastSent: r.lastSent,
      waitUntil: r.waitUntil,
    }));

  it("reminds an invoice from exactly the first threshold, owed and with a client, the latest first; one without a due date past the client's terms", () => {
    const d = data(
      [
        invoice("F1", 14),
        invoice("F2", 15),
        invoice("F3", 40),
        invoice("F4", 90, null),
        invoice("F5", null), // issued 90 days ago, no due date: due after the 30 days' terms, 60 days late
        invoice("F6", 70),
        invoice("F7", 70),
        invoice("F8", 70),
      ],
      [],
      [
        ["P-1", s(today - 1), "F6", 100, "Received"], // paid in full: nothing owed
        ["P-2", s(today - 1), "F7", 150, "Received"], // paid beyond: owed less than nothing
      ],
    );
    expect(plan(d)).toEqual([
      { client: "C-1", level: 4, invoices: ["F8", "F5", "F3", "F2"], lastLevel: null, lastSent: null, waitUntil: null },
    ]);
  });

  it("levels by the thresholds reached, exactly at each, and by the last level sent for those invoices", () => {
    const level = (days: number, sent: Cell[][] = []) =>
      reminderPlan(data([invoice("F1", days)], sent), today)[0].level;
    expect([15, 29, 30, 44, 45, 59, 60, 200].map((days) => level(days))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(level(16, [[s(today - 8), "C-1", "F1", 2, "Email"]])).toBe(3);
  });

  it("counts the reminders sent up to the day for the invoices owed, the highest level as the last level, and waits the gap after the latest", () => {
    const sent = [
      [s(today - 6), "C-1", "F1", 1, "Email"],
      [s(today - 3), "C-1", "F1", 1, "Email"],
      [s(today - 3), "C-1", "F1", 2, "Letter"],
      [s(today - 3), "C-1", "F1", 1, "Email"],
      [s(today + 1), "C-1", "F1", 3, "Email"], // written ahead: not sent yet
      [s(today - 1), "C-1", "F9", 3, "Email"], // an invoice not owed
      [s(today - 1), "C-2", "F1", 3, "Email"], // another client's
    ];
    expect(plan(data([invoice("F1", 20)], sent))).toEqual([
      { client: "C-1", level: 3, invoices: ["F1"], lastLevel: 2, lastSent: today - 3, waitUntil: today + 4 },
    ]);
    const onTheDay = plan(data([invoice("F1", 20)], [[s(today), "C-1", "F1", 1, "Email"]]));
    expect(onTheDay[0]).toMatchObject({ level: 2, lastLevel: 1, lastSent: today, waitUntil: today + 7 });
    const longAgo = plan(data([invoice("F1", 20)], [[s(today - 7), "C-1", "F1", 1, "Email"]]));
    expect(longAgo[0]).toMatchObject({ level: 2, lastSent: today - 7, waitUntil: null });
  });

  it("reminds a client the invoices name but the Clients table lacks, under its ID and nothing else", () => {
    const [r] = reminderPlan(data([invoice("F1", 20, "C-9")]), today);
    expect([r.client.ClientID, r.client.Name, r.client.Email, r.client.Country, r.language]).toEqual([
      "C-9",
      "C-9",
      null,
      null,
      "en",
    ]);
  });
});
