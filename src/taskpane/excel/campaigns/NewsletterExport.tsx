/** Excel: the newsletter's draft as .docx, and the data file for the Word pane. */
import { useState } from "react";
import { Button } from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentArrowDownRegular } from "@fluentui/react-icons";
import { readContractTables, dataFile } from "../../../core/workbook";
import { useI18n } from "../../i18n";
import { usePort } from "../../state/port";
import { download } from "../../download";
import { useSalesData } from "../../state/salesData";
import { TaskPage, usePageStyles } from "../../components/TaskPage";
import { Outcome } from "../../components/Outcome";
import { DraftChoices, useDraftChoices } from "../../components/NewsletterChoices";

export function NewsletterExport() {
  const { t } = useI18n();
  const styles = usePageStyles();
  const port = usePort();
  const [state] = useSalesData();
  const choices = useDraftChoices(state.status === "done" ? state.value : undefined);
  const [outcome, setOutcome] = useState<Outcome>();
  const docx = async () => {
    if (!choices.draft?.ok) return;
    // The .docx writer is loaded when first asked for: it stays out of the pane's first download.
    const { newsletterDocx } = await import("../../../files/newsletterDocx");
    download(
      await newsletterDocx(choices.draft.value),
      `newsletter-${choices.draft.value.period}-${choices.language}`,
      "docx",
    );
  };
  const data = async () => {
    download(dataFile(await readContractTables(port)), "salesdesk-data", "json");
    setOutcome({ intent: "success", text: t("campaigns.news.exported") });
  };
  const actions = (
    <div className={styles.actions}>
      <Button appearance="primary" icon={<DocumentArrowDownRegular />} disabled={!choices.draft?.ok} onClick={docx}>
        {t("campaigns.news.docx")}
      </Button>
      <Button icon={<ArrowDownloadRegular />} onClick={data}>
        {t("campaigns.news.dataFile")}
      </Button>
    </div>
  );
  return (
    <TaskPage
      id="news"
      title={t("campaigns.news.title")}
      intro={t("campaigns.news.intro")}
      outcome={outcome}
      state={state}
      footer={actions}
    >
      {() => <DraftChoices choices={choices} />}
    </TaskPage>
  );
}
