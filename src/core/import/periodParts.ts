/**
 * A period typed in two columns, a year beside a month, a week or a quarter ("year" 2023, "month" 1),
 * as exports from databases write targets: both columns feed the one Period, read as "2023-01".
 */
import type { SheetCell } from "../workbook/port";
import { headerConcepts } from "./concepts";

type Unit = "month" | "week" | "quarter";
const LIMITS: Record<Unit | "year", [number, number]> = {
  year: [1900, 2200],
  month: [1, 12],
  week: [1, 53],
  quarter: [1, 4],
};

export interface PeriodParts {
  /** 0-based sheet columns */
  year: number;
  part: number;
  unit: Unit;
}

interface Column {
  index: number;
  header: string;
  values?: readonly SheetCell[];
}

/** The year column and the month, week or quarter column beside it, when a sheet has one of each (their values in range, where given). */
export function periodParts(columns: readonly Column[]): PeriodParts | undefined {
  const unitOf = (c: Column): Unit | "year" | undefined => {
    const concepts = headerConcepts(c.header);
    const unit = (["year", "month", "week", "quarter"] as const).find((u) => concepts.includes(u));
    return unit && concepts.length === 1 && (c.values ?? []).every((v) => v === null || inRange(v, unit))
      ? unit
      : undefined;
  };
  const year = columns.filter((c) => unitOf(c) === "year");
  const parts = columns.filter((c) => unitOf(c) !== undefined && unitOf(c) !== "year");
  return year.length === 1 && parts.length === 1
    ? { year: year[0].index, part: parts[0].index, unit: unitOf(parts[0]) as Unit }
    : undefined;
}

function inRange(v: SheetCell, unit: Unit | "year"): boolean {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d{1,4}\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= LIMITS[unit][0] && n <= LIMITS[unit][1];
}

/** The period label the two cells make ("2023-01", "2023-W05", "2023-Q1"), or undefined when either is not a number in range. */
export function periodOfParts(year: SheetCell, part: SheetCell, unit: Unit): string | undefined {
  if (!inRange(year, "year") || !inRange(part, unit)) return undefined;
  const n = Number(part);
  const y = Number(year);
  return unit === "month"
    ? `${y}-${String(n).padStart(2, "0")}`
    : unit === "week"
      ? `${y}-W${String(n).padStart(2, "0")}`
      : `${y}-Q${n}`;
}
