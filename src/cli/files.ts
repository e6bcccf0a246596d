/**
 * Files the CLI writes are written whole or not at all: to a temporary file beside the target,
 * renamed over it only once complete (a full disk or a file-size limit leaves no partial file), and
 * never over a file the command reads (`--out` naming the input would replace the admin's workbook),
 * and by one salesdesk at a time.
 */
import { realpathSync } from "node:fs";
import { readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

export async function writeWhole(file: string, data: Uint8Array | string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
  try {
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** The same file, however it is named ("./a.xlsx", "a.xlsx", a link to it). */
export function sameFile(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

/** How long a second salesdesk waits for the file another one is writing. */
export const LOCK_WAIT_MS = 60_000;
/** A lock file still naming no process after this long was left by a salesdesk stopped as it took it. */
const ABANDONED_MS = 5_000;

/**
 * Runs `work` holding `<file>.lock` (created exclusively, holding this process's id): a second
 * salesdesk writing the same file waits until the first is done, so neither writes over what the
 * other read and changed. A lock whose process is gone is taken over; one held longer than `waitMs`
 * stops the command, naming the process that holds it.
 */
export async function withFileLock<T>(file: string, work: () => Promise<T>, waitMs = LOCK_WAIT_MS, abandonedMs = ABANDONED_MS): Promise<T> {
  const lock = `${path.resolve(file)}.lock`;
  const start = Date.now();
  // How long an unnamed lock has stood unchanged, on this process's clock alone: a file's time comes
  // from another clock (a file server's, or the real one under a test's shifted clock).
  let unnamedSeen: { mtimeMs: number; at: number } | undefined;
  for (;;) {
    try {
      await writeFile(lock, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST") throw error;
      const holder = Number(await readFile(lock, "utf8").catch(() => "0"));
      // A lock with no process in it yet is being taken by another salesdesk this instant: only one
      // left so, unchanged, for seconds is abandoned. A lock naming a process that is gone is taken over.
      if (!holder) {
        const { mtimeMs } = await stat(lock).catch(() => ({ mtimeMs: 0 }));
        if (unnamedSeen?.mtimeMs !== mtimeMs) unnamedSeen = { mtimeMs, at: Date.now() };
      }
      const unnamed = !holder && Date.now() - unnamedSeen!.at > abandonedMs;
      if (unnamed || (holder && !alive(holder))) {
        await rm(lock, { force: true });
        continue;
      }
      if (Date.now() - start > waitMs)
        throw new Error(`${file} is being written by another salesdesk${holder ? ` (process ${holder})` : ""}: try again when it is done`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === "EPERM"; // there, but another user's
  }
}
