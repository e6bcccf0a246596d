/**
 * The newsletter in the open Word document. Each generated section sits in a content control tagged
 * `salesdesk:<section>`; inserting adds the controls at the end of the document, refreshing rewrites
 * the inside of those controls only, so every word the user wrote elsewhere stays as it was. Text
 * goes in as text (insertText/insertParagraph), never as HTML or OOXML.
 */
import type { Newsletter, Section } from "../core/campaigns";

export type WordRunner = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

export const TAG_PREFIX = "salesdesk:";

/** Writes a section into its content control, replacing whatever the control held. */
function fill(control: Word.ContentControl, section: Section): void {
  control.insertText(section.heading, "Replace");
  control.paragraphs.getFirst().styleBuiltIn = "Heading2";
  for (const text of section.paragraphs) control.insertParagraph(text, "End").styleBuiltIn = "Normal";
  if (section.table) control.insertTable(section.table.length, section.table[0].length, "End", section.table);
}

/** Adds the newsletter at the end of the document: the title, then one tagged control per section. Two round trips. */
export async function insertNewsletter(run: WordRunner, newsletter: Newsletter): Promise<void> {
  await run(async (context) => {
    const body = context.document.body;
    const title = body.insertParagraph(newsletter.title, "End");
    title.styleBuiltIn = "Title";
    for (const section of newsletter.sections) {
      const control = body.insertParagraph("", "End").insertContentControl();
      control.tag = `${TAG_PREFIX}${section.id}`;
      control.title = section.heading;
      fill(control, section);
    }
    await context.sync();
  });
}

/** Rewrites the sections the document already holds; answers which ids it found. Two round trips. */
export async function refreshNewsletter(run: WordRunner, newsletter: Newsletter): Promise<string[]> {
  return run(async (context) => {
    const controls = context.document.contentControls.load("items/tag");
    await context.sync();
    const refreshed: string[] = [];
    for (const control of controls.items) {
      const section = newsletter.sections.find((s) => control.tag === `${TAG_PREFIX}${s.id}`);
      if (!section) continue;
      fill(control, section);
      refreshed.push(section.id);
    }
    await context.sync();
    return refreshed;
  });
}
