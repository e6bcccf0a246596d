/**
 * A business document (an estimate, a delivery note) into the open Word document: in one content
 * control tagged `salesdesk:document`, added at the end, so the user's own text stays as it was. The
 * letterhead, the title, the client's block and facts, the lines and totals as tables, the notes;
 * every string as text.
 */
import type { BusinessDocument } from "../core/documents/document";
import { TAG_PREFIX, type WordRunner } from "./wordNewsletter";

export async function insertDocument(run: WordRunner, doc: BusinessDocument): Promise<void> {
  await run(async (context) => {
    const control = context.document.body.insertParagraph("", "End").insertContentControl();
    control.tag = `${TAG_PREFIX}document`;
    control.title = doc.title;
    control.insertText(doc.title, "Replace");
    control.paragraphs.getFirst().styleBuiltIn = "Title";
    const paragraph = (text: string) => (control.insertParagraph(text, "End").styleBuiltIn = "Normal");
    doc.issuer.forEach(paragraph);
    paragraph("");
    doc.recipient.forEach(paragraph);
    doc.facts.forEach(([label, value]) => paragraph(`${label}: ${value}`));
    const { headers, rows } = doc.lines;
    if (rows.length) control.insertTable(rows.length + 1, headers.length, "End", [headers, ...rows]);
    if (doc.totals.length) control.insertTable(doc.totals.length, 2, "End", doc.totals);
    doc.notes.forEach(paragraph);
    await context.sync();
  });
}
