/**
 * Merging a duplicate client into its survivor, all or nothing. Every step is checked before the
 * first write; then the merged row is archived first, with a journal of what the merge will change
 * (the survivor's blanks it fills, the rows whose ClientID it re-points), and marked done last. A
 * merge stopped half-way (Excel closed, a conflict) stays "started" in the archive, where the pane
 * offers to finish it or to roll it back from its journal; a merge done can be undone from it the same
 * way. Nothing is ever deleted: the merged row lives on in the archive.
 */
import { CONTRACT, ColumnDef, TABLE_NAMES, dateColumns, tableDef } from "../workbook/contract";
import { Day, dayFromSerial } from "../kernel/dates";
import type { Cell, OutputCell, SheetOutput, TableData, WorkbookPort } from "../workbook/port";
import { FORMAT_OF } from "../workbook/output";
import { ARCHIVE_SHEET, ownedSheet } from "../workbook/ownedSheets";
import { render, say, type Message, type MessageLanguage } from "../kernel/messages";

export const ARCHIVE_TABLE = "ClientsArchive";
export const ARCHIVE_COLUMNS = ["MergedInto", "MergedOn", "MergeState", "MergeJournal"] as const;

export type MergeState = "started" | "done" | "rolled back";

/** Rows listed by key in a journal, at most: beyond, the merge can be finished but not rolled back. */
const JOURNAL_KEYS = 2_000;

export interface MergePlan {
  survivor: string;
  merged: string;
  /** the survivor's empty cells filled from the merged client: column → value */
  fills: Record<string, Cell>;
  /** per table that names clients: its key column and the keys of the rows naming the merged client */
  references: { table: string; key: string; keys: string[] }[];
}

export type MergeOutcome = { ok: true; repointed: number } | { ok: false; error: Message };

/** A merge as the archive keeps it: one started and not finished is offered to be finished or rolled back, a done one to be undone. */
export interface ArchivedMerge {
  state: MergeState;
  merged: string;
  survivor: string;
  /** the merged client's row as it was (Clients headers → value) */
  row: Record<string, OutputCell>;
  plan: MergePlan;
  /** the journal listed every row: a roll back can put each reference back */
  reversible: boolean;
}

/** The tables whose rows name a client, with the column that keys their rows. */
function referencingTables(): { table: string; key: string }[] {
  return TABLE_NAMES.flatMap((table) => {
    const { key, columns } = tableDef(table);
    return table !== "Clients" && key && columns.some((c) => c.name === "ClientID") ? [{ table, key }] : [];
  });
}

/** What merging `merged` into `survivor` changes; refused when either is gone (a merge done already). */
export function planMerge(
  clients: TableData,
  survivorId: string,
  mergedId: string,
  archived: TableData | undefined,
  tables: readonly (TableData | undefined)[] = [],
): { ok: true; plan: MergePlan } | { ok: false; error: Message } {
  const key = clients.headers.indexOf("ClientID");
  const find = (id: string) => clients.rows.find((r) => String(r[key]) === id);
  const [survivor, merged] = [find(survivorId), find(mergedId)];
  if (survivorId === mergedId) return { ok: false, error: say("merge.itself") };
  const archive: Pick<TableData, "headers" | "rows"> = archived ?? { headers: [], rows: [] };
  const before = archive.rows.find((r) => String(r[archive.headers.indexOf("ClientID")]) === mergedId);
  if (before && archive.headers.includes("MergeState") && before[archive.headers.indexOf("MergeState")] === "started") {
    return { ok: false, error: say("merge.unfinished", { client: mergedId }) };
  }
  if (before)
    return {
      ok: false,
      error: say("merge.already", { client: mergedId, into: String(before[archive.headers.indexOf("MergedInto")]) }),
    };
  if (!survivor || !merged)
    return { ok: false, error: say("invoice.noClient", { client: !survivor ? survivorId : mergedId }) };
  const fills: Record<string, Cell> = {};
  clients.headers.forEach((h, i) => {
    if (h === "ClientID" || h === "") return;
    const empty = (v: Cell) => v === null || v === "";
    if (empty(survivor[i]) && !empty(merged[i])) fills[h] = merged[i];
  });
  const references = referencingTables().flatMap(({ table, key }) => {
    const data = tables.find((t) => t?.name.toLowerCase() === table.toLowerCase());
    if (!data || !data.headers.includes("ClientID")) return [];
    const [client, keyAt] = [data.headers.indexOf("ClientID"), data.headers.indexOf(key)];
    const keys = data.rows
      .filter((r) => String(r[client]) === mergedId)
      .map((r) => (keyAt < 0 ? "" : String(r[keyAt] ?? "")));
    return [{ table: data.name, key, keys }];
  });
  return { ok: true, plan: { survivor: survivorId, merged: mergedId, fills, references } };
}

/** The journal kept in the archive row: the plan, with the keys listed while they fit. */
function journalOf(plan: MergePlan): string {
  const listed = plan.references.reduce((n, r) => n + r.keys.length, 0) <= JOURNAL_KEYS;
  return JSON.stringify({
    fills: plan.fills,
    references: plan.references.map((r) => ({ ...r, keys: listed ? r.keys : null })),
  });
}

/** The archive sheet with the merged client's row added (as it was, with the survivor, the day, the state and the journal). */
export function archiveSheet(
  clients: TableData,
  plan: MergePlan,
  day: Day,
  archived: TableData | undefined,
  language: MessageLanguage = "en",
): SheetOutput {
  const headers = [
    ...new Set(
      [...clients.headers, ...(archived?.headers ?? [])].filter(
        (h) => !(ARCHIVE_COLUMNS as readonly string[]).includes(h),
      ),
    ),
    ...ARCHIVE_COLUMNS,
  ];
  // a plan names a merged client found in this table (mergePlan)
  const row = clients.rows.find((r) => String(r[clients.headers.indexOf("ClientID")]) === plan.merged)!;
  const archive: Pick<TableData, "headers" | "rows" | "date1904"> = archived ?? {
    headers: [],
    rows: [],
    date1904: false,
  };
  const old = archive.rows.map((r) =>
    headers.map((h): OutputCell => {
      const v = archive.headers.indexOf(h) < 0 ? null : r[archive.headers.indexOf(h)];
      // Read back, dates are serials again: the archive's own date column goes out as Days.
      if (h === "MergedOn" && typeof v === "number") return dayFromSerial(v, archive.date1904) ?? v;
      return h === "MergeState" && v === null ? "done" : v; // rows archived before journals were merges done
    }),
  );
  const added: Record<string, OutputCell> = {
    MergedInto: plan.survivor,
    MergedOn: day,
    MergeState: "started" satisfies MergeState,
    MergeJournal: journalOf(plan),
  };
  const formatOf = (h: string) =>
    h === "MergedOn"
      ? "date"
      : (FORMAT_OF[(CONTRACT.Clients.columns as readonly ColumnDef[]).find((c) => c.name === h)?.type ?? "text"] ??
        "text");
  return {
    ...ownedSheet(ARCHIVE_SHEET, language), // its marker finds it wherever the user moved or renamed it
    title: render(say("sheet.archiveTitle"), language),
    tables: [
      {
        name: ARCHIVE_TABLE,
        columns: headers.map((header) => ({ header, format: formatOf(header) })),
        rows: [
          ...old,
          headers.map((h) =>
            h in added ? added[h] : clients.headers.includes(h) ? row[clients.headers.indexOf(h)] : null,
          ),
        ],
      },
    ],
  };
}

/** Reads what a merge needs: Clients, the archive and every table that names clients. */
async function readForMerge(
  port: WorkbookPort,
): Promise<{ clients?: TableData; archived?: TableData; tables: (TableData | undefined)[] }> {
  const present = new Set((await port.listTables()).map((t) => t.name.toLowerCase()));
  const read = (name: string) => (present.has(name.toLowerCase()) ? port.readTable(name) : Promise.resolve(undefined));
  const [clients, archived, ...tables] = await Promise.all([
    read("Clients"),
    read(ARCHIVE_TABLE),
    ...referencingTables().map((t) => read(t.table)),
  ]);
  return { clients, archived, tables };
}

/** Merges as planned: archives the merged row with its journal, fills the survivor, re-points every reference, removes the merged row, marks it done. */
export async function mergeClients(
  port: WorkbookPort,
  survivorId: string,
  mergedId: string,
  day: Day,
  language: MessageLanguage = "en",
): Promise<MergeOutcome> {
  const { clients, archived, tables } = await readForMerge(port);
  if (!clients) return { ok: false, error: say("merge.noClients") };
  const planned = planMerge(clients, survivorId, mergedId, archived, tables);
  if (!planned.ok) return planned;
  await port.writeSheet(archiveSheet(clients, planned.plan, day, archived, language)); // the journal, before any other write
  return finishMerge(port, planned.plan);
}

/** The remaining steps of a merge, each safe to run again: blanks filled, references re-pointed, the merged row removed, the journal closed. */
export async function finishMerge(port: WorkbookPort, plan: MergePlan): Promise<MergeOutcome> {
  // Each fill is its own change: a blank the user has filled since keeps her value.
  for (const [column, to] of Object.entries(plan.fills))
    await port.updateRow("Clients", "ClientID", plan.survivor, [{ column, from: null, to }]);
  let repointed = 0;
  for (const { table } of plan.references)
    repointed += await port.rewriteColumn(table, "ClientID", (v) => (v === plan.merged ? plan.survivor : v));
  await port.deleteRow("Clients", "ClientID", plan.merged);
  await setState(port, plan.merged, "done");
  return { ok: true, repointed };
}

/** Undoes a merge from its journal: references put back, fills emptied (where still the merged client's), the merged row back in Clients. */
export async function rollBackMerge(port: WorkbookPort, merge: ArchivedMerge): Promise<MergeOutcome> {
  if (!merge.reversible) return { ok: false, error: say("merge.irreversible", { client: merge.merged }) };
  const { plan } = merge;
  let restored = 0;
  for (const { table, key, keys } of plan.references) {
    for (const k of keys) {
      const r = await port.updateRow(table, key, k, [{ column: "ClientID", from: plan.survivor, to: plan.merged }]);
      if (r.ok) restored++;
    }
  }
  for (const [column, from] of Object.entries(plan.fills))
    await port.updateRow("Clients", "ClientID", plan.survivor, [{ column, from, to: null }]);
  const clients = await port.readTable("Clients");
  if (clients && !clients.rows.some((r) => String(r[clients.headers.indexOf("ClientID")]) === plan.merged)) {
    await port.appendRow({ table: "Clients", keyColumn: "ClientID", build: () => merge.row });
  }
  await setState(port, plan.merged, "rolled back", merge.state);
  return { ok: true, repointed: restored };
}

async function setState(
  port: WorkbookPort,
  merged: string,
  to: MergeState,
  from: MergeState = "started",
): Promise<void> {
  await port.updateRow(ARCHIVE_TABLE, "ClientID", merged, [{ column: "MergeState", from, to }]);
}

/** The merges the archive holds in that state (with the journal that lets them be finished or undone). */
export function archivedMerges(archived: TableData | undefined, state: MergeState): ArchivedMerge[] {
  if (!archived || !archived.headers.includes("MergeJournal")) return [];
  const at = (h: string) => archived.headers.indexOf(h);
  return archived.rows
    .filter((r) => r[at("MergeState")] === state && r[at("MergeJournal")] !== null)
    .map((r) => {
      const journal = JSON.parse(String(r[at("MergeJournal")] ?? "{}")) as {
        fills?: Record<string, Cell>;
        references?: { table: string; key: string; keys: string[] | null }[];
      };
      const references = journal.references ?? [];
      // Read back, the row's dates are serials: it goes back into Clients with Days, as every write does.
      const dates = dateColumns("Clients");
      const day = (h: string, v: Cell) =>
        dates.has(h) && typeof v === "number" ? (dayFromSerial(v, archived.date1904) ?? v) : v;
      const row = Object.fromEntries(
        archived.headers
          .filter((h) => !(ARCHIVE_COLUMNS as readonly string[]).includes(h))
          .map((h) => [h, day(h, r[at(h)])]),
      );
      const [merged, survivor] = [String(r[at("ClientID")]), String(r[at("MergedInto")])];
      return {
        state,
        merged,
        survivor,
        row,
        plan: {
          survivor,
          merged,
          fills: journal.fills ?? {},
          references: references.map((x) => ({ ...x, keys: x.keys ?? [] })),
        },
        reversible: references.every((x) => x.keys !== null),
      };
    });
}
