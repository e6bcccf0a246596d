/**
 * Mail drafts in the user's Outlook mailbox (Graph `POST /me/messages`, in batches): one per client,
 * its document attached. The add-in never sends: the admin reviews and sends from Outlook. A run can
 * be resumed: the clients whose draft was made are passed back in and skipped.
 */
import type { MailDraft } from "../core/campaigns/mailDrafts";
import { base64 } from "../files/base64";
import type { EmlAttachment } from "../files/eml";
import { graphError, type GraphClient } from "./graph";

export const MAIL_SCOPES = ["Mail.ReadWrite"] as const;

export type DraftOutcome =
  | { clientId: string; state: "created"; id: string; webLink?: string }
  | { clientId: string; state: "failed"; error: string }
  | { clientId: string; state: "done before" };

/** A draft as Graph's message: plain text (never HTML), one recipient, its attachments inline. */
export function graphMessage(draft: MailDraft, attachments: readonly EmlAttachment[]) {
  return {
    subject: draft.subject,
    body: { contentType: "Text", content: draft.body },
    toRecipients: [{ emailAddress: { address: draft.to, name: draft.toName } }],
    attachments: attachments.map((a) => ({
      "@odata.type": "#microsoft.graph.fileAttachment",
      name: a.name,
      contentType: a.contentType,
      contentBytes: base64(a.bytes),
    })),
  };
}

export async function createDrafts(
  graph: GraphClient,
  drafts: readonly { draft: MailDraft; attachments: EmlAttachment[] }[],
  doneBefore: ReadonlySet<string>,
  onProgress?: (done: number, of: number) => void,
): Promise<DraftOutcome[]> {
  const todo = drafts.filter((d) => !doneBefore.has(d.draft.clientId));
  const answers = await graph.batch(
    todo.map((d, i) => ({ id: String(i), method: "POST", url: "/me/messages", body: graphMessage(d.draft, d.attachments) })),
    MAIL_SCOPES,
    (done) => onProgress?.(done, todo.length),
  );
  return drafts.map(({ draft }): DraftOutcome => {
    const i = todo.findIndex((d) => d.draft === draft);
    if (i < 0) return { clientId: draft.clientId, state: "done before" };
    const answer = answers.get(String(i));
    if (answer && answer.status === 201) {
      const made = answer.body as { id: string; webLink?: string };
      return { clientId: draft.clientId, state: "created", id: made.id, webLink: made.webLink };
    }
    return { clientId: draft.clientId, state: "failed", error: answer ? graphError(answer) : "no answer" };
  });
}
