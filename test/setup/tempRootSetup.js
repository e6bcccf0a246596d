/**
 * The tests' temporary files (workbooks, documents, builds) go into one folder of the run, removed when
 * it ends (tempRootTeardown.js): a run leaves nothing in the system's temporary folder. Workers inherit TMPDIR.
 * The teardown gives TMPDIR back, for a process that runs jest again (StrykerJS runs it once a mutant).
 */
const { mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");

const PREFIX = "salesdesk-tests-";
const BEFORE = "SALESDESK_TMPDIR_BEFORE_TESTS";

module.exports = () => {
  process.env[BEFORE] = process.env.TMPDIR ?? "";
  process.env.TMPDIR = mkdtempSync(path.join(tmpdir(), PREFIX));
};
module.exports.PREFIX = PREFIX;
module.exports.BEFORE = BEFORE;
