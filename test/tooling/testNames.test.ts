/**
 * A mutant's run loads only the test files that hold the tests covering it (test/setup/testNames.js):
 * a file whose names match the pattern, or one not written down yet, is kept; the rest are not loaded.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { mayMatch, writeTestNames } from "../setup/testNames";

describe("the test files a mutant's run loads", () => {
  it("are those with a test the pattern names, in any case, and those not written down", () => {
    const root = mkdtempSync(path.join(tmpdir(), "salesdesk-names-"));
    const [money, aging, fresh] = ["money", "aging", "fresh"].map((f) => path.join(root, "test", `${f}.test.ts`));
    writeTestNames(root, money, ["money rounds half away from zero", "money (negative) splits evenly"]);
    writeTestNames(root, aging, ["aging buckets an invoice 90 days late"]);
    writeTestNames(root, aging, ["written once: a later run's names are not written again"]);
    const pick = (pattern: string) => mayMatch(root, [money, aging, fresh], pattern).map((p) => path.basename(p));
    expect(pick("(money \\(negative\\) splits evenly)")).toEqual(["money.test.ts", "fresh.test.ts"]);
    expect(pick("(AGING BUCKETS)|(nothing)")).toEqual(["aging.test.ts", "fresh.test.ts"]);
    expect(pick("(written once)")).toEqual(["fresh.test.ts"]);
    expect(mayMatch(path.join(root, "none"), [money], "x")).toEqual([money]);
  });
});
