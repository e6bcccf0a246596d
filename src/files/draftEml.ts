/** A mail draft (src/core/campaigns/mailDrafts) as an .eml file, its document attached as a Word file (the same file Outlook drafts get). */
import { fileName } from "../core/kernel";
import type { MailDraft } from "../core/campaigns";
import { documentDocx, DOCX_TYPE } from "./documentDocx";
import { emlOf, type EmlAttachment } from "./eml";

/** The draft's document as the file attached to it (a Word file named after its title), or none. */
export async function draftAttachments(draft: MailDraft): Promise<EmlAttachment[]> {
  return draft.attachment
    ? [
        {
          name: `${fileName(draft.attachment.title)}.docx`,
          contentType: DOCX_TYPE,
          bytes: await documentDocx(draft.attachment),
        },
      ]
    : [];
}

export async function draftEml(draft: MailDraft, date: Date): Promise<string> {
  return emlOf({
    to: draft.to,
    toName: draft.toName,
    subject: draft.subject,
    body: draft.body,
    attachments: await draftAttachments(draft),
    date,
  });
}
