/** `salesdesk newsletter`: the company newsletter drafted from the figures, as a Word document. */
import { writeWhole } from "./files";
import { today, type CommandOutput, type Values } from "./options";
import { UsageError } from "./usageError";
import { openWorkbook } from "./workbooks";
import { readSalesData } from "../core/workbook";
import { render, lastCompleteMonth } from "../core/kernel";
import { draftNewsletter, Edition, EDITIONS, NewsLanguage, SECTIONS, type OwnWords } from "../core/campaigns";
import { newsletterDocx } from "../files/newsletterDocx";
import { wordsIn } from "./words";

export async function newsletter(values: Values, positionals: string[]): Promise<CommandOutput> {
  const out = values.out;
  if (typeof out !== "string") throw new UsageError("--out NEWS.docx is required");
  const period = typeof values.period === "string" ? values.period : lastCompleteMonth(today());
  const language = (values.lang ?? "ca") as string;
  if (!(["ca", "es", "en"] as const).includes(language as "ca")) throw new UsageError("--lang must be ca, es or en");
  const edition = (values.edition ?? "client") as Edition;
  if (!EDITIONS.includes(edition)) throw new UsageError("--edition must be client or internal");
  const data = await readSalesData(await openWorkbook(positionals[0]));
  const draft = draftNewsletter(
    data,
    period,
    language as NewsLanguage,
    SECTIONS,
    edition,
    ownWords(values, language as NewsLanguage)[language as NewsLanguage],
  );
  if (!draft.ok) throw new UsageError(render(draft.error, language as NewsLanguage));
  await writeWhole(out, await newsletterDocx(draft.value));
  const said = wordsIn(language as NewsLanguage)("newsletter.wrote", {
    file: out,
    title: draft.value.title,
    n: draft.value.sections.length,
  });
  return { text: said, exitCode: 0 };
}

/**
 * Her intro and closing (`--intro`, `--closing`), each "TEXT" in the newsletter's language or
 * "es:TEXT" in another; a value given twice for one language is refused rather than one kept unseen.
 */
export function ownWords(values: Values, language: NewsLanguage): Partial<Record<NewsLanguage, OwnWords>> {
  const own: Partial<Record<NewsLanguage, OwnWords>> = {};
  for (const part of ["intro", "closing"] as const)
    for (const value of (values[part] as string[] | undefined) ?? []) {
      const tagged = /^(ca|es|en):(.*)$/s.exec(value);
      const [lang, text] = tagged ? [tagged[1] as NewsLanguage, tagged[2]] : [language, value];
      if (own[lang]?.[part] !== undefined) throw new UsageError(`--${part} is given twice for ${lang}`);
      own[lang] = { ...own[lang], [part]: text };
    }
  return own;
}
