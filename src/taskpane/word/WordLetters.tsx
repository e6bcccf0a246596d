/**
 * Word: the reminders due today as letters merged into the open document, one a page in each
 * client's language, each in its own content control; refreshing rewrites only those letters.
 */
import { Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { ArrowSyncRegular, DocumentAddRegular } from "@fluentui/react-icons";
import type { SalesData } from "../../core/workbook";
import { reminders } from "../../core/receivables";
import { reminderLetter } from "../../core/documents";
import type { WordRunner } from "../../word/wordNewsletter";
import { useI18n } from "../i18n";
import { useToday } from "../state/today";
import { usePageStyles } from "../components/TaskPage";
import { Outcome } from "../components/Outcome";

export function WordLetters({
  data,
  run,
  onOutcome,
}: {
  data: SalesData;
  run: WordRunner;
  onOutcome: (o: Outcome) => void;
}) {
  const { t, tell } = useI18n();
  const styles = usePageStyles();
  const today = useToday();
  const letters = () =>
    reminders(data, today).map((r) => ({ clientId: r.client.ClientID, doc: reminderLetter(r, data, today) }));
  const write = async (refresh: boolean) => {
    const { insertLetters, refreshLetters } = await import("../../word/wordDocument");
    try {
      if (refresh)
        onOutcome({
          intent: "success",
          text: t("word.letters.refreshed", { n: (await refreshLetters(run, letters())).length }),
        });
      else {
        const all = letters();
        await insertLetters(run, all);
        onOutcome({ intent: "success", text: t("word.letters.inserted", { n: all.length }) });
      }
    } catch (error) {
      onOutcome({ intent: "error", text: tell.error(error) });
    }
  };
  if (!data.present.has("Invoices")) return null;
  return (
    <section className={styles.card} aria-labelledby="word-letters-title">
      <Subtitle2 as="h3" id="word-letters-title">
        {t("word.letters.title")}
      </Subtitle2>
      <Caption1>{t("word.letters.hint")}</Caption1>
      <div className={styles.actions}>
        <Button icon={<DocumentAddRegular />} onClick={() => void write(false)}>
          {t("word.letters.insert")}
        </Button>
        <Button icon={<ArrowSyncRegular />} onClick={() => void write(true)}>
          {t("word.letters.refresh")}
        </Button>
      </div>
    </section>
  );
}
