#!/usr/bin/env node
// The salesdesk command line, straight from the TypeScript sources (tsx), so it never runs stale code.
// Its heap is held to a size: left alone, V8 lets garbage grow to twice what a big import keeps. A
// command that reads only gets 1.5 GB, and the reader refuses in words a workbook bigger than that
// holds; one that writes an .xlsx (through ExcelJS, which keeps the whole workbook) gets 4 GB, and
// refuses in words what is more than that (src/cli/commands.ts).
const [command, ...rest] = process.argv.slice(2);
const writes = command === "sample" || (["import", "report", "aging"].includes(command) && rest.some((a) => a.startsWith("--out")));
if (!process.execArgv.some((flag) => flag.startsWith("--max-old-space-size"))) {
  const { spawnSync } = require("node:child_process");
  const args = [`--max-old-space-size=${writes ? 4096 : 1536}`, ...process.execArgv, __filename, ...process.argv.slice(2)];
  process.exitCode = spawnSync(process.execPath, args, { stdio: "inherit" }).status ?? 1;
} else {
  require("tsx/cjs/api").register();
  const { main } = require("../src/cli/cli.ts");
  // exitCode, not exit(): a piped stdout is written asynchronously and exit() would cut it short.
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
