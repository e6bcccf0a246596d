#!/usr/bin/env node
// Runs a TypeScript entry point (scripts, benchmarks) through tsx, with no build step.
require("tsx/cjs/api").register();
const path = require("node:path");
const [entry, ...args] = process.argv.slice(2);
const run = require(path.resolve(entry)).main;
Promise.resolve(run(args)).then((code) => process.exit(code ?? 0));
