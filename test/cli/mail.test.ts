/**
 * `salesdesk reminders --eml` and `salesdesk campaign --eml`: a draft per client, parsed back by an
 * independent MIME parser; the campaign reaches the consented clients only (the mailing list, exactly),
 * and no full card number is in any file.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { OWN_WORDS, runCli as run } from "../helpers/cli";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { findCardNumbers } from "../../src/core/kernel/cards";

const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-mail-"));
const file = path.join(dir, "sample.xlsx");
const AS_OF = "2026-11-27";

async function rowsOf(table: string): Promise<Record<string, unknown>[]> {
  const data = (await (await XlsxWorkbook.load(readFileSync(file))).readTable(table))!;
  return data.rows.map((r) => Object.fromEntries(data.headers.map((h, i) => [h, r[i]])));
}

/** Every part of a mail decoded: its text and attachments' text, to look for card numbers in. */
async function decoded(eml: string): Promise<string> {
  const mail = await simpleParser(eml);
  const parts = await Promise.all(
    mail.attachments.map(async (a) => {
      const JSZip = (await import("jszip")).default;
      const zip = await JSZip.loadAsync(a.content);
      return (await Promise.all(Object.values(zip.files).map((f) => f.async("string")))).join("\n");
    }),
  );
  return [mail.subject, mail.text, ...parts].join("\n");
}

beforeAll(async () => {
  expect((await run("sample", "--out", file, "--seed", "7", "--invoices", "500", "--today", AS_OF)).code).toBe(0);
}, 60_000);

describe("e-mail drafts", () => {
  it("a client row with no name stops no reminder: that client is said, the others' drafts are made", async () => {
    const workbook = await XlsxWorkbook.load(readFileSync(file));
    const json = JSON.parse(
      (await run("reminders", file, "--as-of", AS_OF, "--eml", path.join(dir, "before"), "--json")).out,
    );
    const nameless = json.drafts[0].clientId as string;
    const clients = workbook.workbook.getWorksheet("Clients")!;
    const nameAt = (clients.getRow(1).values as unknown[]).indexOf("Name");
    clients.eachRow((row) => row.getCell(1).value === nameless && (row.getCell(nameAt).value = null));
    const broken = path.join(dir, "nameless.xlsx");
    writeFileSync(broken, await workbook.save());
    const result = await run("reminders", broken, "--as-of", AS_OF, "--eml", path.join(dir, "after"), "--json");
    expect(result.code).toBe(0);
    const after = JSON.parse(result.out);
    expect(after.noEmail).toContain(nameless);
    expect(after.drafts.map((d: { clientId: string }) => d.clientId)).toEqual(
      json.drafts.slice(1).map((d: { clientId: string }) => d.clientId),
    );
  });

  it("a reminder per client due, to the client's e-mail, the statement attached, unsent", async () => {
    const out = path.join(dir, "reminders");
    const json = JSON.parse((await run("reminders", file, "--as-of", AS_OF, "--eml", out, "--json")).out);
    const letters = JSON.parse(
      (
        await run(
          "documents",
          file,
          "--kind",
          "reminder",
          "--as-of",
          AS_OF,
          "--out",
          path.join(dir, "letters"),
          "--json",
        )
      ).out,
    );
    expect([...json.drafts.map((d: { clientId: string }) => d.clientId), ...json.noEmail].sort()).toEqual(
      letters.documents.map((d: { clientId: string }) => d.clientId).sort(),
    );
    const clients = new Map((await rowsOf("Clients")).map((c) => [c.ClientID, c]));
    for (const draft of json.drafts) {
      const mail = await simpleParser(readFileSync(draft.file, "utf8"));
      expect(mail.headers.get("x-unsent")).toBe("1");
      expect(mail.to && !Array.isArray(mail.to) && mail.to.value[0].address).toBe(clients.get(draft.clientId)!.Email);
      expect(mail.attachments.map((a) => a.filename)).toEqual([
        `${draft.attachment.replace(/\s*:\s*/g, " - ").replace(/\//g, "-")}.docx`,
      ]);
    }
  });

  it("drafts no campaign e-mail while the newsletter's intro or closing is a placeholder, and says in which language", async () => {
    const refused = await run(
      "campaign",
      file,
      "--period",
      "2026-11",
      "--eml",
      path.join(dir, "unwritten"),
      "--lang",
      "en",
      "--intro",
      "Hello.",
      "--closing",
      "Bye.",
    );
    expect([refused.code, refused.err.trim()]).toEqual([
      2,
      expect.stringMatching(
        /^salesdesk campaign: write the introduction and the closing of the newsletter first, in (Català|Español)/,
      ),
    ]);
    expect(existsSync(path.join(dir, "unwritten"))).toBe(false);
    const twice = await run(
      "campaign",
      file,
      "--eml",
      path.join(dir, "twice"),
      "--intro",
      "ca:Hola.",
      "--intro",
      "ca:Bon dia.",
    );
    expect([twice.code, twice.err.trim()]).toEqual([2, "salesdesk campaign: --intro is given twice for ca"]);
  });

  it("a campaign reaches exactly the consented clients with an e-mail, and no file holds a card number", async () => {
    const out = path.join(dir, "campaign");
    const json = JSON.parse(
      (await run("campaign", file, "--period", "2026-11", "--eml", out, "--json", ...OWN_WORDS)).out,
    );
    const consented = (await rowsOf("Clients")).filter(
      (c) => c.MarketingConsent === true || c.MarketingConsent === "TRUE",
    );
    expect(json.drafts.map((d: { clientId: string }) => d.clientId).sort()).toEqual(
      consented
        .filter((c) => c.Email)
        .map((c) => String(c.ClientID))
        .sort(),
    );
    const first = await simpleParser(readFileSync(json.drafts[0].file, "utf8"));
    expect(first.text).toMatch(/Intro (ca|es|en)\./);
    expect(first.text).not.toContain("[");
    const files = [
      ...readdirSync(out).map((f) => path.join(out, f)),
      ...readdirSync(path.join(dir, "reminders")).map((f) => path.join(dir, "reminders", f)),
    ];
    for (const f of files) expect(findCardNumbers(await decoded(readFileSync(f, "utf8")))).toEqual([]);
  });
});
