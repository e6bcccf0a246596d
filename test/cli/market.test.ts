/**
 * `salesdesk market` (issue 34): each client's R, F, M and churn risk equal a plain loop over the
 * sample's raw Invoices and Orders rows at a day in the middle of its year; the sheet for management
 * is written in her language with its charts; segments go into Clients.Segment only over hers when
 * she says so; and `salesdesk import` reads survey exports into Survey.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { OWN_WORDS, runCli as run } from "../helpers/cli";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { dayFromSerial, parseIsoDate } from "../../src/core/kernel/dates";

const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-market-"));
const file = path.join(dir, "sample.xlsx");
const AS_OF = "2026-06-15"; // the sample runs from 2025-11-28 to 2026-11-27

async function rowsOf(workbook: string, table: string): Promise<Record<string, unknown>[]> {
  const data = (await (await XlsxWorkbook.load(readFileSync(workbook))).readTable(table))!;
  return data.rows.map((r) => Object.fromEntries(data.headers.map((h, i) => [h, r[i]])));
}

const day = (v: unknown) => dayFromSerial(v as number, false)!;

beforeAll(async () => {
  expect((await run("sample", "--out", file, "--seed", "5", "--invoices", "600", "--today", "2026-11-27")).code).toBe(
    0,
  );
}, 60_000);

describe("salesdesk market --json", () => {
  it("gives every client the recency, frequency, money and churn risk a plain loop over the rows gives", async () => {
    const result = await run("market", file, "--as-of", AS_OF, "--json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(Object.keys(json)).toEqual([
      "asOf",
      "clients",
      "segments",
      "opportunities",
      "regionShares",
      "surveys",
      "unmatchedAnswers",
      "campaigns",
    ]);
    const asOf = parseIsoDate(AS_OF)!;
    const invoices = (await rowsOf(file, "Invoices")).filter(
      (i) => i.Status !== "Draft" && i.Status !== "Cancelled" && day(i.IssueDate) <= asOf,
    );
    const orders = (await rowsOf(file, "Orders")).filter((o) => o.Status !== "Cancelled" && day(o.OrderDate) <= asOf);
    const clientIds = [...new Set((await rowsOf(file, "Clients")).map((c) => String(c.ClientID)))];
    expect(json.clients.map((c: { clientId: string }) => c.clientId)).toEqual(clientIds);
    let checked = 0;
    for (const c of json.clients) {
      const mine = invoices.filter((i) => i.ClientID === c.clientId);
      const sales = mine.filter((i) => !i.CreditOf && Number(i.Net) >= 0);
      let last = -Infinity;
      for (const i of sales) last = Math.max(last, day(i.IssueDate));
      const inYear = mine.filter((i) => day(i.IssueDate) > asOf - 365);
      let cents = 0;
      for (const i of inYear) cents += Math.round(Number(i.Net) * 100);
      const orderDays = new Map<string, number>();
      for (const o of orders.filter((o) => o.ClientID === c.clientId))
        orderDays.set(String(o.OrderID), day(o.OrderDate));
      const days = [...orderDays.values()].sort((a, b) => a - b);
      const gaps = days
        .slice(1)
        .map((d, i) => d - days[i])
        .sort((a, b) => a - b);
      const median =
        gaps.length % 2 ? gaps[(gaps.length - 1) / 2] : (gaps[gaps.length / 2 - 1] + gaps[gaps.length / 2]) / 2;
      expect([c.clientId, c.recency, c.frequency, c.monetary, c.churnRisk]).toEqual([
        c.clientId,
        last === -Infinity ? null : asOf - last,
        inYear.filter((i) => !i.CreditOf && Number(i.Net) >= 0).length,
        cents / 100,
        days.length >= 3 && asOf - days[days.length - 1] > 2 * median,
      ]);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
    expect(json.clients.filter((c: { churnRisk: boolean }) => c.churnRisk).length).toBeGreaterThan(0);
    expect(json.clients.filter((c: { recency: number | null }) => c.recency === null).length).toBeGreaterThan(0); // clients who had not bought yet
    // each segment's count and money are its clients'
    for (const s of json.segments) {
      const of = json.clients.filter((c: { segment: string }) => c.segment === s.segment);
      expect([s.segment, s.clients]).toEqual([s.segment, of.length]);
    }
  }, 60_000);

  it("reports the survey's NPS as a plain count of its answers gives", async () => {
    const json = JSON.parse((await run("market", file, "--as-of", "2026-11-27", "--json")).out);
    const answers = (await rowsOf(file, "Survey")).filter((a) => String(a.Question).includes("recomanaríeu"));
    const scores = answers.map((a) => Number(a.Score));
    const nps = json.surveys.find((q: { nps?: number }) => q.nps !== undefined);
    expect(nps).toMatchObject({
      answers: scores.length,
      promoters: scores.filter((x) => x >= 9).length,
      detractors: scores.filter((x) => x <= 6).length,
      nps: Math.round(
        (100 * (scores.filter((x) => x >= 9).length - scores.filter((x) => x <= 6).length)) / scores.length,
      ),
    });
    expect(json.unmatchedAnswers).toBe((await rowsOf(file, "Survey")).filter((a) => a.ClientID === null).length);
    expect(json.campaigns.map((c: { campaignId: string; complete: boolean }) => [c.campaignId, c.complete])).toEqual([
      ["CMP-0001", true],
      ["CMP-0002", false],
    ]);
  }, 60_000);
});

describe("salesdesk market --out", () => {
  it("writes the sheet for management in Catalan, with its two charts, and segments only over hers when told", async () => {
    const out = path.join(dir, "market.xlsx");
    const kept = await run("market", file, "--out", out, "--lang", "ca", "--segments", "--as-of", "2026-11-27");
    expect(kept.code).toBe(0);
    expect(kept.out).toMatch(/Clients\.Segment: 0 escrits, \d+ escrits a mà es deixen com eren/);
    expect(kept.out).toMatch(/s'ha escrit .*market\.xlsx \(full Mercat\)/);
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).filter((f) => /xl\/charts\/salesdesk\d+\.xml$/.test(f))).toHaveLength(2);
    const sheet = await (await XlsxWorkbook.load(readFileSync(out))).readSheet("Mercat");
    expect(sheet!.rows[0][0]).toBe("Mercat i clients a 27/11/2026: segments, enquesta, oportunitats i campanyes");
    expect(sheet!.rows.flat()).toEqual(expect.arrayContaining(["Campions", "Promotors", "Efecte per client"]));
    const overwritten = path.join(dir, "segments.xlsx");
    expect(
      (
        await run(
          "market",
          file,
          "--out",
          overwritten,
          "--lang",
          "ca",
          "--segments",
          "--overwrite",
          "--as-of",
          "2026-11-27",
        )
      ).code,
    ).toBe(0);
    const json = JSON.parse((await run("market", file, "--as-of", "2026-11-27", "--json")).out);
    const segments = (await rowsOf(overwritten, "Clients")).map((c) => c.Segment);
    const names: Record<string, string> = {
      champions: "Campions",
      loyal: "Fidels",
      promising: "Prometedors",
      new: "Nous",
      atRisk: "En risc",
    };
    names.cantLose = "No els podem perdre";
    names.hibernating = "Adormits";
    names.none = "Sense compres";
    expect(segments).toEqual(json.clients.map((c: { segment: string }) => names[c.segment]));
    expect((await run("market", file, "--segments")).err).toMatch(
      /--segments writes Clients.Segment: name the workbook to write with --out/,
    );
  }, 90_000);
});

describe("sends logged from the command line", () => {
  it("logs a mailing list and the newsletter e-mails in Campaigns with whom they went to, numbered after the sample's two", async () => {
    const log = path.join(dir, "logged.xlsx");
    const list = await run("mailing-list", file, "--out", path.join(dir, "list.csv"), "--segment", "SME", "--log", log);
    expect(list.code).toBe(0);
    expect(list.out).toMatch(
      /^wrote .*list\.csv: (\d+) clients with marketing consent\nlogged as campaign CMP-0003 in .*logged\.xlsx$/,
    );
    const listed = Number(/: (\d+) clients/.exec(list.out)![1]);
    const mails = await run(
      "campaign",
      log,
      "--eml",
      path.join(dir, "eml"),
      "--period",
      "2026-10",
      "--log",
      log,
      "--json",
      ...OWN_WORDS,
    );
    expect(mails.err).toMatch(/logged as campaign CMP-0004 in .*logged\.xlsx/);
    const made = JSON.parse(mails.out).drafts.map((d: { clientId: string }) => d.clientId);
    const rows = await rowsOf(log, "Campaigns");
    expect(rows.slice(2).map((r) => [r.CampaignID, r.Name, r.Channel, r.Segment, r.Recipients])).toEqual([
      ["CMP-0003", "Mailing list · SME", "List", "SME", listed],
      ["CMP-0004", "Newsletter 2026-10", "Email", null, made.length],
    ]);
    expect(String(rows[3].RecipientIDs).split(", ")).toEqual(made);
  }, 60_000);
});

describe("salesdesk import of survey exports", () => {
  it("reads a Google Forms CSV into Survey, one row per answer, every answer kept", async () => {
    const csv = path.join(dir, "respostes.csv");
    writeFileSync(
      csv,
      "Marca temporal,Adreça electrònica,Amb quina probabilitat ens recomanaríeu?,Què trobeu a faltar?\r\n" +
        "28/11/2026 10:15:00,anna@exemple.cat,9,Més paper reciclat\r\n" +
        "28/11/2026 11:00:00,pere@exemple.cat,4,\r\n" +
        '29/11/2026 09:30:00,marta@exemple.cat,10,"Lliurament ràpid, sisplau"\r\n',
    );
    const out = path.join(dir, "survey.xlsx");
    const result = await run("import", csv, "--out", out, "--json");
    expect(JSON.parse(result.out).sheets[0]).toMatchObject({ table: "Survey", rows: 3, imported: 3, quarantined: 0 });
    const rows = await rowsOf(out, "Survey");
    expect(rows.map((r) => [r.ResponseID, r.Respondent, r.Answer, r.Score])).toEqual([
      ["respostes-2", "anna@exemple.cat", "9", 9],
      ["respostes-2", "anna@exemple.cat", "Més paper reciclat", null],
      ["respostes-3", "pere@exemple.cat", "4", 4],
      ["respostes-4", "marta@exemple.cat", "10", 10],
      ["respostes-4", "marta@exemple.cat", "Lliurament ràpid, sisplau", null],
    ]);
  }, 60_000);
});
