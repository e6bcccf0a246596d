/**
 * jest's node environment that stops a run at its first failing test: StrykerJS runs jest once a mutant
 * with bail off (jest cannot bail when run programmatically), yet the first failure has killed the mutant.
 * The tests after it, in this file and the next ones, are skipped. Used by stryker.config.mjs only; the
 * run's own temporary folder (tempRootSetup.js) holds the mark, so each run starts clean.
 * It also writes down the names of the file's tests (testNames.js), so that a mutant's run loads only
 * the files that hold the tests covering it.
 */
const { existsSync, writeFileSync } = require("node:fs");
const path = require("node:path");
const { TestEnvironment } = require("jest-environment-node");
const { writeTestNames } = require("./testNames");

const mark = () => path.join(process.env.TMPDIR ?? "", "a-test-failed");

/** The full names of a describe block's tests, as jest matches them against a name pattern. */
function testNames(block, prefix) {
  return block.children.flatMap((child) => {
    const name = prefix ? `${prefix} ${child.name}` : child.name;
    return child.type === "describeBlock" ? testNames(child, name) : [name];
  });
}

class BailingEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.rootDir = config.projectConfig.rootDir;
    this.testPath = context.testPath;
  }

  async handleTestEvent(event, state) {
    if (event.name === "run_start") writeTestNames(this.rootDir, this.testPath, testNames(state.rootDescribeBlock, ""));
    if (event.name === "test_fn_failure" || event.name === "hook_failure") writeFileSync(mark(), "");
    if (event.name === "test_start" && existsSync(mark())) event.test.mode = "skip";
  }
}

module.exports = BailingEnvironment;
