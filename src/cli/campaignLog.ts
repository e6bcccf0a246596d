/** `--log WORKBOOK.xlsx` of the commands that make a send (`mailing-list`, `campaign`): the workbook read, with the send logged in Campaigns, written there. */
import { withFileLock, writeWhole } from "./files";
import { today, type Values } from "./options";
import { openWritable } from "./workbooks";
import { logCampaign, type CampaignSend } from "../core/market";

/** Logs the send when asked; answers the line to print. */
export async function logSend(values: Values, file: string, send: Omit<CampaignSend, "date">): Promise<string[]> {
  const log = values.log;
  if (typeof log !== "string") return [];
  return withFileLock(log, async () => {
    const into = await openWritable(file);
    const id = await logCampaign(into, { ...send, date: today() });
    await writeWhole(log, await into.save());
    return [`logged as campaign ${id} in ${log}`];
  });
}
