/** The documents the admin sends, in the workbench: reminder letters generated and logged, a payment by hand, an invoice as the client receives it. */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileName } from "../../src/core/kernel/fileNames";
import { SCREENSHOTS, seriousA11yViolations } from "./browser";
import { openPage, pane, type OpenWorkbench } from "./workbench";
import { docxText, PDFTOTEXT, SOFFICE } from "../helpers/documentText";
import { GraphStandIn } from "../helpers/graphStandIn";

/** A .docx rendered as LibreOffice prints it, its first page as a PNG to look at. */
function renderFirstPage(docx: string, png: string): void {
  const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-render-"));
  execFileSync(
    SOFFICE!,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${dir}/profile`,
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      docx,
    ],
    {
      timeout: 120_000,
    },
  );
  const pdf = path.join(dir, `${path.basename(docx, ".docx")}.pdf`);
  execFileSync("pdftoppm", ["-png", "-r", "80", "-singlefile", pdf, path.join(dir, "page")]);
  copyFileSync(path.join(dir, "page.png"), png);
}

export function documentsTests(openWorkbench: OpenWorkbench): void {
  describe("the documents the admin sends, in the workbench", () => {
    it("generates a reminder letter, marks it sent, and proposes the next level after the wait", async () => {
      const page = await openWorkbench("pane=360");
      const p = pane(page);
      await openPage(page, "Payments");
      await p.getByRole("button", { name: "Reminders" }).click();
      const due = p.getByRole("region", { name: /reminders? due$/ });
      // a client not yet at the last level: the next reminder goes one level up
      const card = due
        .getByRole("article")
        .filter({ has: page.getByText(/^Level [123]$/) })
        .first();
      const client = (await card.getAttribute("aria-label"))!;
      const level = Number(/\d/.exec((await card.getByText(/^Level \d$/).textContent())!)![0]);
      const letter = page.waitForEvent("download");
      await card.getByRole("button", { name: "Letter (.docx)" }).click();
      const text = docxText(new Uint8Array(readFileSync((await (await letter).path())!)));
      expect(text).toContain(client);
      // each letter's file says whom it is for: thirteen letters, thirteen names
      expect((await letter).suggestedFilename()).toMatch(
        new RegExp(` – ${fileName(client).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.docx$`),
      );
      const all = page.waitForEvent("download");
      await due.getByRole("button", { name: "All letters in one file (.docx)" }).click();
      expect((await all).suggestedFilename()).toBe("Reminder letters 27-11-2026.docx");
      await card.getByRole("combobox", { name: "Sent by" }).click();
      await page.getByRole("option", { name: "E-mail" }).click();
      await card.getByRole("button", { name: "Mark as sent" }).click();
      await p.getByText(new RegExp(`^Level ${level} reminder to .+ logged \\(\\d+ invoices?\\)\\.$`)).waitFor();
      const waiting = p
        .getByRole("region", { name: /reminded lately$/ })
        .getByRole("article", { name: client, exact: true });
      await expect(waiting.getByText(`Level ${level} sent on 27/11/2026`).count()).resolves.toBe(1);
      await expect(waiting.getByText(`Next: level ${level + 1} from 04/12/2026`).count()).resolves.toBe(1);
      await expect(due.getByRole("article", { name: client, exact: true }).count()).resolves.toBe(0);
      await page.screenshot({ path: path.join(SCREENSHOTS, "pane-reminders-light-360.png") });
      expect(await seriousA11yViolations(page, "#task-pane")).toEqual([]);
      await page.close();
    });

    it("signs in to Microsoft 365 (a Graph stand-in), makes the reminder drafts in Outlook, says each client's outcome, retries the failed one, and never makes one twice", async () => {
      const standIn = new GraphStandIn();
      const graph = await standIn.start();
      try {
        const page = await openWorkbench(`pane=360&graph=${encodeURIComponent(graph)}`);
        const p = pane(page);
        await openPage(page, "Payments");
        await p.getByRole("button", { name: "Reminders" }).click();
        const due = p.getByRole("region", { name: /reminders? due$/ });
        const clients = await due.getByRole("article").count();
        await due.getByRole("button", { name: "Sign in to Microsoft 365" }).click();
        await p.getByText("Signed in to Microsoft 365 as Admin (stand-in).").waitFor();
        standIn.failNext = 1; // the mailbox refuses one draft
        await due.getByRole("button", { name: "Make drafts in Outlook" }).click();
        await p
          .getByText(
            /^\d+ drafts? made in Outlook, 1 failed; \d+ clients without a checked e-mail\. Review and send (it|them) from Outlook\.$/,
          )
          .waitFor();
        const outcomes = p.getByRole("list", { name: "Each client's draft" }).getByRole("listitem");
        await expect(outcomes.filter({ hasText: "not made: 507 The mailbox is full." }).count()).resolves.toBe(1);
        const made = await outcomes.filter({ hasText: "draft made" }).count();
        expect(standIn.messages.length).toBe(made);
        expect(made + 1).toBeLessThanOrEqual(clients);
        // every draft: to the client, the letter as text, the statement attached; nothing sent
        for (const m of standIn.messages) {
          expect(m).toMatchObject({ body: { contentType: "Text" }, isDraft: true });
          expect((m.attachments as { name: string }[])[0].name).toMatch(/\.docx$/);
        }
        await page.screenshot({ path: path.join(SCREENSHOTS, "pane-outlook-drafts-light-360.png") });
        // tried again: only the failed one is made now, none twice
        await due.getByRole("button", { name: "Try the failed one again" }).click();
        await p.getByText(/^1 draft made in Outlook, 0 failed;/).waitFor();
        expect(standIn.messages.length).toBe(made + 1);
        await expect(outcomes.filter({ hasText: "made before" }).count()).resolves.toBe(made);
        // she leaves the page and comes back: the outcomes are still there, and a new run makes nothing twice
        await openPage(page, "Health");
        await openPage(page, "Payments");
        await p.getByRole("button", { name: "Reminders" }).click();
        await expect(outcomes.count()).resolves.toBe(made + 1);
        await due.getByRole("button", { name: "Make drafts in Outlook" }).click();
        await p.getByText(/^0 drafts made in Outlook, 0 failed;/).waitFor();
        expect(standIn.messages.length).toBe(made + 1);
        expect(standIn.log.every((r) => r.auth === "Bearer workbench-token")).toBe(true);
        expect(await seriousA11yViolations(page, "#task-pane")).toEqual([]);
        await page.close();
      } finally {
        await standIn.stop();
      }
    });

    it("puts the planned meetings in the Outlook calendar (a Graph stand-in) once, and updates them on the next run", async () => {
      const standIn = new GraphStandIn();
      const graph = await standIn.start();
      try {
        const page = await openWorkbench(`pane=360&graph=${encodeURIComponent(graph)}`);
        const p = pane(page);
        await openPage(page, "Meetings");
        await p.getByRole("button", { name: "Sign in to Microsoft 365" }).click();
        await p.getByRole("button", { name: "Put them in my Outlook calendar" }).click();
        const added = p.getByText(/^Outlook calendar: \d+ added, 0 updated, 0 cancelled, 0 failed\.$/);
        await added.waitFor();
        const n = Number(/(\d+) added/.exec((await added.textContent())!)![1]);
        expect(n).toBeGreaterThan(0);
        expect(standIn.events.size).toBe(n);
        const weekly = [...standIn.events.values()].find((e) => (e.body.attendees as unknown[]).length === 8)!;
        expect(weekly.body).toMatchObject({
          subject: "Reunió comercial setmanal",
          start: { dateTime: expect.stringMatching(/T09:00:00$/) },
        });
        await p.getByRole("button", { name: "Put them in my Outlook calendar" }).click();
        await p.getByText(`Outlook calendar: 0 added, ${n} updated, 0 cancelled, 0 failed.`).waitFor();
        expect(standIn.events.size).toBe(n);
        await page.close();
      } finally {
        await standIn.stop();
      }
    });

    it("records a payment by hand against an invoice still owing, and refuses more than it owes", async () => {
      const page = await openWorkbench("pane=360");
      const p = pane(page);
      await openPage(page, "Payments");
      await p.getByRole("button", { name: "Record a payment by hand" }).click();
      const form = p.getByRole("form", { name: "Record a payment by hand" });
      const invoice = form.getByRole("combobox", { name: "Invoice" });
      await invoice.fill("2026");
      await invoice.press("Enter");
      const owed = (await form.getByText(/^Still owed: /).textContent())!;
      const number = /^(\d{4}-\d{4})/.exec(await invoice.inputValue())![1];
      await form.getByRole("textbox", { name: "Amount" }).fill("999999");
      await form.getByRole("button", { name: "Record the payment" }).click();
      await p
        .getByText(new RegExp(`${number}`))
        .first()
        .waitFor();
      await expect(p.getByRole("status").textContent()).resolves.toMatch(new RegExp(`${number}.*owes`));
      await form.getByRole("textbox", { name: "Amount" }).fill("10,00");
      await form.getByRole("textbox", { name: "Reference" }).fill("Rebut 12");
      await form.getByRole("button", { name: "Record the payment" }).click();
      await p.getByText(new RegExp(`^P-\\d{5} recorded: €10\\.00 for ${number}\\.$`)).waitFor();
      expect(owed).toMatch(/^Still owed: €/);
      await page.close();
    });

    const withLibreOffice = (SOFFICE && PDFTOTEXT) || process.env.CI ? it : it.skip;
    withLibreOffice("gives an invoice as the client receives it, rendered by LibreOffice to look at", async () => {
      const page = await openWorkbench("pane=360");
      const p = pane(page);
      await openPage(page, "Invoices");
      const docs = p.getByRole("region", { name: "Documents to send" });
      const picker = docs.getByRole("combobox", { name: "Invoice" });
      await picker.fill("2026-0001");
      await page.getByRole("option", { name: /^2026-0001 · / }).click();
      const download = page.waitForEvent("download");
      await docs.getByRole("button", { name: "Invoice (.docx)" }).click();
      const file = path.join(
        mkdtempSync(path.join(tmpdir(), "salesdesk-invoice-")),
        (await download).suggestedFilename(),
      );
      await (await download).saveAs(file);
      expect(path.basename(file)).toBe("Factura 2026-0001 – Instal·lacions Costa i Roca, SL.docx"); // named for its client too
      const text = docxText(new Uint8Array(readFileSync(file)));
      for (const field of [
        "Factura 2026-0001",
        "Número: 2026-0001",
        "Sèrie: 2026",
        "NIF B66078346",
        "Base imposable",
        "IVA 21 %",
        "Total",
      ])
        expect(text).toContain(field);
      renderFirstPage(file, path.join(SCREENSHOTS, "document-invoice-2026-0001.png"));
      await page.close();
    });
  });
}
