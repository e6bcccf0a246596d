/**
 * The test files in the order of their last run's time, fastest first (jest's own order is slowest first):
 * with bailingEnvironment.js, a mutant that a quick test kills is not also run through the slow ones.
 */
const Sequencer = require("@jest/test-sequencer").default;

class FastestFirst extends Sequencer {
  sort(tests) {
    return super.sort(tests).reverse();
  }
}

module.exports = FastestFirst;
