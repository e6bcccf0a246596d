/** A business document handed to the browser as a Word file named after its title (the writer loaded when first asked). */
import { fileName, type BusinessDocument } from "../core/documents/document";
import { download } from "./download";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function downloadDocument(doc: BusinessDocument): Promise<void> {
  const { documentDocx } = await import("../files/documentDocx");
  download(await documentDocx(doc), DOCX, `${fileName(doc.title)}.docx`);
}
