/**
 * Business documents into the open Word document, each in its own content control added at the end,
 * so the user's own text stays as it was: an estimate or a delivery note tagged `salesdesk:document`;
 * reminder letters tagged `salesdesk:letter:<client>`, one a page, which a refresh rewrites alone. The
 * letterhead, the title, the client's block and facts, the opening, the lines and totals as tables,
 * the notes; every string as text.
 */
import type { BusinessDocument } from "../core/documents";
import { TAG_PREFIX, type WordRunner } from "./wordNewsletter";
import { qrPngBase64 } from "../files/verificationQr";

/** The QR code's side in Word, in points: 35 mm. */
const QR_POINTS = (35 / 25.4) * 72;

/** A letter of the merge: the client it is for, and the document. */
export interface Letter {
  clientId: string;
  doc: BusinessDocument;
}

const letterTag = (clientId: string) => `${TAG_PREFIX}letter:${clientId}`;

/** Writes a document into its content control, replacing whatever the control held; a VERI*FACTU invoice's QR code (a PNG's base64) and legend at its head. */
function fill(control: Word.ContentControl, doc: BusinessDocument, qr?: string): void {
  control.title = doc.title;
  control.insertText(doc.title, "Replace");
  control.paragraphs.getFirst().styleBuiltIn = "Heading1";
  const logo = doc.logo && /^data:image\/(?:png|jpeg);base64,(.+)$/.exec(doc.logo);
  if (logo) control.insertInlinePictureFromBase64(logo[1], "Start").height = 48;
  if (qr && doc.verification) {
    control.insertParagraph(doc.verification.legend, "Start").styleBuiltIn = "Normal";
    Object.assign(control.insertInlinePictureFromBase64(qr, "Start"), { width: QR_POINTS, height: QR_POINTS });
  }
  const paragraph = (text: string) => (control.insertParagraph(text, "End").styleBuiltIn = "Normal");
  doc.issuer.forEach(paragraph);
  paragraph("");
  doc.recipient.forEach(paragraph);
  doc.facts.forEach(([label, value]) => paragraph(`${label}: ${value}`));
  (doc.intro ?? []).forEach(paragraph);
  const { headers, rows } = doc.lines;
  if (rows.length) control.insertTable(rows.length + 1, headers.length, "End", [headers, ...rows]);
  if (doc.totals.length) control.insertTable(doc.totals.length, 2, "End", doc.totals);
  doc.notes.forEach(paragraph);
}

/** One document at the end of the Word document. One round trip. */
export async function insertDocument(run: WordRunner, doc: BusinessDocument): Promise<void> {
  const qr = doc.verification ? await qrPngBase64(doc.verification.url) : undefined;
  await run(async (context) => {
    const control = context.document.body.insertParagraph("", "End").insertContentControl();
    control.tag = `${TAG_PREFIX}document`;
    fill(control, doc, qr);
    await context.sync();
  });
}

/** The letters at the end of the Word document, each on a page of its own. One round trip. */
export async function insertLetters(run: WordRunner, letters: readonly Letter[]): Promise<void> {
  await run(async (context) => {
    const body = context.document.body;
    letters.forEach((letter, i) => {
      if (i > 0) body.insertBreak("Page", "End");
      const control = body.insertParagraph("", "End").insertContentControl();
      control.tag = letterTag(letter.clientId);
      fill(control, letter.doc);
    });
    await context.sync();
  });
}

/** Rewrites the letters the document already holds (by client); answers which clients it found. Two round trips. */
export async function refreshLetters(run: WordRunner, letters: readonly Letter[]): Promise<string[]> {
  return run(async (context) => {
    const controls = context.document.contentControls.load("items/tag");
    await context.sync();
    const refreshed: string[] = [];
    for (const control of controls.items) {
      const letter = letters.find((l) => control.tag === letterTag(l.clientId));
      if (!letter) continue;
      fill(control, letter.doc);
      refreshed.push(letter.clientId);
    }
    await context.sync();
    return refreshed;
  });
}
