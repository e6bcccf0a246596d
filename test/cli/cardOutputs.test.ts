/**
 * Card numbers hidden as a person would never see them (issue 28): digits in fullwidth forms, groups
 * split by zero-width spaces and joiners, soft hyphens, `_`, `/`, `·`, `,` or narrow spaces, typed into
 * the texts of clients, visits and meetings. Every output — stdout, --json, the mailing list, drafts
 * and their attachments, invitations, agendas, statements — is read back, and none holds the number.
 * A fast-check target: `npm run fuzz` runs it with random seeds.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import fc from "fast-check";
import { OWN_WORDS, runCli } from "../helpers/cli";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { generateSample } from "../../src/core/sample/sample";
import { dayOf } from "../../src/core/kernel/dates";
import { passesLuhn } from "../../src/core/kernel/cards";
import type { SheetOutput } from "../../src/core/workbook/port";

const today = dayOf(2026, 11, 27);
const AS_OF = "2026-11-27";
const root = mkdtempSync(path.join(tmpdir(), "salesdesk-hidden-cards-"));

const withLuhn = (digits: string) => digits + [...Array(10).keys()].find((d) => passesLuhn(digits + d));
const card = fc
  .oneof(fc.stringMatching(/^4\d{14}$/), fc.stringMatching(/^5[1-5]\d{13}$/), fc.stringMatching(/^3[47]\d{12}$/))
  .map(withLuhn);
const SEPARATORS = ["\u200b", "\u200d", "\u00ad", "_", "/", "·", ",", "\u202f", "\u00a0", " - ", "\u3000", ".", ""];
/** The card as typed: groups of four (or split anywhere), any separator, perhaps fullwidth digits and an invisible character inside a group. */
const hidden = fc
  .record({
    card,
    separator: fc.constantFrom(...SEPARATORS),
    fullwidth: fc.boolean(),
    inside: fc.constantFrom("", "\u200b", "\u2060", "\u00ad"),
  })
  .map(({ card, separator, fullwidth, inside }) => {
    const digits = fullwidth ? [...card].map((d) => String.fromCharCode(0xff10 + Number(d))).join("") : card;
    const groups = digits.match(/.{1,4}/g)!.map((g) => g.slice(0, 2) + inside + g.slice(2));
    return { card, typed: groups.join(separator) };
  });

/** Every text field where an admin might paste a card, in the sample's sheets. */
function plant(sheets: SheetOutput[], typed: string): void {
  const put = (table: string, columns: string[], rows: number) => {
    const t = sheets.find((s) => s.name === table)!.tables[0];
    for (const column of columns) {
      const at = t.columns.findIndex((c) => c.header === column);
      for (const row of t.rows.slice(0, rows)) (row as unknown[])[at] = `ref ${typed} ok`;
    }
  };
  put("Clients", ["Contact", "Street", "Notes", "Preferences"], 40);
  put("Visits", ["Purpose", "NextAction"], 200);
  put("Meetings", ["Title", "Agenda"], 50);
  put("Requests", ["Subject", "Details"], 50);
}

/** The text of every file under a folder, .docx and .zip parts opened. */
async function filesText(dir: string): Promise<string> {
  const out: string[] = [];
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    if (!statSync(file).isFile()) continue;
    const bytes = readFileSync(file);
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
      const zip = await JSZip.loadAsync(bytes);
      for (const part of Object.values(zip.files)) out.push(await part.async("string"));
    } else out.push(bytes.toString("utf8"));
  }
  return out.join("\n");
}

async function cli(...argv: string[]): Promise<string> {
  const { out, err } = await runCli(...argv);
  return [out, err].join("\n");
}

/** Whether a text holds the card's digits, read as a person reads them (NFKC, every non-digit between them ignored). */
const holds = (text: string, digits: string) => text.normalize("NFKC").replace(/\D/g, "").includes(digits);

describe("card numbers hidden by Unicode never get out", () => {
  it("in any output of any command", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(hidden, async ({ card, typed }) => {
        const dir = path.join(root, String(run++));
        const sheets = generateSample({ seed: 9, invoices: 120, today });
        plant(sheets, typed);
        const workbook = new XlsxWorkbook();
        for (const sheet of sheets) await workbook.writeSheet(sheet);
        const file = path.join(root, `w${run}.xlsx`);
        writeFileSync(file, await workbook.save());
        const printed = [
          await cli("check", file),
          await cli("check", file, "--json"),
          await cli("visits", file, "--as-of", AS_OF, "--json", "--ics", path.join(dir, "visits")),
          await cli(
            "meetings",
            file,
            "--as-of",
            AS_OF,
            "--ics",
            path.join(dir, "meetings"),
            "--docx",
            path.join(dir, "agendas"),
          ),
          await cli("requests", file, "--as-of", AS_OF),
          await cli("reminders", file, "--as-of", AS_OF, "--eml", path.join(dir, "reminders"), "--json"),
          await cli("campaign", file, "--eml", path.join(dir, "campaign"), "--period", "2026-11", ...OWN_WORDS),
          await cli("mailing-list", file, "--out", path.join(dir, "mailing.csv")),
          await cli("documents", file, "--kind", "statement", "--as-of", AS_OF, "--out", path.join(dir, "statements")),
        ].join("\n");
        expect(holds(printed, card)).toBe(false);
        expect(holds(await filesText(dir), card)).toBe(false);
        expect(readdirSync(dir).length).toBeGreaterThan(3); // the outputs were made, not refused
      }),
      { numRuns: 3 },
    );
  }, 180_000);
});
