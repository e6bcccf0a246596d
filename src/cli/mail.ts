/**
 * The e-mails the admin sends, as .eml drafts Outlook opens unsent (the offline side of Microsoft
 * 365): `salesdesk reminders` for the reminders due, `salesdesk campaign` for the newsletter to the
 * consented clients of a segment or preference. One file per client; clients without a checked
 * e-mail are named, never silently left out.
 */
import { formatIsoDate, lastCompleteMonth, render } from "../core/kernel";
import { campaignDrafts, reminderDrafts, type Drafted, type MailDraft } from "../core/campaigns";
import { readSalesData } from "../core/workbook";
import { draftEml } from "../files/draftEml";
import { dayOption, messageLanguage, today, type CommandOutput, type Values } from "./options";
import { UsageError } from "./usageError";
import { logSend } from "./campaignLog";
import { ownWords } from "./newsletter";
import { openWorkbook } from "./workbooks";
import { OutputFolder } from "./files";
import { wordsIn } from "./words";

/** Writes the drafts; answers what to print, and the clients a draft was made for. */
async function writeDrafts(
  drafted: Drafted,
  dir: string,
  prefix: string,
  values: Values,
  what: Record<string, unknown>,
): Promise<CommandOutput & { made: string[] }> {
  const json = values.json === true;
  const say = wordsIn(messageLanguage(values));
  const folder = new OutputFolder(dir);
  // One draft that cannot be made is said for its client; the others are made all the same.
  const made: { draft: MailDraft; file: string }[] = [];
  const failed: { clientId: string; error: string }[] = [];
  for (const draft of drafted.drafts) {
    try {
      made.push({
        draft,
        file: await folder.write(`${prefix}-${draft.clientId}`, "eml", await draftEml(draft, new Date())),
      });
    } catch (error) {
      failed.push({ clientId: draft.clientId, error: (error as Error).message });
    }
  }
  const exitCode = failed.length > 0 ? 1 : 0;
  const clients = made.map((m) => m.draft.clientId);
  if (json)
    return {
      text: JSON.stringify({
        ...what,
        drafts: made.map(({ draft: d, file }) => ({
          clientId: d.clientId,
          to: d.to,
          subject: d.subject,
          file,
          attachment: d.attachment?.title ?? null,
        })),
        noEmail: drafted.noEmail,
        failed,
      }),
      exitCode,
      made: clients,
    };
  return {
    text: [
      say("mail.wrote", { n: made.length, dir }),
      ...made.map((m) => m.file),
      ...(drafted.noEmail.length ? [say("mail.noEmail", { clients: drafted.noEmail.join(", ") })] : []),
      ...failed.map((f) => say("mail.failed", { client: f.clientId, error: f.error })),
    ].join("\n"),
    exitCode,
    made: clients,
  };
}

export async function reminderMails(values: Values, positionals: string[]): Promise<CommandOutput> {
  const data = await readSalesData(await openWorkbook(positionals[0]));
  if (!data.present.has("Invoices")) throw new UsageError(`${positionals[0]} has no Invoices table`);
  const asOf = dayOption(values, "as-of");
  return writeDrafts(reminderDrafts(data, asOf), String(values.eml), "reminder", values, {
    asOf: formatIsoDate(asOf),
  });
}

export async function campaignMails(values: Values, positionals: string[]): Promise<CommandOutput> {
  const data = await readSalesData(await openWorkbook(positionals[0]));
  if (!data.present.has("Clients")) throw new UsageError(`${positionals[0]} has no Clients table`);
  const period = typeof values.period === "string" ? values.period : lastCompleteMonth(today());
  const filter = { segment: values.segment as string | undefined, preference: values.preference as string | undefined };
  const drafted = campaignDrafts(data, period, filter, ownWords(values, messageLanguage(values)));
  if (!drafted.ok) throw new UsageError(render(drafted.error, messageLanguage(values)));
  const written = await writeDrafts(drafted.value, String(values.eml), "campaign", values, {
    period,
    ...filter,
  });
  // logged on stderr, so that --json stays one JSON document
  const notes = await logSend(values, positionals[0], {
    name: `Newsletter ${period}`,
    channel: "Email",
    segment: filter.segment ?? null,
    recipients: written.made,
  });
  return { ...written, notes };
}
