/**
 * Workbook health: which contract tables exist, and every problem in them, including references
 * that point nowhere (an invoice for a client that is not in Clients).
 */
import { CONTRACT, TABLE_NAMES, TableName } from "./contract";
import { Problem, countBySeverity, problem } from "./problems";
import { Readings, readTables } from "./records";
import { readSettings, type Settings } from "./settings";
import type { ReadPort, TableData } from "./port";
import { say } from "../kernel/messages";
import { fileName, unusableAsName } from "../kernel/fileNames";

export interface TableHealth {
  table: TableName;
  present: boolean;
  sheet: string | null;
  rows: number;
  errors: number;
  warnings: number;
}

export interface WorkbookHealth {
  tables: TableHealth[];
  problems: Problem[];
  errors: number;
  warnings: number;
}

/**
 * A check a domain adds to the workbook's (VERI*FACTU's records): the owned tables it reads, and the
 * problems it finds with them and the contract tables, counted with one contract table.
 */
export interface DomainCheck {
  reads: string;
  countedWith: TableName;
  check(readings: Readings, settings: Settings, table: TableData | undefined): Problem[];
}

export function checkTables(tables: readonly TableData[], domains: readonly DomainCheck[] = []): WorkbookHealth {
  const owned = domains.map((d) => tables.find((t) => t.name === d.reads));
  return checkReadings(readTables(tables), tables.find((t) => t.name === "Settings")?.date1904, domains, owned);
}

/** Reads every contract table through a port and checks them, each table typed as soon as it is read; then the domains' checks. */
export async function checkWorkbook(port: ReadPort, domains: readonly DomainCheck[] = []): Promise<WorkbookHealth> {
  const readings: Readings = {};
  let settingsDate1904: boolean | undefined;
  const present = new Set(await port.tableNames());
  const [owned] = await Promise.all([
    Promise.all(domains.map((d) => (present.has(d.reads) ? port.readTable(d.reads) : undefined))),
    eachContractTable(
      port,
      TABLE_NAMES,
      (data) => {
        Object.assign(readings, readTables([data]));
        if (data.name === "Settings") settingsDate1904 = data.date1904;
      },
      present,
    ),
  ]);
  return checkReadings(readings, settingsDate1904, domains, owned);
}

function checkReadings(
  readings: Readings,
  settingsDate1904: boolean | undefined,
  domains: readonly DomainCheck[],
  owned: (TableData | undefined)[],
): WorkbookHealth {
  const problems = Object.fromEntries(TABLE_NAMES.map((t) => [t, [...(readings[t]?.problems ?? [])]])) as Record<
    TableName,
    Problem[]
  >;
  const keys = referenceKeys(readings);
  for (const t of TABLE_NAMES)
    problems[t].push(...danglingReferences(t, readings, keys), ...keysUnfitForFileNames(t, readings));
  const settings = readSettings(readings.Settings, settingsDate1904);
  problems.Settings.push(...settings.problems);
  domains.forEach((d, i) => problems[d.countedWith].push(...d.check(readings, settings.settings, owned[i])));
  const health = TABLE_NAMES.map((table): TableHealth => {
    const reading = readings[table];
    return {
      table,
      present: reading !== undefined,
      sheet: reading?.sheet ?? null,
      rows: reading?.records.length ?? 0,
      ...countBySeverity(problems[table]),
    };
  });
  const all = TABLE_NAMES.flatMap((t) => problems[t]);
  return { tables: health, problems: all, ...countBySeverity(all) };
}

/** The contract tables a workbook has, of those named (all by default). */
export async function readContractTables(
  port: ReadPort,
  only: readonly TableName[] = TABLE_NAMES,
): Promise<TableData[]> {
  const tables: TableData[] = [];
  await eachContractTable(port, only, (data) => tables.push(data));
  return only.flatMap((name) => tables.filter((t) => t.name === name));
}

/** Reads those of the named tables the workbook has side by side, handing each over as soon as it is read. */
async function eachContractTable(
  port: ReadPort,
  names: readonly TableName[],
  take: (data: TableData) => void,
  known?: Set<string>,
): Promise<void> {
  const present = known ?? new Set(await port.tableNames());
  await Promise.all(
    names
      .filter((name) => present.has(name))
      .map(async (name) => {
        const data = await port.readTable(name);
        if (data?.name === name) take(data);
      }),
  );
}

/** A reference as its table matches it: an exec by ID or name in any case and spacing, as every feature resolves one (workbook/team.ts). */
const asKey = (table: TableName, value: string) => (table === "Team" ? value.trim().toLowerCase() : value);

/** The values each referenced table answers to: its keys, and for Team also the execs' names. */
function referenceKeys(readings: Readings): Partial<Record<TableName, Set<string>>> {
  const keys: Partial<Record<TableName, Set<string>>> = {};
  for (const t of TABLE_NAMES) {
    const key = (CONTRACT[t] as { key?: string }).key;
    const reading = readings[t];
    if (!key || !reading) continue;
    const set = new Set<string>();
    for (const { record } of reading.records) {
      const r = record as Record<string, unknown>;
      if (r[key] !== null) set.add(asKey(t, String(r[key])));
      if (t === "Team" && r.Name !== null) set.add(asKey(t, String(r.Name)));
    }
    keys[t] = set;
  }
  return keys;
}

function danglingReferences(
  table: TableName,
  readings: Readings,
  keys: Partial<Record<TableName, Set<string>>>,
): Problem[] {
  const reading = readings[table];
  if (!reading) return [];
  const problems: Problem[] = [];
  for (const column of CONTRACT[table].columns) {
    const target = "ref" in column ? column.ref : undefined;
    const known = target ? keys[target] : undefined;
    if (!target || !known) continue;
    for (const { row, record } of reading.records) {
      const value = (record as Record<string, unknown>)[column.name];
      if (value === null) continue;
      for (const one of "list" in column && column.list ? referencesIn(String(value)) : [String(value)]) {
        if (!known.has(asKey(target, one)))
          problems.push(
            problem(reading.sheet, row, column.name, "warning", say("table.notIn", { value: one, table: target })),
          );
      }
    }
  }
  return problems;
}

/** Keys that name files (documents, invitations, drafts) and cannot as written: said, so she can fix them. */
function keysUnfitForFileNames(table: TableName, readings: Readings): Problem[] {
  const key = (CONTRACT[table] as { key?: string }).key;
  const reading = readings[table];
  if (!key || !reading) return [];
  const problems: Problem[] = [];
  for (const { row, record } of reading.records) {
    const value = (record as Record<string, unknown>)[key];
    if (typeof value === "string" && unusableAsName(value))
      problems.push(
        problem(
          reading.sheet,
          row,
          key,
          "warning",
          say("table.keyFileName", { value: JSON.stringify([...value].slice(0, 40).join("")), name: fileName(value) }),
        ),
      );
  }
  return problems;
}

/** The references a list cell holds: "E01, E02; E03" is three. */
export function referencesIn(cell: string): string[] {
  return cell
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}
