/**
 * A document read back as its reader sees it: a .docx through LibreOffice (converted to text), a PDF
 * through Poppler's pdftotext. Non-breaking spaces read as spaces.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find(existsSync);
export const PDFTOTEXT = ["/usr/bin/pdftotext"].find(existsSync);

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

export function docxText(bytes: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-docx-"));
  const file = path.join(dir, "document.docx");
  writeFileSync(file, bytes);
  execFileSync(
    SOFFICE!,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${dir}/profile`,
      "--convert-to",
      "txt:Text",
      "--outdir",
      dir,
      file,
    ],
    {
      timeout: 120_000,
    },
  );
  return plain(readFileSync(path.join(dir, "document.txt"), "utf8"));
}

export function pdfText(file: string): string {
  return plain(execFileSync(PDFTOTEXT!, ["-layout", file, "-"], { encoding: "utf8" }));
}
