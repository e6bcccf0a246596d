/**
 * A sheet's cells as the XML scanner finds them, in batches of typed arrays: what each cell holds
 * (a number, a date serial, a shared string's index, a text) without the workbook's strings or date
 * system, so the scan can run on another thread and hand its batches over without copying them.
 */
import type { Zipped } from "./zipEntries";
import { BOOLEAN, CellScanner, decode, INLINE, ISO_DATE, numberAt, NUMBER, own, SHARED, texts } from "./sheetXml";

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
const DECODE_BYTES = 64 * 1024;

function emptyBatch(): CellBatch {
  return { count: 0, rows: new Int32Array(BATCH), columns: new Int32Array(BATCH), kinds: new Uint8Array(BATCH), values: new Float64Array(BATCH), texts: [] };
}

/** The scan on this thread, of the XML as it inflates: decoded 64 KB at a time, an unfinished cell carried over to the next piece. */
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
  const scanner = new CellScanner((row, column, type, style, xml, from, to) => {
    switch (type) {
      case SHARED: {
        let index = 0;
        for (let i = from; i < to; i++) index = index * 10 + xml.charCodeAt(i) - 48;
        return put(row, column, CellKind.Shared, index);
      }
      case BOOLEAN:
        return put(row, column, CellKind.Boolean, xml.charCodeAt(from) === 49 || xml.startsWith("true", from) ? 1 : 0);
      case NUMBER: {
        if (from === to) return;
        const n = numberAt(xml, from, to);
        if (!Number.isFinite(n)) return;
        if (style < numbersByStyle.length) numbersByStyle[style]++;
        return put(row, column, dateStyles[style] ? CellKind.Serial : CellKind.Number, n);
      }
      case ISO_DATE:
        return putText(row, column, CellKind.IsoDate, xml.substring(from, to));
      default:
        return putText(row, column, CellKind.Text, type === INLINE ? texts(xml.substring(from, to)) : own(decode(xml.substring(from, to))));
    }
  });
  const decoder = new TextDecoder();
  let carry = "";
  for await (const chunk of xml) {
    // 64 KB at a time: a longer text would live in V8's large-object space until a full collection.
    for (let at = 0; at < chunk.length; at += DECODE_BYTES) {
      const text = carry + decoder.decode(chunk.subarray(at, at + DECODE_BYTES), { stream: true });
      const end = text.lastIndexOf("</c>") + 4;
      if (end < 4) {
        carry = text;
        continue;
      }
      scanner.scan(text, end);
      carry = text.slice(end);
      yield* full.splice(0);
    }
  }
  scanner.scan(carry + decoder.decode(), Infinity);
  yield* full.splice(0);
  yield { ...batch, numbersByStyle };
}
