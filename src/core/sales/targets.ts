/**
 * Targets as the business sets them (DESIGN.md): a period (week, month, quarter, year) for an exec,
 * a region, a category or everyone. Each is spread evenly over its working days; on a day that
 * several granularities cover for the same scope, the finest wins (week > month > quarter > year).
 * Two targets of the same granularity covering the same scope and day are reported.
 * The team's target (no exec, region or category named) is, day by day, the company-level target
 * where the business set one, else the sum of the execs' own targets (DESIGN.md, "the team's target").
 */
import type { Target } from "../workbook/contract";
import type { Day } from "../kernel/dates";
import type { Cents } from "../kernel/money";
import { FINENESS, parsePeriod, spreadOverWorkingDays } from "../kernel/periods";
import { Problem, problem } from "../workbook/problems";
import type { TeamIndex } from "../workbook/team";
import { say, type Message, type Param } from "../kernel/messages";

export interface Scope {
  exec: string | null;
  region: string | null;
  category: string | null;
}

export const scopeKey = (s: Scope) => `${s.exec ?? "*"}|${s.region ?? "*"}|${s.category ?? "*"}`;

export interface TargetPlan {
  /** the target of a scope summed over the days from `start` to `end`, inclusive */
  sum(scope: Scope, start: Day, end: Day): Cents;
  /** the team's target over those days: the company's where set, else the execs' added up */
  team(start: Day, end: Day): Cents;
  /** whether any target covers the scope at all */
  has(scope: Scope): boolean;
  /** the execs that have targets of their own */
  execs: string[];
}

export function planTargets(
  targets: readonly Target[],
  holidays: ReadonlySet<Day>,
  team: TeamIndex,
): { plan: TargetPlan; problems: Problem[] } {
  const problems: Problem[] = [];
  const days = new Map<string, Map<Day, { amount: Cents; fineness: number; period: string }>>();
  // in any order: below, a finer target replaces a coarser one day by day, and never the other way
  const parsed = targets.flatMap((t) => {
    const period = t.Period ? parsePeriod(t.Period) : undefined;
    return period?.ok ? [{ t, period: period.value }] : [];
  });
  const reported = new Set<string>();
  for (const { t, period } of parsed) {
    const scope: Scope = {
      exec: t.Exec ? team.resolve(t.Exec) : null,
      region: t.Region?.trim() || null,
      category: t.Category?.trim() || null,
    };
    const key = scopeKey(scope);
    let byDay = days.get(key);
    if (!byDay) days.set(key, (byDay = new Map()));
    const fineness = FINENESS[period.kind];
    const spread = spreadOverWorkingDays(t.RevenueTarget ?? 0, period, holidays);
    if (spread.size === 0)
      problems.push(
        problem(
          "Targets",
          null,
          "Period",
          "warning",
          say("targets.noWorkingDay", { period: period.label, who: describe(scope) }),
        ),
      );
    for (const [day, amount] of spread) {
      const existing = byDay.get(day);
      if (existing && existing.fineness === fineness) {
        const clash = `${key}|${existing.period}|${period.label}`;
        if (!reported.has(clash)) {
          reported.add(clash);
          problems.push(
            problem(
              "Targets",
              null,
              "Period",
              "error",
              say("targets.overlap", {
                first: existing.period,
                second: period.label,
                who: describe(scope),
                kind: say(`targets.kind.${period.kind}`),
              }),
            ),
          );
        }
        existing.amount += amount;
      } else if (!existing || existing.fineness < fineness) {
        byDay.set(day, { amount, fineness, period: period.label });
      }
    }
  }
  days.set(TEAM, teamDays(days));
  // Per scope, daily targets as prefix sums over the days it covers: any range sums in O(1).
  const prefixes = new Map<string, { first: Day; prefix: Float64Array }>();
  const prefixOf = (key: string) => {
    let p = prefixes.get(key);
    const byDay = days.get(key);
    if (!p && byDay && byDay.size > 0) {
      const covered = [...byDay.keys()];
      const first = Math.min(...covered);
      const length = Math.max(...covered) - first + 1;
      const prefix = new Float64Array(length + 1);
      for (let i = 0; i < length; i++) prefix[i + 1] = prefix[i] + (byDay.get(first + i)?.amount ?? 0);
      prefixes.set(key, (p = { first, prefix }));
    }
    return p;
  };
  const sumOf = (key: string, start: Day, end: Day) => {
    const p = prefixOf(key);
    if (!p) return 0;
    const last = p.prefix.length - 1;
    const from = Math.min(last, Math.max(0, start - p.first));
    const to = Math.min(last, Math.max(0, end - p.first + 1));
    return to > from ? p.prefix[to] - p.prefix[from] : 0;
  };
  const plan: TargetPlan = {
    sum: (scope, start, end) => sumOf(scopeKey(scope), start, end),
    team: (start, end) => sumOf(TEAM, start, end),
    has: (scope) => days.has(scopeKey(scope)),
    execs: [
      ...new Set(
        [...days.keys()]
          .filter((k) => k !== TEAM)
          .map((k) => k.split("|")[0])
          .filter((e) => e !== "*"),
      ),
    ],
  };
  return { plan, problems };
}

/** The team's key in the plan: a scope's key always has two bars, this none. */
const TEAM = "team";
const EVERYONE = scopeKey({ exec: null, region: null, category: null });

/** Day by day, the company-level target where there is one, else the execs' own targets added up. */
function teamDays(days: Map<string, Map<Day, { amount: Cents; fineness: number; period: string }>>) {
  const team = new Map<Day, { amount: Cents; fineness: number; period: string }>();
  for (const [key, byDay] of days) {
    const [exec, region, category] = key.split("|");
    if (exec === "*" || region !== "*" || category !== "*") continue;
    for (const [day, { amount }] of byDay) {
      const sum = team.get(day);
      team.set(day, { amount: (sum?.amount ?? 0) + amount, fineness: 0, period: "" });
    }
  }
  for (const [day, target] of days.get(EVERYONE) ?? []) team.set(day, target);
  return team;
}

function describe(scope: Scope): Param {
  const parts = [
    scope.exec && say("targets.exec", { name: scope.exec }),
    scope.region && say("targets.region", { name: scope.region }),
    scope.category && say("targets.category", { name: scope.category }),
  ].filter((p): p is Message => Boolean(p));
  return parts.length ? parts : say("targets.everyone");
}
