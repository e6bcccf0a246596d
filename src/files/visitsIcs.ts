/**
 * Planned visits as calendar events (RFC 5545, with the `ics` package): one all-day event a visit,
 * its UID the visit's, so a calendar that opens the file again updates the event instead of adding one.
 */
import { createEvents, type EventAttributes } from "ics";
import { partsOf } from "../core/kernel/dates";
import type { Client, Visit } from "../core/workbook/contract";

export function visitsIcs(visits: readonly Visit[], clients: readonly Client[]): string {
  const name = (id: string | null) => clients.find((c) => c.ClientID === id)?.Name ?? id ?? "";
  const events: EventAttributes[] = visits.map((v) => {
    const date = (d: number): [number, number, number] => {
      const { year, month, day } = partsOf(d);
      return [year, month, day];
    };
    const client = clients.find((c) => c.ClientID === v.ClientID);
    return {
      uid: `${v.VisitID}@salesdesk`,
      // all day: from the day to the next (DTEND is exclusive)
      start: date(v.Scheduled!),
      end: date(v.Scheduled! + 1),
      title: `${name(v.ClientID)}${v.Purpose ? ` · ${v.Purpose}` : ""}`,
      description: [v.Purpose, v.Exec && `Exec: ${v.Exec}`].filter(Boolean).join("\n"),
      location: [client?.Street, client?.PostalCode, client?.City].filter(Boolean).join(", "),
      productId: "salesdesk/visits",
    };
  });
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error("the visits could not be written as calendar events");
  return value;
}
