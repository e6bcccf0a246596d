/**
 * Files the CLI writes are written whole or not at all: to a temporary file beside the target,
 * renamed over it only once complete (a full disk or a file-size limit leaves no partial file), and
 * never over a file the command reads (`--out` naming the input would replace the admin's workbook),
 * and by one salesdesk at a time.
 */
import { realpathSync } from "node:fs";
import { chmod, chown, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { UniqueNames } from "../core/kernel";

/**
 * Writes a file whole. Through a symbolic link, the file it points to is written and the link kept;
 * a file written over keeps its permissions and, where the system allows, its owner; the temporary
 * files of a salesdesk that was stopped mid-write are cleared first.
 */
export async function writeWhole(file: string, data: Uint8Array | string): Promise<void> {
  const target = realTarget(file);
  const [dir, base] = [path.dirname(target), path.basename(target)];
  await clearLeftovers(dir, base);
  const temp = path.join(dir, `.${base}.${process.pid}.partial`);
  const before = await stat(target).catch(() => undefined);
  try {
    await writeFile(temp, data);
    if (before) {
      await chmod(temp, before.mode & 0o7777);
      await chown(temp, before.uid, before.gid).catch(() => undefined); // only root may give a file away
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** The path a write lands on: the real file behind any link, or where a new one goes (its folder's real path). */
function realTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    try {
      return path.join(realpathSync(path.dirname(path.resolve(file))), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

/** `.<name>.<pid>.partial` files beside a target whose salesdesk is gone: left by a crash, removed. */
async function clearLeftovers(dir: string, base: string): Promise<void> {
  const prefix = `.${base}.`;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const pid =
      name.startsWith(prefix) && name.endsWith(".partial")
        ? Number(name.slice(prefix.length, -".partial".length))
        : NaN;
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) await rm(path.join(dir, name), { force: true });
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

/**
 * A folder a command writes one file a record into (invitations, documents, drafts): each named from
 * the record's values by the one rule (`kernel/fileNames.ts`), unique within the run, and checked to
 * land in the folder itself.
 */
export class OutputFolder {
  private readonly names = new UniqueNames();
  private readonly root: string;

  constructor(dir: string) {
    this.root = path.resolve(dir);
  }

  async write(value: string, extension: string, data: Uint8Array | string): Promise<string> {
    const file = path.join(this.root, this.names.name(value, extension));
    if (path.dirname(file) !== this.root) throw new Error(`${value} cannot name a file in ${this.root}`);
    await mkdir(this.root, { recursive: true });
    await writeWhole(file, data);
    return file;
  }
}

/** How long a second salesdesk waits for the file another one is writing. */
export const LOCK_WAIT_MS = 60_000;
/** A lock file still naming no process after this long was left by a salesdesk stopped as it took it. */
const ABANDONED_MS = 5_000;

/**
 * Runs `work` holding `<file>.lock` beside the real file (created whole, holding this process's id):
 * a second salesdesk writing the same file, by whatever name or link, waits until the first is done,
 * so neither writes over what the other read and changed. A lock whose process is gone is taken over,
 * by one waiter only; one held longer than `waitMs` stops the command, naming the process that holds it.
 */
export async function withFileLock<T>(
  file: string,
  work: () => Promise<T>,
  waitMs = LOCK_WAIT_MS,
  abandonedMs = ABANDONED_MS,
): Promise<T> {
  const lock = `${realTarget(file)}.lock`;
  const start = Date.now();
  // How long an unnamed lock has stood unchanged, on this process's clock alone: a file's time comes
  // from another clock (a file server's, or the real one under a test's shifted clock).
  let unnamedSeen: { mtimeMs: number; at: number } | undefined;
  for (;;) {
    try {
      await createNaming(lock);
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST") throw error;
      const content = await readFile(lock, "utf8").catch(() => undefined);
      if (content === undefined) continue; // released meanwhile
      const holder = Number(content);
      // A lock naming no process (another program's, or one stopped as it took it) is abandoned once
      // it has stood unchanged for seconds; a lock naming a process that is gone, at once.
      if (!holder) {
        const { mtimeMs } = await stat(lock).catch(() => ({ mtimeMs: 0 }));
        if (unnamedSeen?.mtimeMs !== mtimeMs) unnamedSeen = { mtimeMs, at: Date.now() };
      }
      // an unnamed lock was just seen above, so unnamedSeen is set
      const unnamed = !holder && Date.now() - unnamedSeen!.at > abandonedMs;
      if (unnamed || (holder && !alive(holder))) {
        await takeOver(lock, content);
        continue;
      }
      if (Date.now() - start > waitMs)
        throw new Error(
          `${file} is being written by another salesdesk${holder ? ` (process ${holder})` : ""}: try again when it is done`,
        );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}

/** Creates a file holding this process's id, or fails with EEXIST: whole at once (a link to a file already written), never seen empty. */
async function createNaming(file: string): Promise<void> {
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(temp, String(process.pid));
  try {
    await link(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * Removes an abandoned lock if it still holds what was seen, under `<lock>.takeover` (taken whole and
 * exclusively): of the salesdesks that found it abandoned one removes it, and none removes a lock that
 * another has just taken in its place.
 */
async function takeOver(lock: string, seen: string): Promise<void> {
  const token = `${lock}.takeover`;
  try {
    await createNaming(token);
  } catch (error) {
    if ((error as { code?: string }).code !== "EEXIST") throw error;
    const holder = Number(await readFile(token, "utf8").catch(() => "0"));
    if (holder && !alive(holder)) await rm(token, { force: true }); // a taker stopped half-way
    return;
  }
  try {
    if ((await readFile(lock, "utf8").catch(() => undefined)) === seen) await rm(lock, { force: true });
  } finally {
    await rm(token, { force: true });
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
