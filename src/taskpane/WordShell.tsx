/** The Word pane: the newsletter drafted into the open document. */
import { makeStyles, Title3 } from "@fluentui/react-components";
import { useI18n } from "./i18n";
import { NewsletterPage } from "./pages/NewsletterPage";
import { PageBoundary } from "./PageBoundary";

const useStyles = makeStyles({ root: { padding: "12px", display: "flex", flexDirection: "column", gap: "12px" } });

export function WordShell() {
  const { t } = useI18n();
  return (
    <main className={useStyles().root}>
      <Title3 as="h1">{t("word.title")}</Title3>
      <PageBoundary message={(message) => t("page.crashed", { message })}>
        <NewsletterPage run={(batch) => Word.run(batch)} />
      </PageBoundary>
    </main>
  );
}
