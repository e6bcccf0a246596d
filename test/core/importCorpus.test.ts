/**
 * The import on real public workbooks (shared/fixtures/real/import, or SALESDESK_CORPUS): at least 90 %
 * of the sheets get the right table and 90 % of the columns the right contract column, as a careful
 * admin would map them (truth.json). `node bin/run-ts.js scripts/import-score.ts --details` lists the misses.
 */
import { existsSync } from "node:fs";
import { DEFAULT_CORPUS, percent, scoreCorpus, scoreLine } from "../../scripts/import-score";

const corpus = process.env.SALESDESK_CORPUS ?? DEFAULT_CORPUS;
const run = existsSync(corpus) ? it : it.skip;
if (!existsSync(corpus)) console.warn(`skipped: the import corpus is not at ${corpus} (set SALESDESK_CORPUS)`);

describe("the import on real workbooks", () => {
  run(
    "maps ≥ 90 % of tables and ≥ 90 % of columns right",
    async () => {
      const score = await scoreCorpus(corpus);
      console.log(`import corpus: ${scoreLine(score)}`);
      expect({ tables: percent(score.tables) >= 90, columns: percent(score.columns) >= 90 }).toEqual({ tables: true, columns: true });
      expect(score.misses.filter((m) => m.includes("not read"))).toEqual([]);
      expect(score.leaks).toEqual([]);
    },
    120_000,
  );
});
