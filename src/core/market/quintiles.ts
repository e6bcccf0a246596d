/**
 * Quintile scores 1–5, higher for higher values: a value scores 1 + ⌊5 × (values below it) / n⌋, so
 * equal values share a score and the top fifth scores 5.
 */
export function quintiles(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return values.map((v) => 1 + Math.floor((5 * below(sorted, v)) / values.length));
}

/** How many of the sorted values are less than v (binary search: clients run into the thousands). */
function below(sorted: readonly number[], v: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
