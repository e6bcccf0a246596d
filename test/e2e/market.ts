/** The Market page in the workbench (issue 34), in Catalan: segments, a segment made a mailing list and logged, the survey, a campaign's lift, the sheet for management. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { SCREENSHOTS, openListbox, seriousA11yViolations } from "./browser";
import { openPage, pane, type OpenWorkbench } from "./workbench";

export function marketTests(openWorkbench: OpenWorkbench): void {
  describe("the Market page in the workbench", () => {
    it("shows segments, the survey and the campaigns' lift in Catalan, and turns a segment into a logged mailing list", async () => {
      const page = await openWorkbench("pane=360&lang=ca");
      const p = pane(page);
      await openPage(page, "Mercat");
      await p.getByRole("heading", { name: "Què necessiten els clients" }).waitFor();
      await p.getByRole("img", { name: /^Segments: Campions \d+/ }).waitFor();
      await page.screenshot({ path: path.join(SCREENSHOTS, "pane-market-segments-ca-360.png"), fullPage: true });
      // the survey: its NPS, and the campaigns with what they brought in
      await p.getByText(/^NPS -?\d+: \d+ promotors, \d+ passius, \d+ detractors$/).waitFor();
      const first = p.getByRole("article", { name: /^CMP-0001 / });
      await first.getByText(/^Efecte: -?[\d.]+,\d\d\s€ per client$/).waitFor();
      await expect(
        p
          .getByRole("article", { name: /^CMP-0002 / })
          .getByText("Encara no han passat els seus 30 dies")
          .count(),
      ).resolves.toBe(1);
      await first.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SCREENSHOTS, "pane-market-campaigns-ca-360.png") });
      // a segment's clients, made a mailing list of those with consent, logged as the next campaign
      await openListbox(page, p.getByRole("combobox", { name: "Clients de" }));
      await page.getByRole("option", { name: "Campions" }).click();
      const shown = await p.getByRole("list", { name: "Campions" }).getByRole("listitem").count();
      expect(shown).toBeGreaterThan(0);
      await p.getByRole("button", { name: "Fes-ne una llista de correu" }).first().click();
      const said = await p
        .getByText(/clients? amb consentiment al full Llista d'enviament, registrats? com a campanya CMP-0003\.$/)
        .innerText();
      const listed = parseInt(said, 10);
      expect(listed).toBeGreaterThan(0);
      expect(listed).toBeLessThanOrEqual(shown);
      await page.getByRole("tablist", { name: "Fulls" }).getByRole("tab", { name: "Llista d'enviament" }).click();
      await page
        .getByRole("table", { name: "Full Llista d'enviament" })
        .getByText(`Clients amb consentiment de màrqueting (Campions): ${listed}`)
        .waitFor();
      // the new campaign is on the page, and in the workbook with its recipients
      await p.getByRole("article", { name: "CMP-0003 Campions" }).waitFor();
      await p.getByRole("button", { name: "Escriu el full per a la direcció" }).click();
      await p.getByText("Escrit al full Mercat.").waitFor();
      await page.getByRole("tablist", { name: "Fulls" }).getByRole("tab", { name: "Mercat" }).click();
      await page.getByRole("table", { name: "Full Mercat" }).getByText("Campions", { exact: true }).first().waitFor();
      await page.screenshot({ path: path.join(SCREENSHOTS, "workbench-market-sheet-ca.png") });
      const saved = page.waitForEvent("download");
      await page.getByRole("button", { name: /^(Download|Baixa)$/ }).click();
      const campaigns = (await (
        await XlsxWorkbook.load(readFileSync((await (await saved).path())!))
      ).readTable("Campaigns"))!;
      const row = campaigns.rows.find((r) => r[0] === "CMP-0003")!;
      const at = (h: string) => row[campaigns.headers.indexOf(h)];
      expect([at("Name"), at("Channel"), at("Segment"), at("Recipients")]).toEqual([
        "Campions",
        "List",
        "Campions",
        listed,
      ]);
      expect(String(at("RecipientIDs")).split(", ")).toHaveLength(listed);
      expect(await seriousA11yViolations(page, "#task-pane")).toEqual([]);
      await page.close();
    });
  });
}
