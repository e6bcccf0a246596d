/**
 * Converts files through LibreOffice, where it is installed: how the CLI reads .xls and .ods, and
 * prints the report sheet as a PDF.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The import filter of each kind: named, so that LibreOffice never falls back to reading a broken file as text. */
const FILTERS = { xls: "MS Excel 97", ods: "calc8" } as const;

/** The file as .xlsx, or undefined when LibreOffice is not installed or cannot convert it. */
export function convertToXlsx(file: string, kind: keyof typeof FILTERS): Promise<Uint8Array | undefined> {
  return convert(path.resolve(file), "xlsx", [`--infilter=${FILTERS[kind]}`]);
}

/** A workbook's bytes printed as a PDF (its print setup followed), or undefined without LibreOffice. */
export async function printToPdf(workbook: Uint8Array): Promise<Uint8Array | undefined> {
  const dir = await mkdtemp(path.join(tmpdir(), "salesdesk-pdf-"));
  try {
    const file = path.join(dir, "report.xlsx");
    await writeFile(file, workbook);
    return await convert(file, "pdf");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function convert(file: string, to: "xlsx" | "pdf", options: string[] = []): Promise<Uint8Array | undefined> {
  const dir = await mkdtemp(path.join(tmpdir(), "salesdesk-lo-"));
  try {
    // Its own profile: a LibreOffice already open (or another conversion) must not lock this one out.
    const profile = `-env:UserInstallation=file://${path.join(dir, "profile")}`;
    await run("soffice", [profile, "--headless", ...options, "--convert-to", to, "--outdir", dir, file], { timeout: 120_000 });
    return await readFile(path.join(dir, `${path.basename(file).replace(/\.[^.]+$/, "")}.${to}`));
  } catch {
    return undefined;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
