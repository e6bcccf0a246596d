/**
 * Writing the segments into Clients.Segment when she asks: a cell that is blank or holds a segment we
 * named (in any language) is ours to replace; one she typed herself ("Retail") is replaced only when
 * she confirms, and each write checks the cell still holds what was read.
 */
import type { MessageLanguage } from "../kernel/messages";
import type { Client } from "../workbook/contract";
import type { WorkbookPort } from "../workbook/port";
import type { ClientActivity } from "./rfm";
import { segmentName, segmentNamed } from "./segments";

export interface SegmentChange {
  clientId: string;
  from: string | null;
  to: string;
  /** the cell holds a segment she typed herself */
  hers: boolean;
}

/** The cells that would change, hers among them (marked). */
export function segmentChanges(
  activity: readonly ClientActivity[],
  clients: readonly Client[],
  language: MessageLanguage,
): SegmentChange[] {
  const segmentOf = new Map(activity.map((a) => [a.clientId, a.segment]));
  return clients.flatMap((c) => {
    const code = segmentOf.get(c.ClientID);
    const to = code && segmentName(code, language);
    const from = c.Segment?.trim() ? c.Segment : null;
    if (!to || from === to) return [];
    return [{ clientId: c.ClientID, from, to, hers: from !== null && segmentNamed(from) === undefined }];
  });
}

/** Writes the changes (hers only with `overwriteHers`); answers how many were written and how many had changed meanwhile. */
export async function writeSegments(
  port: WorkbookPort,
  changes: readonly SegmentChange[],
  overwriteHers: boolean,
): Promise<{ written: number; skipped: number; conflicts: number }> {
  let [written, conflicts] = [0, 0];
  const chosen = changes.filter((c) => overwriteHers || !c.hers);
  for (const c of chosen) {
    const result = await port.updateRow("Clients", "ClientID", c.clientId, [
      { column: "Segment", from: c.from, to: c.to },
    ]);
    if (result.ok) written++;
    else conflicts++;
  }
  return { written, skipped: changes.length - chosen.length, conflicts };
}
