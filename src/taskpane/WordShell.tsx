/** The Word pane: the newsletter page (drafting is planned; the pane and its wiring are in place). */
import { Body1, makeStyles, Title3 } from "@fluentui/react-components";
import { useI18n } from "./i18n";
import { PlannedPage } from "./pages/PlannedPage";

const useStyles = makeStyles({ root: { padding: "12px", display: "flex", flexDirection: "column", gap: "12px" } });

export function WordShell() {
  const { t } = useI18n();
  return (
    <main className={useStyles().root}>
      <Title3 as="h1">{t("word.title")}</Title3>
      <Body1>{t("word.intro")}</Body1>
      <PlannedPage />
    </main>
  );
}
