/**
 * Business documents (src/core/documents) as a Word file (.docx, with the `docx` package): the
 * logo and the letterhead, the client's block, the facts, the opening, the lines and totals as tables, the notes,
 * and "page X of Y" at the foot of every page. Several documents (a letter per client) go in one
 * file, each a section of its own that starts a page and counts its own pages. Every string goes in
 * as a text run, never as markup.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TableLayoutType,
  TextRun,
  WidthType,
} from "docx";
import { QR_PIXELS, qrPngBase64 } from "./verificationQr";
import type { BusinessDocument } from "../core/documents";
import { render, say } from "../core/kernel";

const text = (value: string, options: { bold?: boolean; right?: boolean } = {}) =>
  new Paragraph({
    alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [new TextRun({ text: value, bold: options.bold })],
  });

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The width of an A4 page between Word's default margins, in twentieths of a point. */
const TEXT_WIDTH = 9026;
/** What a character of the tables needs, and a cell besides its text, in twips (11 pt, bold headers included). */
const CHARACTER = 135;
const CELL_PADDING = 280;

/** A table the page wide: the first column (what a line is) takes the room the figures leave it. */
function table(headers: string[] | undefined, rows: string[][], numeric: boolean[]): Table {
  const columns = numeric.length;
  // each column after the first as wide as its longest amount and its header's longest word, so that
  // neither breaks ("250,50 €", "Quantitat"); the first, the description, takes the rest
  const longest = (i: number) =>
    Math.max(...rows.map((r) => r[i].length), ...(headers?.[i].split(/\s+/).map((w) => w.length) ?? [0]));
  const rest = Array.from({ length: columns - 1 }, (_, i) =>
    Math.min(Math.round(TEXT_WIDTH / 4), longest(i + 1) * CHARACTER + CELL_PADDING),
  );
  const first = Math.max(Math.round(TEXT_WIDTH * 0.22), TEXT_WIDTH - rest.reduce((a, b) => a + b, 0));
  const widths = [
    first,
    ...rest.map((w) =>
      Math.floor(
        (w * (TEXT_WIDTH - first)) /
          Math.max(
            1,
            rest.reduce((a, b) => a + b, 0),
          ),
      ),
    ),
  ];
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      children: cells.map(
        (cell, i) =>
          new TableCell({
            width: { size: widths[i], type: WidthType.DXA },
            children: [text(cell, { bold, right: numeric[i] })],
          }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [...(headers ? [row(headers, true)] : []), ...rows.map((r) => row(r, false))],
  });
}

/** "Page {page} of {pages}" in the document's language, the numbers as Word's fields (a merged file counts each section's pages). */
function pageFooter(doc: BusinessDocument, merged: boolean): Footer {
  const [before, middle, after] = render(say("doc.page", { page: "\u0001", pages: "\u0002" }), doc.language).split(
    /[\u0001\u0002]/,
  );
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun(before),
          new TextRun({ children: [PageNumber.CURRENT] }),
          new TextRun(middle),
          new TextRun({ children: [merged ? PageNumber.TOTAL_PAGES_IN_SECTION : PageNumber.TOTAL_PAGES] }),
          new TextRun(after),
        ],
      }),
    ],
  });
}

/** A PNG's or a JPEG's size in pixels, read from its header; undefined for anything else. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length > 24 && view.getUint32(0) === 0x89504e47)
    return { width: view.getUint32(16), height: view.getUint32(20) };
  // JPEG: the frame header (SOF0…SOF15, but not DHT, JPG or DAC) holds the height, then the width
  for (let at = 2; bytes[0] === 0xff && bytes[1] === 0xd8 && at + 9 < bytes.length; at += 2 + view.getUint16(at + 2)) {
    const marker = view.getUint16(at);
    if (marker >= 0xffc0 && marker <= 0xffcf && ![0xffc4, 0xffc8, 0xffcc].includes(marker))
      return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
  }
  return undefined;
}

/** The logo above the letterhead, 48 px high at most (its proportions kept); nothing when it cannot be read. */
function logo(dataUri: string | undefined): Paragraph[] {
  const m = dataUri ? /^data:image\/(png|jpeg);base64,(.+)$/.exec(dataUri) : null;
  if (!m) return [];
  const bytes = Uint8Array.from(atob(m[2]), (c) => c.charCodeAt(0));
  const size = imageSize(bytes);
  if (!size || size.width === 0 || size.height === 0) return [];
  const scale = Math.min(1, 48 / size.height, 200 / size.width);
  const type = m[1] === "png" ? "png" : "jpg";
  return [
    new Paragraph({
      children: [
        new ImageRun({ type, data: bytes, transformation: { width: size.width * scale, height: size.height * scale } }),
      ],
    }),
  ];
}

/** The AEAT's QR code of a VERI*FACTU invoice with its legend, at the head of the document, as Orden HAC/1177/2024 places it. */
async function verification(doc: BusinessDocument): Promise<Paragraph[]> {
  if (!doc.verification) return [];
  const bytes = Uint8Array.from(atob(await qrPngBase64(doc.verification.url)), (c) => c.charCodeAt(0));
  return [
    new Paragraph({
      children: [new ImageRun({ type: "png", data: bytes, transformation: { width: QR_PIXELS, height: QR_PIXELS } })],
    }),
    text(doc.verification.legend, { bold: true }),
  ];
}

function body(doc: BusinessDocument, head: Paragraph[]): (Paragraph | Table)[] {
  const gap = () => new Paragraph({ text: "" });
  return [
    ...head,
    ...logo(doc.logo),
    ...doc.issuer.map((line, i) => text(line, { bold: i === 0 })),
    gap(),
    new Paragraph({ text: doc.title, heading: HeadingLevel.HEADING_1 }),
    // the client's block on the left, the document's facts on the right
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: NO_BORDERS,
      rows: [
        new TableRow({
          children: [
            new TableCell({ children: doc.recipient.map((line, i) => text(line, { bold: i === 0 })) }),
            new TableCell({ children: doc.facts.map(([label, value]) => text(`${label}: ${value}`, { right: true })) }),
          ],
        }),
      ],
    }),
    gap(),
    ...(doc.intro ?? []).flatMap((line) => [text(line), gap()]),
    ...(doc.lines.rows.length ? [table(doc.lines.headers, doc.lines.rows, doc.lines.numeric), gap()] : []),
    ...(doc.totals.length ? [table(undefined, doc.totals, [false, true]), gap()] : []),
    ...doc.notes.map((note) => text(note)),
  ];
}

/** One document, or several in one file (a section each, its pages counted from 1). */
export async function documentDocx(
  docs: BusinessDocument | readonly BusinessDocument[],
): Promise<Uint8Array<ArrayBuffer>> {
  const all = Array.isArray(docs) ? docs : [docs as BusinessDocument];
  const heads = await Promise.all(all.map(verification));
  const file = new Document({
    sections: all.map((doc, i) => ({
      properties: { page: { pageNumbers: { start: 1 } } },
      footers: { default: pageFooter(doc, all.length > 1) },
      children: body(doc, heads[i]),
    })),
    title: all.length === 1 ? all[0].title : all.map((d) => d.title).join("; "),
    creator: all[0]?.issuer[0] ?? "",
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
