/**
 * Mail drafts in the user's Outlook mailbox (Graph `POST /me/messages`, in batches): one per client,
 * its document attached. The add-in never sends: the admin reviews and sends from Outlook. Each draft
 * carries a key of its run and client in an extended property of our own, and a run first looks for
 * the drafts already made under those keys: a run cut short (no answer, an answer not understood, the
 * pane closed) is run again without ever doubling a draft (issue 28). Outcomes are handed over batch
 * by batch, as soon as they are known.
 */
import type { MailDraft } from "../core/campaigns";
import { base64 } from "../files/base64";
import type { EmlAttachment } from "../files/eml";
import { graphError, odataLiteral, type GraphClient, type GraphResponse } from "./graph";

export const MAIL_SCOPES = ["Mail.ReadWrite"] as const;
/** Our property on the drafts we make: a GUID of the add-in's own and a name. */
export const DRAFT_PROPERTY = "String {0c8e5a4d-2f61-4b7e-8d3a-9e15b7c4f2a6} Name SalesDeskDraft";

export type DraftOutcome =
  | { clientId: string; state: "created"; id: string; webLink?: string }
  | { clientId: string; state: "failed"; error: string }
  | { clientId: string; state: "done before" };

/** A draft as Graph's message: plain text (never HTML), one recipient, its attachments inline, its key. */
export function graphMessage(draft: MailDraft, attachments: readonly EmlAttachment[], key: string) {
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
    singleValueExtendedProperties: [{ id: DRAFT_PROPERTY, value: key }],
  };
}

/** The key a run's draft for a client carries. */
export const draftKey = (run: string, clientId: string) => `${run}|${clientId}`;

export async function createDrafts(
  graph: GraphClient,
  drafts: readonly { draft: MailDraft; attachments: EmlAttachment[] }[],
  run: string,
  doneBefore: ReadonlySet<string>,
  onProgress?: (done: number, of: number) => void,
  onOutcomes?: (outcomes: readonly DraftOutcome[]) => void,
): Promise<DraftOutcome[]> {
  const outcomes = new Map<string, DraftOutcome>();
  const settle = (found: readonly DraftOutcome[]) => {
    for (const o of found) outcomes.set(o.clientId, o);
    onOutcomes?.(found);
  };
  settle(
    drafts
      .filter((d) => doneBefore.has(d.draft.clientId))
      .map(({ draft }) => ({ clientId: draft.clientId, state: "done before" })),
  );
  const todo = drafts.filter((d) => !doneBefore.has(d.draft.clientId));
  // Drafts this run already made (an earlier try that got no answer): found by their key, never made twice.
  const lookup = (d: (typeof todo)[number]) =>
    `/me/messages?$filter=singleValueExtendedProperties/Any(ep: ep/id eq ${odataLiteral(DRAFT_PROPERTY)} and ep/value eq ${odataLiteral(draftKey(run, d.draft.clientId))})&$select=id,webLink`;
  const found = await graph.batch(
    todo.map((d, i) => ({ id: String(i), method: "GET", url: lookup(d) })),
    MAIL_SCOPES,
  );
  const toMake: typeof todo = [];
  todo.forEach((d, i) => {
    const answer = found.get(String(i));
    const made = (answer?.body as { value?: { id: string; webLink?: string }[] } | undefined)?.value?.[0];
    if (!answer || answer.status !== 200) settle([failed(d.draft, answer)]);
    else if (made) settle([{ clientId: d.draft.clientId, state: "created", id: made.id, webLink: made.webLink }]);
    else toMake.push(d);
  });
  await graph.batch(
    toMake.map((d, i) => ({
      id: String(i),
      method: "POST",
      url: "/me/messages",
      body: graphMessage(d.draft, d.attachments, draftKey(run, d.draft.clientId)),
    })),
    MAIL_SCOPES,
    (done) => onProgress?.(done, toMake.length),
    (answers) =>
      settle(
        answers.map((answer): DraftOutcome => {
          const { draft } = toMake[Number(answer.id)];
          if (answer.status !== 201) return failed(draft, answer);
          const made = answer.body as { id: string; webLink?: string };
          return { clientId: draft.clientId, state: "created", id: made.id, webLink: made.webLink };
        }),
      ),
  );
  return drafts.map(({ draft }) => outcomes.get(draft.clientId) ?? failed(draft, undefined));
}

const failed = (draft: MailDraft, answer: GraphResponse | undefined): DraftOutcome => ({
  clientId: draft.clientId,
  state: "failed",
  error: answer ? graphError(answer) : "no answer",
});
