/**
 * The typed records a report or a formula works from, read once from the workbook's contract
 * tables. A row whose required cells cannot be read is left out (the health check reports it); a
 * row with a bad optional cell stays, that cell blank (a client with a mistyped e-mail still gets
 * letters). A missing table is an empty list, and the features that need it say so.
 */
import {
  CONTRACT,
  Campaign,
  Client,
  Invoice,
  Meeting,
  Order,
  Payment,
  Product,
  Quote,
  ReminderSent,
  Request,
  SurveyAnswer,
  Target,
  TeamMember,
  Visit,
} from "./contract";
import { readContractTables } from "./check";
import { Readings, readTables } from "./records";
import { readSettings, Settings } from "./settings";
import type { ReadPort, TableData } from "./port";

export interface SalesData {
  clients: Client[];
  products: Product[];
  team: TeamMember[];
  targets: Target[];
  quotes: Quote[];
  orders: Order[];
  invoices: Invoice[];
  payments: Payment[];
  requests: Request[];
  visits: Visit[];
  meetings: Meeting[];
  reminders: ReminderSent[];
  survey: SurveyAnswer[];
  campaigns: Campaign[];
  settings: Settings;
  /** which contract tables the workbook has */
  present: Set<string>;
  /** the workbook counts dates from 1904: date serials passed to formulas mean other days */
  date1904: boolean;
}

function valid<N extends keyof Readings>(readings: Readings, name: N) {
  const required = CONTRACT[name].columns.filter((c) => "required" in c && c.required).map((c) => c.name);
  return (readings[name]?.records ?? []).map((r) => r.record as Record<string, unknown>).filter((record) => required.every((c) => record[c] !== null));
}

export function salesDataFrom(tables: readonly TableData[]): SalesData {
  const readings = readTables(tables);
  const settingsTable = tables.find((t) => t.name === "Settings");
  return {
    clients: valid(readings, "Clients") as Client[],
    products: valid(readings, "Products") as Product[],
    team: valid(readings, "Team") as TeamMember[],
    targets: valid(readings, "Targets") as Target[],
    quotes: valid(readings, "Quotes") as Quote[],
    orders: valid(readings, "Orders") as Order[],
    invoices: valid(readings, "Invoices") as Invoice[],
    payments: valid(readings, "Payments") as Payment[],
    requests: valid(readings, "Requests") as Request[],
    visits: valid(readings, "Visits") as Visit[],
    meetings: valid(readings, "Meetings") as Meeting[],
    reminders: valid(readings, "Reminders") as ReminderSent[],
    survey: valid(readings, "Survey") as SurveyAnswer[],
    campaigns: valid(readings, "Campaigns") as Campaign[],
    settings: readSettings(readings.Settings, settingsTable?.date1904).settings,
    present: new Set(tables.map((t) => t.name)),
    date1904: tables.some((t) => t.date1904),
  };
}

export async function readSalesData(port: ReadPort): Promise<SalesData> {
  return salesDataFrom(
    await readContractTables(port, [
      "Clients",
      "Products",
      "Team",
      "Targets",
      "Quotes",
      "Orders",
      "Invoices",
      "Payments",
      "Requests",
      "Visits",
      "Meetings",
      "Reminders",
      "Survey",
      "Campaigns",
      "Settings",
    ]),
  );
}
