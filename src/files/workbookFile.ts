/**
 * Opens what a user hands us as a workbook: an .xlsx, an OpenDocument .ods, or a .csv read as a
 * one-sheet workbook. Any other file is refused with words that say what to do (a password-protected
 * workbook, a legacy .xls, a zip that is no workbook), never read as an empty workbook.
 */
import { decodeText, parseCsv } from "./csvFile";
import { XlsxWorkbook } from "./xlsxWorkbook";
import { XlsxReader, type Reading } from "./xlsxReader";
import { entryText, webInflate, zipEntries } from "./zipEntries";
import { UnreadableFile } from "./unreadableFile";
import { odsSheets } from "./odsSheets";
import type { ReadPort } from "../core/workbook";

export type FileKind = "xlsx" | "csv" | "xls" | "ods" | "encrypted" | "zip" | "unknown";
type Refused = Exclude<FileKind, "xlsx" | "csv" | "ods">;

/** A file's bytes and name with what they are, worked out once for everything that opens it. */
export interface KnownFile {
  bytes: Uint8Array;
  name: string;
  kind: FileKind;
}

export async function knownFile(bytes: Uint8Array, name: string): Promise<KnownFile> {
  return { bytes, name, kind: await fileKind(bytes, name) };
}

/** What the bytes are, from their content first and the file's name last. */
async function fileKind(bytes: Uint8Array, name: string): Promise<FileKind> {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return hasUtf16(bytes, "EncryptedPackage") ? "encrypted" : "xls";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // The zip's directory says what it holds, without inflating anything but a tiny mimetype entry.
    const entries = (() => {
      try {
        return zipEntries(bytes, name);
      } catch {
        return undefined;
      }
    })();
    if (!entries) return "unknown";
    if (entries.has("xl/workbook.xml")) return "xlsx";
    const mimetype = await entryText(bytes, entries.get("mimetype"), webInflate).catch(() => "");
    return mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet") ? "ods" : "zip";
  }
  // Text is read as CSV unless the name promises a workbook: "report.xlsx" holding text is a broken file, not a list.
  if (/\.(xlsx|xlsm|xls|ods)$/i.test(name)) return "unknown";
  return /\.(csv|tsv|txt)$/i.test(name) || looksLikeText(bytes) ? "csv" : "unknown";
}

const REFUSED: Record<Refused, string> = {
  encrypted: "is password-protected: save a copy without a password (File › Info › Protect Workbook) and open that",
  xls: "is a legacy Excel 97–2003 workbook (.xls): save it as .xlsx in Excel and open that",
  zip: "is a zip archive, not an Excel workbook: open the .xlsx or .csv inside it",
  unknown: "is not a readable .xlsx workbook or CSV file",
};

/** Why a file of that kind is not read, and what to do. */
export const refusal = (kind: Refused, name: string) => `${name} ${REFUSED[kind]}`;

/**
 * The file as a workbook: the sheets of an .xlsx, or a CSV as one sheet named after the file; made as
 * `as` (the workbench's observable workbook, say) where asked.
 */
export async function openWorkbookFile<C extends typeof XlsxWorkbook = typeof XlsxWorkbook>(
  { bytes, name, kind }: KnownFile,
  as: C = XlsxWorkbook as C,
): Promise<InstanceType<C>> {
  if (kind === "csv") return as.fromRows(sheetNameOf(name), parseCsv(decodeText(bytes))) as InstanceType<C>;
  if (kind === "ods") return as.fromSheets(await odsContent(bytes, name)) as InstanceType<C>;
  if (kind !== "xlsx") throw new UnreadableFile(refusal(kind, name));
  try {
    return (await as.load(bytes)) as InstanceType<C>;
  } catch (error) {
    throw new UnreadableFile(`${name} is not a readable .xlsx workbook (${(error as Error).message.split("\n")[0]})`);
  }
}

async function odsContent(bytes: Uint8Array, name: string) {
  try {
    return odsSheets(await entryText(bytes, zipEntries(bytes, name).get("content.xml"), webInflate));
  } catch (error) {
    throw new UnreadableFile(
      `${name} is not a readable OpenDocument spreadsheet (${(error as Error).message.split("\n")[0]})`,
    );
  }
}

/** The file as a workbook to read only (check, report, import from): an .xlsx through the fast reader, a CSV as one sheet. */
export function readWorkbookFile(file: KnownFile, how?: Partial<Reading>): Promise<ReadPort> {
  return file.kind === "xlsx" ? XlsxReader.open(file.bytes, file.name, how) : openWorkbookFile(file);
}

/** "Kunden (2).csv" → "Kunden (2)", cut to Excel's 31 characters and rid of the characters a sheet name may not hold. */
export function sheetNameOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  return base.replace(/[\\/?*[\]:]/g, "_").slice(0, 31) || "Sheet1";
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0), 0]));
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** No NUL byte in the first kilobytes (UTF-16 files are recognised by their byte-order mark). */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  return !bytes.subarray(0, 4096).includes(0);
}
