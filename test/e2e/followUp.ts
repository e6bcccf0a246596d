/** The follow-up pages in the workbench: orders, quotes, requests and reception, visits, meetings, the team's week. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { dayOf, serialFromDay } from "../../src/core/kernel/dates";
import { SCREENSHOTS, seriousA11yViolations, openListbox } from "./browser";
import { openPage, pane, type OpenWorkbench } from "./workbench";

export function followUpTests(openWorkbench: OpenWorkbench): void {
  describe("the follow-up pages in the workbench", () => {
    it("follows the orders: the late ones first, a delivery recorded on every line still to deliver, the order gone from the list", async () => {
      const page = await openWorkbench("pane=360");
      const p = pane(page);
      await openPage(page, "Orders");
      const late = p.getByRole("region", { name: /^\d+ late orders? on 27\/11\/2026$/ });
      const count = Number(/^(\d+)/.exec((await late.getByRole("heading").textContent())!)![1]);
      expect(count).toBeGreaterThan(0);
      const card = late.getByRole("article").first();
      const id = /O-\d+/.exec((await card.textContent())!)![0];
      await expect(card.getByText(/^\d+ days? late$/).count()).resolves.toBe(1);
      await card.getByRole("textbox", { name: "Delivered on" }).fill("26/11/2026");
      await page.screenshot({ path: path.join(SCREENSHOTS, "pane-orders-light-360.png") });
      await card.getByRole("button", { name: "Record delivery" }).click();
      await p.getByText(new RegExp(`^${id}: delivery recorded on \\d+ lines?\\.$`)).waitFor();
      await expect(p.getByRole("article", { name: new RegExp(`^${id} `) }).count()).resolves.toBe(0);
      // the workbook holds the delivery on the order's lines that were to deliver
      const saved = page.waitForEvent("download");
      await page.getByRole("button", { name: "Download", exact: true }).click();
      const lines = (await (await XlsxWorkbook.load(readFileSync((await (await saved).path())!))).readTable("Orders"))!;
      const [at, status, delivered] = ["OrderID", "Status", "DeliveredDate"].map((h) => lines.headers.indexOf(h));
      const mine = lines.rows.filter((r) => r[at] === id && r[status] !== "Cancelled");
      expect(mine.length).toBeGreaterThan(0);
      for (const r of mine) expect([r[status], typeof r[delivered]]).toEqual(["Delivered", "number"]);
      expect(mine.some((r) => r[delivered] === serialFromDay(dayOf(2026, 11, 26)))).toBe(true);
      expect(await seriousA11yViolations(page, "#task-pane")).toEqual([]);
      await page.close();
    });

    it("follows the quotes: the pipeline and win rate, a quote to follow up rejected on each of its lines and gone from the open ones", async () => {
      const page = await openWorkbench("pane=360");
      const p = pane(page);
      await openPage(page, "Quotes");
      const openQuotes = async () =>
        Number(/ in (\d+) open quotes?$/.exec((await p.getByText(/^Pipeline: /).textContent())!)![1]);
      const before = await openQuotes();
      await p.getByText(/^Won in the last 90 days: /).waitFor();
      const card = p
        .getByRole("region", { name: /to follow up/ })
        .getByRole("article")
        .first();
      const id = /Q-\d{4}-\d{4}/.exec((await card.textContent())!)![0];
      await page.screenshot({ path: path.join(SCREENSHOTS, "pane-quotes-light-360.png") });
      await card.getByRole("button", { name: "Mark rejected" }).click();
      await p.getByText(`${id}: recorded as Rejected.`).waitFor();
      await expect(p.getByRole("article", { name: new RegExp(`^${id} `) }).count()).resolves.toBe(0);
      await expect(openQuotes()).resolves.toBe(before - 1);
      expect(await seriousA11yViolations(page, "#task-pane")).toEqual([]);
      await page.close();
    });

    it("builds a quote from the price list, accepts it into an order, records the delivery and invoices the order", async () => {
      const page = await openWorkbench("pane=360");
      const p = pane(page);
      await openPage(page, "Quotes");
      const form = p.getByRole("form", { name: "New quote" });
      const client = form.getByRole("combobox", { name: "Client" });
      await client.fill("C-0005");
      await client.press("Enter");
      await openListbox(page, form.getByRole("combobox", { name: "Product 1" }));
      await page.getByRole("option").first().click();
      await form.getByRole("textbox", { name: "Quantity" }).fill("3");
      await form.getByRole("textbox", { name: "Discount" }).fill("10 %");
      await form.getByText(/^Net: €[\d,.]+$/).waitFor();
      await page.screenshot({ path: path.join(SCREENSHOTS, "pane-quote-new-light-360.png") });
      await form.getByRole("button", { name: "Save the quote" }).click();
      // the next number of the sample's own 2026 series
      const saved = p.getByText(/^Quote Q-2026-\d{4} saved: 1 line, €[\d,.]+ net\.$/);
      await saved.waitFor();
      const id = /Q-2026-\d{4}/.exec((await saved.textContent())!)![0];
      // accepted, it becomes the order the admin follows, promised for the day she says
      const quote = p.getByRole("article", { name: new RegExp(`^${id} `) });
      await quote.getByRole("textbox", { name: "Order promised for" }).fill("04/12/2026");
      await quote.getByRole("button", { name: "Accepted: make the order" }).click();
      const made = p.getByText(new RegExp(`^${id} accepted: order O-\\d{6} made, promised for 04/12/2026\\.$`));
      await made.waitFor();
      const order = /O-\d{6}/.exec((await made.textContent())!)![0];
      await openPage(page, "Orders");
      const card = p
        .getByRole("region", { name: /due later/ })
        .getByRole("article", { name: new RegExp(`^${order} `) });
      await card.getByRole("button", { name: "Record delivery" }).click();
      await p.getByText(`${order}: delivery recorded on 1 line.`).waitFor();
      // and invoiced from the order: its lines' net
      await openPage(page, "Invoices");
      const picker = p.getByRole("form", { name: "New invoice" }).getByRole("combobox", { name: "Client" });
      await picker.fill("C-0005");
      await picker.press("Enter");
      await openListbox(page, p.getByRole("combobox", { name: "Order" }));
      await page.getByRole("option", { name: order }).click();
      await p.getByRole("button", { name: "Issue invoice" }).click();
      await p.getByText(/^Issued invoice 2026-\d{4}: €[\d,.]+, due/).waitFor();
      await openPage(page, "Orders");
      await expect(p.getByRole("article", { name: new RegExp(`^${order} `) }).count()).resolves.toBe(0);
      await page.screenshot({ path: path.join(SCREENSHOTS, "pane-orders-after-light-360.png") });
      await page.close();
    });

    it("logs a call at reception, triages it to the top of the queue after the overdue ones, and resolves it", async () => {
      const page = await openWorkbench("pane=360");
      const p = pane(page);
      await openPage(page, "Requests");
      const form = p.getByRole("form", { name: "Log a call or a visitor" });
      const who = form.getByRole("combobox", { name: "Who" });
      await who.fill("C-0005");
      await who.press("Enter");
      await form.getByRole("textbox", { name: "What they need" }).fill("Factura duplicada al portal");
      await form.getByRole("button", { name: "Log it" }).click();
      const logged = p.getByText(/^T-\d{5} logged and queued\.$/);
      await logged.waitFor();
      const ticket = /T-\d{5}/.exec((await logged.textContent())!)![0];
      // the caller's card opens under the form: who they are, what they owe, their open requests
      const caller = p.getByRole("article", { name: /^Client / });
      await expect(caller.getByText(/open requests?/).textContent()).resolves.toMatch(/^\d+ open requests?/);
      await expect(caller.getByText(ticket, { exact: false }).count()).resolves.toBeGreaterThan(0);
      const card = p.getByRole("article", { name: new RegExp(`^${ticket} `) });
      await expect(card.getByRole("combobox", { name: "Priority" }).textContent()).resolves.toBe("P3"); // impact not known yet (Medium) × urgency Medium
      await openListbox(page, card.getByRole("combobox", { name: "Priority" }));
      await page.getByRole("option", { name: "P1" }).click();
      await card.getByRole("button", { name: "Set priority" }).click();
      await p.getByText(`${ticket} triaged.`).waitFor();
      // first after the overdue ones: due today, P1
      const order = await p
        .getByRole("region", { name: /open requests?$/ })
        .getByRole("article")
        .evaluateAll((cards) => cards.map((c) => c.getAttribute("aria-label")!));
      const overdue = await p
        .getByRole("region", { name: /open requests?$/ })
        .getByText("Overdue", { exact: true })
        .count();
      expect(order[overdue]).toMatch(new RegExp(`^${ticket} `));
      // the first answer, in the client's language (Madrid: Spanish), ready to copy
      await p
        .getByRole("article", { name: new RegExp(`^${ticket} `) })
        .getByRole("button", { name: "Reply" })
        .click();
      await expect(
        p.getByRole("textbox", { name: `Reply to ${ticket}, in the client's language` }).inputValue(),
      ).resolves.toMatch(new RegExp(`Hemos recibido su petición «Factura duplicada al portal» \\(número ${ticket}\\)`));
      // copied in one click, as it is shown
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
      await p
        .getByRole("article", { name: new RegExp(`^${ticket} `) })
        .getByRole("button", { name: "Copy the reply" })
        .click();
      await p.getByRole("button", { name: "Copied: paste it into your e-mail" }).waitFor();
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
        await p.getByRole("textbox", { name: `Reply to ${ticket}, in the client's language` }).inputValue(),
      );
      await page.screenshot({ path: path.join(SCREENSHOTS, "pane-requests-light-360.png") });
      await p
        .getByRole("article", { name: new RegExp(`^${ticket} `) })
        .getByRole("button", { name: "Resolve" })
        .click();
      await p.getByText(`${ticket} resolved.`).waitFor();
      await expect(p.getByRole("article", { name: new RegExp(`^${ticket} `) }).count()).resolves.toBe(0);
      expect(await seriousA11yViolations(page, "#task-pane")).toEqual([]);
      await page.close();
    });

    it("plans a visit, gives it a calendar event, records its outcome, and opens a request and a quote from its next action", async () => {
      const page = await openWorkbench("pane=360");
      const p = pane(page);
      await openPage(page, "Visits");
      const form = p.getByRole("form", { name: "Plan a visit" });
      const client = form.getByRole("combobox", { name: "Client" });
      await client.fill("C-0005");
      await client.press("Enter");
      await form.getByRole("textbox", { name: "Day" }).fill("27/11/2026");
      await form.getByRole("textbox", { name: "Purpose" }).fill("Renovació del contracte");
      await form.getByRole("button", { name: "Plan it" }).click();
      const planned = p.getByText(/^V-\d{5} planned for 27\/11\/2026\.$/);
      await planned.waitFor();
      const visit = /V-\d{5}/.exec((await planned.textContent())!)![0];
      const card = p.getByRole("article", { name: new RegExp(`^${visit} `) });
      const ics = page.waitForEvent("download");
      await card.getByRole("button", { name: "Calendar event (.ics)" }).click();
      expect((await ics).suggestedFilename()).toBe(`${visit}.ics`);
      // a visit ahead cannot be done yet: its button waits for its day, and says from when
      await client.fill("C-0006");
      await client.press("Enter");
      await form.getByRole("textbox", { name: "Day" }).fill("10/12/2026");
      await form.getByRole("button", { name: "Plan it" }).click();
      const ahead = /V-\d{5}/.exec((await p.getByText(/^V-\d{5} planned for 10\/12\/2026\.$/).textContent())!)![0];
      const later = p.getByRole("article", { name: new RegExp(`^${ahead} `) });
      await later.getByRole("textbox", { name: "Outcome" }).fill("Feta abans d'hora");
      await later.getByText("Recorded as done from 10/12/2026 on.").waitFor();
      await expect(later.getByRole("button", { name: "Done" }).isDisabled()).resolves.toBe(true);
      await card.getByRole("textbox", { name: "Outcome" }).fill("Renovació signada");
      await card.getByRole("textbox", { name: "Next action" }).fill("Enviar pressupost d'ampliació");
      await page.screenshot({ path: path.join(SCREENSHOTS, "pane-visits-light-360.png") });
      await card.getByRole("button", { name: "Done" }).click();
      await p.getByText(`${visit} recorded as done.`).waitFor();
      // the week's visit reports: its next action opens a request, or a quote for the client
      const done = p
        .getByRole("region", { name: /visits? done this week$/ })
        .getByRole("article", { name: new RegExp(`^${visit} `) });
      await done.getByRole("button", { name: "Open a request" }).click();
      const opened = p.getByText(new RegExp(`^T-\\d{5} opened from visit ${visit}\\.$`));
      await opened.waitFor();
      await p
        .getByRole("region", { name: /visits? done this week$/ })
        .getByRole("article", { name: new RegExp(`^${visit} `) })
        .getByRole("button", { name: "Prepare a quote" })
        .click();
      await expect(
        p.getByRole("form", { name: "New quote" }).getByRole("combobox", { name: "Client" }).inputValue(),
      ).resolves.toMatch(/\(C-0005\)$/);
      expect(await seriousA11yViolations(page, "#task-pane")).toEqual([]);
      await page.close();
    });

    it("plans a meeting with its agenda and invitation, writes its minutes, and gives them as a document", async () => {
      const page = await openWorkbench("pane=360");
      const p = pane(page);
      await openPage(page, "Meetings");
      const form = p.getByRole("form", { name: "Plan a meeting" });
      await form.getByRole("textbox", { name: "Title" }).fill("Revisió de tarifes");
      await form.getByRole("textbox", { name: "Day" }).fill("27/11/2026");
      await form.getByRole("textbox", { name: "Starts" }).fill("12.30");
      await form.getByRole("textbox", { name: "Ends" }).fill("13h30");
      // a multiselect dropdown's list is a menu of check items
      await form.getByRole("combobox", { name: "Attendees" }).click();
      await page.getByRole("menuitemcheckbox").nth(0).click();
      await page.getByRole("menuitemcheckbox").nth(1).click();
      await page.keyboard.press("Escape");
      await form.getByRole("textbox", { name: "Agenda" }).fill("1. Tarifes 2027\n2. Descomptes per volum");
      await form.getByRole("button", { name: "Plan it" }).click();
      const planned = p.getByText(/^M-\d{5} planned for 27\/11\/2026\.$/);
      await planned.waitFor();
      const meeting = /M-\d{5}/.exec((await planned.textContent())!)![0];
      const card = p.getByRole("article", { name: `${meeting} · Revisió de tarifes` });
      await expect(card.getByText(/^27\/11\/2026 · 12:30–13:30$/).count()).resolves.toBe(1);
      const agenda = page.waitForEvent("download");
      await card.getByRole("button", { name: "Agenda (.docx)" }).click();
      expect((await agenda).suggestedFilename()).toBe("Agenda - Revisió de tarifes.docx");
      const ics = page.waitForEvent("download");
      await card.getByRole("button", { name: "Invitation (.ics)" }).click();
      const invitation = readFileSync((await (await ics).path())!, "utf8");
      expect(invitation).toMatch(/METHOD:REQUEST/);
      expect(invitation.match(/^ATTENDEE/gm)).toHaveLength(2);
      await card.getByRole("textbox", { name: "Minutes" }).fill("Tarifes +3 % a partir de gener.");
      await card.getByRole("textbox", { name: "Actions" }).fill("Avisar els clients\nActualitzar la llista de preus");
      await page.screenshot({ path: path.join(SCREENSHOTS, "pane-meetings-light-360.png") });
      await card.getByRole("button", { name: "Held: save the minutes" }).click();
      await p.getByText(`Minutes of ${meeting} saved.`).waitFor();
      const held = p
        .getByRole("region", { name: /meetings? held this week$/ })
        .getByRole("article", { name: `${meeting} · Revisió de tarifes` });
      await expect(held.getByText("Avisar els clients · Actualitzar la llista de preus").count()).resolves.toBe(1);
      const minutes = page.waitForEvent("download");
      await held.getByRole("button", { name: "Minutes (.docx)" }).click();
      expect((await minutes).suggestedFilename()).toBe("Minutes - Revisió de tarifes.docx");
      expect(await seriousA11yViolations(page, "#task-pane")).toEqual([]);
      await page.close();
    });

    it("logs a meeting that already took place straight as held, with its minutes", async () => {
      const page = await openWorkbench("pane=360");
      const p = pane(page);
      await openPage(page, "Meetings");
      const form = p.getByRole("form", { name: "Plan a meeting" });
      await form.getByRole("textbox", { name: "Title" }).fill("Visita improvisada");
      await form.getByRole("textbox", { name: "Day" }).fill("25/11/2026");
      await form.getByText("A day gone by: the meeting is logged as held, with its minutes.").waitFor();
      await form.getByRole("textbox", { name: "Minutes" }).fill("Volen més volum.");
      await form.getByRole("textbox", { name: "Actions" }).fill("Enviar una oferta");
      await form.getByRole("button", { name: "Log it as held" }).click();
      const logged = p.getByText(/^M-\d{5} of 25\/11\/2026 logged as held\.$/);
      await logged.waitFor();
      const meeting = /M-\d{5}/.exec((await logged.textContent())!)![0];
      const held = p
        .getByRole("region", { name: /meetings? held this week$/ })
        .getByRole("article", { name: `${meeting} · Visita improvisada` });
      await expect(held.getByText("Enviar una oferta").count()).resolves.toBe(1);
      await page.close();
    });

    it("shows one exec's week: visits, quotes to follow up, late orders, requests, overdue invoices", async () => {
      const page = await openWorkbench("pane=360");
      const p = pane(page);
      await openPage(page, "Team week");
      await p.getByText("Week of 23/11/2026 to 29/11/2026").waitFor();
      for (const part of [
        /visits? in the week$/,
        /meetings? in the week$/,
        /quotes? to follow up$/,
        /late orders?$/,
        /open requests? they own$/,
        /overdue invoices? of their clients$/,
      ])
        await expect(p.getByRole("region", { name: part }).count()).resolves.toBe(1);
      // the weeks around it, and back
      await p.getByRole("button", { name: "Next week" }).click();
      await p.getByText("Week of 30/11/2026 to 06/12/2026").waitFor();
      await p.getByRole("button", { name: "Previous week" }).click();
      await p.getByRole("button", { name: "Previous week" }).click();
      await p.getByText("Week of 16/11/2026 to 22/11/2026").waitFor();
      await p.getByRole("button", { name: "This week" }).click();
      await p.getByText("Week of 23/11/2026 to 29/11/2026").waitFor();
      await expect(p.getByRole("button", { name: "This week" }).count()).resolves.toBe(0);
      await page.screenshot({ path: path.join(SCREENSHOTS, "pane-week-light-360.png") });
      expect(await seriousA11yViolations(page, "#task-pane")).toEqual([]);
      await page.close();
    });
  });
}
