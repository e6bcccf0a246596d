/**
 * `npm run mutate:scores` counts as StrykerJS does (issue 35): killed and timed-out mutants over those
 * that ran or were never covered, per file, per domain of the core and over all.
 */
import {
  fileScores,
  mergedScores,
  mutationScores,
  percent,
  recordOf,
  undetected,
  unexplained,
} from "../../scripts/mutation-scores";

describe("mutation scores", () => {
  it("counts killed and timed-out over killed, timed-out, survived and uncovered, per file, domain and all", () => {
    const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status) => ({ status })) });
    const scores = mutationScores(
      fileScores({
        files: {
          "src/core/kernel/money.ts": mutants("Killed", "Killed", "Survived", "Timeout", "CompileError"),
          "src/core/kernel/numbering.ts": mutants("Killed", "NoCoverage", "Ignored"),
          "src/core/sales/targets.ts": mutants("Survived"),
        },
      }),
    );
    expect(Object.fromEntries([...scores].map(([k, s]) => [k, [s.detected, s.of]]))).toEqual({
      "src/core/kernel/money.ts": [3, 4],
      "src/core/kernel/numbering.ts": [1, 2],
      "src/core/kernel/": [4, 6],
      "src/core/sales/targets.ts": [0, 1],
      "src/core/sales/": [0, 1],
      all: [4, 7],
    });
    expect(percent(scores.get("src/core/kernel/money.ts")!)).toBe(75);
    expect(percent({ detected: 0, of: 0 })).toBe(100);
  });

  it("reads reports of one run a domain as one, a later report's file replacing the earlier's", () => {
    const file = (status: string) => ({ mutants: [{ status }] });
    const merged = mergedScores([
      fileScores({
        files: { "src/core/kernel/money.ts": file("Survived"), "src/core/sales/targets.ts": file("Killed") },
      }),
      fileScores({
        files: { "src/core/kernel/money.ts": file("Killed"), "src/core/import/importer.ts": file("Survived") },
      }),
    ]);
    expect(mutationScores(merged).get("all")).toEqual({ detected: 2, of: 3 });
  });

  it("lists the mutants no test detected, in the order of their lines and columns, where and into what", () => {
    const at = (line: number, column = 5) => ({ start: { line, column } });
    const lines = undetected(
      fileScores({
        files: {
          "src/core/kernel/money.ts": {
            mutants: [
              { status: "Killed", mutatorName: "EqualityOperator", replacement: "a <= b", location: at(3) },
              { status: "NoCoverage", mutatorName: "StringLiteral", replacement: '""', location: at(9) },
              { status: "Survived", mutatorName: "BlockStatement", replacement: "{\n  }", location: at(7) },
              { status: "Survived", mutatorName: "ConditionalExpression", replacement: "false", location: at(7, 3) },
            ],
          },
        },
      }),
    );
    expect(lines).toEqual([
      "src/core/kernel/money.ts:7:3 Survived ConditionalExpression: false",
      "src/core/kernel/money.ts:7:5 Survived BlockStatement: { }",
      'src/core/kernel/money.ts:9:5 NoCoverage StringLiteral: ""',
    ]);
  });

  it("keeps a report as a record of each file's score and undetected mutants, dated, with its commit", () => {
    const report = {
      files: {
        "src/core/kernel/money.ts": {
          mutants: [
            { status: "Killed" },
            {
              status: "Survived",
              mutatorName: "EqualityOperator",
              replacement: "a <= b",
              location: { start: { line: 4, column: 12 } },
            },
          ],
        },
      },
    };
    const record = recordOf(report, new Date("2026-12-07T20:15:00Z"), "abc1234");
    expect(record).toEqual({
      measured: { date: "2026-12-07", commit: "abc1234" },
      files: {
        "src/core/kernel/money.ts": { detected: 1, of: 2, undetected: ["4:12 Survived EqualityOperator: a <= b"] },
      },
    });
    expect(mutationScores(record.files).get("src/core/kernel/")).toEqual({ detected: 1, of: 2 });
  });

  it("names the undetected mutants survivors.md does not explain in their file's section, by line and column or whole line", () => {
    const score = (undetected: string[]) => ({ detected: 1, of: 1 + undetected.length, undetected });
    const files = {
      "src/core/kernel/money.ts": score([
        "4:12 Survived EqualityOperator: a <= b",
        "4:20 Survived ConditionalExpression: true",
        "9:3 Survived BlockStatement: {}",
        '11:7 Survived StringLiteral: ""',
      ]),
      "src/core/kernel/numbering.ts": score(["9:3 Survived BlockStatement: {}"]),
      "src/core/sales/targets.ts": score([]),
    };
    const explained = [
      "# Why",
      "",
      "## src/core/kernel/money.ts",
      "- 4:12 equivalent; 9:* equivalent",
      "",
      "## src/core/kernel/other.ts",
      "- 11:7 elsewhere",
      "",
      "src/core/kernel/numbering.ts in passing",
    ].join("\n");
    expect(unexplained(files, explained)).toEqual([
      "src/core/kernel/money.ts:4:20",
      "src/core/kernel/money.ts:11:7",
      "src/core/kernel/numbering.ts:9:3",
    ]);
  });
});
