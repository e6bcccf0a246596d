/**
 * The workbook contract (DESIGN.md): every table, its columns, their types and which are required.
 * Import, validation, the writers, the UI and the CLI all read this one definition.
 */
import * as CODES from "./codes";
import type { Cents } from "../kernel/money";
import type { Day } from "../kernel/dates";

export type ColumnType =
  | "text" // free text
  | "id" // a key or a reference; numbers are read as their digits
  | "date" // Excel date (serial), read as a Day
  | "money" // amount in currency units, read as Cents
  | "number"
  | "integer"
  | "rate" // a fraction: 21 % is 0.21
  | "boolean" // TRUE/FALSE, Yes/No, Sí/No
  | "email"
  | "iban" // ISO 13616, stored without spaces
  | "country" // ISO 3166-1 alpha-2
  | "period" // 2026-W48, 2026-11, 2026-Q4, 2026
  | "last4" // the last four digits of a card, never more
  | "time" // a time of day, read as "HH:MM" (Excel's day fraction or typed text)
  | "code" // one of a fixed list of English codes (statuses, methods…)
  | "value"; // any cell as it is (Settings values: text, number or date)

export interface ColumnDef {
  readonly name: string;
  readonly type: ColumnType;
  readonly required?: boolean;
  /** allowed codes, for type "code" */
  readonly codes?: readonly string[];
  /** the table whose key this column refers to */
  readonly ref?: TableName;
  /** the cell holds several references, separated by commas or semicolons */
  readonly list?: boolean;
}

export interface TableDef {
  readonly name: TableName;
  readonly columns: readonly ColumnDef[];
  /** the column that identifies a record, and that references point at */
  readonly key?: string;
  /** the key repeats on each line of one order or quote, so it need not be unique */
  readonly linesShareKey?: boolean;
}

export const TABLE_NAMES = [
  "Clients",
  "Products",
  "Team",
  "Targets",
  "Quotes",
  "Orders",
  "Invoices",
  "Payments",
  "Visits",
  "Requests",
  "Meetings",
  "Reminders",
  "Survey",
  "Campaigns",
  "Settings",
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const req = { required: true } as const;

export const CONTRACT = {
  Clients: {
    name: "Clients",
    key: "ClientID",
    columns: [
      { name: "ClientID", type: "id", ...req },
      { name: "Name", type: "text", ...req },
      { name: "TaxID", type: "text" },
      { name: "Contact", type: "text" },
      { name: "Email", type: "email" },
      { name: "Phone", type: "text" },
      { name: "Street", type: "text" },
      { name: "PostalCode", type: "id" },
      { name: "City", type: "text" },
      { name: "Region", type: "text" },
      { name: "Country", type: "country" },
      { name: "PaymentMethod", type: "code", codes: CODES.PAYMENT_METHODS },
      { name: "IBAN", type: "iban" },
      { name: "CardLast4", type: "last4" },
      { name: "PaymentTermsDays", type: "integer" },
      { name: "Preferences", type: "text" },
      { name: "Segment", type: "text" },
      { name: "Exec", type: "id", ref: "Team" },
      { name: "MarketingConsent", type: "boolean" },
      { name: "Status", type: "code", codes: CODES.CLIENT_STATUSES },
      // a retailer under the recargo de equivalencia (LIVA art. 154): its invoices add the surcharge
      { name: "EquivalenceSurcharge", type: "boolean" },
      { name: "Notes", type: "text" },
    ],
  },
  Products: {
    name: "Products",
    key: "SKU",
    columns: [
      { name: "SKU", type: "id", ...req },
      { name: "Name", type: "text", ...req },
      { name: "Category", type: "text" },
      { name: "UnitPrice", type: "money", ...req },
      { name: "VATRate", type: "rate" },
      { name: "Active", type: "boolean" },
    ],
  },
  Team: {
    name: "Team",
    key: "ExecID",
    columns: [
      { name: "ExecID", type: "id", ...req },
      { name: "Name", type: "text", ...req },
      { name: "Email", type: "email" },
      { name: "Region", type: "text" },
      { name: "Active", type: "boolean" },
    ],
  },
  Targets: {
    name: "Targets",
    columns: [
      { name: "Period", type: "period", ...req },
      { name: "Exec", type: "id", ref: "Team" },
      { name: "Region", type: "text" },
      { name: "Category", type: "text" },
      { name: "RevenueTarget", type: "money", ...req },
      { name: "UnitsTarget", type: "number" },
    ],
  },
  Quotes: {
    name: "Quotes",
    key: "QuoteID",
    linesShareKey: true,
    columns: [
      { name: "QuoteID", type: "id", ...req },
      { name: "QuoteDate", type: "date", ...req },
      { name: "ClientID", type: "id", ...req, ref: "Clients" },
      { name: "Exec", type: "id", ref: "Team" },
      { name: "SKU", type: "id", ref: "Products" },
      { name: "Quantity", type: "number" },
      { name: "UnitPrice", type: "money" },
      { name: "Discount", type: "rate" },
      { name: "Net", type: "money" },
      { name: "ValidUntil", type: "date" },
      { name: "Status", type: "code", codes: CODES.QUOTE_STATUSES },
    ],
  },
  Orders: {
    name: "Orders",
    key: "OrderID",
    linesShareKey: true,
    columns: [
      { name: "OrderID", type: "id", ...req },
      { name: "OrderDate", type: "date", ...req },
      { name: "ClientID", type: "id", ...req, ref: "Clients" },
      { name: "Exec", type: "id", ref: "Team" },
      { name: "SKU", type: "id", ref: "Products" },
      { name: "Quantity", type: "number" },
      { name: "Net", type: "money", ...req },
      { name: "PromisedDate", type: "date" },
      { name: "DeliveredDate", type: "date" },
      { name: "Status", type: "code", codes: CODES.ORDER_STATUSES },
      { name: "ContractRef", type: "text" },
    ],
  },
  Invoices: {
    name: "Invoices",
    key: "InvoiceNo",
    columns: [
      { name: "InvoiceNo", type: "id", ...req },
      { name: "IssueDate", type: "date", ...req },
      { name: "ClientID", type: "id", ...req, ref: "Clients" },
      { name: "Exec", type: "id", ref: "Team" },
      { name: "OrderID", type: "id", ref: "Orders" },
      { name: "Net", type: "money", ...req },
      { name: "VATRate", type: "rate" },
      { name: "VAT", type: "money" },
      { name: "Total", type: "money" },
      { name: "Currency", type: "text" },
      { name: "DueDate", type: "date" },
      { name: "Status", type: "code", codes: CODES.INVOICE_STATUSES },
      { name: "CreditOf", type: "id", ref: "Invoices" },
      { name: "Reason", type: "text" },
    ],
  },
  Payments: {
    name: "Payments",
    key: "PaymentID",
    columns: [
      { name: "PaymentID", type: "id", ...req },
      { name: "PaymentDate", type: "date", ...req },
      { name: "InvoiceNo", type: "id", ref: "Invoices" },
      { name: "ClientID", type: "id", ref: "Clients" },
      { name: "Amount", type: "money", ...req },
      { name: "Method", type: "code", codes: CODES.PAYMENT_METHODS },
      { name: "Reference", type: "text" },
      { name: "Status", type: "code", codes: CODES.PAYMENT_STATUSES },
      { name: "Reason", type: "text" },
      { name: "Investigation", type: "code", codes: CODES.INVESTIGATION_STATUSES },
      { name: "Notes", type: "text" },
    ],
  },
  Visits: {
    name: "Visits",
    key: "VisitID",
    columns: [
      { name: "VisitID", type: "id", ...req },
      { name: "ClientID", type: "id", ...req, ref: "Clients" },
      { name: "Exec", type: "id", ref: "Team" },
      { name: "Scheduled", type: "date", ...req },
      { name: "Purpose", type: "text" },
      { name: "Status", type: "code", codes: CODES.VISIT_STATUSES },
      { name: "Outcome", type: "text" },
      { name: "NextAction", type: "text" },
    ],
  },
  Requests: {
    name: "Requests",
    key: "TicketID",
    columns: [
      { name: "TicketID", type: "id", ...req },
      { name: "Received", type: "date", ...req },
      { name: "ClientID", type: "id", ref: "Clients" },
      { name: "Channel", type: "code", codes: CODES.REQUEST_CHANNELS },
      { name: "Kind", type: "code", codes: CODES.REQUEST_KINDS },
      { name: "Subject", type: "text", ...req },
      { name: "Impact", type: "code", codes: CODES.LEVELS },
      { name: "Urgency", type: "code", codes: CODES.LEVELS },
      { name: "Priority", type: "code", codes: CODES.PRIORITIES },
      { name: "DueBy", type: "date" },
      { name: "Owner", type: "id", ref: "Team" },
      { name: "Status", type: "code", codes: CODES.REQUEST_STATUSES },
      { name: "Resolved", type: "date" },
    ],
  },
  Meetings: {
    name: "Meetings",
    key: "MeetingID",
    columns: [
      { name: "MeetingID", type: "id", ...req },
      { name: "Date", type: "date", ...req },
      { name: "Start", type: "time" },
      { name: "End", type: "time" },
      { name: "Title", type: "text", ...req },
      { name: "Attendees", type: "id", ref: "Team", list: true },
      { name: "ClientID", type: "id", ref: "Clients" },
      { name: "Agenda", type: "text" },
      { name: "Minutes", type: "text" },
      { name: "Actions", type: "text" },
      { name: "Status", type: "code", codes: CODES.MEETING_STATUSES },
    ],
  },
  /** The reminders sent: one row per invoice a reminder named; the next reminder's level follows it. */
  Reminders: {
    name: "Reminders",
    columns: [
      { name: "Sent", type: "date", ...req },
      { name: "ClientID", type: "id", ...req, ref: "Clients" },
      { name: "InvoiceNo", type: "id", ...req, ref: "Invoices" },
      { name: "Level", type: "integer", ...req },
      { name: "Channel", type: "code", codes: CODES.REMINDER_CHANNELS },
    ],
  },
  /** Survey answers, one row per answer: a survey tool's export (one row per response) read apart, question by question. */
  Survey: {
    name: "Survey",
    columns: [
      { name: "ResponseID", type: "id", ...req },
      { name: "Date", type: "date" },
      { name: "ClientID", type: "id", ref: "Clients" },
      // the e-mail or name the respondent gave: kept when it matches no client
      { name: "Respondent", type: "text" },
      { name: "Question", type: "text", ...req },
      { name: "Answer", type: "text" },
      { name: "Score", type: "number" },
    ],
  },
  /** The campaigns sent: who received each (IDs in the cell, or a sheet when too many for one), for what it brought in. */
  Campaigns: {
    name: "Campaigns",
    key: "CampaignID",
    columns: [
      { name: "CampaignID", type: "id", ...req },
      { name: "Date", type: "date", ...req },
      { name: "Name", type: "text", ...req },
      { name: "Channel", type: "code", codes: CODES.CAMPAIGN_CHANNELS },
      { name: "Segment", type: "text" },
      { name: "Recipients", type: "integer" },
      { name: "RecipientIDs", type: "id", ref: "Clients", list: true },
      { name: "RecipientSheet", type: "text" },
    ],
  },
  /** Key/value settings (holidays, invoice number pattern, thresholds…); one row per value, keys may repeat. */
  Settings: {
    name: "Settings",
    columns: [
      { name: "Setting", type: "text", ...req },
      { name: "Value", type: "value" },
    ],
  },
} as const satisfies Record<TableName, TableDef>;

type ValueOf<T extends ColumnType> = T extends "date"
  ? Day
  : T extends "money"
    ? Cents
    : T extends "number" | "integer" | "rate"
      ? number
      : T extends "boolean"
        ? boolean
        : T extends "value"
          ? string | number | boolean
          : string;

type Columns<N extends TableName> = (typeof CONTRACT)[N]["columns"][number];
/** A cell's value: a code column holds one of its codes (the reader refuses any other). */
type CellOf<C> = C extends { type: "code"; codes: readonly (infer K)[] }
  ? K
  : C extends { type: infer T extends ColumnType }
    ? ValueOf<T>
    : never;

/** A contract table's row as read, before its required cells are checked: any cell may be blank (null). */
export type RawRecordOf<N extends TableName> = { [C in Columns<N> as C["name"]]: CellOf<C> | null };

/**
 * A record of a contract table as the features get it (`salesData` keeps only these): its required
 * cells hold a value, its other blank cells are null; extra user columns are not part of it.
 */
export type RecordOf<N extends TableName> = {
  [C in Columns<N> as C["name"]]: C extends { required: true } ? CellOf<C> : CellOf<C> | null;
};

export type Client = RecordOf<"Clients">;
export type Product = RecordOf<"Products">;
export type TeamMember = RecordOf<"Team">;
export type Target = RecordOf<"Targets">;
export type Quote = RecordOf<"Quotes">;
export type Order = RecordOf<"Orders">;
export type Invoice = RecordOf<"Invoices">;
export type Payment = RecordOf<"Payments">;
export type Visit = RecordOf<"Visits">;
export type Request = RecordOf<"Requests">;
export type Meeting = RecordOf<"Meetings">;
export type ReminderSent = RecordOf<"Reminders">;
export type SurveyAnswer = RecordOf<"Survey">;
export type Campaign = RecordOf<"Campaigns">;

export function tableDef(name: TableName): TableDef {
  return CONTRACT[name];
}

/** A contract column by name; a name the table does not have is a programming error, said as one. */
export function columnDef(table: TableName, name: string): ColumnDef {
  const column = tableDef(table).columns.find((c) => c.name === name);
  if (!column) throw new Error(`the contract's ${table} has no column ${name}`);
  return column;
}

/** Types whose cells are text however they look: Excel must not read "08001", "0042" or "2026-11" as a number or a date. */
const TEXT_TYPES: ReadonlySet<ColumnType> = new Set([
  "text",
  "id",
  "email",
  "iban",
  "country",
  "period",
  "last4",
  "code",
]);

/** The columns of a contract table that hold text (written in Excel's Text format, "@"). */
export function textColumns(table: string): Set<string> {
  const def = (CONTRACT as Record<string, TableDef>)[table];
  return new Set(def ? def.columns.filter((c) => TEXT_TYPES.has(c.type)).map((c) => c.name) : []);
}

/** The date columns of a contract table (none for a table outside the contract): adapters write Days there as dates. */
export function dateColumns(table: string): Set<string> {
  const def = (CONTRACT as Record<string, TableDef>)[table];
  return new Set(def ? def.columns.filter((c) => c.type === "date").map((c) => c.name) : []);
}
