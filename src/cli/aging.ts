/** `salesdesk aging`: receivables by client in buckets of days past due, and DSO; with --out, as a sheet. */
import { writeWhole } from "./files";
import { dayOption, messageLanguage, type CommandOutput, type Values } from "./options";
import { UsageError } from "./usageError";
import { openWorkbook, openWritable } from "./workbooks";
import { readSalesData } from "../core/workbook";
import { formatIsoDate, formatMoney, fromCents, LOCALES, render } from "../core/kernel";
import { agingAsOf, agingSheet, BucketAmounts, BUCKETS } from "../core/receivables";
import { wordsIn } from "./words";

export async function aging(values: Values, positionals: string[]): Promise<CommandOutput> {
  const workbook = await openWorkbook(positionals[0]);
  const data = await readSalesData(workbook);
  if (!data.present.has("Invoices")) throw new UsageError(`${positionals[0]} has no Invoices table`);
  const result = agingAsOf(data, dayOption(values, "as-of"));
  const language = messageLanguage(values);
  const notes: string[] = [];
  if (typeof values.out === "string") {
    const into = await openWritable(positionals[0]);
    const written = await into.writeSheet({
      ...agingSheet(result, language),
      currency: data.settings.currency,
    });
    if (written.note) notes.push(render(written.note, language));
    await writeWhole(values.out, await into.save());
  }
  const columns = [...BUCKETS, "total"] as const;
  const amounts = (a: BucketAmounts) => Object.fromEntries(columns.map((b) => [b, fromCents(a[b])]));
  const json = {
    asOf: formatIsoDate(result.asOf),
    buckets: BUCKETS,
    clients: result.clients.map((c) => ({ clientId: c.clientId, name: c.name, ...amounts(c) })),
    total: amounts(result.total),
    dso: result.dso,
  };
  if (values.json) return { text: JSON.stringify(json), exitCode: 0, notes };
  // the words and headers of the Aging sheet, in the language asked
  const sheet = agingSheet(result, language);
  const headers = sheet.tables[1].columns.map((c) => c.header);
  const line = (label: string, a: BucketAmounts) =>
    `${label.slice(0, 28).padEnd(28)} ${columns.map((b) => formatMoney(a[b], LOCALES[language], data.settings.currency).padStart(14)).join("  ")}`;
  return {
    text: [
      sheet.title,
      `${"".padEnd(28)} ${columns.map((_, i) => headers[i].padStart(14)).join("  ")}`,
      ...result.clients.map((c) => line(`${c.clientId} ${c.name}`, c)),
      line(headers[columns.length - 1], result.total),
      ...(typeof values.out === "string" ? [wordsIn(language)("wrote", { file: values.out })] : []),
    ].join("\n"),
    exitCode: 0,
    notes,
  };
}
