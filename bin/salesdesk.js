#!/usr/bin/env node
// The salesdesk command line, straight from the TypeScript sources (tsx), so it never runs stale code.
require("tsx/cjs/api").register();
const { main } = require("../src/cli/cli.ts");
main(process.argv.slice(2)).then((code) => process.exit(code));
