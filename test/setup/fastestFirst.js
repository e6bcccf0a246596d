/**
 * The test files in the order of their last run's time, fastest first (jest's own order is slowest first):
 * with bailingEnvironment.js, a mutant that a quick test kills is not also run through the slow ones.
 * Run with a test name pattern (StrykerJS's mutant runs), only the files that may hold those tests, in
 * the order of the whole run's times: a run that skipped most of a file does not make it look quick.
 */
const Sequencer = require("@jest/test-sequencer").default;
const { mayMatch } = require("./testNames");

class FastestFirst extends Sequencer {
  constructor(options) {
    super(options);
    this.pattern = options.globalConfig?.testNamePattern;
  }

  sort(tests) {
    const sorted = super.sort(tests).reverse();
    if (!this.pattern || sorted.length === 0) return sorted;
    const keep = new Set(
      mayMatch(
        sorted[0].context.config.rootDir,
        sorted.map((t) => t.path),
        this.pattern,
      ),
    );
    return sorted.filter((t) => keep.has(t.path));
  }

  cacheResults(tests, results) {
    if (!this.pattern) super.cacheResults(tests, results);
  }
}

module.exports = FastestFirst;
