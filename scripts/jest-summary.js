// Prints one "jest: N passed, N failed" line for CI, adding up the runs whose jest JSON files are named.
const path = require("node:path");
const runs = process.argv.slice(2).map((file) => require(path.resolve(file)));
const passed = runs.reduce((n, r) => n + r.numPassedTests, 0);
const failed = runs.reduce((n, r) => n + r.numFailedTests, 0);
console.log(`jest: ${passed} passed, ${failed} failed`);
