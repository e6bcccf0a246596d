/** `salesdesk mailing-list`: the consented clients as a safe CSV, the send logged with --log. */
import { writeWhole } from "./files";
import { messageLanguage, type CommandOutput, type Values } from "./options";
import { UsageError } from "./usageError";
import { openWorkbook } from "./workbooks";
import { logSend } from "./campaignLog";
import { readSalesData } from "../core/workbook";
import { mailingHeaders, mailingList, mailingRows } from "../core/campaigns";
import { toCsv } from "../core/kernel";
import { wordsIn } from "./words";

export async function mailing(values: Values, positionals: string[]): Promise<CommandOutput> {
  const out = values.out;
  if (typeof out !== "string") throw new UsageError("--out LIST.csv is required");
  const data = await readSalesData(await openWorkbook(positionals[0]));
  if (!data.present.has("Clients")) throw new UsageError(`${positionals[0]} has no Clients table`);
  const filter = { segment: values.segment as string | undefined, preference: values.preference as string | undefined };
  const clients = mailingList(data, filter);
  await writeWhole(out, toCsv(mailingHeaders(messageLanguage(values)), mailingRows(clients)));
  const say = wordsIn(messageLanguage(values));
  const name = [say("mailing.name"), filter.segment, filter.preference].filter(Boolean).join(" · ");
  const logged = await logSend(values, positionals[0], {
    name,
    channel: "List",
    segment: filter.segment ?? null,
    recipients: clients.map((c) => c.ClientID),
  });
  return {
    text: [say("mailing.wrote", { file: out, n: clients.length }), ...logged].join("\n"),
    exitCode: 0,
  };
}
