/** `--log WORKBOOK.xlsx` of the commands that make a send (`mailing-list`, `campaign`): the workbook read, with the send logged in Campaigns, written there. */
import { withFileLock, writeWhole } from "./files";
import { messageLanguage, today, type Values } from "./options";
import { openWritable } from "./workbooks";
import { logCampaign, type CampaignSend } from "../core/market";
import { wordsIn } from "./words";

/** Logs the send when asked; answers the line to print. */
export async function logSend(values: Values, file: string, send: Omit<CampaignSend, "date">): Promise<string[]> {
  const log = values.log;
  if (typeof log !== "string") return [];
  return withFileLock(log, async () => {
    const into = await openWritable(file);
    const id = await logCampaign(into, { ...send, date: today() }, messageLanguage(values));
    await writeWhole(log, await into.save());
    return [wordsIn(messageLanguage(values))("logged", { id, file: log })];
  });
}
