// npm stop: unregister the sideloaded add-in where `npm start` sideloaded it; elsewhere only the dev server runs (Ctrl+C).
const { spawnSync } = require("node:child_process");

if (process.platform === "win32" || process.platform === "darwin") {
  const result = spawnSync("npx", ["--yes", "office-addin-debugging", "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: true,
  });
  process.exit(result.status ?? 1);
}
console.log("Nothing is sideloaded on this platform: stop the dev server with Ctrl+C.");
