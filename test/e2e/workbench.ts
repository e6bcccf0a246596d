/** The workbench served and a headless Chromium opened on it, for the e2e tests: open the pane, go to a page. */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Server } from "node:http";
import type { BrowserContext, Page } from "playwright-core";
import { buildPanes, launch, SCREENSHOTS, serve } from "./browser";

export type OpenWorkbench = (query: string) => Promise<Page>;

/** Builds and serves the panes and launches the browser around the tests of a file; answers how to open the workbench. */
export function servedWorkbench(): OpenWorkbench {
  let context: BrowserContext;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const served = await serve(buildPanes());
    server = served.server;
    base = served.url;
    context = await launch();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  // A test that passed has closed its page: one still open failed, and says what the pane showed then.
  const open = new Map<Page, string[]>();
  afterEach(async () => {
    for (const [page, errors] of open) {
      const file = path.join(SCREENSHOTS, `left-open-${Date.now()}.png`);
      await page.screenshot({ path: file }).catch(() => undefined);
      const said = await pane(page)
        .getByRole("status")
        .allInnerTexts()
        .catch(() => []);
      console.log(
        `A page the test did not close (it failed before). The pane said: ${JSON.stringify(said.filter(Boolean))}; ` +
          `page errors: ${JSON.stringify(errors)}; screenshot: ${file}`,
      );
      await page.close();
    }
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  async function openWorkbench(query: string): Promise<Page> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    open.set(page, errors);
    page.on("close", () => open.delete(page));
    await page.goto(`${base}/?today=2026-11-27&${query}`);
    await page.getByRole("table", { name: /Workbook health|Estat del llibre|Estado del libro/ }).waitFor();
    await page.locator("table[data-sheet]").waitFor(); // the grid is drawn once the pane is up
    expect(errors).toEqual([]);
    return page;
  }

  return openWorkbench;
}

/** Goes to a page of the pane: by its tab, or through the menu of pages whose tabs did not fit. */
export async function openPage(page: Page, name: string): Promise<void> {
  const tab = pane(page).getByRole("tab", { name });
  if (await tab.isVisible()) return tab.click();
  await pane(page)
    .getByRole("button", { name: /(more pages?|més|más)$/ })
    .click();
  await page.getByRole("menuitem", { name }).click();
}

export const pane = (page: Page) => page.locator("#task-pane");
