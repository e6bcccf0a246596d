/**
 * Converts files through LibreOffice, where it is installed: how the CLI reads .xls and .ods, and
 * prints the report sheet and the documents it writes as PDFs.
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
  return convert([path.resolve(file)], "xlsx", [`--infilter=${FILTERS[kind]}`]).then((out) => out?.[0]);
}

/** A workbook's bytes printed as a PDF (its print setup followed), or undefined without LibreOffice. */
export async function printToPdf(workbook: Uint8Array): Promise<Uint8Array | undefined> {
  return (await printAllToPdf([{ name: "report.xlsx", bytes: workbook }]))?.[0];
}

/** Files (.xlsx, .docx) printed as PDFs in one run of LibreOffice, in their order; undefined without it. */
export async function printAllToPdf(
  files: readonly { name: string; bytes: Uint8Array }[],
): Promise<Uint8Array[] | undefined> {
  const dir = await mkdtemp(path.join(tmpdir(), "salesdesk-pdf-"));
  try {
    const paths = files.map((f, i) => path.join(dir, `${i}-${f.name.replace(/[^\w.-]+/g, "_")}`));
    await Promise.all(paths.map((p, i) => writeFile(p, files[i].bytes)));
    return await convert(paths, "pdf");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function convert(files: string[], to: "xlsx" | "pdf", options: string[] = []): Promise<Uint8Array[] | undefined> {
  const dir = await mkdtemp(path.join(tmpdir(), "salesdesk-lo-"));
  try {
    // Its own profile: a LibreOffice already open (or another conversion) must not lock this one out.
    const profile = `-env:UserInstallation=file://${path.join(dir, "profile")}`;
    try {
      await run("soffice", [profile, "--headless", ...options, "--convert-to", to, "--outdir", dir, ...files], {
        timeout: 120_000 + 10_000 * files.length,
      });
    } catch (error) {
      // Not installed is said by the caller; any other failure is LibreOffice's, and said as such.
      if ((error as { code?: string }).code === "ENOENT") return undefined;
      throw new Error(`LibreOffice could not convert to ${to}: ${String((error as Error).message).split("\n")[0]}`);
    }
    return await Promise.all(
      files.map((file) => readFile(path.join(dir, `${path.basename(file).replace(/\.[^.]+$/, "")}.${to}`))),
    ).catch(() => {
      throw new Error(`LibreOffice ran but wrote no ${to} file: the input may be damaged`);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
