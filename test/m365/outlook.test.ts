/**
 * Outlook drafts through the Graph client, against the stand-in on loopback: batches of 20 at most,
 * every message as Graph documents it (text body, the recipient, the attachment's bytes), throttled
 * requests sent again after their Retry-After, a refused recipient reported for its client alone,
 * and a second run that makes only what the first did not. MSAL is replaced at its boundary only: a token.
 */
import { GraphClient } from "../../src/m365/graph";
import { createDrafts } from "../../src/m365/outlook";
import type { MailDraft } from "../../src/core/campaigns/mailDrafts";
import { GraphStandIn } from "../helpers/graphStandIn";

const standIn = new GraphStandIn();
const RUN = "reminders 2026-11-27";
let base = "";
beforeAll(async () => (base = await standIn.start()));
afterAll(() => standIn.stop());

const drafts = Array.from({ length: 25 }, (_, i) => ({
  draft: {
    clientId: `C-${String(i + 1).padStart(4, "0")}`,
    to: `client${i + 1}@exemple.cat`,
    toName: `Client ${i + 1}, SL`,
    subject: "Recordatori de pagament",
    body: "Benvolguts senyors,\n\n<b>no és HTML</b>",
  } satisfies MailDraft,
  attachments: [
    {
      name: "Extracte de compte a 27-11-2026.docx",
      contentType: "application/octet-stream",
      bytes: new Uint8Array([80, 75, 3, 4, i]),
    },
  ],
}));

describe("drafts in Outlook", () => {
  it("are made in batches, throttled requests sent again after Retry-After, a refusal reported for its client, and a rerun resumes", async () => {
    const slept: number[] = [];
    const scopes: string[][] = [];
    const graph = new GraphClient(
      async (s) => {
        scopes.push([...s]);
        return "stand-in-token";
      },
      { base, sleep: async (seconds) => void slept.push(seconds) },
    );
    standIn.throttle = { requests: 3, seconds: 2 };
    standIn.refused.add("client7@exemple.cat");
    const progress: number[] = [];
    const first = await createDrafts(graph, drafts, RUN, new Set(), (done) => progress.push(done));
    // looked up first (20 and 5, the 3 throttled again), then made: 20, then the last 4 (C-0007 is refused among them)
    expect(standIn.batches).toEqual([20, 3, 5, 20, 5]);
    expect(slept).toEqual([2]);
    expect(progress).toEqual([20, 25]);
    expect(scopes.every((s) => s.join() === "Mail.ReadWrite")).toBe(true);
    expect(first.filter((o) => o.state === "created")).toHaveLength(24);
    expect(first.find((o) => o.clientId === "C-0007")).toEqual({
      clientId: "C-0007",
      state: "failed",
      error: "400 The recipient client7@exemple.cat is not valid.",
    });
    const sent = standIn.messages.find(
      (m) =>
        (m.toRecipients as { emailAddress: { address: string } }[])[0].emailAddress.address === "client3@exemple.cat",
    )!;
    expect(sent).toMatchObject({
      subject: "Recordatori de pagament",
      body: { contentType: "Text", content: "Benvolguts senyors,\n\n<b>no és HTML</b>" },
      toRecipients: [{ emailAddress: { address: "client3@exemple.cat", name: "Client 3, SL" } }],
      attachments: [
        {
          "@odata.type": "#microsoft.graph.fileAttachment",
          name: "Extracte de compte a 27-11-2026.docx",
          contentBytes: Buffer.from([80, 75, 3, 4, 2]).toString("base64"),
        },
      ],
    });
    expect(standIn.log.every((r) => r.auth === "Bearer stand-in-token" && r.batched)).toBe(true);
    // the admin fixes the address and runs it again: only C-0007 is made now
    standIn.refused.clear();
    const done = new Set(first.filter((o) => o.state === "created").map((o) => o.clientId));
    const before = standIn.messages.length;
    const second = await createDrafts(graph, drafts, RUN, done);
    expect(standIn.messages.length - before).toBe(1);
    expect(second.filter((o) => o.state === "done before")).toHaveLength(24);
    expect(second.find((o) => o.clientId === "C-0007")?.state).toBe("created");
  });

  it("keeps each batch's outcomes as they come, and a run again after a lost answer never doubles a draft", async () => {
    const clients = Array.from({ length: 45 }, (_, i) => ({
      ...drafts[i % 25],
      draft: { ...drafts[i % 25].draft, clientId: `K'#&+${i}` },
    }));
    const graph = new GraphClient(async () => "stand-in-token", { base, sleep: async () => undefined, timeoutMs: 500 });
    const run = "campaign 2026-11 'all'";
    const start = standIn.batches.length;
    // lookups are batches 1–3, drafts 4–6: the 5th is made and answered with an error page, the 6th made and never answered
    standIn.spoiled.set(start + 5, "garbled").set(start + 6, "silent");
    const before = standIn.messages.length;
    const kept: string[][] = [];
    const first = await createDrafts(graph, clients, run, new Set(), undefined, (o) =>
      kept.push(o.filter((x) => x.state === "created").map((x) => x.clientId)),
    );
    expect(standIn.messages.length - before).toBe(45); // all made by the mailbox, whatever the answers said
    expect(kept.flat()).toHaveLength(20); // the first batch's drafts, handed over as soon as known
    expect(first.filter((o) => o.state === "failed").map((o) => (o as { error: string }).error)).toEqual([
      ...Array(20).fill("Microsoft 365 answered with something that is not a Graph batch"),
      ...Array(5).fill("Microsoft 365 did not answer within 1 s"),
    ]);
    // run again with what was kept: the 25 unknown are found by their key, none is made twice
    const done = new Set(first.filter((o) => o.state === "created").map((o) => o.clientId));
    const second = await createDrafts(graph, clients, run, done);
    expect(standIn.messages.length - before).toBe(45);
    expect(second.filter((o) => o.state === "created")).toHaveLength(25);
    expect(second.filter((o) => o.state === "done before")).toHaveLength(20);
  }, 20_000);

  it("gives up on a request still throttled after a few tries and says so for that client", async () => {
    const graph = new GraphClient(async () => "stand-in-token", { base, sleep: async () => undefined });
    standIn.throttle = { requests: 100, seconds: 1 };
    const [outcome] = await createDrafts(graph, drafts.slice(0, 1), "throttled run", new Set());
    standIn.throttle = { requests: 0, seconds: 1 };
    expect(outcome).toEqual({ clientId: "C-0001", state: "failed", error: "429 Please retry." });
  });
});
