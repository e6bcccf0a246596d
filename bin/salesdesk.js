#!/usr/bin/env node
// The salesdesk command line, straight from the TypeScript sources (tsx), so it never runs stale code.
require("tsx/cjs/api").register();
const { main } = require("../src/cli/cli.ts");
// exitCode, not exit(): a piped stdout is written asynchronously and exit() would cut it short.
main(process.argv.slice(2)).then((code) => (process.exitCode = code));
