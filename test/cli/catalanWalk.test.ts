/**
 * The Catalan admin's day through the CLI with --lang ca: every line it prints, every sheet it writes
 * into her workbook, and the CSV, .docx, .eml and .ics files it makes hold no English phrase of ours
 * (any piece of two words or more of the English catalogues that the Catalan ones do not share).
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { simpleParser } from "mailparser";
import { OWN_WORDS, runCli as run } from "../helpers/cli";
import { englishIn, englishPhrases } from "../helpers/english";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { isOwnedSheet } from "../../src/core/workbook/ownedSheets";

const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-catalan-"));
const file = path.join(dir, "llibre.xlsx");
const at = (name: string) => path.join(dir, name);
const AS_OF = "2026-11-27";
const CA = ["--lang", "ca"];
const phrases = englishPhrases();

/** The English phrases of ours in a text, with where it was found. */
const english = (where: string, text: string) => englishIn(text, phrases).map((p) => `${where}: ${p}`);

/** Every cell of the sheets the add-in wrote, and every sheet's name. */
async function writtenText(workbookFile: string, also: (sheet: string) => boolean = () => false): Promise<string> {
  const workbook = await XlsxWorkbook.load(readFileSync(workbookFile));
  const sheets = (await workbook.listSheets()).map((s) => s.name);
  const grids = await Promise.all(sheets.filter((s) => isOwnedSheet(s) || also(s)).map((s) => workbook.readSheet(s)));
  return [...sheets, ...grids.flatMap((g) => g?.rows.flat().map(String) ?? [])].join("\n");
}

const docxText = async (bytes: Uint8Array) =>
  (await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string")) // a .docx has one
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "");

beforeAll(async () => {
  expect((await run("sample", "--out", file, "--seed", "3", "--invoices", "400", "--today", AS_OF)).code).toBe(0);
}, 60_000);

describe("the CLI in Catalan", () => {
  it("finds our English where there is some: the same commands in English", async () => {
    const { out } = await run("orders", file, "--as-of", AS_OF, "--lang", "en");
    expect(englishIn(out, phrases).length).toBeGreaterThan(0);
  });

  it("prints every line in Catalan, and writes the report, aging and market sheets in Catalan", async () => {
    const products = (await (await XlsxWorkbook.load(readFileSync(file))).readTable("Products"))!;
    const sku = String(products.rows[0][products.headers.indexOf("SKU")]);
    const runs = [
      ["check", file],
      ["report", file, "--today", AS_OF, "--out", at("informe.xlsx")],
      ["aging", file, "--as-of", AS_OF, "--out", at("antiguitat.xlsx")],
      ["market", file, "--as-of", AS_OF, "--out", at("mercat.xlsx")],
      ["orders", file, "--as-of", AS_OF],
      ["quotes", file, "--as-of", AS_OF],
      ["quote", file, "--client", "C-0001", "--line", `${sku}:2`, "--today", AS_OF, "--out", at("pressupost.xlsx")],
      ["requests", file, "--as-of", AS_OF],
      ["visits", file, "--as-of", AS_OF, "--ics", at("visites")],
      ["meetings", file, "--as-of", AS_OF, "--ics", at("reunions"), "--docx", at("actes")],
      ["mailing-list", file, "--out", at("llista.csv"), "--log", at("campanyes.xlsx")],
    ];
    const found: string[] = [];
    for (const [command, ...args] of runs) {
      const result = await run(command, ...args, ...CA);
      expect([command, result.code, result.err]).toEqual([command, 0, ""]);
      found.push(...english(command, result.out));
    }
    for (const written of ["informe.xlsx", "antiguitat.xlsx", "mercat.xlsx", "campanyes.xlsx"])
      found.push(...english(written, await writtenText(at(written))));
    found.push(...english("llista.csv", readFileSync(at("llista.csv"), "utf8")));
    for (const ics of readdirSync(at("visites")))
      found.push(...english(ics, readFileSync(at(`visites/${ics}`), "utf8")));
    for (const docx of readdirSync(at("actes")))
      found.push(...english(docx, await docxText(readFileSync(at(`actes/${docx}`)))));
    expect(found).toEqual([]);
    // the sheets are named in her language
    const report = (await XlsxWorkbook.load(readFileSync(at("informe.xlsx")))).listSheets();
    expect((await report).map((s) => s.name)).toEqual(expect.arrayContaining(["Informe 2026-W47", "Vendes setmanals"]));
  }, 120_000);

  it("drafts the documents, the newsletter and the campaign's e-mails in Catalan", async () => {
    const found: string[] = [];
    const results = [
      await run("documents", file, "--kind", "reminder", "--as-of", AS_OF, "--out", at("cartes"), ...CA),
      await run("newsletter", file, "--period", "2026-11", ...OWN_WORDS, "--out", at("butlleti.docx"), ...CA),
      await run("campaign", file, "--period", "2026-11", ...OWN_WORDS, "--eml", at("correus"), ...CA),
    ];
    for (const r of results) {
      expect([r.code, r.err]).toEqual([0, ""]);
      found.push(...english("output", r.out));
    }
    for (const letter of readdirSync(at("cartes")))
      found.push(...english(letter, await docxText(readFileSync(at(`cartes/${letter}`)))));
    found.push(...english("butlleti.docx", await docxText(readFileSync(at("butlleti.docx")))));
    for (const eml of readdirSync(at("correus"))) {
      const mail = await simpleParser(readFileSync(at(`correus/${eml}`)));
      found.push(...english(eml, `${mail.subject}\n${mail.text}`));
    }
    expect(found).toEqual([]);
  }, 120_000);

  it("imports in Catalan: the Quarantine, its headers, the notes and the sheets it makes", async () => {
    const source = XlsxWorkbook.fromSheets([
      {
        name: "Registre",
        rows: [
          ["Núm. factura", "Data", "Client", "Base", "IVA", "Total", "Estat"],
          ["2026-0001", new Date(Date.UTC(2026, 10, 3)), "C-0001", 100, 0.21, 121, "Pagada"],
          ["2026-0002", "no és una data", "C-0002", 200, 0.21, 242, "Pendent"],
          ["2026-0003", new Date(Date.UTC(2026, 10, 5)), "C-0003", 300, 0.21, 363, "Pendent"],
        ],
      },
    ]);
    const input = at("registre.xlsx");
    writeFileSync(input, await source.save());
    const result = await run("import", input, "--out", at("importat.xlsx"), ...CA);
    expect(result.code).toBe(1); // a row was quarantined: an error
    const text = await writtenText(at("importat.xlsx"), () => true);
    expect(text).toContain("Quarantena");
    expect(text).toContain("Importat de");
    expect(text).toContain("marcada com a pagada a l'origen");
    expect([...english("import", result.out), ...english("importat.xlsx", text)]).toEqual([]);
  });
});
