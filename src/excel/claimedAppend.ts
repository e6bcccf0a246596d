/**
 * Appending a row that takes the next number, safe under co-authoring (port.ts, appendRow): the row
 * is claimed first, numbered once the claims above it are settled, and checked after it is written.
 */
import { type AppendRequest, type Cell, type OutputCell, rowValues, dateColumns, textColumns } from "../core/workbook";
import {
  ATTEMPTS,
  clearFilterFor,
  excelValue,
  openTable,
  readColumns,
  removeRow,
  rowFormats,
  swapRow,
} from "./tableRows";
import { say, type Message } from "../core/kernel";

/** How long a claimed row may stand unfinished before it counts as abandoned by its writer. */
export const CLAIM_LIFETIME_MS = 60_000;
/** What a claimed row's key holds until its number is known: "⧗ claimed <ISO time> <random>". */
const CLAIM = "⧗ claimed ";
/** Time as the adapter sees it: real in Excel, stepped by the tests. */
export interface Clock {
  now(): number;
  pause(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Claim, then number: the row is added with a claim in its key cell, the key column read back, and
 * once every live claim above it is settled the row is built from the rows above and written where
 * the claim stands (checked to still be there). Read again in the same round trip: if another row
 * holds the same number, that one keeps it and this one is claimed again at the end. Four round
 * trips when nobody else is writing.
 */
export async function appendClaimed(
  context: Excel.RequestContext,
  { table: name, keyColumn, reads = [], build, joins = false, texts: ownTexts }: AppendRequest,
  clock: Clock,
  notice?: (said: Message) => void,
): Promise<Record<string, OutputCell>> {
  const open = await openTable(context, name);
  const { table, headers, rowCount, date1904 } = open;
  const columns = [keyColumn, ...reads];
  const missing = columns.find((c) => !headers.includes(c));
  if (missing !== undefined) throw new Error(`the ${name} table has no ${missing} column`);
  const token = `${CLAIM}${new Date(clock.now()).toISOString()} ${Math.random().toString(36).slice(2, 10)}`;
  if (clearFilterFor(open)) notice?.(say("excel.filterCleared", { table: name }));
  table.rows.add(undefined, [headers.map((h) => (h === keyColumn ? token : ""))]);
  const dates = dateColumns(name);
  const texts = ownTexts ? new Set(ownTexts) : textColumns(name);
  const weight = {}; // what a row of these columns weighs, learnt by the first read
  let read = await readColumns(context, table, columns, rowCount + 1, weight);
  for (let attempt = 0; attempt < ATTEMPTS;) {
    const keys = read[0];
    const at = keys.findIndex((k) => k === token);
    if (at < 0) throw new Error(`the row being added to ${name} was removed meanwhile: nothing was issued`);
    if (keys.slice(0, at).some((k) => liveClaim(k, clock))) {
      await clock.pause(250); // a writer above is finishing its row: this one's number comes after
      read = await readColumns(context, table, columns, keys.length, weight);
      continue;
    }
    const above = rowValues(
      columns,
      keys.slice(0, at).flatMap((k, i) => (isClaim(k) ? [] : [columns.map((_, c) => read[c][i])])),
      columns,
    );
    let row: Record<string, OutputCell>;
    try {
      row = build(above);
    } catch (refused) {
      await removeRow(context, table, keyColumn, headers.indexOf(keyColumn), token);
      throw refused;
    }
    const values = headers.map((h) => excelValue(row[h], h, dates.has(h), date1904));
    const before = swapRow(table, at, values, rowFormats(headers, texts, row));
    read = await readColumns(context, table, columns, keys.length, weight);
    if (before().values[headers.indexOf(keyColumn)] !== token) {
      // A co-author moved the rows between the read and the write: put back what was there.
      table.getDataBodyRange().getRow(at).formulas = [before().formulas];
      read = await readColumns(context, table, columns, keys.length, weight);
      continue;
    }
    const number = String(row[keyColumn]);
    if (joins || read[0].filter((k) => String(k) === number).length === 1) {
      if (at > 0 && read[0][0] === null) await dropPlaceholder(context, table);
      return row;
    }
    // Another row holds the number too (typed by hand, or come late from a co-author): it keeps it,
    // and this row is withdrawn and claimed again at the end, below every number taken so far.
    table.getDataBodyRange().getCell(at, headers.indexOf(keyColumn)).values = [[token]];
    await removeRow(context, table, keyColumn, headers.indexOf(keyColumn), token);
    table.rows.add(undefined, [headers.map((h) => (h === keyColumn ? token : ""))]);
    read = await readColumns(context, table, columns, keys.length, weight);
    attempt++;
  }
  await removeRow(context, table, keyColumn, headers.indexOf(keyColumn), token);
  throw new Error(
    `no number could be taken in ${name}: others kept taking the same one; nothing was issued, try again`,
  );
}

function isClaim(key: Cell): key is string {
  return typeof key === "string" && key.startsWith(CLAIM);
}

function liveClaim(key: Cell, clock: Clock): boolean {
  if (!isClaim(key)) return false;
  const since = Date.parse(key.slice(CLAIM.length).split(" ")[0]);
  return Number.isFinite(since) && clock.now() - since < CLAIM_LIFETIME_MS;
}

/**
 * Takes away the one blank row Excel keeps in a table made over its headers alone, once a real row
 * stands below it (issue 29): read first, removed only if nothing is in it, and put back if a
 * co-author typed into it meanwhile. Only where the first row's key is blank: no round trip otherwise.
 */
async function dropPlaceholder(context: Excel.RequestContext, table: Excel.Table): Promise<void> {
  const first = table.getDataBodyRange().getRow(0).load("values");
  await context.sync();
  if (!first.values[0].every((v) => v === "")) return;
  const before = table.getDataBodyRange().getRow(0).load("values,formulas");
  table.rows.getItemAt(0).delete();
  await context.sync();
  if (before.values[0].every((v) => v === "")) return;
  table.rows.add(0, before.formulas as (string | number | boolean)[][]);
  await context.sync();
}
