/**
 * The names of each test file's tests, kept beside the run (in its rootDir, .test-names/) by
 * bailingEnvironment.js. StrykerJS runs a mutant with the names of the tests that cover it as jest's name
 * pattern, yet jest loads every related file before it skips the other tests: loading is most of a
 * mutant's run. A file not written down yet is always loaded, so a run never misses a test.
 */
const { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } = require("node:fs");
const path = require("node:path");

const folder = (rootDir) => path.join(rootDir, ".test-names");
const entry = (rootDir, testPath) =>
  path.join(folder(rootDir), `${path.relative(rootDir, testPath).replace(/[\\/]/g, "__")}.json`);

function writeTestNames(rootDir, testPath, names) {
  const file = entry(rootDir, testPath);
  if (existsSync(file)) return;
  mkdirSync(folder(rootDir), { recursive: true });
  writeFileSync(file, JSON.stringify({ testPath, names }));
}

/** The test files that may hold a test the pattern names: those written down with a match, and the rest. */
function mayMatch(rootDir, testPaths, pattern) {
  const known = new Map(
    existsSync(folder(rootDir))
      ? readdirSync(folder(rootDir)).map((f) => {
          const { testPath, names } = JSON.parse(readFileSync(path.join(folder(rootDir), f), "utf8"));
          return [testPath, names];
        })
      : [],
  );
  const re = new RegExp(pattern, "i");
  return testPaths.filter((p) => !known.has(p) || known.get(p).some((name) => re.test(name)));
}

module.exports = { writeTestNames, mayMatch };
