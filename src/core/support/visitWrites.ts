/**
 * What the admin records on visits: one planned (the next visit number, taken at write time), and a
 * visit's outcome once done. Each change is checked against what was read.
 */
import { formatDmy, type Day } from "../kernel/dates";
import { say } from "../kernel/messages";
import { appendNumbered } from "./numberedRow";
import type { Visit } from "../workbook/contract";
import { Refusal, type UpdateResult, type WorkbookPort } from "../workbook/port";

/** Visit numbers: V- and five digits, as the sample writes them. */
export const VISIT_PATTERN = "V-NNNNN";

export interface VisitPlan {
  clientId: string;
  exec: string | null;
  scheduled: Day;
  purpose: string;
}

/** The visit written as Planned; answers its number. */
export async function planVisit(port: WorkbookPort, plan: VisitPlan): Promise<string> {
  return appendNumbered(port, "Visits", "VisitID", VISIT_PATTERN, {
    ClientID: plan.clientId,
    Exec: plan.exec,
    Scheduled: plan.scheduled,
    Purpose: plan.purpose,
    Status: "Planned",
  });
}

/** The visit done, from its day on (a visit ahead is not done yet): its outcome and the next action it leaves. */
export async function recordVisitOutcome(
  port: WorkbookPort,
  visit: Visit,
  outcome: string,
  nextAction: string,
  today: Day,
): Promise<UpdateResult> {
  if (visit.Scheduled > today)
    throw new Refusal(say("visit.ahead", { visit: visit.VisitID, date: formatDmy(visit.Scheduled) }));
  return port.updateRow("Visits", "VisitID", visit.VisitID, [
    { column: "Status", from: visit.Status, to: "Done" },
    { column: "Outcome", from: visit.Outcome, to: outcome },
    { column: "NextAction", from: visit.NextAction, to: nextAction || null },
  ]);
}
