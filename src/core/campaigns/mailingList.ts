/**
 * Campaign lists: clients who gave marketing consent (GDPR: MarketingConsent gates every list), for a
 * segment or a product preference, with a postal address block and the e-mail address.
 */
import type { Client } from "../workbook/contract";
import type { SheetOutput } from "../workbook/port";
import type { SalesData } from "../workbook/salesData";
import { fold } from "../kernel/text";
import { preferredCategories } from "../clients/preferences";
import { isMailbox } from "../kernel/mailbox";
import { MAILING_SHEET } from "../workbook/ownedSheets";

export interface MailingFilter {
  segment?: string;
  /** a product category the client prefers */
  preference?: string;
  /** these clients only (a market segment, an opportunity), under the name it is told by */
  clients?: { ids: ReadonlySet<string>; name: string };
}

export const MAILING_COLUMNS = [
  "ClientID",
  "Name",
  "Contact",
  "Email",
  "Street",
  "PostalCode",
  "City",
  "Region",
  "Country",
  "Segment",
  "Preferences",
  "AddressBlock",
] as const;

/** The lines of an envelope: name, for the attention of, street, postal code and city, region, country abroad. */
export function addressBlock(c: Client, homeCountry = "ES"): string {
  const cityLine = [c.PostalCode, c.City].filter(Boolean).join(" ");
  return [
    c.Name,
    c.Contact && `A/A ${c.Contact}`,
    c.Street,
    cityLine,
    c.Region !== c.City ? c.Region : null,
    c.Country && c.Country !== homeCountry ? c.Country : null,
  ]
    .filter((line): line is string => !!line && line.trim() !== "")
    .join("\n");
}

export function mailingList(data: SalesData, filter: MailingFilter = {}): Client[] {
  const segment = filter.segment ? fold(filter.segment) : undefined;
  const preference = filter.preference ? fold(filter.preference) : undefined;
  return data.clients.filter(
    (c) =>
      c.MarketingConsent === true &&
      (!segment || fold(c.Segment ?? "") === segment) &&
      (!preference || preferredCategories(c.Preferences).some((p) => fold(p) === preference)) &&
      (!filter.clients || filter.clients.ids.has(c.ClientID)),
  );
}

export function mailingRows(clients: readonly Client[]): (string | null)[][] {
  return clients.map((c) => [
    c.ClientID,
    c.Name,
    c.Contact,
    c.Email && isMailbox(c.Email.trim()) ? c.Email.trim().toLowerCase() : null,
    c.Street,
    c.PostalCode,
    c.City,
    c.Region,
    c.Country,
    c.Segment,
    c.Preferences,
    addressBlock(c),
  ]);
}

export function mailingSheet(clients: readonly Client[], filter: MailingFilter): SheetOutput {
  const what = [
    filter.segment && `segment ${filter.segment}`,
    filter.preference && `preference ${filter.preference}`,
    filter.clients?.name,
  ]
    .filter(Boolean)
    .join(", ");
  return {
    name: MAILING_SHEET,
    title: `Clients with marketing consent${what ? ` (${what})` : ""}: ${clients.length}`,
    tables: [
      { name: "MailingList", columns: MAILING_COLUMNS.map((header) => ({ header })), rows: mailingRows(clients) },
    ],
  };
}
