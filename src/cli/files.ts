/**
 * Files the CLI writes are written whole or not at all: to a temporary file beside the target,
 * renamed over it only once complete (a full disk or a file-size limit leaves no partial file), and
 * never over a file the command reads (`--out` naming the input would replace the admin's workbook).
 */
import { realpathSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
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
