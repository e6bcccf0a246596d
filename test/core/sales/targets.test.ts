/**
 * The target plan's rules pinned down one by one (issue 35): the finest granularity wins whatever the
 * order the targets come in; region, category and company targets; two of one granularity added and
 * reported; a period with no working day said; sums at the edges of what the targets cover.
 */
import { planTargets } from "../../../src/core/sales/targets";
import { teamIndex } from "../../../src/core/workbook/team";
import { dayOf, type Day } from "../../../src/core/kernel/dates";
import type { Target } from "../../../src/core/workbook/contract";

const team = teamIndex([
  { ExecID: "E01", Name: "Laia Puig", Email: null, Region: "Girona", Active: true },
  { ExecID: "E02", Name: "Marc Soler", Email: null, Region: "Barcelona", Active: true },
]);
const target = (Period: string, RevenueTarget: number, who: Partial<Target> = {}): Target =>
  ({ Period, Exec: null, Region: null, Category: null, RevenueTarget, ...who }) as Target;
const june = (d: number): Day => dayOf(2026, 6, d);
const exec = (id: string) => ({ exec: id, region: null, category: null });
const plan = (targets: Target[], holidays: Day[] = []) => planTargets(targets, new Set(holidays), team);

describe("the target plan", () => {
  // June 2026: 22 working days (1 June is a Monday); week 24 is 8–14 June
  const month = target("2026-06", 22_000_00, { Exec: "E01" });
  const week = target("2026-W24", 10_000_00, { Exec: "E01" });

  it("lets the finest granularity win on the days it covers, whatever order the targets are listed in", () => {
    for (const order of [
      [month, week],
      [week, month],
    ]) {
      const { plan: p, problems } = plan(order);
      expect(problems).toEqual([]);
      expect(p.sum(exec("E01"), june(8), june(14))).toBe(10_000_00);
      expect(p.sum(exec("E01"), june(1), june(7))).toBe(5_000_00);
      expect(p.sum(exec("E01"), june(1), june(30))).toBe(22_000_00 - 5 * 1_000_00 + 10_000_00);
    }
    const year = target("2026", 250_000_00, { Exec: "E01" });
    expect(plan([week, year, month]).plan.sum(exec("E01"), june(8), june(8))).toBe(2_000_00);
  });

  it("reads no target without a period, and reports each overlap of its own once", () => {
    const { plan: p, problems } = plan([
      target("", 99_000_00, { Exec: "E01" }),
      month,
      month,
      month,
      target("2026-06", 5_000_00, { Exec: "E02" }),
      target("2026-06", 5_000_00, { Exec: "E02" }),
    ]);
    expect(p.sum(exec("E01"), june(1), june(30))).toBe(3 * 22_000_00);
    expect(problems.map((x) => x.params.who)).toEqual([
      [{ code: "targets.exec", params: { name: "E01" } }],
      [{ code: "targets.exec", params: { name: "E02" } }],
    ]);
  });

  it("adds two targets of one granularity on the days both cover, and reports them once", () => {
    const { plan: p, problems } = plan([month, target("2026-06", 11_000_00, { Exec: "Laia Puig" })]);
    expect(p.sum(exec("E01"), june(1), june(30))).toBe(33_000_00);
    expect(problems.map((x) => [x.sheet, x.column, x.severity, x.code])).toEqual([
      ["Targets", "Period", "error", "targets.overlap"],
    ]);
    expect(problems[0].params).toMatchObject({
      first: "2026-06",
      second: "2026-06",
      who: [{ code: "targets.exec", params: { name: "E01" } }],
    });
  });

  it("keeps targets by region, by category and for everyone apart, each summed over its own days", () => {
    const { plan: p } = plan([
      target("2026-06", 44_000_00, { Region: " Girona " }),
      target("2026-06", 2_200_00, { Category: "Software" }),
      target("2026-06", 66_000_00),
    ]);
    expect(p.sum({ exec: null, region: "Girona", category: null }, june(1), june(5))).toBe(10_000_00);
    expect(p.sum({ exec: null, region: null, category: "Software" }, june(1), june(1))).toBe(100_00);
    expect(
      plan([target("2026-06", 2_200_00, { Category: " Software " })]).plan.has({
        exec: null,
        region: null,
        category: "Software",
      }),
    ).toBe(true);
    expect(p.sum({ exec: null, region: null, category: null }, june(1), june(30))).toBe(66_000_00);
    expect(p.has({ exec: null, region: "Barcelona", category: null })).toBe(false);
    expect(p.execs).toEqual([]);
  });

  it("makes the team's target the company's where set, else the execs' added up", () => {
    const execsOnly = plan([month, target("2026-06", 4_400_00, { Exec: "E02" })]).plan;
    expect(execsOnly.team(june(1), june(30))).toBe(26_400_00);
    expect(execsOnly.execs).toEqual(["E01", "E02"]);
    const company = plan([month, target("2026-06", 50_000_00)]).plan;
    expect(company.team(june(1), june(30))).toBe(50_000_00);
    // a region's or a category's target, an exec's in a region or a category: none is the company's nor adds to the execs'
    for (const who of [
      { Region: "Girona" },
      { Category: "Software" },
      { Exec: "E02", Region: "Girona" },
      { Exec: "E02", Category: "Software" },
    ])
      expect([who, plan([month, target("2026-06", 9_999_00, who)]).plan.team(june(1), june(30))]).toEqual([
        who,
        22_000_00,
      ]);
  });

  it("says when a period has no working day, and then plans nothing for it", () => {
    const holidays = [8, 9, 10, 11, 12].map(june);
    const { plan: p, problems } = plan([week], holidays);
    expect(problems.map((x) => [x.sheet, x.column, x.severity, x.code, x.params.period])).toEqual([
      ["Targets", "Period", "warning", "targets.noWorkingDay", "2026-W24"],
    ]);
    const everywhere = plan([target("2026-W24", 1_00, { Region: "Girona", Category: "Software" })], holidays)
      .problems[0];
    expect(everywhere.params.who).toEqual([
      { code: "targets.region", params: { name: "Girona" } },
      { code: "targets.category", params: { name: "Software" } },
    ]);
    expect(p.sum(exec("E01"), june(1), june(30))).toBe(0);
  });

  it("sums only the days asked that the targets cover: a range before, after, reversed or across their edges", () => {
    const { plan: p } = plan([month]);
    expect(p.sum(exec("E01"), dayOf(2026, 5, 25), june(1))).toBe(1_000_00);
    expect(p.sum(exec("E01"), june(30), dayOf(2026, 7, 10))).toBe(1_000_00);
    expect(p.sum(exec("E01"), dayOf(2026, 5, 1), dayOf(2026, 5, 31))).toBe(0);
    expect(p.sum(exec("E01"), dayOf(2026, 7, 1), dayOf(2026, 7, 31))).toBe(0);
    expect(p.sum(exec("E01"), june(10), june(9))).toBe(0);
    expect(p.sum(exec("E01"), june(20), june(5))).toBe(0);
    expect(p.sum(exec("E02"), june(1), june(30))).toBe(0);
    expect(p.team(dayOf(2026, 5, 1), june(2))).toBe(2_000_00);
  });

  it("ignores a target whose period does not read", () => {
    expect(plan([target("juny", 1_000_00, { Exec: "E01" })]).plan.has(exec("E01"))).toBe(false);
  });
});
