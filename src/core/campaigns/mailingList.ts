/**
 * Campaign lists: clients who gave marketing consent (GDPR: MarketingConsent gates every list), for a
 * segment or a product preference, each company once, with a postal address block and the e-mail address.
 */
import type { Client } from "../workbook/contract";
import type { SheetOutput } from "../workbook/port";
import type { SalesData } from "../workbook/salesData";
import { fold } from "../kernel/text";
import { preferredCategories } from "../clients/preferences";
import { probableDuplicates } from "../clients/clients";
import { isMailbox } from "../kernel/mailbox";
import { MAILING_SHEET, ownedSheet } from "../workbook/ownedSheets";
import { columnLabel } from "../locale/contractNames";
import { render, say, type MessageCode, type MessageLanguage, type Param } from "../kernel/messages";

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

/** A checked e-mail address, or none. */
export const checkedEmail = (c: Client): string | null =>
  c.Email && isMailbox(c.Email.trim()) ? c.Email.trim().toLowerCase() : null;

/** Somewhere a letter reaches: a street, and a postal code or a city. */
const postal = (c: Client) => !!c.Street?.trim() && !!(c.PostalCode?.trim() || c.City?.trim());

/**
 * The clients a campaign may reach: consent given, the filter's segment, preference or clients, and an
 * address for the list's channels (a checked e-mail or a postal address). A company entered twice
 * (the Clients page's duplicates: tax ID, name and postal code, IBAN) is on it once, as the entry that
 * reaches it best (an e-mail, then a postal address, then the first); the other waits for the merge.
 */
export function mailingList(data: SalesData, filter: MailingFilter = {}): Client[] {
  const segment = filter.segment ? fold(filter.segment) : undefined;
  const preference = filter.preference ? fold(filter.preference) : undefined;
  const chosen = data.clients.filter(
    (c) =>
      c.MarketingConsent === true &&
      (checkedEmail(c) !== null || postal(c)) &&
      (!segment || fold(c.Segment ?? "") === segment) &&
      (!preference || preferredCategories(c.Preferences).some((p) => fold(p) === preference)) &&
      (!filter.clients || filter.clients.ids.has(c.ClientID)),
  );
  const reach = (c: Client) => (checkedEmail(c) ? 2 : 0) + (postal(c) ? 1 : 0);
  const twice = new Set<string>();
  for (const { a, b } of probableDuplicates(chosen)) twice.add((reach(b) > reach(a) ? a : b).ClientID);
  return chosen.filter((c) => !twice.has(c.ClientID));
}

export function mailingRows(clients: readonly Client[]): (string | null)[][] {
  return clients.map((c) => [
    c.ClientID,
    c.Name,
    c.Contact,
    checkedEmail(c),
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

/** The list's headers as she reads them; English keeps the contract's names, as a mail merge knows them. */
export const mailingHeaders = (language: MessageLanguage) =>
  MAILING_COLUMNS.map((c) => (language === "en" ? c : columnLabel(c, language)));

export function mailingSheet(
  clients: readonly Client[],
  filter: MailingFilter,
  language: MessageLanguage,
): SheetOutput {
  const word = (code: MessageCode, params: Record<string, Param> = {}) => render(say(code, params), language);
  const what = [
    filter.segment && word("sheet.mailingSegment", { segment: filter.segment }),
    filter.preference && word("sheet.mailingPreference", { preference: filter.preference }),
    filter.clients?.name,
  ]
    .filter(Boolean)
    .join(", ");
  return {
    ...ownedSheet(MAILING_SHEET, language),
    title: what
      ? word("sheet.mailingTitleFor", { what, n: clients.length })
      : word("sheet.mailingTitle", { n: clients.length }),
    tables: [
      {
        name: "MailingList",
        columns: mailingHeaders(language).map((header) => ({ header })),
        rows: mailingRows(clients),
      },
    ],
  };
}
