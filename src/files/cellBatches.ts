/**
 * A sheet's cells as the XML scanner finds them, in batches of typed arrays: what each cell holds
 * (a number, a date serial, a shared string's index, a text) without the workbook's strings or date
 * system, so the scan can run on another thread and hand its batches over without copying them.
 */
import type { Zipped } from "./zipEntries";
import { UnreadableFile } from "./unreadableFile";
import {
  BOOLEAN,
  CellScanner,
  decode,
  INLINE,
  ISO_DATE,
  lastCellEnd,
  numberAt,
  NUMBER,
  SHARED,
  texts,
} from "./sheetXml";

/** What a cell of a batch holds; its value is the number, the serial, or an index into the strings. */
export const CellKind = {
  Number: 0,
  /** a number in a date format: the workbook's serial */
  Serial: 1,
  /** an index into the workbook's shared strings */
  Shared: 2,
  /** an index into the batch's texts */
  Text: 3,
  /** an index into the batch's texts, holding an ISO date */
  IsoDate: 4,
  Boolean: 5,
} as const;
type CellKind = (typeof CellKind)[keyof typeof CellKind];

export interface CellBatch {
  count: number;
  rows: Int32Array;
  columns: Int32Array;
  kinds: Uint8Array;
  values: Float64Array;
  texts: string[];
  /** on the last batch: how many numeric cells each style formats (the sheet's currency follows) */
  numbersByStyle?: number[];
}

/** Inflates and scans a sheet's XML into batches; `dateStyles[s]` says whether style s formats dates. */
export type SheetScan = (sheet: Zipped, dateStyles: boolean[]) => AsyncIterable<CellBatch>;

const BATCH = 1 << 16;

function emptyBatch(): CellBatch {
  return {
    count: 0,
    rows: new Int32Array(BATCH),
    columns: new Int32Array(BATCH),
    kinds: new Uint8Array(BATCH),
    values: new Float64Array(BATCH),
    texts: [],
  };
}

/** The scan on this thread, of the XML's bytes as they inflate. */
export async function* scanSheetXml(xml: AsyncIterable<Uint8Array>, dateStyles: boolean[]): AsyncIterable<CellBatch> {
  const numbersByStyle = dateStyles.map(() => 0);
  const full: CellBatch[] = [];
  let batch = emptyBatch();
  const put = (row: number, column: number, kind: CellKind, value: number) => {
    const i = batch.count++;
    batch.rows[i] = row;
    batch.columns[i] = column;
    batch.kinds[i] = kind;
    batch.values[i] = value;
    if (batch.count === BATCH) {
      full.push(batch);
      batch = emptyBatch();
    }
  };
  const putText = (row: number, column: number, kind: CellKind, text: string) => {
    if (text !== "") put(row, column, kind, batch.texts.push(text) - 1);
  };
  const utf8 = new TextDecoder();
  const text = (xml: Uint8Array, from: number, to: number) => utf8.decode(xml.subarray(from, to));
  const scanner = new CellScanner((row, column, type, style, xml, from, to) => {
    switch (type) {
      case SHARED: {
        let index = 0;
        for (let i = from; i < to; i++) index = index * 10 + xml[i] - 48;
        return put(row, column, CellKind.Shared, index);
      }
      case BOOLEAN:
        return put(row, column, CellKind.Boolean, xml[from] === 49 || xml[from] === 116 ? 1 : 0); // "1", "true"
      case NUMBER: {
        if (from === to) return;
        const n = numberAt(xml, from, to);
        if (!Number.isFinite(n)) return;
        if (style < numbersByStyle.length) numbersByStyle[style]++;
        return put(row, column, dateStyles[style] ? CellKind.Serial : CellKind.Number, n);
      }
      case ISO_DATE:
        return putText(row, column, CellKind.IsoDate, text(xml, from, to));
      default:
        return putText(
          row,
          column,
          CellKind.Text,
          type === INLINE ? texts(text(xml, from, to)) : decode(text(xml, from, to)),
        );
    }
  });
  // What follows the last finished cell, kept as the chunks it came in until a cell ends: each byte
  // is copied once however long the unfinished part runs, so the scan stays linear (issue 28).
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let inflated = 0;
  for await (const chunk of xml) {
    inflated += chunk.length;
    if (inflated > MAX_SHEET_BYTES)
      throw new UnreadableFile(`holds more than ${MAX_SHEET_BYTES / 2 ** 30} GB of XML: no real sheet is that large`);
    if (pending.length > 0 && !endsACell(pending[pending.length - 1], chunk)) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes > MAX_UNFINISHED_BYTES)
        throw new UnreadableFile(
          `has ${MAX_UNFINISHED_BYTES / 2 ** 20} MB of XML with no cell ending in it: the file is damaged`,
        );
      continue;
    }
    const piece = pending.length === 0 ? chunk : concat([...pending, chunk]);
    const end = lastCellEnd(piece);
    scanner.scan(piece, end);
    pending = end < piece.length ? [piece.slice(end)] : [];
    pendingBytes = piece.length - end;
    yield* full.splice(0);
  }
  const rest = concat(pending);
  scanner.scan(rest, rest.length);
  yield* full.splice(0);
  yield { ...batch, numbersByStyle };
}

/** Inflated XML a sheet may hold, and XML that may run on with no cell ending in it. */
const MAX_SHEET_BYTES = 2 * 2 ** 30;
const MAX_UNFINISHED_BYTES = 64 * 2 ** 20;

/** Whether a `</c>` ends in the chunk, or across its start (begun at the end of the one before). */
function endsACell(before: Uint8Array, chunk: Uint8Array): boolean {
  return lastCellEnd(chunk) > 0 || lastCellEnd(concat([before.subarray(-3), chunk.subarray(0, 3)])) > 0;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
