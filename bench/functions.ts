/**
 * 10,000 SALES.REVENUE evaluations over 100k invoices, through the registered function as Excel calls
 * it, after the first call has built the snapshot's index: the aim is no per-call table scan.
 */
import { revenue } from "../src/functions/functions";
import { setSource } from "../src/runtime/sharedRead";
import type { SalesData } from "../src/core/workbook/salesData";

export async function revenueCallMicros(data: SalesData, calls = 10_000): Promise<{ first: number; each: number }> {
  setSource(() => Promise.resolve(data));
  let last: unknown;
  const invocation = {
    setResult: (v: unknown) => (last = v),
  } as unknown as CustomFunctions.StreamingInvocation<number>;
  let start = process.hrtime.bigint();
  await new Promise<void>((resolve) =>
    revenue("2026-W47", "E01", null, null, {
      ...invocation,
      setResult: (v: unknown) => ((last = v), resolve()),
    } as never),
  );
  const first = Number(process.hrtime.bigint() - start) / 1e3;
  const execs = data.team.map((m) => m.ExecID);
  const periods = ["2026-W40", "2026-W44", "2026-W47", "2026-10", "2026-11", "2026-Q4", "2026"];
  start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) revenue(periods[i % periods.length], execs[i % execs.length], null, null, invocation);
  const each = Number(process.hrtime.bigint() - start) / 1e3 / calls;
  if (typeof last !== "number") throw new Error(`SALES.REVENUE answered ${String(last)}`);
  return { first, each };
}
