/**
 * Excel on the web refuses a request or a response over 5 MB (RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded; "Resource limits and performance optimization for Office
 * Add-ins"). What travels is JSON, so the adapter sizes every read and write in bytes, not in cells:
 * a 200-character note weighs forty times a number.
 */

/** The documented limit, for a request and for a response alike. */
export const PAYLOAD_LIMIT = 5_000_000;
/** What a request or response of ours is to stay under (issue 29's aim). */
export const PAYLOAD_AIM = 4_000_000;
/** What the values of one request or response are cut to: the aim, with room for envelopes and other actions. */
export const PAYLOAD_BUDGET = 3_800_000;
/** The JSON envelope of one action or object path in a request, or one result in a response (Id, ActionType, Name, ObjectPathId, ArgumentInfo …). */
export const ENVELOPE_BYTES = 160;
/** Cells of the first chunk of a read whose sizes are not yet known: at most ~2 MB at 200 bytes a cell. */
export const FIRST_READ_CELLS = 10_000;

/** The UTF-8 bytes of a value as JSON, counted without building the text. */
export function jsonBytes(value: unknown): number {
  if (typeof value === "string") return stringBytes(value);
  if (Array.isArray(value))
    return value.reduce((sum: number, v) => sum + jsonBytes(v) + 1, 1) + (value.length === 0 ? 1 : 0); // "[", each and its "," or "]"
  if (value === null || value === undefined) return 4;
  return String(value).length;
}

function stringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) bytes += 2;
    else if (c < 0x20) bytes += 6;
    else if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else bytes += 3; // a surrogate pair is 4 bytes: 3 + 3 over-counts, which is on the safe side
  }
  return bytes;
}

/** Cuts items into consecutive runs whose bytes stay under the budget (an item over it alone goes alone). */
export function runsUnder<T>(items: readonly T[], bytesOf: (item: T) => number, budget = PAYLOAD_BUDGET): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item);
    if (run.length > 0 && bytes + size > budget) {
      runs.push(run);
      [run, bytes] = [[], 0];
    }
    run.push(item);
    bytes += size;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Whether Excel refused a batch for its size: the batch may be sent again smaller. */
export function tooLarge(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code ?? String((error as Error | undefined)?.message ?? "");
  return /(Request|Response)PayloadSizeLimitExceeded/.test(code);
}

/**
 * Reads `rowCount` rows in requests sized by what the rows read so far weighed: the first of
 * `firstRows`, each next one as many rows as the heaviest row seen allows under the budget. A chunk
 * Excel still refuses for its size is read again in halves.
 */
export async function readInChunks<T>(
  context: Excel.RequestContext,
  rowCount: number,
  firstRows: number,
  load: (first: number, size: number) => () => T[],
  bytesOf: (row: T) => number,
): Promise<T[]> {
  const rows: T[] = [];
  let size = Math.max(1, Math.floor(firstRows));
  for (let first = 0; first < rowCount;) {
    const take = Math.min(size, rowCount - first);
    const chunk = load(first, take);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk, under the payload limit
      await context.sync();
    } catch (refused) {
      if (!tooLarge(refused) || take === 1) throw refused;
      size = Math.ceil(take / 2);
      continue;
    }
    const read = chunk();
    rows.push(...read);
    first += take;
    const heaviest = read.reduce((max, row) => Math.max(max, bytesOf(row)), 1);
    size = Math.max(1, Math.floor(PAYLOAD_BUDGET / heaviest));
  }
  return rows;
}
