/**
 * The import on real public workbooks: both development sets (shared/fixtures/real/import and
 * import2), or SALESDESK_CORPUS. At least 95 % of the sheets get the right table and 95 % of the
 * columns the right contract column, as a careful admin would map them (truth.json).
 * `node bin/run-ts.js scripts/import-score.ts [DIR] --details` lists the misses.
 */
import { existsSync } from "node:fs";
import { DEVELOPMENT_SETS, percent, scoreCorpus, scoreLine } from "../../../scripts/import-score";

const corpora = process.env.SALESDESK_CORPUS ? [process.env.SALESDESK_CORPUS] : DEVELOPMENT_SETS;

describe("the import on real workbooks", () => {
  for (const corpus of corpora) {
    const run = existsSync(corpus) ? it : it.skip;
    if (!existsSync(corpus)) console.warn(`skipped: the import corpus is not at ${corpus} (set SALESDESK_CORPUS)`);
    run(
      `maps ≥ 95 % of tables and ≥ 95 % of columns right in ${corpus.replace(/^.*[\\/]/, "")}`,
      async () => {
        const score = await scoreCorpus(corpus);
        console.log(`import corpus ${corpus}: ${scoreLine(score)}`);
        expect({ tables: percent(score.tables) >= 95, columns: percent(score.columns) >= 95 }).toEqual({
          tables: true,
          columns: true,
        });
        expect(score.misses.filter((m) => m.includes("not read"))).toEqual([]);
        expect(score.leaks).toEqual([]);
      },
      120_000,
    );
  }
});
