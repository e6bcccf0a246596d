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
import { say, type Message, type MessageCode } from "../kernel/messages";

export const WITHDRAWN = ["Reversed", "Chargeback", "Failed"] as const;

/** ISO 20022 / SEPA R-transaction reason codes a bank returns a direct debit with (said as `withdrawal.<code>`). */
const SEPA_REASONS = new Set([
  "AC01",
  "AC04",
  "AC06",
  "AC13",
  "AG01",
  "AG02",
  "AM04",
  "AM05",
  "BE05",
  "CNOR",
  "DNOR",
  "FF01",
  "MD01",
  "MD02",
  "MD06",
  "MD07",
  "MS02",
  "MS03",
  "RC01",
  "RR01",
  "RR02",
  "RR03",
  "RR04",
  "SL01",
]);

/** Card scheme chargeback reason codes (Visa, Mastercard) and the words that say the same. */
const CARD_REASONS: [RegExp, MessageCode][] = [
  [/\b10\.4\b|\b4837\b|\b4863\b|fraud|fraude|no autorizad|no autoritzad|not authori[sz]ed/, "withdrawal.fraud"],
  [/\b13\.1\b|\b4855\b|not received|no recibid|no rebut|non re[cç]u/, "withdrawal.notReceived"],
  [/\b13\.3\b|\b4853\b|not as described|defectuos|no conforme|no conforme/, "withdrawal.notAsDescribed"],
  [/\b12\.6\b|\b4834\b|duplicad|duplicat|duplicate|doble cobro|doble c[aà]rrec/, "withdrawal.twice"],
  [/\b13\.7\b|cancel+ed|cancelad|cancel[.·]?lat|anulad/, "withdrawal.cancelled"],
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
  explanation: Message | null;
  state: "Open" | "Resolved";
}

export function reasonOf(text: string | null): { code: string | null; explanation: Message } | undefined {
  if (!text) return undefined;
  const sepa = /\b([A-Z]{2}\d{2}|CNOR|DNOR)\b/.exec(text.toUpperCase());
  if (sepa && SEPA_REASONS.has(sepa[1]))
    return { code: sepa[1], explanation: say(`withdrawal.${sepa[1]}` as MessageCode) };
  const folded = fold(text);
  for (const [pattern, code] of CARD_REASONS) {
    const m = pattern.exec(folded);
    if (m) return { code: /^\d/.test(m[0]) ? m[0] : null, explanation: say(code) };
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
