import { readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { simpleParser } from "mailparser";
import path from "node:path";
import type { Page } from "playwright-core";
import { SCREENSHOTS, seriousA11yViolations, openListbox } from "./browser";
import { openPage, pane, servedWorkbench } from "./workbench";
import { followUpTests } from "./followUp";
import { documentsTests } from "./documents";
import { marketTests } from "./market";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { handoffUrl } from "../../src/files/fileHandoff";
import { aeatSchemaErrors, schemasPresent } from "../helpers/aeatSchemas";
import { outputTable } from "../../src/core/workbook/output";
import { generateSample } from "../../src/core/sample/sample";
import { dayOf } from "../../src/core/kernel/dates";
import { mergeClients } from "../../src/core/clients/merge";
import { fixtureWorkbook, readFixture } from "../helpers/fixtureWorkbook";
import { englishIn, englishPhrases } from "../helpers/english";

jest.setTimeout(120_000);

const openWorkbench = servedWorkbench();

describe("the task pane in the workbench", () => {
  it("opens on the workbook health of the sample: every contract table, no problems", async () => {
    const page = await openWorkbench("pane=360");
    const health = pane(page).getByRole("table", { name: "Workbook health" });
    for (const table of ["Clients", "Invoices", "Payments", "Targets", "Settings"]) {
      await expect(
        health
          .getByRole("row", { name: new RegExp(`^${table} `) })
          .getByText("No problems")
          .count(),
      ).resolves.toBe(1);
    }
    await expect(pane(page).getByText("Errors: 0 · warnings: 0 · tables: 15").count()).resolves.toBe(1);
    // the sheet view shows the same workbook
    await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Invoices" }).click();
    await expect(page.getByRole("table", { name: "Sheet Invoices" }).getByText("InvoiceNo").count()).resolves.toBe(1);
    await page.close();
  });

  it("switches the whole pane to Catalan", async () => {
    const page = await openWorkbench("pane=360&lang=en");
    await openPage(page, "Settings");
    await pane(page).getByRole("combobox", { name: "Language" }).click();
    await page.getByRole("option", { name: "Català" }).click();
    await expect(pane(page).getByRole("tab", { name: "Configuració" }).count()).resolves.toBe(1);
    await expect(pane(page).getByText("Festius").count()).resolves.toBe(1);
    await openPage(page, "Estat");
    await pane(page).getByRole("table", { name: "Estat del llibre" }).waitFor();
    await expect(pane(page).getByText("Cap problema").count()).resolves.toBe(15);
    await page.close();
  });

  it("opens a workbook from disk and reports its problems by sheet, row and column", async () => {
    const bad = new XlsxWorkbook();
    await bad.writeSheet({
      name: "Facturas",
      tables: [
        outputTable("Invoices", [
          ["2026-0001", null, "C-1", null, null, 10, 0.21, 2.1, 12.1, "EUR", null, "Paid", null],
        ]),
      ],
    });
    const file = path.join(SCREENSHOTS, "..", "bad.xlsx");
    writeFileSync(file, await bad.save());
    const page = await openWorkbench("pane=360");
    await page.getByLabel("Workbook file").setInputFiles(file);
    await pane(page).getByText("Errors: 1 · warnings: 0 · tables: 1").waitFor();
    await expect(pane(page).getByText("Facturas · row 2 · IssueDate").count()).resolves.toBe(1);
    await expect(pane(page).getByText("IssueDate is required").count()).resolves.toBe(1);
    await expect(
      pane(page)
        .getByRole("row", { name: /^Invoices / })
        .getByText("1 error", { exact: true })
        .count(),
    ).resolves.toBe(1);
    await expect(
      pane(page)
        .getByRole("row", { name: /^Clients / })
        .getByText("Absent")
        .count(),
    ).resolves.toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, "pane-health-problems-light-360.png") });
    await page.close();
  });

  it("leads a workbook with none of the add-in's tables to Import", async () => {
    const raw = new XlsxWorkbook();
    raw.workbook.addWorksheet("Clientes").addRows([
      ["Código", "Nombre"],
      ["C-1", "Forn Puig"],
    ]);
    const file = path.join(SCREENSHOTS, "..", "no-tables.xlsx");
    writeFileSync(file, await raw.save());
    const page = await openWorkbench("pane=360");
    await page.getByLabel("Workbook file").setInputFiles(file);
    await page.getByText("no-tables.xlsx").waitFor();
    const p = pane(page);
    await p.getByText(/^This workbook has none of the tables Sales Admin Desk works with yet/).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "pane-health-empty-light-360.png") });
    await p.getByRole("button", { name: "Import your sheets" }).click();
    await p.getByRole("heading", { name: "Import" }).waitFor();
    await page.close();
  });

  it("imports a messy Spanish workbook: proposed mapping, a corrected column, tables and Quarantine written", async () => {
    const file = path.join(SCREENSHOTS, "..", "es-facturas.xlsx");
    writeFileSync(file, await fixtureWorkbook(readFixture("es-facturas")));
    const page = await openWorkbench("pane=360");
    await page.getByLabel("Workbook file").setInputFiles(file);
    await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Cobros" }).waitFor();
    await openPage(page, "Import");
    const facturas = pane(page).locator("[data-sheet='Facturas']");
    await facturas.getByText("7 rows: 5 to import, 2 to Quarantine").waitFor();
    await expect(facturas.getByRole("combobox", { name: "Table" }).textContent()).resolves.toBe("Invoices");
    await expect(
      pane(page).getByText("error: Facturas, row 8, IssueDate: '31/11/2026' is not a date").count(),
    ).resolves.toBe(1);
    // the admin says the Notas column is not to be kept apart: leave it as an extra column, then map Estado away and back
    await facturas.getByRole("button", { name: /^Columns/ }).click();
    const estado = facturas.getByRole("combobox", { name: "Estado" });
    await expect(estado.textContent()).resolves.toBe("Status");
    await openListbox(page, estado);
    await page.getByRole("option", { name: "Keep as an extra column" }).click();
    await expect(facturas.getByText(/^Columns: 8 of 10 matched/).count()).resolves.toBe(1);
    expect(await seriousA11yViolations(page, "#task-pane")).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "pane-import-light-360.png"), fullPage: true });
    await estado.click();
    await page.getByRole("option", { name: "Status" }).click();
    await pane(page).getByRole("button", { name: "Import 12 rows" }).click();
    await pane(page).getByText("Imported 12 rows; 3 in the Quarantine sheet.").waitFor();
    // offered again, the button says what a second import does
    await pane(page)
      .getByRole("button", { name: /^Import again \(\d+ rows, replacing what they brought\)$/ })
      .waitFor();
    const tabs = page.getByRole("tablist", { name: "Sheets" });
    await tabs.getByRole("tab", { name: "Invoices" }).click();
    const invoices = page.getByRole("table", { name: "Sheet Invoices" });
    await expect(invoices.getByText("2026-0006").count()).resolves.toBe(1);
    await expect(invoices.getByText("PartiallyPaid").count()).resolves.toBe(1);
    await tabs.getByRole("tab", { name: "Quarantine" }).click();
    await expect(
      page.getByRole("table", { name: "Sheet Quarantine" }).getByText("31/11/2026", { exact: true }).count(),
    ).resolves.toBe(1);
    // the health page now finds the imported tables
    await openPage(page, "Health");
    await pane(page).getByRole("button", { name: "Check again" }).click();
    await expect(
      pane(page)
        .getByRole("row", { name: /^Invoices / })
        .count(),
    ).resolves.toBe(1);
    await page.close();
  });

  it("remembers her correction: next month's file, added beside, imports as last time (in Catalan)", async () => {
    const sheetFile = async (name: string, rows: (string | null)[][]) => {
      const file = path.join(SCREENSHOTS, "..", `${name}.xlsx`);
      writeFileSync(file, await XlsxWorkbook.fromSheets([{ name, rows }]).save());
      return file;
    };
    const november = await sheetFile("Novembre", [
      ["Codi", "Raó", "Notes de ruta"],
      ["C-1", "Fusteria Puig", "dilluns"],
      ["C-2", "Ferros Vila", "dimarts"],
    ]);
    const december = await sheetFile("Desembre", [
      ["Notes de ruta", "Codi", "Raó"],
      ["dijous", "C-3", "Olis Soler"],
    ]);
    const page = await openWorkbench("pane=360&lang=ca");
    await page.getByLabel("Fitxer del llibre").setInputFiles(november);
    await page.getByRole("tablist", { name: "Fulls" }).getByRole("tab", { name: "Novembre" }).waitFor();
    await openPage(page, "Importa");
    const card = pane(page).locator("[data-sheet='Novembre']");
    // "Raó" alone is no column the import knows: she says the sheet is her clients, and Raó their name
    await openListbox(page, card.getByRole("combobox", { name: "Taula" }));
    await page.getByRole("option", { name: "Clients", exact: true }).click();
    await card.getByRole("button", { name: /^Columnes/ }).click();
    await openListbox(page, card.getByRole("combobox", { name: "Raó" }));
    await page.getByRole("option", { name: "Nom", exact: true }).click();
    await expect(card.getByRole("combobox", { name: "Codi" }).textContent()).resolves.toBe("Codi de client");
    await pane(page).getByRole("button", { name: "Importa 2 files" }).click();
    await pane(page).getByText("S'han importat 2 files; 0 al full Quarantena.").waitFor();
    // next month's export, added to the same workbook
    await page.getByLabel("Fitxer per afegir").setInputFiles(december);
    await page.getByRole("tablist", { name: "Fulls" }).getByRole("tab", { name: "Desembre" }).waitFor();
    await pane(page).getByRole("button", { name: "Torna a llegir" }).click();
    const next = pane(page).locator("[data-sheet='Desembre']");
    await next.getByText("com l'última vegada").waitFor();
    await expect(next.getByRole("combobox", { name: "Taula" }).textContent()).resolves.toBe("Clients");
    await next.getByRole("button", { name: /^Columnes/ }).click();
    await expect(next.getByRole("combobox", { name: "Raó" }).textContent()).resolves.toBe("Nom");
    await page.screenshot({ path: path.join(SCREENSHOTS, "pane-import-as-last-time-ca-360.png"), fullPage: true });
    await pane(page)
      .getByRole("button", { name: /^Torna a importar \(3 files/ })
      .click();
    await pane(page)
      .getByText(/^S'han importat \d+ files/)
      .waitFor();
    await page.getByRole("tablist", { name: "Fulls" }).getByRole("tab", { name: "Clients" }).click();
    await expect(page.getByRole("table", { name: "Full Clients" }).getByText("Olis Soler").count()).resolves.toBe(1);
    await page.close();
  });

  it("issues an invoice: the next number of the log, the invoice in the sheet, the aging grown by its total", async () => {
    const page = await openWorkbench("pane=360");
    const p = pane(page);
    const rowsBefore = Number(
      /^Invoices([\d,]+)/
        .exec(
          (await p
            .getByRole("table", { name: "Workbook health" })
            .getByRole("row", { name: /^Invoices / })
            .textContent())!,
        )![1]
        .replace(/,/g, ""),
    );
    await openPage(page, "Payments");
    await p.getByRole("button", { name: "Receivables aging" }).click();
    const notDue = () =>
      p
        .getByRole("table", { name: "Receivables aging" })
        .getByRole("row", { name: /^Not yet due/ })
        .getByRole("cell")
        .nth(1)
        .textContent();
    const before = await notDue();
    await openPage(page, "Invoices");
    // the client picker filters as she types (names, IDs, tax IDs), and Enter takes the one left
    const picker = p.getByRole("form", { name: "New invoice" }).getByRole("combobox", { name: "Client" });
    await picker.fill("impremta riera");
    await expect(page.getByRole("option").count()).resolves.toBe(2);
    await picker.fill("impremta riera c-0005");
    await expect(page.getByRole("option").count()).resolves.toBe(1);
    await expect(page.getByRole("option").textContent()).resolves.toBe("Impremta Riera, SL (C-0005)B17262593 · Madrid");
    await picker.press("Enter");
    await expect(picker.inputValue()).resolves.toBe("Impremta Riera, SL (C-0005)");
    await expect(p.getByRole("textbox", { name: "Issue date" }).inputValue()).resolves.toBe("27/11/2026"); // day first, whatever the browser
    await p.getByRole("textbox", { name: "Net amount" }).fill("1.000,00");
    await p.getByText(/^Net €1,000\.00 \+ VAT €210\.00 = €1,210\.00, due \d\d\/\d\d\/\d{4}\./).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "pane-invoices-light-360.png") });
    await p.getByRole("button", { name: "Issue invoice" }).click();
    const issued = p.getByText(/^Issued invoice 2026-\d{4}: €1,210\.00, due/);
    await issued.waitFor();
    const number = /2026-\d{4}/.exec((await issued.textContent())!)![0];
    // the log has one more row (the sheet view shows the first rows only: count them on the Health page)
    await openPage(page, "Health");
    const invoicesRow = p.getByRole("table", { name: "Workbook health" }).getByRole("row", { name: /^Invoices / });
    await expect(invoicesRow.textContent()).resolves.toMatch(
      new RegExp(`^Invoices${(rowsBefore + 1).toLocaleString("en-GB")}No problems`),
    );
    await openPage(page, "Invoices");
    const again = p.getByRole("form", { name: "New invoice" }).getByRole("combobox", { name: "Client" });
    await again.fill("C-0005");
    await again.press("Enter");
    await p.getByRole("textbox", { name: "Net amount" }).fill("1.000,00");
    // a second invoice takes the next number
    await p.getByRole("button", { name: "Issue invoice" }).click();
    await p
      .getByText(new RegExp(`^Issued invoice 2026-${String(Number(number.slice(5)) + 1).padStart(4, "0")}:`))
      .waitFor();
    // each with its VERI*FACTU record, chained, exported as the AEAT's XML
    const records = p.getByRole("region", { name: "VERI*FACTU records" });
    await records.getByText("2 to send · 0 accepted · 0 accepted with errors · 0 rejected").waitFor();
    await records.getByText("The chain of 2 records holds: none was changed or taken out.").waitFor();
    await expect(
      records.getByRole("list", { name: "Last records" }).getByRole("listitem").allTextContents(),
    ).resolves.toEqual([
      `00000001 · issue of ${number} · to send`,
      `00000002 · issue of 2026-${String(Number(number.slice(5)) + 1).padStart(4, "0")} · to send`,
    ]);
    const xml = page.waitForEvent("download");
    await records.getByRole("button", { name: "Export the 2 to send (.xml)" }).click();
    expect((await xml).suggestedFilename()).toBe("verifactu-pending.xml");
    if (schemasPresent) expect(await aeatSchemaErrors([readFileSync((await (await xml).path())!, "utf8")])).toEqual([]);
    await records.screenshot({ path: path.join(SCREENSHOTS, "pane-invoices-verifactu-360.png") });
    await openPage(page, "Payments");
    await p.getByRole("button", { name: "Receivables aging" }).click();
    const euros = (text: string | null) => Number(text!.replace(/[^\d.]/g, ""));
    await expect(notDue().then(euros)).resolves.toBeCloseTo(euros(before) + 2 * 1210, 2);
    expect(await seriousA11yViolations(page, "#task-pane")).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "pane-payments-light-360.png"), fullPage: true });
    await page.close();
  });

  it("investigates a withdrawn payment: marked resolved in the Payments table, reopened", async () => {
    const page = await openWorkbench("pane=360");
    const p = pane(page);
    await openPage(page, "Payments");
    const open = Number(/^(\d+) to investigate/.exec((await p.getByText(/^\d+ to investigate$/).textContent())!)![1]);
    expect(open).toBeGreaterThan(0);
    const card = p.getByRole("article").first();
    const id = /P-\d+/.exec((await card.textContent())!)![0];
    await card.getByRole("button", { name: "Mark resolved" }).click();
    await p.getByText(`${id} marked resolved.`).waitFor();
    await expect(p.getByText(`${open - 1} to investigate`, { exact: true }).count()).resolves.toBe(1);
    await p.getByRole("button", { name: /^Show \d+ resolved$/ }).click();
    await p.getByRole("article").filter({ hasText: id }).getByRole("button", { name: "Reopen" }).click();
    await p.getByText(`${id} reopened.`).waitFor();
    await expect(p.getByText(`${open} to investigate`, { exact: true }).count()).resolves.toBe(1);
    await page.close();
  });

  it("reconciles the bank statement: proposals with confidence, confirmed ones recorded as payments and not proposed again", async () => {
    const page = await openWorkbench("pane=360");
    const p = pane(page);
    await openPage(page, "Payments");
    await p.getByRole("button", { name: "Bank reconciliation" }).click();
    const lines = p.getByRole("article", { name: /^Bank line on row/ });
    await expect(lines.count()).resolves.toBe(5);
    await expect(lines.nth(0).getByText("100%").count()).resolves.toBe(1);
    await expect(lines.nth(3).getByText("Money out: not a client's payment.").count()).resolves.toBe(1);
    const record = p.getByRole("button", { name: /^Record \d+ payments?$/ });
    await expect(record.textContent()).resolves.toBe("Record 1 payment");
    await lines.nth(1).getByRole("checkbox").check();
    await expect(record.textContent()).resolves.toBe("Record 2 payments");
    await page.screenshot({ path: path.join(SCREENSHOTS, "pane-reconciliation-light-360.png"), fullPage: true });
    await record.click();
    await p.getByText("2 payments recorded in the Payments table.").waitFor();
    // the section stays open as the page reads the workbook again: the lines recorded are gone from it
    await expect(p.getByRole("button", { name: "Bank reconciliation" }).getAttribute("aria-expanded")).resolves.toBe(
      "true",
    );
    await expect(p.getByRole("article", { name: /^Bank line on row/ }).count()).resolves.toBe(3);
    await page.close();
  });

  it("finds, edits and merges clients: the row selected in the sheet, one cell written, the duplicate archived", async () => {
    const page = await openWorkbench("pane=360");
    const p = pane(page);
    await openPage(page, "Clients");
    await p.getByRole("searchbox", { name: "Search" }).fill("impremta riera");
    const results = p.getByRole("list", { name: "Clients found" }).getByRole("button");
    await expect(results.count()).resolves.toBe(2);
    await results.filter({ hasText: "C-0005" }).click();
    await p.getByRole("article", { name: /^Client Impremta Riera/ }).waitFor();
    // the client's row is selected in the sheet
    await expect(
      page.getByRole("table", { name: "Sheet Clients" }).locator("td[aria-selected='true']").textContent(),
    ).resolves.toBe("C-0005");
    await p.getByRole("button", { name: "Edit" }).click();
    const form = p.getByRole("form", { name: "Edit C-0005" });
    await form.getByRole("textbox", { name: "Email" }).fill("Comandes@ImpremtaRiera.CAT");
    await form.getByRole("textbox", { name: "IBAN" }).fill("ES00 1234");
    await form.getByRole("button", { name: "Save changes" }).click();
    await form.getByText(/is not a valid IBAN/).waitFor(); // refused in the form, nothing written
    await form.getByRole("textbox", { name: "IBAN" }).fill("");
    await form.getByRole("button", { name: "Save changes" }).click();
    await p.getByText(/^C-0005: \d cells? written\.$/).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "pane-clients-light-360.png"), fullPage: true });
    const sheet = page.getByRole("table", { name: "Sheet Clients" });
    await expect(sheet.getByText("comandes@impremtariera.cat", { exact: true }).count()).resolves.toBe(1);
    // the twin typed in twice: merge it into C-0005
    const pair = p.getByRole("article", { name: "C-0005 C-0049" });
    await expect(pair.getByText("Same tax ID, name and postal code").count()).resolves.toBe(1);
    // the comparison's rows named in words, whole
    await expect(pair.getByRole("cell", { name: "Postal code", exact: true }).count()).resolves.toBe(1);
    await pair.screenshot({ path: path.join(SCREENSHOTS, "pane-clients-duplicate-pair-360.png") });
    expect(await seriousA11yViolations(page, "#task-pane")).toEqual([]);
    await pair.getByRole("button", { name: "Keep C-0005, merge the other" }).click();
    // asked first, saying what it will do
    const ask = page.getByRole("dialog", { name: "Merge C-0049 into C-0005?" });
    await ask.getByText(/C-0049 moves to the Clients archive sheet\. You can undo it there\.$/).waitFor();
    await page.waitForTimeout(400); // the dialog's fade-in, for the screenshot only
    await page.screenshot({ path: path.join(SCREENSHOTS, "pane-clients-ask-merge-light-360.png") });
    await ask.getByRole("button", { name: "Merge" }).click();
    await p
      .getByText(/^C-0049 merged into C-0005: \d+ references? re-pointed; C-0049 kept in Clients archive\.$/)
      .waitFor();
    await expect(p.getByText("No probable duplicates.").count()).resolves.toBe(1);
    await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Clients archive" }).click();
    await expect(
      page.getByRole("table", { name: "Sheet Clients archive" }).getByText("C-0049", { exact: true }).count(),
    ).resolves.toBe(1);
    // and undone from the archive
    await p
      .getByRole("article", { name: "C-0049 was merged into C-0005." })
      .getByRole("button", { name: "Undo the merge" })
      .click();
    await p
      .getByText(/^Merge of C-0049 rolled back: \d+ references? put back; C-0049 is in Clients again\.$/)
      .waitFor();
    await expect(p.getByRole("article", { name: "C-0005 C-0049" }).count()).resolves.toBe(1);
    // a client added is chosen and shown at once
    await p.getByRole("button", { name: "Add a client" }).click();
    const newClient = p.getByRole("form", { name: "New client" });
    await newClient.getByRole("textbox", { name: "Name" }).fill("Cafeteria Nova, SL");
    await newClient.getByRole("button", { name: "Add client" }).click();
    await p.getByText(/^Added C-\d+: Cafeteria Nova, SL\.$/).waitFor();
    await p.getByRole("article", { name: "Client Cafeteria Nova, SL" }).waitFor();
    await page.close();
  });

  it("offers a merge stopped half-way to be rolled back, and rolls it back", async () => {
    const workbook = new XlsxWorkbook();
    for (const sheet of generateSample({ seed: 1, invoices: 1200, today: dayOf(2026, 11, 27) }))
      await workbook.writeSheet(sheet);
    // the connection is lost before the merged row is removed: the archive says "started"
    const cut = new Proxy(workbook, {
      get: (target, prop) =>
        prop === "deleteRow"
          ? () => Promise.reject(new Error("lost"))
          : (Reflect.get(target, prop) as (...a: unknown[]) => unknown).bind(target),
    });
    await expect(mergeClients(cut, "C-0005", "C-0049", dayOf(2026, 11, 27))).rejects.toThrow("lost");
    const file = path.join(SCREENSHOTS, "..", "half-merged.xlsx");
    writeFileSync(file, await workbook.save());
    const page = await openWorkbench("pane=360");
    await page.getByLabel("Workbook file").setInputFiles(file);
    const p = pane(page);
    await page.getByText("half-merged.xlsx").waitFor(); // the file is open
    await p.getByText("Errors: 0 · warnings: 0 · tables: 15").waitFor();
    await openPage(page, "Clients");
    const left = p.getByRole("article", { name: "The merge of C-0049 into C-0005 was started and not finished." });
    await left.waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "pane-clients-unfinished-merge-light-360.png") });
    await left.getByRole("button", { name: "Roll it back" }).click();
    await p
      .getByText(/^Merge of C-0049 rolled back: \d+ references? put back; C-0049 is in Clients again\.$/)
      .waitFor();
    await expect(p.getByRole("article", { name: /was started and not finished/ }).count()).resolves.toBe(0);
    await page.close();
  });

  it("generates the weekly report: KPIs in the pane, the report sheet and the history in the workbook", async () => {
    const page = await openWorkbench("pane=360");
    await openPage(page, "Report");
    const week = pane(page).getByRole("textbox", { name: "Week" });
    await week.fill("2026-W47");
    await pane(page).getByRole("button", { name: "Generate" }).click();
    await pane(page).getByText("Written to the sheet Report 2026-W47 and to WeeklySales.").waitFor();
    const kpis = pane(page).getByRole("group", { name: "Weekly report" });
    await expect(kpis.getByText("Actual").count()).resolves.toBe(1);
    await expect(kpis.getByText(/€/).count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(pane(page).getByRole("table", { name: "Breakdown" }).getByText("Anna Puig").count()).resolves.toBe(1);
    const tabs = page.getByRole("tablist", { name: "Sheets" });
    await tabs.getByRole("tab", { name: "Report 2026-W47" }).click();
    await expect(
      page
        .getByRole("table", { name: "Sheet Report 2026-W47" })
        .getByText(/^Weekly sales 2026-W47/)
        .count(),
    ).resolves.toBe(1);
    // the chart of actual vs target, drawn over the sheet's cells as Excel draws it
    await page.getByRole("img", { name: "Actual vs target, 2026-W47" }).waitFor();
    await expect(page.getByRole("img", { name: "Actual vs target, 2026-W47" }).locator("rect").count()).resolves.toBe(
      16,
    ); // 8 execs × actual and target
    await page.screenshot({ path: path.join(SCREENSHOTS, "pane-report-light-360.png") });
    // generating again replaces the week's rows in the history
    await pane(page).getByRole("button", { name: "Generate" }).click();
    await pane(page).getByText("Written to the sheet Report 2026-W47 and to WeeklySales.").waitFor();
    await tabs.getByRole("tab", { name: "WeeklySales" }).click();
    await expect(page.getByRole("table", { name: "Sheet WeeklySales" }).getByText("2026-W47").count()).resolves.toBe(8); // one row per exec, not duplicated
    await page.close();
  });

  it("writes her sheets in Catalan and shows them as Excel would: her names and words, numbers her way, statuses coloured", async () => {
    const page = await openWorkbench("pane=360&lang=ca");
    const phrases = englishPhrases();
    const tabs = page.getByRole("tablist", { name: "Fulls" });
    await openPage(page, "Informe");
    await pane(page).getByRole("textbox", { name: "Setmana" }).fill("2026-W47");
    await pane(page).getByRole("button", { name: "Genera" }).click();
    await pane(page).getByText("Escrit al full Informe 2026-W47 i a Vendes setmanals.").waitFor();
    await tabs.getByRole("tab", { name: "Informe 2026-W47" }).click();
    const report = page.getByRole("table", { name: "Full Informe 2026-W47" });
    const text = await report.innerText();
    expect(englishIn(text, phrases)).toEqual([]);
    expect(text).toMatch(/\d,\d\s%/); // 124,2 %
    expect(text).not.toMatch(/\d\.\d\s?%/);
    expect(text).toMatch(/\d\.\d{3},\d\d\s€/); // 6.833,80 €, grouped as #,##0 says
    expect(text).not.toMatch(/(^|\s)-?\d{4},\d\d\s€/m);
    // each status word in the colour of the sheet's conditional format
    const fill = (word: string) =>
      report
        .getByRole("cell", { name: word, exact: true })
        .first()
        .evaluate((c) => getComputedStyle(c).backgroundColor);
    await expect(fill("En objectiu")).resolves.toBe("rgb(198, 239, 206)");
    await expect(fill("Per sota")).resolves.toBe("rgb(255, 199, 206)");
    await page.screenshot({ path: path.join(SCREENSHOTS, "workbench-report-ca.png") });
    await openPage(page, "Cobraments");
    await pane(page).getByRole("button", { name: "Antiguitat del saldo" }).click();
    await pane(page).getByRole("button", { name: "Escriu el full d'antiguitat de saldos" }).click();
    await pane(page).getByText("Escrit al full Antiguitat de saldos.").waitFor();
    await tabs.getByRole("tab", { name: "Antiguitat de saldos" }).click();
    const aging = await page.getByRole("table", { name: "Full Antiguitat de saldos" }).innerText();
    expect(aging).toContain("Antiguitat dels cobraments pendents a 27/11/2026");
    expect(aging).toContain("Codi de client");
    expect(englishIn(aging, phrases)).toEqual([]);
    await page.close();
  });

  it("evaluates SALES.* formulas typed into cells with the add-in's own functions", async () => {
    const page = await openWorkbench("pane=360");
    await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Team" }).click();
    const grid = page.getByRole("table", { name: "Sheet Team" });
    // rows 10–13, column B: below the Team table
    const type = async (row: number, formula: string) => {
      await grid.getByRole("row").nth(row).getByRole("cell").nth(1).click();
      await page.getByRole("textbox", { name: "Formula bar" }).fill(formula);
      await page.getByRole("textbox", { name: "Formula bar" }).press("Enter");
      const cell = grid.getByRole("row").nth(row).getByRole("cell").nth(1);
      await page.waitForFunction(
        (el) => el !== null && el.textContent !== "…" && el.textContent !== "",
        await cell.elementHandle(),
      );
      return cell;
    };
    await expect(type(10, '=SALES.WEEK("2026-11-27")').then((c) => c.innerText())).resolves.toBe("2026-W48");
    const revenue = await (await type(11, '=SALES.REVENUE("2026-W47";"E01")')).innerText();
    expect(revenue).toMatch(/^\d{1,3}(,\d{3})*(\.\d+)?$/); // as Excel in English shows it: 20,433.8
    await expect(type(12, '=SALES.INGRESSOS("2026-W47";"Anna Puig")').then((c) => c.innerText())).resolves.toBe(
      revenue,
    );
    const wrong = await type(13, '=SALES.REVENUE("2026-W99")');
    await expect(wrong.innerText()).resolves.toBe("#VALUE!");
    await expect(wrong.locator("span").getAttribute("title")).resolves.toBe(
      "'2026-W99' is not a period: 2026 has weeks 1 to 53",
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, "workbench-sales-formulas.png") });
    await page.close();
  });

  it("writes the campaign mailing list of consented clients", async () => {
    const page = await openWorkbench("pane=360");
    await openPage(page, "Newsletter");
    await pane(page).getByRole("combobox", { name: "Segment" }).click();
    await page.getByRole("option", { name: "SME" }).click();
    const count = await pane(page)
      .getByText(/clients? with consent$/)
      .innerText();
    await pane(page).getByRole("button", { name: "Write the Mailing list sheet" }).click();
    await pane(page).getByText("Written to the sheet Mailing list.").waitFor();
    await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Mailing list" }).click();
    const title = await page
      .getByRole("table", { name: "Sheet Mailing list" })
      .getByText(/^Clients with marketing consent/)
      .innerText();
    expect(title).toBe(`Clients with marketing consent (segment SME): ${parseInt(count, 10)}`);
    const download = page.waitForEvent("download");
    await pane(page).getByRole("button", { name: "Download CSV" }).click();
    expect((await download).suggestedFilename()).toBe("mailing-list.csv");
    // the newsletter draft of the last month that has ended (today is 27 November), for clients, as a Word document
    await expect(pane(page).getByRole("textbox", { name: "Period" }).inputValue()).resolves.toBe("2026-10");
    await expect(pane(page).getByRole("radio", { name: "For clients" }).isChecked()).resolves.toBe(true);
    await expect(pane(page).getByRole("checkbox", { name: "Headline figures" }).count()).resolves.toBe(0);
    const docx = page.waitForEvent("download");
    await pane(page).getByRole("button", { name: "Download .docx" }).click();
    expect((await docx).suggestedFilename()).toBe("newsletter-2026-10-en.docx");
    // no e-mail goes out with a placeholder: the page says in which languages to write first
    await pane(page).getByRole("button", { name: "E-mails as files (.eml, in a .zip)" }).click();
    const refusal = await pane(page)
      .getByText(/write the introduction and the closing of the newsletter first/i)
      .innerText();
    const languages = /first, in (.*): no e-mail/.exec(refusal)![1].split(", ");
    for (const language of languages) {
      await pane(page).getByRole("combobox", { name: "Language of the newsletter" }).click();
      await page.getByRole("option", { name: language }).click();
      await pane(page)
        .getByRole("textbox", { name: `Introduction (${language})` })
        .fill(`Intro in ${language}.\n\nSecond paragraph.`);
      await pane(page)
        .getByRole("textbox", { name: `Closing (${language})` })
        .fill(`Closing in ${language}.`);
    }
    const zip = page.waitForEvent("download");
    await pane(page).getByRole("button", { name: "E-mails as files (.eml, in a .zip)" }).click();
    const files = await JSZip.loadAsync(readFileSync((await (await zip).path())!));
    const bodies = await Promise.all(
      Object.values(files.files).map(async (f) => (await simpleParser(await f.async("string"))).text ?? ""),
    );
    const said = await pane(page)
      .getByText(/e-mails? as (an )?\.eml files?/)
      .innerText();
    expect(bodies.length).toBe(parseInt(said, 10));
    for (const body of bodies)
      expect([body.includes("Intro in"), /\[(Write|Escriviu|Escriba)/.test(body)]).toEqual([true, false]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "pane-newsletter-light-360.png") });
    // what she wrote is kept for the next newsletter of that edition and language
    await page.reload();
    await openPage(page, "Newsletter");
    await pane(page).getByRole("combobox", { name: "Language of the newsletter" }).click();
    await page.getByRole("option", { name: languages[0] }).click();
    await expect(
      pane(page)
        .getByRole("textbox", { name: `Closing (${languages[0]})` })
        .inputValue(),
    ).resolves.toBe(`Closing in ${languages[0]}.`);
    await page.close();
  });

  it("saves, from the system browser, a file a pane on a Mac handed over, and leaves it in no address bar", async () => {
    const page = await openWorkbench("pane=360");
    const csv = "Nom;Correu\r\nPuig i Fills;compres@puig.cat\r\n";
    const url = handoffUrl(new URL("save.html", page.url()).href, {
      name: "llista d'enviament",
      extension: "csv",
      bytes: new TextEncoder().encode(csv),
    });
    const saved = page.waitForEvent("download");
    await page.goto(url);
    const file = await saved;
    expect(file.suggestedFilename()).toBe("llista d'enviament.csv");
    expect(readFileSync((await file.path())!, "utf8")).toBe(csv);
    expect(new URL(page.url()).hash).toBe("");
    await expect(page.getByRole("link", { name: "Save llista d'enviament.csv" }).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, "save-page.png") });
    await page.close();
  });

  it.each(["light", "dark"])(
    "speaks Catalan all the way: every page at 320 px (%s), and the problems of a workbook, show no English of ours",
    async (theme) => {
      const phrases = englishPhrases();
      expect(phrases.length).toBeGreaterThan(300);
      const english = async (page: Page) => englishIn(await pane(page).innerText(), phrases);
      // the scan finds our English where there is some
      const inEnglish = await openWorkbench(`pane=320&theme=${theme}&lang=en`);
      expect((await english(inEnglish)).length).toBeGreaterThan(3);
      await inEnglish.close();
      const page = await openWorkbench(`pane=320&theme=${theme}&lang=ca`);
      for (const tab of [
        "Estat",
        "Importa",
        "Clients",
        "Pressupostos",
        "Comandes",
        "Peticions",
        "Factures",
        "Cobraments",
        "Informe",
        "Mercat",
        "Butlletí",
        "Configuració",
      ]) {
        await openPage(page, tab);
        await pane(page).getByRole("heading", { level: 2 }).first().waitFor();
        expect([tab, await english(page)]).toEqual([tab, []]);
        expect(await seriousA11yViolations(page, "#task-pane")).toEqual([]);
        await page.screenshot({ path: path.join(SCREENSHOTS, `walk-ca-${theme}-${tab}.png`) });
      }
      // the workbench around the pane speaks her language too
      const bar = page.getByRole("region", { name: "Llibre" }).locator("div").first();
      expect(await bar.innerText()).toMatch(
        /^Obre un \.xlsx o \.csv\s+Afegeix els fulls d'un fitxer\s+Baixa\s+sample\.xlsx/,
      );
      const barText = await bar.innerText();
      expect(englishIn(barText, phrases)).toEqual([]);
      await expect(page.getByRole("textbox", { name: "Barra de fórmules" }).count()).resolves.toBe(1);
      await expect(page.getByRole("tablist", { name: "Fulls" }).count()).resolves.toBe(1);
      const bad = new XlsxWorkbook();
      await bad.writeSheet({
        name: "Facturas",
        tables: [
          outputTable("Invoices", [
            ["2026-0001", null, "C-1", null, 31, 10, 0.21, 2.1, 12.1, "EUR", "abc", "Paid", null],
          ]),
        ],
      });
      const file = path.join(SCREENSHOTS, "..", `bad-ca-${theme}.xlsx`);
      writeFileSync(file, await bad.save());
      await page.getByLabel("Fitxer del llibre").setInputFiles(file);
      await openPage(page, "Estat");
      await pane(page).getByText("IssueDate és obligatori").waitFor();
      await expect(pane(page).getByText("'abc' no és una data").count()).resolves.toBe(1);
      expect(await english(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, `pane-health-problems-ca-${theme}-320.png`) });
      await page.close();
    },
  );

  it.each([
    ["light", 320],
    ["dark", 450],
  ])("is usable at the narrow task-pane width (%s theme, %i px)", async (theme, width) => {
    const page = await openWorkbench(`pane=${width}&theme=${theme}`);
    for (const tab of [
      "Health",
      "Import",
      "Clients",
      "Quotes",
      "Orders",
      "Requests",
      "Visits",
      "Meetings",
      "Team week",
      "Invoices",
      "Payments",
      "Report",
      "Market",
      "Newsletter",
      "Settings",
    ]) {
      await openPage(page, tab);
      const box = await pane(page).boundingBox();
      expect(box!.width).toBe(width);
      // nothing in the pane is wider than the pane
      const overflow = await pane(page).evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // the page tabs stay one row: those that do not fit are in the "more pages" menu
      await expect(
        pane(page)
          .getByRole("navigation")
          .evaluate((el) => el.getBoundingClientRect().height),
      ).resolves.toBeLessThanOrEqual(48);
      expect(await seriousA11yViolations(page, "#task-pane")).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, `pane-${tab.toLowerCase()}-${theme}-${width}.png`) });
    }
    await page.close();
  });
});

followUpTests(openWorkbench);
documentsTests(openWorkbench);
marketTests(openWorkbench);
