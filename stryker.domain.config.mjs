// @ts-check
/**
 * `DOMAIN=kernel npm run mutate:domain`: one domain of src/core (or, with FILES="src/core/import/a.ts …",
 * those files under the name DOMAIN), its report in reports/mutation/domain-DOMAIN.json; then
 * `npm run mutate:scores -- reports/mutation/domain-*.json` adds the domains up.
 * A survivor is run through every test that covers it: the kernel's, whose code every test calls, would
 * each take the whole core's minute. So the kernel and the workbook are held to their own tests, the
 * import, the locale and the sample to theirs and those that drive them; every other domain to every
 * core test.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
import base from "./stryker.config.mjs";

const domain = process.env.DOMAIN ?? "";
const OWN_TESTS = {
  kernel: ["kernel", "workbook"],
  workbook: ["workbook", "kernel"],
  locale: ["locale", "import"],
  import: ["import", "market", "locale"],
  sample: ["sample"],
};
const own = Object.entries(OWN_TESTS).find(([d]) => domain.startsWith(d))?.[1];

export default {
  ...base,
  jest: {
    ...base.jest,
    config: { ...base.jest.config, roots: (own ?? [""]).map((d) => `<rootDir>/test/core/${d}`) },
  },
  mutate: process.env.FILES
    ? process.env.FILES.split(" ")
    : [`src/core/${domain}/**/*.ts`, "!src/core/kernel/messages/**"],
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: `reports/mutation/domain-${domain}.json` },
  incremental: false,
};
