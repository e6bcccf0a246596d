/**
 * Bank reconciliation: the lines of a statement pasted into a sheet (date, amount, text) matched to
 * the invoices still owed. Each credit line gets the likeliest invoice with a confidence and the
 * reasons for it; the admin confirms, and each confirmed match becomes a Payments row. A line
 * already recorded as a payment (same date, amount and reference) is not proposed again.
 */
import type { Client, Invoice } from "../workbook/contract";
import type { Day } from "../kernel/dates";
import type { Cents } from "../kernel/money";
import { compactIban } from "../kernel/iban";
import { Problem, problem } from "../workbook/problems";
import { invoiceBalances } from "./receivables";
import type { SalesData } from "../workbook/salesData";
import type { OutputCell, SheetGrid, WorkbookPort } from "../workbook/port";
import { recordPayment } from "./paymentEntry";
import { fold } from "../kernel/text";
import { detectBlock } from "../import/detect";
import { convertCell } from "../locale/convert";
import { dateOrderOf, decimalMarkOf } from "../locale/localeValues";
import { headerTokens } from "../locale/fold";
import { say, type Message } from "../kernel/messages";

export interface BankLine {
  /** 1-based sheet row */
  row: number;
  date: Day;
  amount: Cents;
  text: string;
}

export interface Proposal {
  line: BankLine;
  invoice: Invoice | null;
  client: Client | null;
  /** 0–1 */
  confidence: number;
  /** why: the invoice number in the text, the exact amount… */
  reasons: Message[];
  /** left for the admin: a debit (money out), or nothing that matches well enough */
  unmatched?: "debit" | "nothing";
}

const COLUMN_WORDS: Record<"date" | "amount" | "text", string[]> = {
  date: [
    "date",
    "fecha",
    "data",
    "datum",
    "fecha valor",
    "data valor",
    "value date",
    "booking date",
    "buchungstag",
    "valuta",
    "date operation",
  ],
  amount: ["amount", "importe", "import", "montant", "betrag", "amount eur", "importe eur"],
  text: [
    "text",
    "concepto",
    "concepte",
    "description",
    "descripcion",
    "descripcio",
    "libelle",
    "verwendungszweck",
    "reference",
    "referencia",
    "memo",
    "detalle",
  ],
};

/** The statement lines of the Bank sheet: the header found as the import finds it; unreadable lines reported. */
export function readBankLines(grid: SheetGrid): { lines: BankLine[]; problems: Problem[] } {
  const block = detectBlock(grid);
  const problems: Problem[] = [];
  if (!block) return { lines: [], problems: [problem(grid.name, null, null, "error", say("bank.noHeader"))] };
  const header = grid.rows[block.headerRow - 1].map((h) => headerTokens(String(h ?? "")).join(" "));
  const at = Object.fromEntries(
    Object.entries(COLUMN_WORDS).map(([k, words]) => [k, header.findIndex((h) => words.includes(h))]),
  ) as Record<keyof typeof COLUMN_WORDS, number>;
  const missing = Object.entries(at)
    .filter(([, i]) => i < 0)
    .map(([k]) => k);
  if (missing.length)
    return {
      lines: [],
      problems: [problem(grid.name, block.headerRow, null, "error", say("bank.missingColumns", { columns: missing }))],
    };
  const records = block.lines
    .filter((l) => l.kind === "record")
    .map((l) => ({ row: l.row, cells: grid.rows[l.row - 1] }));
  const texts = (i: number) => records.map((r) => r.cells[i]).filter((c): c is string => typeof c === "string");
  const dateCtx = { mark: "," as const, order: dateOrderOf(texts(at.date)), date1904: grid.date1904 };
  const amountCtx = { mark: decimalMarkOf(texts(at.amount)), order: "dmy" as const, date1904: grid.date1904 };
  const lines: BankLine[] = [];
  for (const { row, cells } of records) {
    const date = convertCell(cells[at.date] ?? null, { name: "Date", type: "date" }, dateCtx);
    const amount = convertCell(cells[at.amount] ?? null, { name: "Amount", type: "money" }, amountCtx);
    if (
      date.error !== undefined ||
      amount.error !== undefined ||
      typeof date.value !== "number" ||
      typeof amount.value !== "number"
    ) {
      problems.push(problem(grid.name, row, null, "error", date.error ?? amount.error ?? say("bank.noDateOrAmount")));
      continue;
    }
    lines.push({
      row,
      date: date.value,
      amount: Math.round(amount.value * 100),
      text: String(cells[at.text] ?? "").trim(),
    });
  }
  return { lines, problems };
}

/** Below this, a guess is no help: the line is listed as unmatched. */
const MIN_CONFIDENCE = 0.3;

const digitsOf = (text: string) => text.replace(/\D/g, "");

/** Matches each credit line to the likeliest open invoice. */
export function proposeMatches(lines: readonly BankLine[], data: SalesData, asOf: Day): Proposal[] {
  const open = invoiceBalances(data.invoices, data.payments, asOf).filter((b) => b.outstanding > 0);
  const clients = new Map(data.clients.map((c) => [c.ClientID, c]));
  const recorded = new Set(data.payments.map((p) => `${p.PaymentDate}|${p.Amount}|${(p.Reference ?? "").trim()}`));
  const proposals = lines
    .filter((line) => !recorded.has(`${line.date}|${line.amount}|${line.text}`))
    .map((line): Proposal => {
      if (line.amount <= 0)
        return { line, invoice: null, client: null, confidence: 0, reasons: [], unmatched: "debit" };
      const text = fold(line.text);
      const compact = line.text.toUpperCase().replace(/\s/g, "");
      let best: Proposal = { line, invoice: null, client: null, confidence: 0, reasons: [], unmatched: "nothing" };
      for (const b of open) {
        const client = clients.get(b.invoice.ClientID ?? "") ?? null;
        const reasons: Message[] = [];
        let score = 0;
        const number = b.invoice.InvoiceNo;
        if (
          text.includes(fold(number)) ||
          (digitsOf(number).length >= 4 && digitsOf(line.text).includes(digitsOf(number)))
        ) {
          score += 0.6;
          reasons.push(say("bank.reason.number", { number }));
        }
        if (line.amount === b.outstanding) {
          score += 0.3;
          reasons.push(say("bank.reason.amount"));
        } else if (line.amount < b.outstanding) {
          score += 0.05;
        }
        if (client?.IBAN && compact.includes(compactIban(client.IBAN))) {
          score += 0.3;
          reasons.push(say("bank.reason.iban"));
        } else if (client && nameIn(client.Name, text)) {
          score += 0.2;
          reasons.push(say("bank.reason.name"));
        }
        const confidence = Math.min(1, Math.round(score * 100) / 100);
        if (confidence > best.confidence && reasons.length > 0)
          best = { line, invoice: b.invoice, client, confidence, reasons };
      }
      return best.confidence >= MIN_CONFIDENCE
        ? best
        : { line, invoice: null, client: null, confidence: 0, reasons: [], unmatched: "nothing" };
    });
  return settleOnce(proposals, open);
}

/** Confident enough to be ticked for the admin; below it, she ticks the line herself. */
export const PRESELECT_CONFIDENCE = 0.6;

/**
 * An invoice is paid once: the likeliest lines take what it owes, and a line that would pay it
 * beyond that keeps its match but loses the tick, saying which line settled it.
 */
function settleOnce(proposals: Proposal[], open: readonly { invoice: Invoice; outstanding: Cents }[]): Proposal[] {
  const left = new Map(open.map((b) => [b.invoice.InvoiceNo, b.outstanding]));
  const settledBy = new Map<string | null, BankLine>();
  const order = [...proposals.keys()].sort((a, b) => proposals[b].confidence - proposals[a].confidence);
  for (const i of order) {
    const p = proposals[i];
    if (!p.invoice) continue;
    const owed = left.get(p.invoice.InvoiceNo) ?? 0;
    if (p.line.amount <= owed) {
      left.set(p.invoice.InvoiceNo, owed - p.line.amount);
      if (owed - p.line.amount === 0) settledBy.set(p.invoice.InvoiceNo, p.line);
      continue;
    }
    const by = settledBy.get(p.invoice.InvoiceNo);
    const why = by
      ? say("bank.reason.paidBy", { invoice: p.invoice.InvoiceNo, row: String(by.row) })
      : say("bank.reason.moreThanOwed", { invoice: p.invoice.InvoiceNo });
    proposals[i] = {
      ...p,
      confidence: Math.min(p.confidence, PRESELECT_CONFIDENCE - 0.01),
      reasons: [...p.reasons, why],
    };
  }
  return proposals;
}

const COMPANY_FORMS = new Set(["sociedad", "societat", "limitada", "anonima", "gmbh", "sarl"]);

/** The significant words of a client's name (4 letters or more, no company forms) all in the text. */
function nameIn(name: string | null, text: string): boolean {
  const words = fold(name ?? "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4 && !COMPANY_FORMS.has(w));
  return words.length > 0 && words.every((w) => text.includes(w));
}

/** A confirmed match recorded as a payment by transfer, with the same write-time checks as one typed in by hand. */
export function recordMatch(
  port: WorkbookPort,
  proposal: Proposal,
  data: SalesData,
): Promise<Record<string, OutputCell>> {
  const { line, invoice } = proposal;
  return recordPayment(
    port,
    { invoice: invoice ?? undefined, date: line.date, amount: line.amount, method: "Transfer", reference: line.text },
    data,
  );
}
