/**
 * Payment reminders: a client's overdue invoices together, a level from how late the latest one is
 * (thresholds in the ReminderDays setting) and what was sent before (the Reminders log), and a letter
 * in the client's language.
 * The letter is plain text: names and numbers from the workbook go in as they are, never as markup.
 */
import { CONTRACT, type Client } from "../workbook/contract";
import { Day, formatDmy } from "../kernel/dates";
import { Cents, formatMoney } from "../kernel/money";
import { agedBalances } from "./aging";
import type { SalesData } from "../workbook/salesData";
import { LOCALES } from "../kernel/messages";

export type LetterLanguage = "ca" | "es" | "en";

export interface OverdueInvoice {
  invoiceNo: string;
  dueDate: Day;
  daysPastDue: number;
  outstanding: Cents;
}

export interface Reminder {
  client: Client;
  /** 1 = a friendly note … the last level = a final notice */
  level: number;
  /** the highest level already sent for these invoices, and when the last reminder went; null when none */
  lastLevel: number | null;
  lastSent: Day | null;
  /** reminded lately: not before this day (the last reminder + ReminderGapDays); null when due now */
  waitUntil: Day | null;
  invoices: OverdueInvoice[];
  total: Cents;
  language: LetterLanguage;
  text: string;
}

/** Postal code areas where business letters are written in Catalan: Catalonia and the Balearic Islands. */
const CATALAN_PROVINCES = new Set(["08", "17", "25", "43", "07"]);

/** Andorra and Catalan-speaking provinces get Catalan, the rest of Spain Spanish, everyone else English. */
export function letterLanguage(client: Client): LetterLanguage {
  if (client.Country === "AD") return "ca";
  if (client.Country === "ES" || client.Country === null) {
    if (client.PostalCode && CATALAN_PROVINCES.has(client.PostalCode.padStart(5, "0").slice(0, 2))) return "ca";
    return client.Country === "ES" ? "es" : "en";
  }
  return "en";
}

interface Wording {
  subject: (level: number) => string;
  greeting: (contact: string | null) => string;
  opening: (level: number, count: number) => string;
  line: (i: OverdueInvoice, amount: string) => string;
  total: (amount: string) => string;
  closing: (level: number) => string;
  signature: string;
}

const WORDING: Record<LetterLanguage, Wording> = {
  ca: {
    subject: (l) =>
      [
        "Recordatori de pagament",
        "Segon recordatori de pagament",
        "Factures vençudes: cal regularitzar-les",
        "Darrer avís abans d'iniciar la reclamació",
      ][Math.min(l, 4) - 1],
    greeting: (c) => (c ? `Benvolgut/da ${c},` : "Benvolguts senyors,"),
    opening: (l, n) =>
      l === 1
        ? `Potser se us ha passat per alt: ${n === 1 ? "la factura següent ja ha vençut" : "les factures següents ja han vençut"} i encara no n'hem rebut el pagament.`
        : l === 2
          ? `Us tornem a escriure perquè ${n === 1 ? "la factura següent continua pendent" : "les factures següents continuen pendents"} de pagament.`
          : `Malgrat els recordatoris anteriors, ${n === 1 ? "la factura següent continua impagada" : "les factures següents continuen impagades"}.`,
    line: (i, a) => `- Factura ${i.invoiceNo}, vençuda el ${formatDmy(i.dueDate)} (fa ${i.daysPastDue} dies): ${a}`,
    total: (a) => `Import total pendent: ${a}`,
    closing: (l) =>
      l >= 4
        ? "Si no rebem el pagament en un termini de set dies, iniciarem la reclamació de l'import. Si ja l'heu fet, us agraïm que ens n'envieu el justificant."
        : l === 3
          ? "Us demanem que en feu el pagament com més aviat millor o que ens truqueu per acordar-ne la manera. Si ja l'heu fet, no tingueu en compte aquest missatge."
          : "Us agrairem que en feu el pagament en els propers dies. Si ja l'heu fet, no tingueu en compte aquest missatge.",
    signature: "Cordialment,",
  },
  es: {
    subject: (l) =>
      [
        "Recordatorio de pago",
        "Segundo recordatorio de pago",
        "Facturas vencidas: le rogamos que las regularice",
        "Último aviso antes de iniciar la reclamación",
      ][Math.min(l, 4) - 1],
    greeting: (c) => (c ? `Estimado/a ${c}:` : "Estimados señores:"),
    opening: (l, n) =>
      l === 1
        ? `Quizá se le haya pasado por alto: ${n === 1 ? "la siguiente factura ya ha vencido" : "las siguientes facturas ya han vencido"} y aún no hemos recibido el pago.`
        : l === 2
          ? `Le escribimos de nuevo porque ${n === 1 ? "la siguiente factura sigue pendiente" : "las siguientes facturas siguen pendientes"} de pago.`
          : `A pesar de nuestros recordatorios, ${n === 1 ? "la siguiente factura sigue impagada" : "las siguientes facturas siguen impagadas"}.`,
    line: (i, a) => `- Factura ${i.invoiceNo}, vencida el ${formatDmy(i.dueDate)} (hace ${i.daysPastDue} días): ${a}`,
    total: (a) => `Importe total pendiente: ${a}`,
    closing: (l) =>
      l >= 4
        ? "Si no recibimos el pago en un plazo de siete días, iniciaremos la reclamación del importe. Si ya lo ha realizado, le rogamos que nos envíe el justificante."
        : l === 3
          ? "Le rogamos que realice el pago cuanto antes o que nos llame para acordar la forma de hacerlo. Si ya lo ha realizado, no tenga en cuenta este mensaje."
          : "Le agradeceremos que realice el pago en los próximos días. Si ya lo ha realizado, no tenga en cuenta este mensaje.",
    signature: "Atentamente,",
  },
  en: {
    subject: (l) =>
      [
        "Payment reminder",
        "Second payment reminder",
        "Overdue invoices: please settle them",
        "Final notice before collection",
      ][Math.min(l, 4) - 1],
    greeting: (c) => (c ? `Dear ${c},` : "Dear Sir or Madam,"),
    opening: (l, n) =>
      l === 1
        ? `It may have slipped your attention: ${n === 1 ? "the invoice below is now overdue" : "the invoices below are now overdue"} and we have not yet received payment.`
        : l === 2
          ? `We are writing again because ${n === 1 ? "the invoice below is still unpaid" : "the invoices below are still unpaid"}.`
          : `Despite our earlier reminders, ${n === 1 ? "the invoice below remains unpaid" : "the invoices below remain unpaid"}.`,
    line: (i, a) => `- Invoice ${i.invoiceNo}, due on ${formatDmy(i.dueDate)} (${i.daysPastDue} days ago): ${a}`,
    total: (a) => `Total outstanding: ${a}`,
    closing: (l) =>
      l >= 4
        ? "If we do not receive payment within seven days, we will start collection proceedings. If you have already paid, please send us the remittance advice."
        : l === 3
          ? "Please pay as soon as possible, or call us to agree how. If you have already paid, please disregard this message."
          : "We would be grateful if you could pay in the next few days. If you have already paid, please disregard this message.",
    signature: "Kind regards,",
  },
};

/** A letter's parts in its language: the subject, the greeting and opening, a line per invoice, the total, the closing. */
export interface LetterParts {
  subject: string;
  greeting: string;
  opening: string;
  lines: string[];
  total: string;
  closing: string;
  signature: string;
}

export function letterParts(
  language: LetterLanguage,
  level: number,
  client: Client,
  invoices: OverdueInvoice[],
  total: Cents,
  currency: string,
): LetterParts {
  const w = WORDING[language];
  const money = (c: Cents) => formatMoney(c, LOCALES[language], currency);
  return {
    subject: w.subject(level),
    greeting: w.greeting(client.Contact),
    opening: w.opening(level, invoices.length),
    lines: invoices.map((i) => w.line(i, money(i.outstanding))),
    total: w.total(money(total)),
    closing: w.closing(level),
    signature: w.signature,
  };
}

/** The letter as plain text: its parts with a blank line between them. */
export function letterText(parts: LetterParts): string {
  return [
    parts.subject,
    "",
    parts.greeting,
    "",
    parts.opening,
    "",
    ...parts.lines,
    "",
    parts.total,
    "",
    parts.closing,
    "",
    parts.signature,
  ].join("\n");
}

/** The reminders due on a date (the latest first): those of `reminderPlan` whose clients are not waiting. */
export function reminders(data: SalesData, asOf: Day): Reminder[] {
  return reminderPlan(data, asOf).filter((r) => r.waitUntil === null);
}

/**
 * One reminder per client with overdue invoices, the latest first. Its level is the one ReminderDays
 * gives the latest invoice, or one past the highest already sent for those invoices (the Reminders
 * log) if that is higher, never past the last; a client reminded fewer than ReminderGapDays ago waits
 * until that many days have passed (`waitUntil`), its next level already known.
 */
export function reminderPlan(data: SalesData, asOf: Day): Reminder[] {
  const thresholds = data.settings.reminderDays;
  const byClient = new Map<string, OverdueInvoice[]>();
  // past due as the aging has it: an invoice without a due date falls due after the client's terms
  for (const { balance: b, clientId, due } of agedBalances(data, asOf)) {
    if (b.outstanding <= 0 || asOf - due < thresholds[0]) continue;
    const list = byClient.get(clientId) ?? [];
    list.push({ invoiceNo: b.invoice.InvoiceNo, dueDate: due, daysPastDue: asOf - due, outstanding: b.outstanding });
    byClient.set(clientId, list);
  }
  const clients = new Map(data.clients.map((c) => [c.ClientID, c]));
  const result: Reminder[] = [];
  for (const [clientId, invoices] of byClient) {
    const client = clients.get(clientId) ?? unknownClient(clientId);
    invoices.sort((a, b) => b.daysPastDue - a.daysPastDue);
    const owed = new Set(invoices.map((i) => i.invoiceNo));
    const sent = data.reminders.filter((r) => r.ClientID === clientId && owed.has(r.InvoiceNo) && r.Sent <= asOf);
    const lastSent = sent.length > 0 ? Math.max(...sent.map((r) => r.Sent)) : null;
    const gap = data.settings.reminderGapDays;
    const waitUntil = lastSent !== null && asOf - lastSent < gap ? lastSent + gap : null;
    const lastLevel = sent.reduce((max, r) => Math.max(max, r.Level), 0);
    const byDays = thresholds.filter((t) => invoices[0].daysPastDue >= t).length;
    const level = Math.min(thresholds.length, Math.max(byDays, lastLevel + 1));
    const total = invoices.reduce((n, i) => n + i.outstanding, 0);
    const language = letterLanguage(client);
    const parts = letterParts(language, level, client, invoices, total, data.settings.currency);
    result.push({
      client,
      level,
      lastLevel: lastLevel || null,
      lastSent,
      waitUntil,
      invoices,
      total,
      language,
      text: letterText(parts),
    });
  }
  return result.sort((a, b) => b.level - a.level || b.invoices[0].daysPastDue - a.invoices[0].daysPastDue);
}

/**
 * A client the invoices name but Clients does not hold as a valid row (a row with no name, say): every
 * field blank but its ID, so that a batch goes on without an address for it rather than stopping.
 */
function unknownClient(clientId: string): Client {
  const blank = Object.fromEntries(CONTRACT.Clients.columns.map((c) => [c.name, null])) as unknown as Client;
  return { ...blank, ClientID: clientId, Name: clientId };
}
