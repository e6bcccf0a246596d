/**
 * E-mails the admin sends from Outlook, drafted here, never sent: a reminder to each client due one
 * (the letter as the body, the statement attached) and a campaign e-mail (the newsletter for
 * clients, in each client's language) to the clients of the mailing list — who gave marketing
 * consent, the same filter exactly. Only to a checked e-mail address; the others are listed, not lost.
 */
import type { Day } from "../kernel/dates";
import type { BusinessDocument } from "../documents/document";
import { statementDocument } from "../documents/statementDocument";
import { letterLanguage, reminders } from "../receivables/reminders";
import type { Client } from "../workbook/contract";
import type { SalesData } from "../workbook/salesData";
import { checkedEmail, mailingList, type MailingFilter } from "./mailingList";
import { draftNewsletter, LANGUAGE_NAMES, type Newsletter, type NewsLanguage, type OwnWords } from "./newsletter";
import { fail, type Result } from "../kernel/result";

export interface MailDraft {
  clientId: string;
  to: string;
  toName: string;
  subject: string;
  body: string;
  /** a document to attach (the statement of the invoices the reminder names) */
  attachment?: BusinessDocument;
}

export interface Drafted {
  drafts: MailDraft[];
  /** clients left out for want of a checked e-mail address */
  noEmail: string[];
}

const addressee = (c: Client, to: string) => ({
  to,
  toName: c.Contact ? `${c.Contact} (${c.Name})` : (c.Name ?? c.ClientID),
});

/** The reminders due on the date as e-mails: the letter, and the client's statement attached. */
export function reminderDrafts(data: SalesData, asOf: Day): Drafted {
  const due = reminders(data, asOf);
  return {
    drafts: due.flatMap((r) => {
      const to = checkedEmail(r.client);
      return to
        ? [
            {
              clientId: r.client.ClientID,
              ...addressee(r.client, to),
              subject: r.text.split("\n")[0],
              body: r.text.split("\n").slice(2).join("\n"),
              attachment: statementDocument(r.client.ClientID, data, asOf, r.language),
            },
          ]
        : [];
    }),
    noEmail: due.filter((r) => checkedEmail(r.client) === null).map((r) => r.client.ClientID),
  };
}

/** The newsletter as plain text: the title, then each section's heading, paragraphs and table rows. */
export function newsletterText(news: Newsletter): string {
  return [
    news.title,
    ...news.sections.flatMap((s) => ["", s.heading, ...s.paragraphs, ...(s.table ?? []).map((row) => row.join(": "))]),
  ].join("\n");
}

/**
 * The newsletter for clients of a period to each consented client of the list, in the client's
 * language, with the intro and closing she wrote in it: none is drafted while a placeholder is left.
 */
export function campaignDrafts(
  data: SalesData,
  period: string,
  filter: MailingFilter = {},
  own: Partial<Record<NewsLanguage, OwnWords>> = {},
): Result<Drafted> {
  const editions = new Map<NewsLanguage, Newsletter>();
  const list = mailingList(data, filter);
  for (const c of list) {
    const language = letterLanguage(c);
    if (editions.has(language)) continue;
    const news = draftNewsletter(data, period, language, undefined, "client", own[language]);
    if (!news.ok) return news;
    editions.set(language, news.value);
  }
  const unwritten = [...editions.values()].filter((news) => news.unwritten.length > 0);
  if (unwritten.length)
    return fail("newsletter.unwritten", {
      languages: unwritten.map((news) => LANGUAGE_NAMES[news.language]).join(", "),
    });
  return {
    ok: true,
    value: {
      drafts: list.flatMap((c) => {
        const to = checkedEmail(c);
        // an edition was drafted above for every language of the list
        const news = editions.get(letterLanguage(c))!;
        return to
          ? [{ clientId: c.ClientID, ...addressee(c, to), subject: news.title, body: newsletterText(news) }]
          : [];
      }),
      noEmail: list.filter((c) => checkedEmail(c) === null).map((c) => c.ClientID),
    },
  };
}
