/** Converts a file to .xlsx through LibreOffice, where it is installed: how the CLI reads .xls and .ods. */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The converted bytes, or undefined when LibreOffice is not installed or cannot convert the file. */
/** The import filter of each kind: named, so that LibreOffice never falls back to reading a broken file as text. */
const FILTERS = { xls: "MS Excel 97", ods: "calc8" } as const;

export async function convertToXlsx(file: string, kind: keyof typeof FILTERS): Promise<Uint8Array | undefined> {
  const dir = await mkdtemp(path.join(tmpdir(), "salesdesk-lo-"));
  try {
    // Its own profile: a LibreOffice already open (or another conversion) must not lock this one out.
    const profile = `-env:UserInstallation=file://${path.join(dir, "profile")}`;
    await run("soffice", [profile, "--headless", `--infilter=${FILTERS[kind]}`, "--convert-to", "xlsx", "--outdir", dir, path.resolve(file)], {
      timeout: 120_000,
    });
    return await readFile(path.join(dir, `${path.basename(file).replace(/\.[^.]+$/, "")}.xlsx`));
  } catch {
    return undefined;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
