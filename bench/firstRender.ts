/**
 * Time to first render of the task pane in the workbench: from navigation to the Health page's
 * table on screen (the sample workbook generated, read and checked), in headless Chromium, on a
 * production build served from loopback.
 */
import { existsSync } from "node:fs";
import { buildPanes, CHROMIUM, launch, serve } from "../test/e2e/browser";

export async function firstRenderMs(runs = 5): Promise<number | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const { url, server } = await serve(buildPanes("production"));
  const context = await launch();
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      const start = Date.now();
      await page.goto(`${url}/?today=2026-11-27`);
      await page.getByRole("table", { name: "Workbook health" }).waitFor();
      times.push(Date.now() - start);
      await page.close();
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
  } finally {
    await context.close();
    server.close();
  }
}
