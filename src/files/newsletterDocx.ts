/**
 * The newsletter as a Word document (.docx, with the `docx` package): the title, each section under a
 * built-in Heading 2, its paragraphs and its table of figures. Every string goes in as a text run,
 * never as markup; the bracketed placeholders are italic, for the admin to replace.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Newsletter } from "../core/campaigns";

const isPlaceholder = (text: string) => /^\[.*\]$/.test(text);

export async function newsletterDocx(newsletter: Newsletter): Promise<Uint8Array<ArrayBuffer>> {
  const children: (Paragraph | Table)[] = [new Paragraph({ text: newsletter.title, heading: HeadingLevel.TITLE })];
  for (const section of newsletter.sections) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_2 }));
    for (const text of section.paragraphs)
      children.push(new Paragraph({ children: [new TextRun({ text, italics: isPlaceholder(text) })] }));
    if (section.table) {
      children.push(
        new Table({
          width: { size: 60, type: WidthType.PERCENTAGE },
          rows: section.table.map(
            (row) =>
              new TableRow({
                children: row.map(
                  (cell, i) =>
                    new TableCell({
                      children: [
                        new Paragraph({
                          alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
                          children: [new TextRun({ text: cell, bold: i === 0 })],
                        }),
                      ],
                    }),
                ),
              }),
          ),
        }),
        new Paragraph({ text: "" }),
      );
    }
  }
  const document = new Document({
    creator: "Sales Admin Desk",
    title: newsletter.title,
    styles: {
      default: {
        document: { run: { font: "Calibri", size: 22 }, paragraph: { spacing: { after: 120 } } },
        heading2: { paragraph: { spacing: { before: 240, after: 80 } } },
      },
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
