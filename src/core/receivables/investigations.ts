/**
 * Withdrawn payments (returned direct debits, card chargebacks, failed collections) to investigate:
 * how old, how much, whose, and why — SEPA return reason codes and card chargeback reasons are
 * recognised in the payment's Reason text and said in words.
 */
import type { Client, Payment } from "../workbook/contract";
import type { Day } from "../kernel/dates";
import type { Cents } from "../kernel/money";
import type { SalesData } from "../workbook/salesData";
import { fold } from "../kernel/text";

export const WITHDRAWN = ["Reversed", "Chargeback", "Failed"] as const;

/** ISO 20022 / SEPA R-transaction reason codes a bank returns a direct debit with. */
const SEPA_REASONS: Record<string, string> = {
  AC01: "wrong account number",
  AC04: "account closed",
  AC06: "account blocked",
  AC13: "debtor account is a consumer account",
  AG01: "direct debits forbidden on this account",
  AG02: "wrong bank operation code",
  AM04: "insufficient funds",
  AM05: "duplicate collection",
  BE05: "creditor not recognised",
  CNOR: "creditor bank not reachable",
  DNOR: "debtor bank not reachable",
  FF01: "invalid file format",
  MD01: "no mandate",
  MD02: "mandate data missing or wrong",
  MD06: "refund requested by the debtor",
  MD07: "debtor deceased",
  MS02: "refused by the debtor",
  MS03: "no reason given by the bank",
  RC01: "wrong BIC",
  RR01: "debtor identification missing (regulatory)",
  RR02: "debtor name or address missing (regulatory)",
  RR03: "creditor name or address missing (regulatory)",
  RR04: "regulatory reason",
  SL01: "refused by a service of the debtor's bank",
};

/** Card scheme chargeback reason codes (Visa, Mastercard) and the words that say the same. */
const CARD_REASONS: [RegExp, string][] = [
  [
    /\b10\.4\b|\b4837\b|\b4863\b|fraud|fraude|no autorizad|no autoritzad|not authori[sz]ed/,
    "fraud: the cardholder did not authorise it",
  ],
  [/\b13\.1\b|\b4855\b|not received|no recibid|no rebut|non re[cç]u/, "goods or services not received"],
  [/\b13\.3\b|\b4853\b|not as described|defectuos|no conforme|no conforme/, "not as described or defective"],
  [/\b12\.6\b|\b4834\b|duplicad|duplicat|duplicate|doble cobro|doble c[aà]rrec/, "charged twice"],
  [/\b13\.7\b|cancel+ed|cancelad|cancel[.·]?lat|anulad/, "cancelled, yet charged"],
];

export interface Investigation {
  payment: Payment;
  client: Client | undefined;
  amount: Cents;
  date: Day;
  /** days since the payment was withdrawn */
  age: number;
  /** the code found in the Reason text (AM04, 13.1…), if any */
  code: string | null;
  /** the reason in words, from the code or the text */
  explanation: string | null;
  state: "Open" | "Resolved";
}

export function reasonOf(text: string | null): { code: string | null; explanation: string } | undefined {
  if (!text) return undefined;
  const sepa = /\b([A-Z]{2}\d{2}|CNOR|DNOR)\b/.exec(text.toUpperCase());
  if (sepa && SEPA_REASONS[sepa[1]]) return { code: sepa[1], explanation: SEPA_REASONS[sepa[1]] };
  const folded = fold(text);
  for (const [pattern, explanation] of CARD_REASONS) {
    const m = pattern.exec(folded);
    if (m) return { code: /^\d/.test(m[0]) ? m[0] : null, explanation };
  }
  return undefined;
}

/** Every withdrawn payment, open ones first, the oldest first. */
export function investigations(data: SalesData, asOf: Day): Investigation[] {
  const clients = new Map(data.clients.map((c) => [c.ClientID, c]));
  const invoices = new Map(data.invoices.map((i) => [i.InvoiceNo, i]));
  return data.payments
    .filter((p) => (WITHDRAWN as readonly (string | null)[]).includes(p.Status))
    .map((p) => {
      const clientId = p.ClientID ?? (p.InvoiceNo ? (invoices.get(p.InvoiceNo)?.ClientID ?? null) : null);
      const reason = reasonOf(p.Reason);
      return {
        payment: p,
        client: clientId ? clients.get(clientId) : undefined,
        amount: p.Amount ?? 0,
        date: p.PaymentDate,
        age: asOf - p.PaymentDate,
        code: reason?.code ?? null,
        explanation: reason?.explanation ?? null,
        state: p.Investigation === "Resolved" ? ("Resolved" as const) : ("Open" as const),
      };
    })
    .sort((a, b) => (a.state === b.state ? b.age - a.age : a.state === "Open" ? -1 : 1));
}
