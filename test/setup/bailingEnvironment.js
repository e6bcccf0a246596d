/**
 * jest's node environment that stops a run at its first failing test: StrykerJS runs jest once a mutant
 * with bail off (jest cannot bail when run programmatically), yet the first failure has killed the mutant.
 * The tests after it, in this file and the next ones, are skipped. Used by stryker.config.mjs only; the
 * run's own temporary folder (tempRootSetup.js) holds the mark, so each run starts clean.
 */
const { existsSync, writeFileSync } = require("node:fs");
const path = require("node:path");
const { TestEnvironment } = require("jest-environment-node");

const mark = () => path.join(process.env.TMPDIR ?? "", "a-test-failed");

class BailingEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name === "test_fn_failure" || event.name === "hook_failure") writeFileSync(mark(), "");
    if (event.name === "test_start" && existsSync(mark())) event.test.mode = "skip";
  }
}

module.exports = BailingEnvironment;
