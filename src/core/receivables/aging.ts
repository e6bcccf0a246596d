/**
 * Receivables aging (DESIGN.md): each invoice's outstanding amount as of a date, in buckets by days
 * past due (≤ 0 current, 1-30, 31-60, 61-90, 90+), per client and in total, so that the buckets add
 * up to the outstanding total; and DSO over the last N days.
 */
import type { Day } from "../kernel/dates";
import type { Cents } from "../kernel/money";
import { fromCents } from "../kernel/money";
import type { SheetOutput } from "../workbook/port";
import { invoiceBalances, invoiceTotal, type InvoiceBalance } from "./receivables";
import type { SalesData } from "../workbook/salesData";
import { AGING_SHEET, ownedSheet } from "../workbook/ownedSheets";
import { say, render, type MessageCode, type Param, type MessageLanguage } from "../kernel/messages";
import { columnLabel } from "../locale/contractNames";

export const BUCKETS = ["current", "1-30", "31-60", "61-90", "90+"] as const;
export type Bucket = (typeof BUCKETS)[number];

export function bucketOf(daysPastDue: number): Bucket {
  if (daysPastDue <= 0) return "current";
  if (daysPastDue <= 30) return "1-30";
  if (daysPastDue <= 60) return "31-60";
  if (daysPastDue <= 90) return "61-90";
  return "90+";
}

export type BucketAmounts = Record<Bucket, Cents> & { total: Cents };

export interface ClientAging extends BucketAmounts {
  clientId: string;
  name: string;
}

export interface Aging {
  asOf: Day;
  clients: ClientAging[];
  total: BucketAmounts;
  /** days sales outstanding; null when nothing was invoiced in the window */
  dso: number | null;
  dsoDays: number;
}

const empty = (): BucketAmounts => ({ current: 0, "1-30": 0, "31-60": 0, "61-90": 0, "90+": 0, total: 0 });

/** An invoice's balance as of a day with the bucket it ages in. */
export interface AgedBalance {
  balance: InvoiceBalance;
  clientId: string;
  /** the day it falls due: its DueDate, else its issue date plus the client's terms */
  due: Day;
  bucket: Bucket;
}

/**
 * Every issued invoice's balance as of a day and its bucket: the one definition of past due that the
 * aging, SALES.OVERDUE, the weekly report and the CLI share (DESIGN.md, "Receivables").
 * An invoice without a due date falls due after the client's terms (or the default terms); a credit
 * note left unapplied (a negative balance) ages by its own due date and lowers the bucket it is in.
 */
export function agedBalances(data: SalesData, asOf: Day): AgedBalance[] {
  const terms = new Map(data.clients.map((c) => [c.ClientID, c.PaymentTermsDays]));
  return invoiceBalances(data.invoices, data.payments, asOf).map((balance) => {
    const clientId = balance.invoice.ClientID;
    const due =
      balance.invoice.DueDate ?? balance.invoice.IssueDate + (terms.get(clientId) ?? data.settings.paymentTermsDays);
    return { balance, clientId, due, bucket: bucketOf(asOf - due) };
  });
}

/** Outstanding amounts past due as of a day (everything aged beyond "current"), for everyone or one client. */
export function overdueAsOf(aged: readonly AgedBalance[], clientId?: string): Cents {
  let total = 0;
  for (const a of aged)
    if (a.bucket !== "current" && (clientId === undefined || a.clientId === clientId)) total += a.balance.outstanding;
  return total;
}

export function agingAsOf(data: SalesData, asOf: Day, dsoDays = 90): Aging {
  const names = new Map(data.clients.map((c) => [c.ClientID, c.Name ?? c.ClientID]));
  const perClient = new Map<string, BucketAmounts>();
  const total = empty();
  for (const { balance: b, clientId: client, bucket } of agedBalances(data, asOf)) {
    if (b.outstanding === 0) continue;
    let row = perClient.get(client);
    if (!row) perClient.set(client, (row = empty()));
    row[bucket] += b.outstanding;
    row.total += b.outstanding;
    total[bucket] += b.outstanding;
    total.total += b.outstanding;
  }
  let sales = 0;
  for (const i of data.invoices) {
    if (i.Status === "Draft" || i.Status === "Cancelled" || i.IssueDate === null) continue;
    if (i.IssueDate > asOf - dsoDays && i.IssueDate <= asOf) sales += invoiceTotal(i);
  }
  const clients = [...perClient]
    .map(([clientId, amounts]) => ({ clientId, name: names.get(clientId) ?? clientId, ...amounts }))
    .sort((a, b) => b.total - a.total || a.clientId.localeCompare(b.clientId));
  return {
    asOf,
    clients,
    total,
    dso: sales > 0 ? Math.round((total.total / sales) * dsoDays * 10) / 10 : null,
    dsoDays,
  };
}

/** The aging as a sheet in the language asked: its name, title and headers (the client's code in her words too). */
export function agingSheet(aging: Aging, language: MessageLanguage = "en"): SheetOutput {
  const word = (code: MessageCode, params: Record<string, Param> = {}) => render(say(code, params), language);
  const money = BUCKETS.map((b) => ({ header: word(`aging.bucket.${b}`), format: "money" as const }));
  const cells = (a: BucketAmounts) => [...BUCKETS.map((b) => fromCents(a[b])), fromCents(a.total)];
  return {
    ...ownedSheet(AGING_SHEET, language),
    title: word("aging.title", { date: { day: aging.asOf }, dso: aging.dso, n: aging.dsoDays }),
    tables: [
      {
        name: "Aging",
        columns: [
          { header: language === "en" ? "ClientID" : columnLabel("ClientID", language) },
          { header: word("aging.client") },
          ...money,
          { header: word("aging.total"), format: "money" },
        ],
        rows: aging.clients.map((c) => [c.clientId, c.name, ...cells(c)]),
      },
      {
        name: "AgingTotal",
        columns: [...money, { header: word("aging.total"), format: "money" }, { header: "DSO", format: "number" }],
        rows: [[...cells(aging.total), aging.dso]],
      },
    ],
  };
}
