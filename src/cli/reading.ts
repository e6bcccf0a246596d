/**
 * How the CLI reads a workbook: zlib's inflater, and each sheet scanned on a worker thread of its own
 * while this thread lays the cells the workers hand over into rows — a workbook's big sheets are read
 * side by side, one per core. With one core, sheets are scanned here.
 */
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { createInflateRaw } from "node:zlib";
import type { Reading } from "../files/xlsxReader";
import type { CellBatch, SheetScan } from "../files/cellBatches";
import type { Inflate, Zipped } from "../files/zipEntries";
import { UnreadableFile } from "../files/unreadableFile";

/** Node's own inflater, a megabyte at a time: several times faster than the web streams' one. */
export const nodeInflate: Inflate = (data) => {
  const inflater = createInflateRaw({ chunkSize: 1 << 20 });
  inflater.end(data);
  return inflater;
};

/** What a worker is sent (src/cli/scanThread.ts), and what it answers. */
export interface ScanJob {
  sheet: Zipped;
  dateStyles: boolean[];
}
export type ScanReply = { batch: CellBatch } | { done: true } | { error: string; unreadable: boolean };
/** Sent to a worker as each batch is taken. */
export const NEXT_BATCH = "next";

const THREADS = Math.min(4, availableParallelism());

/** How the CLI reads, keeping at most `maxCells` cells. */
export function cliReading(maxCells?: number): Partial<Reading> {
  return { inflate: nodeInflate, ...(THREADS > 1 ? { scan: threadScan } : {}), ...(maxCells ? { maxCells } : {}) };
}

/** Scans waiting for a worker, with their sheet's size: the biggest goes first, so that the workers finish together. */
const waiting: { size: number; resume: (worker: Worker) => void }[] = [];
let started = 0;

/** The scan on a worker thread: the sheet's bytes go over still zipped, its cells come back in batches. */
export const threadScan: SheetScan = async function* (sheet, dateStyles) {
  const worker = await take(sheet.data.length);
  const replies: ScanReply[] = [];
  let wake: (() => void) | undefined;
  const hear = (reply: ScanReply) => {
    replies.push(reply);
    wake?.();
  };
  const fail = (error: Error) =>
    hear({ error: `a worker thread failed reading it: ${error.message}`, unreadable: false });
  worker.on("message", hear).on("error", fail);
  let finished = false;
  try {
    // Its own copy of the sheet's bytes, handed over: posting a view would copy the whole file's buffer.
    const data = new Uint8Array(sheet.data); // a copy (a Buffer's slice() is a view)
    worker.postMessage({ sheet: { ...sheet, data }, dateStyles } satisfies ScanJob, [data.buffer]);
    for (;;) {
      while (replies.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const reply = replies.shift() as ScanReply;
      if ("batch" in reply) {
        yield reply.batch;
        worker.postMessage(NEXT_BATCH);
      } else if ("done" in reply) break;
      else throw reply.unreadable ? new UnreadableFile(reply.error) : new Error(reply.error);
    }
    finished = true;
  } finally {
    worker.off("message", hear).off("error", fail);
    // A scan left half-way (a sheet refused as too big, a failure) may still be posting: that worker goes.
    if (finished) give(worker);
    else end(worker);
  }
};

/** A new worker while fewer than THREADS exist, else one as it finishes a scan. */
function take(size: number): Promise<Worker> {
  return started < THREADS ? Promise.resolve(start()) : new Promise((resume) => waiting.push({ size, resume }));
}

/** The biggest scan waiting, taken off the list. */
function nextWaiting(): ((worker: Worker) => void) | undefined {
  if (waiting.length === 0) return undefined;
  const biggest = waiting.reduce((best, w, i) => (w.size > waiting[best].size ? i : best), 0);
  return waiting.splice(biggest, 1)[0].resume;
}

function start(): Worker {
  started++;
  // It holds a piece of XML and a batch at a time: a small heap keeps its garbage from growing with the sheet.
  const resourceLimits = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };
  // Bundled (bin/salesdesk.js), its own bundle lies beside this one; run from the sources (tests), tsx compiles it.
  if (__filename.endsWith(".js")) return new Worker(path.join(__dirname, "scanThread.js"), { resourceLimits });
  const source = path.join(__dirname, "scanThread.ts");
  return new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(source)});`, {
    eval: true,
    resourceLimits,
  });
}

/** To the next scan waiting; with none, the worker ends: idle, it would hold its heap (and the bytes it read) for nothing. */
function give(worker: Worker): void {
  const next = nextWaiting();
  if (next) next(worker);
  else end(worker);
}

function end(worker: Worker): void {
  started--;
  void worker.terminate();
  const next = nextWaiting();
  if (next) next(start());
}
