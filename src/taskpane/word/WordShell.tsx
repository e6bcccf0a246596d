/** The Word pane: the newsletter drafted into the open document. */
import { makeStyles, Title3 } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { NewsletterPage } from "./NewsletterPage";
import { PageBoundary } from "../components/PageBoundary";
import { useNotice } from "../state/notices";
import { OutcomeBar } from "../components/Outcome";

const useStyles = makeStyles({ root: { padding: "12px", display: "flex", flexDirection: "column", gap: "12px" } });

export function WordShell() {
  const { t, tell } = useI18n();
  const notice = useNotice("word");
  return (
    <main className={useStyles().root}>
      <Title3 as="h1">{t("word.title")}</Title3>
      {notice && <OutcomeBar outcome={{ intent: "warning", text: tell(notice) }} />}
      <PageBoundary message={(message) => t("common.pageCrashed", { message })}>
        <NewsletterPage run={(batch) => Word.run(batch)} />
      </PageBoundary>
    </main>
  );
}
