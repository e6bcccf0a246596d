/**
 * End-to-end helpers: a development build of the panes and the workbench, served from a temporary
 * folder on loopback, and Debian's Chromium driven by playwright-core (no browser download).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, BrowserContext } from "playwright-core";

const ROOT = path.join(__dirname, "../..");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS = path.join(ROOT, "test-results/screenshots");

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** A build of the panes and the workbench in a temporary folder: development (tests) or production (budgets). */
export function buildPanes(mode: "development" | "production" = "development"): string {
  const out = mkdtempSync(path.join(tmpdir(), "salesdesk-e2e-"));
  const args = [require.resolve("webpack-cli/bin/cli.js"), "--mode", mode, "--env", "workbench", "--output-path", out];
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: "pipe" });
  return out;
}

export async function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = path.join(dir, urlPath === "/" ? "index.html" : urlPath);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export async function launch(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), "salesdesk-chromium-")), {
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1280, height: 860 },
    // Fluent's panels then open at once: a click never lands on a button still sliding into place.
    reducedMotion: "reduce",
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core on one part of the page and returns its serious and critical violations. Fluent UI's
 * focus manager (tabster) adds invisible `<i data-tabster-dummy aria-hidden tabindex=0>` sentinels
 * to keep keyboard focus inside tab lists; they are by design and left out of the check.
 */
export async function seriousA11yViolations(
  page: import("playwright-core").Page,
  selector: string,
): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async (sel) => {
    const result = await (
      window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe.run({
      include: [sel],
      exclude: [["[data-tabster-dummy]"]],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, selector);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/**
 * Opens a Fluent dropdown and waits for its list: on a loaded machine the first click can land while
 * the pane is still re-rendering, so a click that opened nothing is tried again (a few times, briefly).
 */
export async function openListbox(
  page: import("playwright-core").Page,
  dropdown: import("playwright-core").Locator,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await dropdown.click();
    try {
      await page.getByRole("listbox").waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
}
