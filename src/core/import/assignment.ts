/**
 * The best one-to-one assignment of a sheet's columns to a table's columns: the pairs whose scores add
 * up to the most, not the best pair first and the rest from what is left (Kuhn–Munkres, the Hungarian
 * method, O(n³) on a few dozen columns).
 */

/** Row i gets column `result[i]`, or -1: the assignment that maximises the sum of `weight[i][j]` over pairs with weight > 0 (finite). */
export function bestAssignment(weight: readonly (readonly number[])[]): number[] {
  const rows = weight.length;
  const columns = Math.max(0, ...weight.map((w) => w.length));
  const n = Math.max(rows, columns);
  // A weight that is not a finite positive number (NaN from a score gone wrong) is no pair: one NaN made
  // every cost NaN, and the search below never ended.
  const pair = (i: number, j: number) => {
    const w = weight[i]?.[j] ?? 0;
    return Number.isFinite(w) && w > 0 ? w : 0;
  };
  // Minimum-cost form on a square matrix: the cost of a pair is what it falls short of the heaviest.
  const heaviest = Math.max(0, ...weight.flatMap((w, i) => w.map((_, j) => pair(i, j))));
  const cost = (i: number, j: number) => heaviest - pair(i - 1, j - 1);
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const match = new Array<number>(n + 1).fill(0); // match[j]: the row given column j
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    match[0] = i;
    let j0 = 0;
    const least = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = match[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const reduced = cost(i0, j) - u[i0] - v[j];
        if (reduced < least[j]) [least[j], way[j]] = [reduced, j0];
        if (least[j] < delta) [delta, j1] = [least[j], j];
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[match[j]] += delta;
          v[j] -= delta;
        } else least[j] -= delta;
      }
      j0 = j1;
    } while (match[j0] !== 0);
    do {
      const j1 = way[j0];
      match[j0] = match[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= n; j++) {
    const i = match[j] - 1;
    if (pair(i, j - 1) > 0) result[i] = j - 1; // no pair for a padding row or column
  }
  return result;
}
