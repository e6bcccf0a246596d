/**
 * The tests' temporary folder: made by jest's global setup, removed by its teardown, and TMPDIR given
 * back, so that a process running jest again (StrykerJS, once a mutant) makes its next folder where the first was.
 */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import setup from "../setup/tempRootSetup";
import teardown from "../setup/tempRootTeardown";

describe("the tests' temporary folder", () => {
  const outer = process.env.TMPDIR;
  afterEach(() => {
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
  });

  it("is made inside the temporary folder, removed at the end, and TMPDIR given back, run after run", () => {
    for (let run = 0; run < 2; run++) {
      setup();
      const folder = process.env.TMPDIR ?? "";
      expect(path.dirname(folder)).toBe(outer ?? tmpdir());
      expect(path.basename(folder).startsWith(setup.PREFIX)).toBe(true);
      expect(existsSync(folder)).toBe(true);
      teardown();
      expect(existsSync(folder)).toBe(false);
      expect(process.env.TMPDIR).toBe(outer);
    }
  });
});
