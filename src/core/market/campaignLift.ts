/**
 * What a campaign brought in: its recipients' orders and revenue (Orders, not cancelled) in the 30
 * days from its day on, against the same clients' 30 days before it; and the same for the clients
 * with marketing consent who did not receive it, the control. The lift is the recipients' change in
 * revenue per client less the control's.
 */
import type { Day } from "../kernel/dates";
import type { Cents } from "../kernel/money";
import type { Campaign } from "../workbook/contract";
import type { SalesData } from "../workbook/salesData";
import { FEW_CLIENTS } from "./few";

export const LIFT_DAYS = 30;

export interface Window {
  clients: number;
  orders: number;
  revenue: Cents;
}

export interface CampaignLift {
  campaignId: string;
  name: string;
  date: Day;
  channel: string | null;
  segment: string | null;
  recipients: number;
  before: Window;
  after: Window;
  controlBefore: Window;
  controlAfter: Window;
  /** revenue per client: the recipients' change less the control's; null without a control, or before its 30 days are over */
  lift: Cents | null;
  /** the 30 days after it are over */
  complete: boolean;
  /** fewer than five clients on either side: the figures are shown as such */
  few: boolean;
}

/** The IDs a campaign's row lists, or those of the sheet it points to (read by the caller). */
export function recipientsOf(campaign: Campaign, sheets: ReadonlyMap<string, readonly string[]> = new Map()): string[] {
  if (campaign.RecipientSheet) return [...(sheets.get(campaign.RecipientSheet) ?? [])];
  return (campaign.RecipientIDs ?? "")
    .split(/[,;]/)
    .map((id) => id.trim())
    .filter(Boolean);
}

export function campaignLifts(
  data: SalesData,
  asOf: Day,
  sheets?: ReadonlyMap<string, readonly string[]>,
): CampaignLift[] {
  const consented = [...new Set(data.clients.filter((c) => c.MarketingConsent === true).map((c) => c.ClientID))];
  return data.campaigns
    .filter((c) => c.Date <= asOf)
    .map((c) => {
      const day = c.Date;
      const received = new Set(recipientsOf(c, sheets));
      const control = new Set(consented.filter((id) => !received.has(id)));
      const window = (who: ReadonlySet<string>, from: Day) => windowOf(data, who, from, from + LIFT_DAYS - 1);
      const [before, after] = [window(received, day - LIFT_DAYS), window(received, day)];
      const [controlBefore, controlAfter] = [window(control, day - LIFT_DAYS), window(control, day)];
      const perClient = (b: Window, a: Window) => (a.revenue - b.revenue) / a.clients;
      const complete = day + LIFT_DAYS - 1 <= asOf;
      return {
        campaignId: c.CampaignID,
        name: c.Name,
        date: day,
        channel: c.Channel,
        segment: c.Segment,
        recipients: received.size,
        before,
        after,
        controlBefore,
        controlAfter,
        // a campaign still running has no lift yet: its 30 days after are not all there to compare
        lift:
          complete && received.size && control.size
            ? Math.round(perClient(before, after) - perClient(controlBefore, controlAfter))
            : null,
        complete,
        few: received.size < FEW_CLIENTS || control.size < FEW_CLIENTS,
      };
    });
}

function windowOf(data: SalesData, who: ReadonlySet<string>, first: Day, last: Day): Window {
  const orders = new Set<string>();
  let revenue = 0;
  for (const o of data.orders) {
    if (o.Status === "Cancelled" || o.OrderDate < first || o.OrderDate > last || !who.has(o.ClientID)) continue;
    orders.add(o.OrderID);
    revenue += o.Net;
  }
  return { clients: who.size, orders: orders.size, revenue };
}
