// npm start: where Office desktop runs (Windows, macOS) sideload the add-in into Excel as the official
// templates do; elsewhere (Linux, CI) there is no Office to sideload into, so serve the add-in and say where.
const { spawn, spawnSync } = require("node:child_process");
const { config } = require("../package.json");

const officeDesktop = process.platform === "win32" || process.platform === "darwin";
if (officeDesktop) {
  // Fetched on demand: its keytar dependency does not build on Linux, so it is no dependency of ours.
  const result = spawnSync("npx", ["--yes", "office-addin-debugging", "start", "manifest.xml"], {
    stdio: "inherit",
    shell: true,
  });
  process.exit(result.status ?? 1);
}

const port = config.dev_server_port;
const https = require("node:fs").existsSync(
  require("node:path").join(require("node:os").homedir(), ".office-addin-dev-certs", "localhost.crt"),
);
const origin = `${https ? "https" : "http"}://localhost:${port}`;
console.log(`No Office desktop on ${process.platform}: serving the add-in and the workbench.`);
console.log(`  Workbench (the task pane on a sample workbook, no Office needed): ${origin}/`);
console.log(
  `  Excel on the web: Insert > Add-ins > Upload My Add-in > manifest.xml (needs HTTPS: npx office-addin-dev-certs install).`,
);
const server = spawn("npx", ["webpack", "serve", "--mode", "development"], { stdio: "inherit", shell: true });
server.on("exit", (code) => process.exit(code ?? 0));
// Open the workbench where a desktop browser is there to open it.
if (process.env.DISPLAY && !process.env.CI)
  setTimeout(
    () => spawn("xdg-open", [`${origin}/`], { stdio: "ignore", detached: true }).on("error", () => undefined),
    8000,
  );
