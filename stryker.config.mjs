// @ts-check
/**
 * `npm run mutate`: StrykerJS over src/core with the unit tests (every jest test but the browser's),
 * each mutant tried against the tests that cover it. Reports in reports/mutation/ (HTML and JSON).
 * `npm run mutate -- --mutate src/core/kernel/money.ts` for one file; `npm run mutate -- --incremental`
 * tests again only the mutants of what changed since the last run.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
// a property test tries 25 cases a mutant, not 100: the workers inherit this (test/setup/fastCheck.ts);
// a mutant only a rarer case reveals then counts as survived, so the score errs low
process.env.FC_RUNS ??= "25";

export default {
  testRunner: "jest",
  // the corpus's score (scripts/import-score.ts) reads every real workbook, 16 s: run once a mutant, the import alone would take hours
  jest: {
    configFile: "jest.config.js",
    config: {
      testPathIgnorePatterns: ["/node_modules/", "/test/e2e/", "/test/core/import/importCorpus.test.ts"],
      // a mutant's run stops at its first failing test, the quickest files first
      testEnvironment: "./test/setup/bailingEnvironment.js",
      testSequencer: "<rootDir>/test/setup/fastestFirst.js",
    },
  },
  coverageAnalysis: "perTest",
  mutate: ["src/core/**/*.ts", "!src/core/kernel/messages/**"],
  // mutants in module-level constants run with every test: slow, and their survivors are read by hand
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  // the first run, every unit test in one process with coverage per test, takes longer than the default 5 minutes
  dryRunTimeoutMinutes: 60,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  incrementalFile: "reports/mutation/incremental.json",
  // the sandbox needs the sources, the tests and their fixtures: not the builds, reports or screenshots
  ignorePatterns: ["/dist", "/test-results", "/reports", "/bench"],
  disableTypeChecks: "src/**/*.{ts,tsx}",
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
