/**
 * Settings live in the workbook's optional `Settings` table, one `Setting`/`Value` pair a row (a key
 * such as Holiday may repeat), so they travel with the workbook and every face reads the same ones.
 */
import { Day, dayFromSerial, dayOf, formatIsoDate } from "../kernel/dates";
import { parseTextDate } from "./cells";
import { isValidIban } from "../kernel/iban";
import { Problem, problem } from "./problems";
import type { TableReading } from "./records";
import { say, type Message } from "../kernel/messages";

export interface Settings {
  /** public holidays: not working days for targets and due dates */
  holidays: Set<Day>;
  /** invoice number pattern: YYYY = year of issue, N… = the sequence, zero-padded */
  invoicePattern: string;
  /** credit notes (rectifying invoices) have a series of their own (RD 1619/2012, art. 6.1.a) */
  creditPattern: string;
  /** new client IDs: a prefix and a run of N (C-NNNN) */
  clientIdPattern: string;
  paymentTermsDays: number;
  /** the VAT rate of an invoice whose products do not say */
  vatRate: number;
  /** days past due from which an overdue invoice gets reminder level 1, 2, 3… */
  reminderDays: number[];
  /** days after a reminder before the client is reminded again (ReminderGapDays) */
  reminderGapDays: number;
  currency: string;
  /** 1 = January */
  fiscalYearStartMonth: number;
  /** revenue for reports: invoiced (Invoices by IssueDate) or booked (Orders by OrderDate) */
  revenueBasis: "invoiced" | "booked";
  /** attainment at or above which a figure is green, and amber */
  greenThreshold: number;
  amberThreshold: number;
  /** quote and order numbers: YYYY = the year, N… = the sequence */
  quotePattern: string;
  orderPattern: string;
  /** the letterhead of the documents the admin sends (blank where not set) */
  company: { name: string; taxId: string; address: string; iban: string; logo: string };
  /** days after the last visit a client is due another (VisitEveryDays) */
  visitEveryDays: number;
  /** working days to answer a request of each priority (SLA.P1 … SLA.P4) */
  sla: { P1: number; P2: number; P3: number; P4: number };
  /** days a quote stays valid when its ValidUntil is blank */
  quoteValidityDays: number;
  /** the language of the sheets the CLI writes (the pane writes in its own): ca, es or en */
  language?: "ca" | "es" | "en";
  /** VERI*FACTU: from when invoices need their record, the AEAT's environment, this installation, the software's producer */
  verifactu: {
    from: Day;
    environment: "test" | "production";
    installation: string;
    producerName: string;
    producerTaxId: string;
  };
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  holidays: new Set(),
  invoicePattern: "YYYY-NNNN",
  creditPattern: "R-YYYY-NNNN",
  clientIdPattern: "C-NNNN",
  paymentTermsDays: 30,
  company: { name: "", taxId: "", address: "", iban: "", logo: "" },
  sla: { P1: 0, P2: 1, P3: 3, P4: 5 },
  visitEveryDays: 90,
  quotePattern: "Q-YYYY-NNNN",
  orderPattern: "O-NNNNNN",
  quoteValidityDays: 30,
  vatRate: 0.21,
  reminderDays: [1, 15, 30, 60],
  reminderGapDays: 7,
  currency: "EUR",
  fiscalYearStartMonth: 1,
  revenueBasis: "invoiced",
  greenThreshold: 1,
  amberThreshold: 0.9,
  // RD-ley 15/2025: from 1 January 2027 for companies that pay corporate tax (1 July 2027 for the rest)
  verifactu: { from: dayOf(2027, 1, 1), environment: "test", installation: "1", producerName: "", producerTaxId: "" },
};

type Parser = (value: string | number | boolean, date1904: boolean, s: Settings) => Message | undefined;

/** A document number's pattern: it must hold the sequence's N. */
const documentPattern =
  (field: "invoicePattern" | "creditPattern" | "quotePattern" | "orderPattern"): Parser =>
  (v, _d, s) => {
    const pattern = String(v).trim();
    if (!/N+/.test(pattern)) return say("settings.invoicePattern", { value: pattern });
    s[field] = pattern;
  };

/** A number of days, whole, from `min` to a year. */
const days =
  (min: 0 | 1, set: (s: Settings, n: number) => void): Parser =>
  (v, _d, s) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > 365) return say("settings.days", { value: String(v) });
    set(s, n);
  };

const PARSERS: Record<string, Parser> = {
  Holiday: (v, date1904, s) => {
    const day = typeof v === "number" ? dayFromSerial(v, date1904) : parseTextDate(String(v));
    if (day === undefined) return say("settings.notDate", { value: String(v) });
    s.holidays.add(day);
  },
  InvoicePattern: documentPattern("invoicePattern"),
  CreditPattern: documentPattern("creditPattern"),
  ClientIDPattern: (v, _d, s) => {
    const pattern = String(v).trim();
    if (!/^[^N]*N+$/.test(pattern)) return say("settings.clientPattern", { value: pattern });
    s.clientIdPattern = pattern;
  },
  PaymentTermsDays: days(0, (s, n) => (s.paymentTermsDays = n)),
  CompanyName: (v, _d, s) => void (s.company.name = String(v).trim()),
  VerifactuFrom: (v, date1904, s) => {
    const day = typeof v === "number" ? dayFromSerial(v, date1904) : parseTextDate(String(v));
    if (day === undefined) return say("settings.notDate", { value: String(v) });
    s.verifactu.from = day;
  },
  VerifactuEnvironment: (v, _d, s) => {
    const environment = String(v).trim().toLowerCase();
    if (environment !== "test" && environment !== "production")
      return say("settings.environment", { value: String(v) });
    s.verifactu.environment = environment;
  },
  VerifactuInstallation: (v, _d, s) => void (s.verifactu.installation = String(v).trim().slice(0, 100)),
  VerifactuProducer: (v, _d, s) => void (s.verifactu.producerName = String(v).trim()),
  VerifactuProducerTaxID: (v, _d, s) => void (s.verifactu.producerTaxId = String(v).trim()),
  CompanyTaxID: (v, _d, s) => void (s.company.taxId = String(v).trim()),
  CompanyAddress: (v, _d, s) => void (s.company.address = String(v).trim()),
  // a small PNG or JPEG as a data URI: a cell holds 32,767 characters, enough for a letterhead's logo
  CompanyLogo: (v, _d, s) => {
    const logo = String(v).trim();
    if (!/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/.test(logo)) return say("settings.logo");
    s.company.logo = logo;
  },
  CompanyIBAN: (v, _d, s) => {
    const iban = String(v).replace(/\s+/g, "");
    if (!isValidIban(iban)) return say("cell.notIban", { value: `'${String(v)}'` });
    s.company.iban = iban;
  },
  ...Object.fromEntries(
    (["P1", "P2", "P3", "P4"] as const).map((p): [string, Parser] => [`SLA.${p}`, days(0, (s, n) => (s.sla[p] = n))]),
  ),
  VisitEveryDays: days(1, (s, n) => (s.visitEveryDays = n)),
  QuotePattern: documentPattern("quotePattern"),
  OrderPattern: documentPattern("orderPattern"),
  QuoteValidityDays: days(1, (s, n) => (s.quoteValidityDays = n)),
  VATRate: (v, _d, s) => {
    const n =
      typeof v === "number"
        ? v
        : Number(String(v).replace("%", "").replace(",", ".")) / (String(v).includes("%") ? 100 : 1);
    if (!(n >= 0 && n < 1)) return say("settings.vatRate", { value: String(v) });
    s.vatRate = n;
  },
  ReminderDays: (v, _d, s) => {
    const days = String(v)
      .split(/[;,\s]+/)
      .filter(Boolean)
      .map(Number);
    if (days.length === 0 || days.some((d, i) => !Number.isInteger(d) || d < 0 || (i > 0 && d <= days[i - 1])))
      return say("settings.reminderDays", { value: String(v) });
    s.reminderDays = days;
  },
  ReminderGapDays: days(0, (s, n) => (s.reminderGapDays = n)),
  Language: (v, _d, s) => {
    const code = String(v).trim().toLowerCase().slice(0, 2);
    if (code !== "ca" && code !== "es" && code !== "en") return say("settings.language", { value: String(v) });
    s.language = code;
  },
  Currency: (v, _d, s) => {
    const code = String(v).trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(code)) return say("settings.currency", { value: String(v) });
    s.currency = code;
  },
  FiscalYearStartMonth: (v, _d, s) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 12) return say("settings.month", { value: String(v) });
    s.fiscalYearStartMonth = n;
  },
  RevenueBasis: (v, _d, s) => {
    const basis = String(v).trim().toLowerCase();
    if (basis !== "invoiced" && basis !== "booked") return say("settings.basis", { value: String(v) });
    s.revenueBasis = basis;
  },
  GreenThreshold: (v, _d, s) => {
    const n = Number(v);
    if (!(n > 0 && n <= 2)) return say("settings.green", { value: String(v) });
    s.greenThreshold = n;
  },
  AmberThreshold: (v, _d, s) => {
    const n = Number(v);
    if (!(n > 0 && n <= 2)) return say("settings.amber", { value: String(v) });
    s.amberThreshold = n;
  },
};

export const SETTING_NAMES = Object.keys(PARSERS);

export function readSettings(
  reading: TableReading<"Settings"> | undefined,
  date1904 = false,
): { settings: Settings; problems: Problem[] } {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    holidays: new Set(),
    company: { ...DEFAULT_SETTINGS.company },
    sla: { ...DEFAULT_SETTINGS.sla },
    verifactu: { ...DEFAULT_SETTINGS.verifactu },
  };
  const problems: Problem[] = [];
  const sheet = reading?.sheet ?? "Settings";
  for (const { row, record } of reading?.records ?? []) {
    if (record.Setting === null) continue;
    const name = record.Setting.trim();
    const parser = PARSERS[name];
    const report = (why: Message) =>
      problems.push(problem(sheet, row, "Value", "error", say("settings.bad", { setting: name, why })));
    if (!parser) {
      problems.push(
        problem(sheet, row, "Setting", "warning", say("settings.unknown", { setting: name, known: SETTING_NAMES })),
      );
    } else if (record.Value === null) {
      report(say("settings.noValue"));
    } else {
      const error = parser(record.Value, date1904, settings);
      if (error) report(error);
    }
  }
  return { settings, problems };
}

/** Settings as rows of the Settings table (holidays as ISO text, which no locale misreads). */
export function settingsRows(settings: Settings): [string, string | number][] {
  return [
    ["InvoicePattern", settings.invoicePattern],
    ["ClientIDPattern", settings.clientIdPattern],
    ["PaymentTermsDays", settings.paymentTermsDays],
    ...(["name", "taxId", "address", "iban", "logo"] as const)
      .filter((k) => settings.company[k] !== "")
      .map((k): [string, string] => [
        {
          name: "CompanyName",
          taxId: "CompanyTaxID",
          address: "CompanyAddress",
          iban: "CompanyIBAN",
          logo: "CompanyLogo",
        }[k],
        settings.company[k],
      ]),
    ...(["P1", "P2", "P3", "P4"] as const).map((p): [string, number] => [`SLA.${p}`, settings.sla[p]]),
    ["VisitEveryDays", settings.visitEveryDays],
    ["QuotePattern", settings.quotePattern],
    ["OrderPattern", settings.orderPattern],
    ["QuoteValidityDays", settings.quoteValidityDays],
    ["VATRate", settings.vatRate],
    ["ReminderDays", settings.reminderDays.join(", ")],
    ["ReminderGapDays", settings.reminderGapDays],
    ["Currency", settings.currency],
    ["FiscalYearStartMonth", settings.fiscalYearStartMonth],
    ["RevenueBasis", settings.revenueBasis],
    ["GreenThreshold", settings.greenThreshold],
    ["AmberThreshold", settings.amberThreshold],
    ...[...settings.holidays].sort((a, b) => a - b).map((d): [string, string] => ["Holiday", formatIsoDate(d)]),
  ];
}
