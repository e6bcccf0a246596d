/**
 * Writing in place keeps the file (issue 28): through a link the real workbook is written and the link
 * kept, its permissions stay, the lock is the real file's whatever it is called, a stale lock is taken
 * over by one waiter only, and what a stopped salesdesk left half-written is cleared.
 */
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { withFileLock, writeWhole } from "../../src/cli/files";
import { runCli as run } from "../helpers/cli";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";

const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-inplace-"));
const DEAD = "999999999";

describe("writing in place", () => {
  it("writes the real workbook through a link, keeping the link and the file's permissions", async () => {
    const real = path.join(dir, "real.xlsx");
    const linked = path.join(dir, "linked.xlsx");
    expect((await run("sample", "--out", real, "--invoices", "20", "--today", "2026-11-27")).code).toBe(0);
    chmodSync(real, 0o600);
    symlinkSync(real, linked);
    const result = await run("aging", linked, "--as-of", "2026-11-27", "--out", linked);
    expect([result.code, result.err]).toEqual([0, ""]);
    expect(lstatSync(linked).isSymbolicLink()).toBe(true);
    expect(statSync(real).mode & 0o777).toBe(0o600);
    const sheets = (await (await XlsxWorkbook.load(readFileSync(real))).listSheets()).map((s) => s.name);
    expect(sheets).toContain("Aging");
  });

  it("locks the real file, whatever name or link it is written by", async () => {
    const real = path.join(dir, "locked.xlsx");
    const linked = path.join(dir, "locked-link.xlsx");
    writeFileSync(real, "x");
    symlinkSync(real, linked);
    await withFileLock(linked, async () => {
      expect(existsSync(`${real}.lock`)).toBe(true);
      await expect(withFileLock(real, async () => "twice", 300)).rejects.toThrow(
        `is being written by another salesdesk (process ${process.pid})`,
      );
    });
  });

  it("lets one waiter at a time take over a stale lock, and none remove a lock another has just taken", async () => {
    const file = path.join(dir, "contended.xlsx");
    for (let round = 0; round < 8; round++) {
      writeFileSync(`${file}.lock`, DEAD);
      let inside = 0;
      let most = 0;
      await Promise.all(
        Array.from({ length: 4 }, () =>
          withFileLock(file, async () => {
            most = Math.max(most, ++inside);
            await new Promise((resolve) => setTimeout(resolve, 5));
            inside--;
          }),
        ),
      );
      expect([round, most]).toEqual([round, 1]);
    }
    expect(existsSync(`${file}.lock`)).toBe(false);
    expect(existsSync(`${file}.lock.takeover`)).toBe(false);
  }, 30_000);

  it("clears what a stopped salesdesk left half-written beside the file", async () => {
    const file = path.join(dir, "left.xlsx");
    const leftover = path.join(dir, `.left.xlsx.${DEAD}.partial`);
    writeFileSync(leftover, "half");
    await writeWhole(file, "whole");
    expect([existsSync(leftover), readFileSync(file, "utf8")]).toEqual([false, "whole"]);
  });
});
