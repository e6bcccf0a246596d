/**
 * Full card numbers get out nowhere (issue 16): typed as numbers, grouped by any kind of space, dots
 * or dashes, used as a header or a sheet name — `check` reports them without echoing them, and every
 * writer (CSV, .xlsx, .docx, problems, the CLI's output) masks them to the last four.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findCardNumbers, maskCardNumbers } from "../../../src/core/kernel/cards";
import { readCell } from "../../../src/core/workbook/cells";
import { toCsv } from "../../../src/core/kernel/csv";
import { problem } from "../../../src/core/workbook/problems";
import { CONTRACT, type ColumnDef } from "../../../src/core/workbook/contract";
import { XlsxWorkbook } from "../../../src/files/xlsxWorkbook";
import { runCli } from "../../helpers/cli";
import { say } from "../../../src/core/kernel/messages";
import { english } from "../../helpers/english";

const column = (name: string) => (CONTRACT.Clients.columns as readonly ColumnDef[]).find((c) => c.name === name)!;
const FULL = /4111\D{0,3}1111\D{0,3}1111\D{0,3}1111|4111111111111111/;

async function cli(...argv: string[]) {
  const { code, out, err } = await runCli(...argv);
  return { code, text: [out, err].join("\n") };
}

describe("card numbers", () => {
  it("are found grouped by non-breaking or double spaces, dots and dashes, as pasted text has them", () => {
    for (const typed of [
      "4111\u00a01111\u00a01111\u00a01111",
      "4111  1111  1111  1111",
      "4111.1111.1111.1111",
      "4111 – 1111 – 1111 – 1111",
      "4111\u202f1111\u202f1111\u202f1111",
    ]) {
      expect([typed, findCardNumbers(`card ${typed} ok`)]).toEqual([typed, ["1111"]]);
      expect(maskCardNumbers(`card ${typed} ok`)).toBe("card •••• 1111 ok");
    }
    expect(findCardNumbers("1.234.567,89 € on 27.11.2026")).toEqual([]);
  });

  it("are found as a person reads them: invisible characters dropped, fullwidth digits, any separator", () => {
    for (const typed of [
      "4111\u200b1111\u200b1111\u200b1111", // zero-width spaces
      "4111\u200d1111\u200d1111\u200d1111", // zero-width joiners
      "4111\u00ad1111\u00ad1111\u00ad1111", // soft hyphens
      "41\u200b11111111111111", // inside a group
      "４１１１ １１１１ １１１１ １１１１", // fullwidth digits
      "4111_1111_1111_1111",
      "4111/1111/1111/1111",
      "4111·1111·1111·1111",
      "4111,1111,1111,1111",
      "4111 / 1111 / 1111 / 1111",
    ]) {
      expect([typed, maskCardNumbers(`card ${typed} ok`)]).toEqual([typed, "card •••• 1111 ok"]);
    }
  });

  it("leave alone what fits another identifier by its own check: SIRET, EAN, phone, IBAN, a fraction's digits", () => {
    for (const text of [
      "SIRET 36252187900034",
      "SIRET 362 521 879 00034",
      "EAN 4006381333931",
      "tel. +34 4111111111111",
      "IBAN ES91 2100 0418 4502 0005 1332",
      "on-time rate 0.5454545454545454",
      "ràtio 0,5454545454545454",
    ]) {
      expect(maskCardNumbers(text)).toBe(text);
    }
    // a 14-digit card whose first nine digits do not check as a SIREN is still a card
    expect(findCardNumbers("Diners 3056 930902 5904")).toEqual(["5904"]);
  });

  it("typed as a number are an error for check, said without the number", () => {
    for (const name of ["Street", "Notes", "Phone", "Email"]) {
      const reading = readCell(4111111111111111, column(name), false);
      expect([name, reading.error]).toEqual([
        name,
        "holds a full card number (ending 1111): keep only the last 4 digits in CardLast4",
      ]);
    }
    expect(english(readCell(4111111111111111, column("CardLast4"), false).error)).not.toMatch(FULL);
  });

  it("never leave in a CSV, a problem or an .xlsx written by either adapter's rule", async () => {
    expect(toCsv(["Notes"], [[4111111111111111], ["4111.1111.1111.1111"]])).not.toMatch(FULL);
    const p = problem(
      "4111 1111 1111 1111",
      2,
      "4111111111111111",
      "error",
      say("cell.notEmail", { value: "'4111 1111 1111 1111'" }),
    );
    expect(JSON.stringify(p)).not.toMatch(FULL);
    const workbook = new XlsxWorkbook();
    await workbook.writeSheet({
      name: "Quarantine",
      title: "4111 1111 1111 1111",
      tables: [
        {
          name: "Q",
          columns: [{ header: "4111111111111111" }, { header: "TaxID" }],
          rows: [[4111111111111111, "FR40303265045"]],
        },
      ],
    });
    await workbook.appendRow({
      table: "Q",
      keyColumn: "TaxID",
      build: () => ({ "•••• 1111": "4111\u00a01111\u00a01111\u00a01111", TaxID: "x" }),
    });
    const written = JSON.stringify((await workbook.readSheet("Quarantine"))!.rows);
    expect(written).not.toMatch(FULL);
    expect(written).toContain("FR40303265045"); // a valid tax ID in a TaxID column is not a card
  });

  it("used as a header or typed as a number, never reach the CLI's output, its JSON or the mailing list", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-cards-"));
    const workbook = new XlsxWorkbook();
    workbook.workbook.addWorksheet("Clientes").addRows([
      ["Código", "Nombre", "Email", "4111 1111 1111 1111", "Calle"],
      ["C-1", "Forn Puig", "forn@puig.cat", "x", 4111111111111111],
      ["C-2", "Serra", 4111111111111111, "y", "Major 1"],
    ]);
    const file = path.join(dir, "hostile.xlsx");
    writeFileSync(file, await workbook.save());
    for (const args of [
      ["import", file],
      ["import", file, "--json"],
      ["import", file, "--out", path.join(dir, "out.xlsx")],
      ["check", path.join(dir, "out.xlsx")],
    ]) {
      const run = await cli(...args);
      expect([args.join(" "), FULL.test(run.text)]).toEqual([args.join(" "), false]);
    }
    const imported = await XlsxWorkbook.load(readFileSync(path.join(dir, "out.xlsx")));
    for (const s of await imported.listSheets())
      expect(JSON.stringify((await imported.readSheet(s.name))!.rows)).not.toMatch(FULL);
  });
});
