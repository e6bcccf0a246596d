/** A mail draft (src/core/campaigns/mailDrafts) as an .eml file, its document attached as a Word file. */
import { fileName } from "../core/documents/document";
import type { MailDraft } from "../core/campaigns/mailDrafts";
import { documentDocx, DOCX_TYPE } from "./documentDocx";
import { emlOf } from "./eml";

export async function draftEml(draft: MailDraft, date: Date): Promise<string> {
  const attachments = draft.attachment
    ? [{ name: `${fileName(draft.attachment.title)}.docx`, contentType: DOCX_TYPE, bytes: await documentDocx(draft.attachment) }]
    : [];
  return emlOf({ to: draft.to, toName: draft.toName, subject: draft.subject, body: draft.body, attachments, date });
}
