/**
 * The log of campaigns sent (the Campaigns table): each send — a mailing list, the newsletter's
 * e-mails, Outlook drafts — writes one row under the next number, with who received it, so that
 * what it brought in can be measured later. A workbook without the table gets it with this row.
 */
import type { Day } from "../kernel/dates";
import type { Campaign } from "../workbook/contract";
import type { CAMPAIGN_CHANNELS } from "../workbook/codes";
import { outputTable } from "../workbook/output";
import { CONTRACT } from "../workbook/contract";
import type { OutputCell, ReadPort, WorkbookPort } from "../workbook/port";
import { nextDocumentNumber } from "../kernel/numbering";
import { appendNumbered } from "../support/numberedRow";
import { ownedSheet, recipientSheetName } from "../workbook/ownedSheets";
import { columnLabel, tableLabel } from "../locale/contractNames";
import type { MessageLanguage } from "../kernel/messages";

export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number];
export const CAMPAIGN_PATTERN = "CMP-NNNN";

export interface CampaignSend {
  date: Day;
  name: string;
  channel: CampaignChannel;
  segment: string | null;
  recipients: readonly string[];
}

/** A cell holds 32,767 characters: a longer list of recipients goes to a sheet of its own, named in the row. */
const CELL_LIMIT = 32_767;

/** Logs the send; answers its CampaignID. */
export async function logCampaign(
  port: WorkbookPort,
  send: CampaignSend,
  language: MessageLanguage = "en",
): Promise<string> {
  const sheetOf = (id: string) => ownedSheet(recipientSheetName(id), language);
  const ids = send.recipients.join(", ");
  const inSheet = ids.length > CELL_LIMIT;
  const fields = (id: string): Record<string, OutputCell> => ({
    Date: send.date,
    Name: send.name,
    Channel: send.channel,
    Segment: send.segment,
    Recipients: send.recipients.length,
    RecipientIDs: inSheet ? null : ids,
    RecipientSheet: inSheet ? sheetOf(id).name : null,
  });
  let id: string;
  if ((await port.tableNames()).includes("Campaigns"))
    id = await appendNumbered(port, "Campaigns", "CampaignID", CAMPAIGN_PATTERN, fields);
  else {
    id = nextDocumentNumber(CAMPAIGN_PATTERN, 0, []);
    const row: Record<string, OutputCell> = { CampaignID: id, ...fields(id) };
    await port.writeSheet({
      name: tableLabel("Campaigns", language),
      tables: [outputTable("Campaigns", [CONTRACT.Campaigns.columns.map((c) => row[c.name])])],
    });
  }
  if (inSheet)
    await port.writeSheet({
      ...sheetOf(id),
      tables: [
        {
          name: `Recipients_${id.replace(/\W/g, "_")}`,
          columns: [{ header: language === "en" ? "ClientID" : columnLabel("ClientID", language) }],
          rows: send.recipients.map((r) => [r]),
        },
      ],
    });
  return id;
}

/** The recipients of the campaigns whose list is a sheet of its own: its first column below the header, by sheet. */
export async function readRecipientSheets(
  port: ReadPort,
  campaigns: readonly Campaign[],
): Promise<Map<string, string[]>> {
  const sheets = new Map<string, string[]>();
  for (const name of new Set(campaigns.map((c) => c.RecipientSheet).filter((s): s is string => !!s))) {
    const grid = await port.readSheet(name);
    if (grid)
      sheets.set(
        name,
        grid.rows.slice(1).flatMap((r) => (r[0] === null || r[0] === undefined ? [] : [String(r[0])])),
      );
  }
  return sheets;
}
