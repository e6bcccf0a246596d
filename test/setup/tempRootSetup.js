/**
 * The tests' temporary files (workbooks, documents, builds) go into one folder of the run, removed when
 * it ends (tempRootTeardown.js): a run leaves nothing in the system's temporary folder. Workers inherit TMPDIR.
 */
const { mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");

const PREFIX = "salesdesk-tests-";

module.exports = () => {
  process.env.TMPDIR = mkdtempSync(path.join(tmpdir(), PREFIX));
};
module.exports.PREFIX = PREFIX;
