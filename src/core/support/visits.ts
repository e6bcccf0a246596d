/**
 * Site visits as the admin plans them (docs/DESIGN.md, *Site visits*): the visits planned from a
 * date on, the clients due a visit (active, last visited VisitEveryDays ago or never, none planned),
 * and the visits done in the week up to the date.
 */
import type { Day } from "../kernel/dates";
import type { Client, Visit } from "../workbook/contract";

export interface DueVisit {
  clientId: string;
  exec: string | null;
  /** the last Done visit; null for a client never visited */
  lastVisit: Day | null;
  daysSince: number | null;
}

const planned = (v: Visit, asOf: Day) => v.Status === "Planned" && v.Scheduled >= asOf;

/** What the admin follows on a date: visits planned from it on, clients due one, and those done in the 7 days up to it. */
export function visitFollowUp(visits: readonly Visit[], clients: readonly Client[], everyDays: number, asOf: Day) {
  const lastDone = new Map<string, Day>();
  for (const v of visits)
    if (v.Status === "Done" && v.Scheduled <= asOf && (lastDone.get(v.ClientID) ?? -Infinity) < v.Scheduled)
      lastDone.set(v.ClientID, v.Scheduled);
  const withPlan = new Set(visits.filter((v) => planned(v, asOf)).map((v) => v.ClientID));
  const due: DueVisit[] = clients
    .filter((c) => (c.Status ?? "Active") === "Active" && !withPlan.has(c.ClientID))
    .map((c) => {
      const last = lastDone.get(c.ClientID) ?? null;
      return { clientId: c.ClientID, exec: c.Exec, lastVisit: last, daysSince: last === null ? null : asOf - last };
    })
    .filter((d) => d.daysSince === null || d.daysSince >= everyDays)
    .sort((a, b) => (b.daysSince ?? Infinity) - (a.daysSince ?? Infinity) || a.clientId.localeCompare(b.clientId));
  const byDate = (a: Visit, b: Visit) => a.Scheduled - b.Scheduled || a.VisitID.localeCompare(b.VisitID);
  return {
    asOf,
    planned: visits.filter((v) => planned(v, asOf)).sort(byDate),
    due,
    done: visits.filter((v) => v.Status === "Done" && v.Scheduled > asOf - 7 && v.Scheduled <= asOf).sort(byDate),
  };
}
