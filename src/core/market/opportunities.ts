/**
 * Where sales could grow, from Orders in the 365 days up to a day: clients whose Preferences name a
 * category they have not bought, and regions where far fewer clients buy a category than across
 * the company (under half its share).
 */
import type { Day } from "../kernel/dates";
import { fold } from "../kernel/text";
import type { SalesData } from "../workbook/salesData";
import { preferredCategories } from "../clients/preferences";
import { WINDOW_DAYS } from "./rfm";

export interface PreferenceOpportunity {
  clientId: string;
  name: string;
  category: string;
}

export interface RegionShare {
  category: string;
  region: string;
  /** the region's clients, and those of them who bought the category */
  clients: number;
  buyers: number;
  share: number;
  companyShare: number;
  /** under half the company's share */
  farBelow: boolean;
  /** the clients of the region who did not buy it: a campaign's list */
  nonBuyers: string[];
}

/** Each client's categories bought in the window (orders not cancelled). */
export function categoriesBought(data: SalesData, asOf: Day): Map<string, Set<string>> {
  const categoryOf = new Map(data.products.map((p) => [p.SKU, p.Category]));
  const bought = new Map<string, Set<string>>();
  for (const o of data.orders) {
    const category = o.SKU === null ? null : categoryOf.get(o.SKU);
    if (!category || o.Status === "Cancelled" || o.OrderDate > asOf || o.OrderDate <= asOf - WINDOW_DAYS) continue;
    bought.set(o.ClientID, (bought.get(o.ClientID) ?? new Set()).add(fold(category)));
  }
  return bought;
}

function categories(data: SalesData): Map<string, string> {
  return new Map(data.products.flatMap((p) => (p.Category ? [[fold(p.Category), p.Category] as const] : [])));
}

export function preferenceOpportunities(
  data: SalesData,
  asOf: Day,
  bought = categoriesBought(data, asOf),
): PreferenceOpportunity[] {
  const known = categories(data);
  return data.clients.flatMap((c) =>
    preferredCategories(c.Preferences).flatMap((p) => {
      const category = known.get(fold(p));
      return category && !bought.get(c.ClientID)?.has(fold(p))
        ? [{ clientId: c.ClientID, name: c.Name, category }]
        : [];
    }),
  );
}

export function regionShares(data: SalesData, asOf: Day, bought = categoriesBought(data, asOf)): RegionShare[] {
  const clients = [
    ...new Map(
      data.clients.flatMap((c) => (c.Region ? [[c.ClientID, { ...c, Region: c.Region }] as const] : [])),
    ).values(),
  ];
  const regions = [...new Set(clients.map((c) => c.Region))].sort((a, b) => a.localeCompare(b));
  return [...categories(data)]
    .sort((a, b) => a[1].localeCompare(b[1]))
    .flatMap(([key, category]) => {
      const buys = (id: string) => bought.get(id)?.has(key) ?? false;
      const companyShare = clients.length ? clients.filter((c) => buys(c.ClientID)).length / clients.length : 0;
      return regions.map((region) => {
        const inRegion = clients.filter((c) => c.Region === region);
        const buyers = inRegion.filter((c) => buys(c.ClientID)).length;
        const share = buyers / inRegion.length;
        return {
          category,
          region,
          clients: inRegion.length,
          buyers,
          share,
          companyShare,
          farBelow: share < companyShare / 2,
          nonBuyers: inRegion.filter((c) => !buys(c.ClientID)).map((c) => c.ClientID),
        };
      });
    });
}
