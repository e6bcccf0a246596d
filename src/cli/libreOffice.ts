/** Converts a file to .xlsx through LibreOffice, where it is installed: how the CLI reads .xls and .ods. */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The converted bytes, or undefined when LibreOffice is not installed or cannot convert the file. */
export async function convertToXlsx(file: string): Promise<Uint8Array | undefined> {
  const dir = await mkdtemp(path.join(tmpdir(), "salesdesk-lo-"));
  try {
    // Its own profile: a LibreOffice already open (or another conversion) must not lock this one out.
    const profile = `-env:UserInstallation=file://${path.join(dir, "profile")}`;
    await run("soffice", [profile, "--headless", "--convert-to", "xlsx", "--outdir", dir, path.resolve(file)], { timeout: 120_000 });
    return await readFile(path.join(dir, `${path.basename(file).replace(/\.[^.]+$/, "")}.xlsx`));
  } catch {
    return undefined;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
