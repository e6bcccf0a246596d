/** A1 references: column letters ⇄ numbers, and ranges, as Excel writes them. */
export function columnLetter(index: number): string {
  let n = index;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A3:C5" or "Sheet1!$A$3:$C$5" → rows and columns, 1-based. */
export function parseRange(ref: string): CellRange {
  const bare = ref.slice(ref.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [a, b = a] = bare.split(":");
  const cell = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s);
    if (!m) throw new Error(`'${ref}' is not a cell range`);
    return { col: columnIndex(m[1]), row: Number(m[2]) };
  };
  const [p, q] = [cell(a), cell(b)];
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}
