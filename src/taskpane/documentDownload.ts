/** A business document handed to the browser as a Word file named after its title (the writer loaded when first asked). */
import type { BusinessDocument } from "../core/documents/document";
import { download } from "./download";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function downloadDocument(doc: BusinessDocument): Promise<void> {
  const { documentDocx } = await import("../files/documentDocx");
  download(await documentDocx(doc), DOCX, `${fileName(doc.title)}.docx`);
}

/** A title as a file name every system takes: "Agenda: Tarifes" is saved as "Agenda - Tarifes". */
export function fileName(title: string): string {
  return title
    .replace(/\s*:\s*/g, " - ")
    .replace(/[\\/*?"<>|\u0000-\u001f]+/g, "-")
    .trim();
}
