#!/usr/bin/env node
// The salesdesk command line, bundled from the TypeScript sources whenever one is newer than the
// bundle (esbuild, a tenth of a second), so that it never runs stale code and starts at once.
// Its heap is held to a size: left alone, V8 lets garbage grow to twice what a big import keeps. A
// command that reads only gets 1.5 GB, and the reader refuses in words a workbook bigger than that
// holds; one that writes an .xlsx (through ExcelJS, which keeps the whole workbook) gets 4 GB, and
// refuses in words what is more than that (src/cli/commands.ts).
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const cache = path.join(root, "node_modules", ".cache", "salesdesk-cli");
const entries = { cli: "src/cli/cli.ts", scanThread: "src/cli/scanThread.ts" };

/** The newest change to anything the bundle is made of. */
function newestSource(dir = path.join(root, "src")) {
  let newest = fs.statSync(path.join(root, "package-lock.json")).mtimeMs;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * The bundle of these sources: made in a directory named after their newest change, written aside
 * and renamed into place, so that salesdesks started together never see half of one. Where it cannot
 * be written (a full disk, a file-size limit), the sources are run as they are, through tsx.
 */
function entryPoint() {
  const dir = path.join(cache, String(Math.floor(newestSource())));
  if (fs.existsSync(dir)) return path.join(dir, "cli.js");
  const temp = `${dir}.${process.pid}.partial`;
  try {
    require("esbuild").buildSync({
      entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, path.join(root, file)])),
      bundle: true,
      platform: "node",
      packages: "external",
      outdir: temp,
      sourcemap: true,
      logLevel: "silent",
    });
    fs.renameSync(temp, dir);
    prune(dir);
  } catch {
    fs.rmSync(temp, { recursive: true, force: true });
    // Another salesdesk made the same bundle first, or none can be made here.
    if (!fs.existsSync(dir)) return path.join(root, entries.cli);
  }
  return path.join(dir, "cli.js");
}

/** Bundles of older sources, a day old or more, go: one is made each time the sources change. */
function prune(current) {
  for (const entry of fs.readdirSync(cache)) {
    const dir = path.join(cache, entry);
    if (dir !== current && Date.now() - fs.statSync(dir).mtimeMs > 86_400_000)
      fs.rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (process.env.SALESDESK_CLI) {
  if (process.env.SALESDESK_CLI.endsWith(".ts")) require("tsx/cjs/api").register();
  // exitCode, not exit(): a piped stdout is written asynchronously and exit() would cut it short.
  require(process.env.SALESDESK_CLI)
    .main(args)
    .then((code) => (process.exitCode = code));
} else {
  const [command, ...rest] = args;
  const writes =
    command === "sample" ||
    (["import", "report", "aging"].includes(command) && rest.some((a) => a.startsWith("--out")));
  const heap = process.execArgv.some((flag) => flag.startsWith("--max-old-space-size"))
    ? []
    : [`--max-old-space-size=${writes ? 4096 : 1536}`];
  const env = { ...process.env, SALESDESK_CLI: entryPoint() };
  const run = require("node:child_process").spawnSync(
    process.execPath,
    [...heap, "--enable-source-maps", ...process.execArgv, __filename, ...args],
    {
      stdio: ["inherit", "inherit", "pipe"],
      maxBuffer: 64 * 2 ** 20,
      env,
    },
  );
  // Killed (out of memory, a signal): one line and exit 2, never V8's trace, never taken for "problems found".
  if (run.status === null)
    process.stderr.write(
      `salesdesk ${command ?? ""}: stopped (${run.signal ?? "killed"}) before it finished, out of memory or interrupted: nothing was written\n`,
    );
  else process.stderr.write(run.stderr);
  process.exitCode = run.status ?? 2;
}
