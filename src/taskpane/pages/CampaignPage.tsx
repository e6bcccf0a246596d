/** Newsletter tab in Excel: the campaign mailing list (consented clients only), as a sheet or a safe CSV. */
import { useMemo, useState } from "react";
import { Body1, Button, Dropdown, Field, makeStyles, MessageBar, MessageBarBody, Option, Spinner, Subtitle2 } from "@fluentui/react-components";
import { ArrowDownloadRegular, TableAddRegular } from "@fluentui/react-icons";
import { readSalesData, SalesData } from "../../core/workbook/salesData";
import { MAILING_COLUMNS, MailingFilter, mailingList, mailingRows, mailingSheet } from "../../core/campaigns/mailingList";
import { toCsv } from "../../core/kernel/csv";
import { useI18n } from "../i18n";
import { usePort } from "../port";
import { useTask } from "../useTask";
import { NewsletterExport } from "./NewsletterPage";

const useStyles = makeStyles({ page: { display: "flex", flexDirection: "column", gap: "12px" }, actions: { display: "flex", gap: "8px", flexWrap: "wrap" } });

export function CampaignPage() {
  const { t } = useI18n();
  const port = usePort();
  const [state] = useTask(() => readSalesData(port));
  return (
    <section className={useStyles().page} aria-labelledby="mailing-title">
      <Subtitle2 as="h2" id="mailing-title">
        {t("mailing.title")}
      </Subtitle2>
      <Body1>{t("mailing.intro")}</Body1>
      {state.status === "running" && <Spinner size="small" />}
      {state.status === "failed" && <Body1>{t("health.failed", { message: state.message })}</Body1>}
      {state.status === "done" && <MailingList data={state.value} />}
      <NewsletterExport />
    </section>
  );
}

function MailingList({ data }: { data: SalesData }) {
  const { t } = useI18n();
  const styles = useStyles();
  const port = usePort();
  const [filter, setFilter] = useState<MailingFilter>({});
  const [written, setWritten] = useState<{ intent: "success" | "error"; text: string } | undefined>();
  const clients = useMemo(() => mailingList(data, filter), [data, filter]);
  const segments = [...new Set(data.clients.map((c) => c.Segment).filter((s): s is string => !!s))].sort();
  const categories = [...new Set(data.products.map((p) => p.Category).filter((c): c is string => !!c))].sort();
  const choose = (key: keyof MailingFilter, options: string[]) => (
    <Field label={t(key === "segment" ? "mailing.segment" : "mailing.preference")}>
      <Dropdown
        value={filter[key] ?? t("mailing.any")}
        selectedOptions={[filter[key] ?? ""]}
        onOptionSelect={(_, d) => {
          setFilter({ ...filter, [key]: d.optionValue || undefined });
          setWritten(undefined);
        }}
      >
        <Option value="">{t("mailing.any")}</Option>
        {options.map((o) => (
          <Option key={o} value={o}>
            {o}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
  const download = () => {
    const url = URL.createObjectURL(new Blob([toCsv([...MAILING_COLUMNS], mailingRows(clients))], { type: "text/csv;charset=utf-8" }));
    Object.assign(document.createElement("a"), { href: url, download: "mailing-list.csv" }).click();
    URL.revokeObjectURL(url);
  };
  return (
    <>
      {choose("segment", segments)}
      {choose("preference", categories)}
      <Body1>{t("mailing.count", { n: clients.length })}</Body1>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<TableAddRegular />}
          onClick={() =>
            port.writeSheet(mailingSheet(clients, filter)).then(
              () => setWritten({ intent: "success", text: t("mailing.written") }),
              (error: Error) => setWritten({ intent: "error", text: error.message }),
            )
          }
        >
          {t("mailing.sheet")}
        </Button>
        <Button icon={<ArrowDownloadRegular />} onClick={download}>
          {t("mailing.csv")}
        </Button>
      </div>
      {written && (
        <MessageBar intent={written.intent}>
          <MessageBarBody>{written.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
