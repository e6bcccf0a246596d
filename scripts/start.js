// npm start: where Office desktop runs (Windows, macOS) sideload the add-in into Excel as the official
// templates do; elsewhere (Linux, CI) there is no Office to sideload into, so serve the add-in and say where.
const { spawn, spawnSync } = require("node:child_process");
const { config } = require("../package.json");

const officeDesktop = process.platform === "win32" || process.platform === "darwin";
if (officeDesktop) {
  // Fetched on demand: its keytar dependency does not build on Linux, so it is no dependency of ours.
  const result = spawnSync("npx", ["--yes", "office-addin-debugging", "start", "manifest.xml"], { stdio: "inherit", shell: true });
  process.exit(result.status ?? 1);
}

const port = config.dev_server_port;
console.log(`No Office desktop on ${process.platform}: serving the add-in on port ${port}.`);
console.log(`  Task pane:  http(s)://localhost:${port}/taskpane.html (HTTPS once office-addin-dev-certs are installed)`);
console.log(`  Excel on the web: Insert > Add-ins > Upload My Add-in > manifest.xml (needs the HTTPS certificates).`);
spawn("npx", ["webpack", "serve", "--mode", "development"], { stdio: "inherit", shell: true }).on("exit", (code) => process.exit(code ?? 0));
