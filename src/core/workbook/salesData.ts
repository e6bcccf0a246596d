/**
 * The typed records a report or a formula works from, read once from the workbook's contract
 * tables. A row whose required cells cannot be read is left out (the health check reports it); a
 * row with a bad optional cell stays, that cell blank (a client with a mistyped e-mail still gets
 * letters). A missing table is an empty list, and the features that need it say so.
 */
import { CONTRACT, RawRecordOf, RecordOf, TableName } from "./contract";
import { readContractTables } from "./check";
import { Readings, readTables } from "./records";
import { readSettings, Settings } from "./settings";
import type { ReadPort, TableData } from "./port";

/** The tables the features read, by the name they go by. */
const FEATURE_TABLES = {
  clients: "Clients",
  products: "Products",
  team: "Team",
  targets: "Targets",
  quotes: "Quotes",
  orders: "Orders",
  invoices: "Invoices",
  payments: "Payments",
  requests: "Requests",
  visits: "Visits",
  meetings: "Meetings",
  reminders: "Reminders",
  survey: "Survey",
  campaigns: "Campaigns",
} as const satisfies Record<string, TableName>;
type FeatureTables = typeof FEATURE_TABLES;
type FeatureRecords = { [K in keyof FeatureTables]: RecordOf<FeatureTables[K]>[] };

export type SalesData = FeatureRecords & {
  settings: Settings;
  /** which contract tables the workbook has */
  present: Set<string>;
  /** the workbook counts dates from 1904: date serials passed to formulas mean other days */
  date1904: boolean;
};

/** The rows of a table whose required cells all hold a value: records the types can trust. */
function valid<N extends TableName>(readings: Readings, name: N): RecordOf<N>[] {
  const required = CONTRACT[name].columns.filter((c) => "required" in c && c.required).map((c) => c.name);
  const holds = (record: RawRecordOf<N>): record is RawRecordOf<N> & RecordOf<N> =>
    required.every((c) => (record as Record<string, unknown>)[c] !== null);
  const reading = readings[name] as { records: { record: RawRecordOf<N> }[] } | undefined;
  return (reading?.records ?? []).map((r) => r.record).filter(holds);
}

export function salesDataFrom(tables: readonly TableData[]): SalesData {
  const readings = readTables(tables);
  const settingsTable = tables.find((t) => t.name === "Settings");
  const records = Object.fromEntries(
    Object.entries(FEATURE_TABLES).map(([key, table]) => [key, valid(readings, table)]),
  ) as FeatureRecords;
  return {
    ...records,
    settings: readSettings(readings.Settings, settingsTable?.date1904).settings,
    present: new Set(tables.map((t) => t.name)),
    date1904: tables.some((t) => t.date1904),
  };
}

export async function readSalesData(port: ReadPort): Promise<SalesData> {
  return salesDataFrom(await readContractTables(port, [...Object.values(FEATURE_TABLES), "Settings"]));
}
