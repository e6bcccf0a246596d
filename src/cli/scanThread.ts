/**
 * A worker thread's body: scans the sheets it is sent (still zipped) and posts their cells back in
 * batches, the batches' arrays handed over rather than copied, a few ahead of the ones taken.
 */
import { parentPort } from "node:worker_threads";
import { scanSheetXml } from "../files/cellBatches";
import { UnreadableFile } from "../files/unreadableFile";
import { unzipped } from "../files/zipEntries";
import { NEXT_BATCH, nodeInflate, type ScanJob, type ScanReply } from "./reading";

/** Batches posted ahead of the ones the main thread has taken: a scan faster than the reader waits rather than fill memory. */
const AHEAD = 4;
let credit = AHEAD;
let resume: (() => void) | undefined;

parentPort?.on("message", (message: ScanJob | typeof NEXT_BATCH) => {
  if (message !== NEXT_BATCH) void scan(message);
  else {
    credit++;
    resume?.();
  }
});

async function scan({ sheet, dateStyles }: ScanJob): Promise<void> {
  const reply = (message: ScanReply, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer);
  credit = AHEAD;
  try {
    for await (const batch of scanSheetXml(unzipped(sheet, nodeInflate), dateStyles)) {
      while (credit === 0) await new Promise<void>((resolve) => (resume = resolve));
      credit--;
      reply({ batch }, [
        batch.rows.buffer,
        batch.columns.buffer,
        batch.kinds.buffer,
        batch.values.buffer,
      ] as ArrayBuffer[]);
    }
    reply({ done: true });
  } catch (error) {
    reply({ error: (error as Error).message, unreadable: error instanceof UnreadableFile });
  }
}
