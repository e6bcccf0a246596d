/**
 * The sheets the add-in writes itself (regenerated in place, never import material) and the bank
 * statement it reads line by line: their names in one place, for every domain that writes or skips them.
 */
export const QUARANTINE_SHEET = "Quarantine";
export const ARCHIVE_SHEET = "Clients archive";
export const AGING_SHEET = "Aging";
export const MAILING_SHEET = "Mailing list";
export const WEEKLY_SALES = "WeeklySales";
export const BANK_SHEET = "Bank";

export const reportSheetName = (week: string) => `Report ${week}`;

/** Whether a sheet is one of those above (a weekly report of any week included): never imported. */
export function isOwnedSheet(name: string): boolean {
  return [QUARANTINE_SHEET, ARCHIVE_SHEET, AGING_SHEET, MAILING_SHEET, WEEKLY_SALES, BANK_SHEET].includes(name) || /^Report \d{4}-W\d{2}$/.test(name);
}
