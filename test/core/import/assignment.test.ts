/**
 * The import's one-to-one assignment (issue 31) against every assignment there is, on small matrices:
 * no assignment adds up to more, and no column is given twice.
 */
import fc from "fast-check";
import { bestAssignment } from "../../../src/core/import/assignment";

/** The heaviest total over every way to give each row a distinct column or none. */
function bruteForce(weight: number[][], row = 0, taken = new Set<number>()): number {
  if (row === weight.length) return 0;
  let best = bruteForce(weight, row + 1, taken);
  weight[row].forEach((w, j) => {
    if (w <= 0 || taken.has(j)) return;
    taken.add(j);
    best = Math.max(best, w + bruteForce(weight, row + 1, taken));
    taken.delete(j);
  });
  return best;
}

const total = (weight: number[][], chosen: number[]) =>
  chosen.reduce((sum, j, i) => sum + (j < 0 ? 0 : weight[i][j]), 0);

describe("the best assignment", () => {
  it("takes the pairs that add up to the most, not the heaviest pair first", () => {
    // greedy would give row 0 column 0 (0.9) and leave row 1 nothing: 0.9 against 0.8 + 0.7
    expect(
      bestAssignment([
        [0.9, 0.8],
        [0.7, 0],
      ]),
    ).toEqual([1, 0]);
  });

  it("takes a weight that is not a finite positive number for no pair, and ends", () => {
    expect([
      bestAssignment([
        [NaN, 1],
        [2, 3],
      ]),
      bestAssignment([[Infinity, -Infinity, 0.5]]),
      bestAssignment([[-1], [NaN]]),
      bestAssignment([[], [0.5]]),
      bestAssignment([]),
    ]).toEqual([[1, 0], [2], [-1, -1], [-1, 0], []]);
  });

  it("matches brute force and gives no column twice, on any small matrix", () => {
    const matrix = fc.integer({ min: 1, max: 5 }).chain((columns) =>
      fc.array(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.4, max: 1, noNaN: true })), {
          minLength: columns,
          maxLength: columns,
        }),
        {
          minLength: 0,
          maxLength: 6,
        },
      ),
    );
    fc.assert(
      fc.property(matrix, (weight) => {
        const chosen = bestAssignment(weight);
        expect(chosen).toHaveLength(weight.length);
        const given = chosen.filter((j) => j >= 0);
        expect(new Set(given).size).toBe(given.length);
        chosen.forEach((j, i) => j >= 0 && expect(weight[i][j]).toBeGreaterThan(0));
        expect(total(weight, chosen)).toBeCloseTo(bruteForce(weight), 9);
      }),
    );
  });
});
