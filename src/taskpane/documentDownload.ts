/**
 * Business documents handed to the browser as a Word file (the writer loaded when first asked): one
 * named after its title and its client ("Factura 2026-0012 – Forn Puig, SL"), or several in one file
 * (a page each) named as asked.
 */
import type { BusinessDocument } from "../core/documents";
import { download } from "./download";

export async function downloadDocument(
  docs: BusinessDocument | readonly BusinessDocument[],
  name?: string,
): Promise<void> {
  const { documentDocx } = await import("../files/documentDocx");
  const first = Array.isArray(docs) ? docs[0] : (docs as BusinessDocument);
  download(await documentDocx(docs), name ?? [first.title, first.party].filter(Boolean).join(" – "), "docx");
}
