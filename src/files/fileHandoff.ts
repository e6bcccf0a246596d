/**
 * A file handed from the pane to the system browser, where saving works (issue 29). Office for Mac's
 * and iPad's web views ignore `<a download>` (office-js#2700, closed by design), so there the pane
 * opens the add-in's own `save.html` with `Office.context.ui.openBrowserWindow`, the file in the URL's
 * fragment: a browser never sends the fragment to any server, so the file stays on the machine.
 */
import { fileName } from "../core/kernel";
import { base64 } from "./base64";

export const SAVE_PAGE = "save.html";
/** The longest URL handed over: what Safari and Chrome open (2 MB). A larger file is refused with a reason. */
export const HANDOFF_LIMIT = 2_000_000;

/** The kinds of file the pane makes, each with its media type: the save page serves no other. */
export const HANDED_TYPES = {
  csv: "text/csv;charset=utf-8",
  ics: "text/calendar;charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  zip: "application/zip",
  json: "application/json",
  xml: "application/xml",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
export type HandedExtension = keyof typeof HANDED_TYPES;

export interface HandedFile {
  name: string;
  extension: HandedExtension;
  bytes: Uint8Array<ArrayBuffer>;
}

/** The save page's URL carrying the file: `save.html#<extension>/<name>/<base64url bytes>`. */
export function handoffUrl(page: string, file: HandedFile): string {
  return `${page}#${file.extension}/${encodeURIComponent(fileName(file.name))}/${base64url(file.bytes)}`;
}

/**
 * The file a fragment carries, or nothing: a link anybody could write, so only the pane's kinds are
 * taken, each with its own media type, and the name goes through the one rule for file names.
 */
export function handedFile(fragment: string): (HandedFile & { type: string; saveAs: string }) | undefined {
  const match = /^#?([a-z]+)\/([^/]*)\/([A-Za-z0-9_-]*)$/.exec(fragment);
  if (!match || !Object.hasOwn(HANDED_TYPES, match[1])) return undefined;
  const extension = match[1] as HandedExtension;
  let name: string;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    name = fileName(decodeURIComponent(match[2]));
    bytes = Uint8Array.from(atob(match[3].replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
  return { name, extension, bytes, type: HANDED_TYPES[extension], saveAs: `${name}.${extension}` };
}

const base64url = (bytes: Uint8Array) => base64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
