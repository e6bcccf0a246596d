/**
 * The weekly report on 100k invoices and a year of targets, against the same per-exec weekly actuals
 * computed as native SUMIFS formulas by HyperFormula (GPL: a benchmark baseline only, never shipped)
 * and by a bare single loop over the rows.
 */
import { HyperFormula } from "hyperformula";
import { generateSample } from "../src/core/sample/sample";
import { dayOf, serialFromDay } from "../src/core/kernel/dates";
import { salesDataFrom, SalesData } from "../src/core/workbook/salesData";
import { weeklyReport } from "../src/core/sales/weeklyReport";
import { parsePeriod } from "../src/core/kernel/periods";
import { forEachSale, RevenueIndex } from "../src/core/sales/revenue";
import { teamIndex } from "../src/core/workbook/team";
import type { Cell, TableData } from "../src/core/workbook/port";
import { SaidError } from "../src/core/kernel/messages";

export interface Timing {
  name: string;
  ms: number;
}

/** The median of `runs` timed runs, after as many untimed ones so that the JIT has settled. */
function median(runs: number, f: () => void): number {
  for (let i = 0; i < runs; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

export function sampleData(invoices: number): SalesData {
  const tables: TableData[] = generateSample({ seed: 1, invoices, today: dayOf(2026, 11, 27) }).map((s) => {
    const t = s.tables[0];
    const dates = t.columns.map((c) => c.format === "date");
    const rows = t.rows.map(
      (r) => r.map((v, i) => (dates[i] && typeof v === "number" ? serialFromDay(v) : v)) as Cell[],
    );
    return {
      name: t.name,
      sheet: s.name,
      headers: t.columns.map((c) => c.header),
      headerRow: 1,
      rows,
      rowCount: rows.length,
      date1904: false,
    };
  });
  return salesDataFrom(tables);
}

export function benchReport(data: SalesData, week: string): { timings: Timing[]; agree: boolean } {
  const p = parsePeriod(week);
  if (!p.ok) throw new SaidError(p.error);
  const { start, end } = p.value;
  const execs = data.team.map((m) => m.ExecID!);

  let ours: Map<string, number> = new Map();
  const report = median(5, () => {
    const r = weeklyReport(data, week, "invoiced");
    if (!r.ok) throw new SaidError(r.error);
    ours = new Map(r.value.execs.map((e) => [e.exec, e.actual]));
  });

  // The same actuals through the report's own building blocks: the sales lines into a revenue index.
  let indexed: Map<string, number> = new Map();
  const team = teamIndex(data.team);
  const engine = median(25, () => {
    const index = new RevenueIndex(start, end);
    const series = new Map<string, Float64Array>();
    forEachSale(
      data,
      "invoiced",
      team,
      (l) => {
        if (l.exec === null) return;
        let a = series.get(l.exec);
        if (!a) series.set(l.exec, (a = index.series(l.exec)));
        index.add(a, l.day, l.net);
      },
      { categories: false, first: start, last: end },
    );
    indexed = new Map(execs.map((e) => [e, index.sum(e, start, end)]));
  });

  let loop: Map<string, number> = new Map();
  const bare = median(25, () => {
    loop = new Map();
    for (const i of data.invoices) {
      if (i.IssueDate! < start || i.IssueDate! > end || i.Status === "Draft" || i.Status === "Cancelled") continue;
      loop.set(i.Exec!, (loop.get(i.Exec!) ?? 0) + i.Net!);
    }
  });

  // The same actuals as a person would type them: SUMIFS over the invoice columns, one per exec.
  const rows: (string | number | null)[][] = data.invoices.map((i) => [
    serialFromDay(i.IssueDate!),
    i.Exec,
    i.Net! / 100,
    i.Status,
  ]);
  const n = rows.length;
  const [from, to] = [serialFromDay(start), serialFromDay(end)];
  const col = (c: string) => `Invoices!${c}1:${c}${n}`;
  const formulas = execs.map((e) => [
    `=SUMIFS(${col("C")},${col("B")},"${e}",${col("A")},">=${from}",${col("A")},"<=${to}",${col("D")},"<>Draft",${col("D")},"<>Cancelled")`,
  ]);
  let hf: Map<string, number> = new Map();
  const hyper = median(2, () => {
    const engine = HyperFormula.buildFromSheets(
      { Invoices: rows, Totals: formulas },
      { licenseKey: "gpl-v3", maxRows: Math.max(40_000, n + 1) },
    );
    const totals = engine.getSheetId("Totals")!;
    hf = new Map(
      execs.map((e, k) => [e, Math.round((engine.getCellValue({ sheet: totals, row: k, col: 0 }) as number) * 100)]),
    );
    engine.destroy();
  });

  const agree = execs.every((e) => [loop, hf, indexed].every((m) => (m.get(e) ?? 0) === (ours.get(e) ?? 0)));
  return {
    timings: [
      { name: "weekly report (all figures, breakdowns, summary)", ms: report },
      { name: "revenue index (per-exec weekly actuals)", ms: engine },
      { name: "bare single loop (per-exec weekly actuals)", ms: bare },
      { name: "HyperFormula SUMIFS (per-exec weekly actuals)", ms: hyper },
    ],
    agree,
  };
}
