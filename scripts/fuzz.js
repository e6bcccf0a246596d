#!/usr/bin/env node
// Runs the property tests with random seeds (several rounds, more runs each) and prints the seed of
// any failure, to be added to the fixed-seed tests once fixed. Usage: npm run fuzz [-- ROUNDS [RUNS]].
const { spawnSync } = require("node:child_process");
const { randomInt } = require("node:crypto");

const rounds = Number(process.argv[2] ?? 5);
const runs = Number(process.argv[3] ?? 500);
const failures = [];
for (let i = 0; i < rounds; i++) {
  const seed = randomInt(2 ** 31 - 1);
  console.log(`fuzz round ${i + 1}/${rounds}: FC_SEED=${seed} FC_RUNS=${runs}`);
  const run = spawnSync(
    "npx",
    [
      "jest",
      "--silent",
      "test/core",
      "test/functions",
      "test/files/sheetScan.test.ts",
      "test/cli/jsonOutput.test.ts",
      "test/cli/cardOutputs.test.ts",
    ],
    {
      stdio: "inherit",
      env: { ...process.env, FC_SEED: String(seed), FC_RUNS: String(runs) },
    },
  );
  if (run.status !== 0) failures.push(seed);
}
console.log(failures.length ? `fuzz: failing seeds ${failures.join(", ")}` : `fuzz: ${rounds} rounds, no failure`);
process.exit(failures.length ? 1 : 0);
