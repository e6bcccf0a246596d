/**
 * Issuing invoices and credit notes (DESIGN.md: numbers sequential per series, no gaps, no
 * duplicates). The number is taken, and the rules checked again, from the invoice log as it stands
 * when the row is written (the port's appendRow), so two panes or a co-author never share a number.
 */
import type { Invoice, RawRecordOf } from "../workbook/contract";
import { Day, dayOf, partsOf } from "../kernel/dates";
import { Cents, fromCents, vatOf, roundHalfAway, surchargeRate, toCents } from "../kernel/money";
import { formatDocumentNumber, nextDocumentNumber, sequencesOf } from "../kernel/numbering";
import { Problem, problem } from "../workbook/problems";
import { invoiceBalances, invoiceTotal } from "../receivables/receivables";
import { fail, ok, Result } from "../kernel/result";
import type { SalesData } from "../workbook/salesData";
import { Refusal, type Cell, type OutputCell, type RowValues, type WorkbookPort } from "../workbook/port";
import { say } from "../kernel/messages";

/** Gaps, duplicates and malformed numbers in each year's series of the log, in one pass over it: problems of the Invoices table. */
export function numberingProblems(
  pattern: string,
  invoices: readonly { InvoiceNo: string | null; IssueDate: Day | null }[],
  sheet = "Invoices",
): Problem[] {
  const problems: Problem[] = [];
  const byYear = new Map<number, (string | null)[]>();
  for (const i of invoices) {
    if (i.IssueDate === null) continue;
    const year = partsOf(i.IssueDate).year;
    byYear.set(year, [...(byYear.get(year) ?? []), i.InvoiceNo]);
  }
  for (const [year, numbers] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const { used, malformed } = sequencesOf(pattern, year, numbers);
    for (const m of malformed)
      problems.push(problem(sheet, null, "InvoiceNo", "error", say("numbering.notInSeries", { number: m })));
    const seen = new Set<number>();
    for (const n of used) {
      if (seen.has(n))
        problems.push(
          problem(
            sheet,
            null,
            "InvoiceNo",
            "error",
            say("numbering.twice", { number: formatDocumentNumber(pattern, year, n) }),
          ),
        );
      seen.add(n);
    }
    const gaps = missingNumbers([...seen].sort((a, b) => a - b));
    if (gaps.count > 0) {
      const shown = gaps.first.map((n) => formatDocumentNumber(pattern, year, n));
      problems.push(
        problem(
          sheet,
          null,
          "InvoiceNo",
          "warning",
          gaps.count > shown.length
            ? say("numbering.gapsMore", { year: String(year), numbers: shown, n: gaps.count - shown.length })
            : say("numbering.gaps", { year: String(year), numbers: shown }),
        ),
      );
    }
  }
  return problems;
}

/** The numbers missing below the highest of a sorted list: how many, and the first ten (never all of them listed). */
function missingNumbers(sorted: readonly number[]): { count: number; first: number[] } {
  let [count, previous] = [0, 0];
  const first: number[] = [];
  for (const n of sorted) {
    for (let m = previous + 1; m < n && first.length < 10; m++) first.push(m);
    count += n - previous - 1;
    previous = n;
  }
  return { count, first };
}

/** Whether an invoice invoices its order: a credit note does not, nor does a cancelled invoice (the order may be invoiced again). */
const invoices = (i: Invoice) => i.CreditOf === null && i.Status !== "Cancelled";

/** The orders already invoiced: the ones an invoice of their own (not cancelled, not a credit note) names. */
export function invoicedOrders(data: SalesData): Set<string> {
  return new Set(data.invoices.flatMap((i) => (i.OrderID !== null && invoices(i) ? [i.OrderID] : [])));
}

export interface IssueRequest {
  clientId: string;
  issueDate: Day;
  /** invoice an order: its lines' Net and their products' VAT rates */
  orderId?: string;
  /** or an amount and a rate typed in */
  net?: Cents;
  vatRate?: number;
}

export interface CreditRequest {
  creditOf: string;
  issueDate: Day;
  /** the part of the original's outstanding amount to credit, incl. VAT (default: all of it) */
  total?: Cents;
  /** why it is rectified (a return, a discount, an error): the credit note's document says it */
  reason?: string;
}

/**
 * The recargo de equivalencia an invoice charged: what its total holds beyond its net and VAT, when that
 * is the surcharge of its rate (to the cent); a total that is off by something else holds none.
 */
export function surchargeOf(invoice: Pick<RawRecordOf<"Invoices">, "Net" | "VAT" | "Total" | "VATRate">): Cents {
  if (invoice.Total === null || invoice.Net === null || invoice.VAT === null) return 0;
  const rest = invoice.Total - invoice.Net - invoice.VAT;
  return rest !== 0 && Math.abs(rest - vatOf(invoice.Net, surchargeRate(invoice.VATRate ?? 0))) <= 1 ? rest : 0;
}

/** An invoice ready to be numbered: every contract column but InvoiceNo. */
export type InvoiceDraft = Omit<Invoice, "InvoiceNo">;

export function draftInvoice(data: SalesData, request: IssueRequest): Result<InvoiceDraft> {
  const client = data.clients.find((c) => c.ClientID === request.clientId);
  if (!client) return fail("invoice.noClient", { client: request.clientId });
  let net = request.net;
  let rate = request.vatRate;
  let exec = client.Exec;
  if (request.orderId) {
    const lines = data.orders.filter((o) => o.OrderID === request.orderId);
    if (lines.length === 0) return fail("invoice.noOrder", { order: request.orderId });
    if (lines.some((l) => l.ClientID !== client.ClientID))
      return fail("invoice.otherClientsOrder", { order: request.orderId });
    const invoiced = data.invoices.find((i) => i.OrderID === request.orderId && invoices(i));
    if (invoiced) return fail("invoice.orderInvoiced", { order: request.orderId, invoice: invoiced.InvoiceNo });
    const rates = new Set(
      lines.map((l) => data.products.find((p) => p.SKU === l.SKU)?.VATRate ?? data.settings.vatRate),
    );
    if (rates.size > 1)
      return fail("invoice.mixedRates", { order: request.orderId, rates: [...rates].map((r) => `${r * 100} %`) });
    net ??= lines.reduce((sum, l) => sum + (l.Net ?? 0), 0);
    rate ??= [...rates][0];
    exec = lines[0].Exec ?? exec;
  }
  if (net === undefined || net <= 0) return fail("invoice.positiveNet");
  rate ??= data.settings.vatRate;
  if (!(rate >= 0 && rate < 1)) return fail("invoice.notVatRate", { rate });
  const vat = vatOf(net, rate);
  // a client under the recargo de equivalencia pays the surcharge too: in the Total, beside the VAT
  const surcharge = client.EquivalenceSurcharge === true ? vatOf(net, surchargeRate(rate)) : 0;
  const terms = client.PaymentTermsDays ?? data.settings.paymentTermsDays;
  return ok({
    IssueDate: request.issueDate,
    ClientID: client.ClientID,
    Exec: exec,
    OrderID: request.orderId ?? null,
    Net: net,
    VATRate: rate,
    VAT: vat,
    Total: net + vat + surcharge,
    Currency: data.settings.currency,
    DueDate: request.issueDate + terms,
    Status: "Issued",
    CreditOf: null,
    Reason: null,
  });
}

/** A credit note: the original's client and rate, negative amounts, never more than it still owes. */
export function draftCreditNote(data: SalesData, request: CreditRequest): Result<InvoiceDraft> {
  const original = data.invoices.find((i) => i.InvoiceNo === request.creditOf);
  if (!original) return fail("credit.noInvoice", { invoice: request.creditOf });
  if (original.CreditOf !== null) return fail("credit.ofCredit", { invoice: request.creditOf });
  const balance = invoiceBalances(
    [original, ...data.invoices.filter((i) => i.CreditOf === original.InvoiceNo)],
    data.payments,
    request.issueDate,
  )[0];
  const creditable = balance ? invoiceTotal(original) + balance.credited : invoiceTotal(original);
  const total = request.total ?? creditable;
  if (total <= 0) return fail("credit.nothingLeft", { invoice: request.creditOf });
  if (total > creditable)
    return fail("credit.atMost", {
      invoice: request.creditOf,
      most: { cents: creditable, currency: original.Currency ?? data.settings.currency },
    });
  const rate = original.VATRate ?? 0;
  // The credit's VAT (and surcharge, where the original had one) is its part of the total, rounded to the cent; the net is the rest.
  const surcharge = surchargeOf(original) !== 0 ? surchargeRate(rate) : 0;
  const vat = roundHalfAway((total * rate) / (1 + rate + surcharge));
  const recargo = roundHalfAway((total * surcharge) / (1 + rate + surcharge));
  return ok({
    IssueDate: request.issueDate,
    ClientID: original.ClientID,
    Exec: original.Exec,
    OrderID: original.OrderID,
    Net: -(total - vat - recargo),
    VATRate: rate,
    VAT: -vat,
    Total: -total,
    Currency: original.Currency ?? data.settings.currency,
    DueDate: null,
    Status: "Issued",
    CreditOf: original.InvoiceNo,
    Reason: request.reason?.trim() || null,
  });
}

const MONEY = new Set(["Net", "VAT", "Total"]);

/** The row to append: the next number of the draft's year taken from the log as it is now, amounts in euros. */
export function numberAndRow(
  pattern: string,
  draft: InvoiceDraft,
  numbers: readonly Cell[],
): Record<string, OutputCell> {
  const year = partsOf(draft.IssueDate ?? dayOf(1970, 1, 1)).year;
  const row: Record<string, OutputCell> = { InvoiceNo: nextDocumentNumber(pattern, year, numbers) };
  for (const [column, value] of Object.entries(draft))
    row[column] = MONEY.has(column) && typeof value === "number" ? fromCents(value) : value;
  return row;
}

/** The Invoices columns the write-time rules read. */
const RULE_COLUMNS = ["OrderID", "CreditOf", "Status", "Total"] as const;

/**
 * The rules of `draftInvoice`/`draftCreditNote` that another writer could break between the pane's
 * read and the write, checked again against the log as it stands when the row is written: an order
 * invoiced once, a credit note never more than its original still owes.
 */
export function checkAgainstLog(draft: InvoiceDraft, log: readonly RowValues[]): void {
  const text = (v: Cell) => (v === null ? null : String(v));
  if (draft.OrderID !== null && draft.CreditOf === null) {
    const taken = log.find((r) => text(r.OrderID) === draft.OrderID && r.CreditOf === null && r.Status !== "Cancelled");
    if (taken)
      throw new Refusal(
        say("invoice.invoicedMeanwhile", { order: draft.OrderID, invoice: String(text(taken.InvoiceNo)) }),
      );
  }
  if (draft.CreditOf !== null) {
    const original = log.find((r) => text(r.InvoiceNo) === draft.CreditOf);
    if (!original) throw new Refusal(say("credit.originalGone", { invoice: draft.CreditOf }));
    const amount = (v: Cell) => (typeof v === "number" ? toCents(v) : 0);
    const creditable = log
      .filter((r) => text(r.CreditOf) === draft.CreditOf)
      .reduce((left, r) => left + amount(r.Total), amount(original.Total));
    if (-(draft.Total ?? 0) > creditable) {
      throw new Refusal(
        say("credit.atMostNow", {
          invoice: draft.CreditOf,
          most: { cents: Math.max(0, creditable), currency: draft.Currency },
        }),
      );
    }
  }
}

/** Writes the draft as the next invoice of its series; the number is taken, and the rules checked, inside the write. */
export function issueInvoice(
  port: WorkbookPort,
  pattern: string,
  draft: InvoiceDraft,
): Promise<Record<string, OutputCell>> {
  return port.appendRow({
    table: "Invoices",
    keyColumn: "InvoiceNo",
    reads: RULE_COLUMNS,
    build: (log) => {
      checkAgainstLog(draft, log);
      return numberAndRow(
        pattern,
        draft,
        log.map((r) => r.InvoiceNo),
      );
    },
  });
}
