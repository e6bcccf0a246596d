/** SALES.SEGMENT's answer: a client's segment as of a day, named in the display language, from the functions' snapshot. */
import type { Day } from "../kernel/dates";
import type { MessageLanguage } from "../kernel/messages";
import { dayArgument, type Snapshot } from "../sales/figures";
import { clientActivity } from "./rfm";
import { segmentName, type SegmentCode } from "./segments";

// Scores are quintiles over every client: computed once per snapshot and day, then each cell looks up.
const computed = new WeakMap<Snapshot, Map<Day, Map<string, SegmentCode>>>();

export function segmentFigure(
  s: Snapshot,
  client: unknown,
  asOf: unknown,
  today: Day,
  language: MessageLanguage,
): string {
  s.require("Invoices");
  const id = s.client(client).ClientID;
  const day = dayArgument(s, asOf, today);
  const byDay = computed.get(s) ?? new Map<Day, Map<string, SegmentCode>>();
  computed.set(s, byDay);
  let segments = byDay.get(day);
  if (!segments) byDay.set(day, (segments = new Map(clientActivity(s.data, day).map((a) => [a.clientId, a.segment]))));
  return segmentName(segments.get(id) ?? "none", language);
}
