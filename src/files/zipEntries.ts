/**
 * The entries of a zip file (an .xlsx is one), read from its central directory, and their contents
 * inflated in chunks by the platform's own inflater: zlib in Node (the CLI), DecompressionStream in
 * the browser. Nothing is inflated whole unless asked: a sheet of a million rows streams.
 */
import { UnreadableFile } from "./unreadableFile";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** where the entry's local header starts */
  offset: number;
}

/** Inflates raw deflate data chunk by chunk. */
export type Inflate = (data: Uint8Array) => AsyncIterable<Uint8Array>;

/** The browser's (and any modern runtime's) inflater. */
export const webInflate: Inflate = (data) => {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"));
  return stream as unknown as AsyncIterable<Uint8Array>;
};

export function zipEntries(bytes: Uint8Array, name: string): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0)
    throw new UnreadableFile(
      `${name} is not a readable .xlsx workbook (no zip directory: the file is cut short or damaged)`,
    );
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) {
      throw new UnreadableFile(`${name} is not a readable .xlsx workbook (its zip directory is damaged)`);
    }
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      offset: view.getUint32(at + 42, true),
    };
    entries.set(entry.name, entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The entry's contents, chunk by chunk. */
/** An entry's stored bytes, still compressed, and how they are compressed. */
export interface Zipped {
  name: string;
  method: number;
  data: Uint8Array;
}

export function zippedEntry(bytes: Uint8Array, entry: ZipEntry): Zipped {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(entry.offset, true) !== 0x04034b50)
    throw new UnreadableFile(`the zip entry ${entry.name} is damaged`);
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  return { name: entry.name, method: entry.method, data: bytes.subarray(start, start + entry.compressedSize) };
}

/** The stored bytes inflated, chunk by chunk. */
export async function* unzipped({ name, method, data }: Zipped, inflate: Inflate): AsyncIterable<Uint8Array> {
  if (method === 0) yield data;
  else if (method === 8) yield* inflate(data);
  else throw new UnreadableFile(`the zip entry ${name} is compressed in a way .xlsx files are not (method ${method})`);
}

/** The most a part read whole may inflate to: far past any real workbook's strings, well within a string V8 can hold. */
const MAX_TEXT_BYTES = 256 * 2 ** 20;

/** The entry's contents as text, whole (for the small parts: the workbook, styles, shared strings, tables). */
export async function entryText(bytes: Uint8Array, entry: ZipEntry | undefined, inflate: Inflate): Promise<string> {
  if (!entry) return "";
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for await (const chunk of unzipped(zippedEntry(bytes, entry), inflate)) {
    size += chunk.length;
    if (size > MAX_TEXT_BYTES)
      throw new UnreadableFile(
        `its part ${entry.name} inflates to more than ${MAX_TEXT_BYTES / 2 ** 20} MB: the file is damaged or hostile`,
      );
    parts.push(decoder.decode(chunk, { stream: true }));
  }
  return parts.join("") + decoder.decode();
}
