/** Newsletter tab in Excel: the campaign mailing list (consented clients only), as a sheet, a safe CSV, or the newsletter as e-mails to them (Outlook drafts or .eml files). */
import { useMemo, useState } from "react";
import { Body1, Button, Dropdown, Field, Option, Subtitle2 } from "@fluentui/react-components";
import { ArrowDownloadRegular, TableAddRegular } from "@fluentui/react-icons";
import type { SalesData } from "../../../core/workbook";
import {
  mailingHeaders,
  MailingFilter,
  mailingList,
  mailingRows,
  mailingSheet,
  campaignDrafts,
} from "../../../core/campaigns";
import { toCsv, lastCompleteMonth, SaidError } from "../../../core/kernel";
import { useI18n } from "../../i18n";
import { usePort } from "../../state/port";
import { download } from "../../download";
import { useSalesData } from "../../state/salesData";
import { NewsletterExport } from "./NewsletterExport";
import { OutlookDrafts } from "../../components/OutlookDrafts";
import { useToday } from "../../state/today";
import { useCampaignLog } from "../../state/useCampaignLog";
import { rememberedWords } from "../../state/ownWords";
import type { CampaignChannel } from "../../../core/market";
import { TaskPage, usePageStyles } from "../../components/TaskPage";
import { Outcome, wroteOutcome } from "../../components/Outcome";

export function CampaignPage() {
  const { t } = useI18n();
  const [state] = useSalesData();
  const [written, setWritten] = useState<Outcome>();
  return (
    <div className={usePageStyles().page}>
      <TaskPage id="mailing" title={t("mailing.title")} intro={t("mailing.intro")} outcome={written} state={state}>
        {(data) => <MailingList data={data} onWritten={setWritten} />}
      </TaskPage>
      <NewsletterExport />
    </div>
  );
}

function MailingList({ data, onWritten: setWritten }: { data: SalesData; onWritten: (outcome: Outcome) => void }) {
  const { t, tell, language } = useI18n();
  const styles = usePageStyles();
  const port = usePort();
  const [filter, setFilter] = useState<MailingFilter>({});
  const clients = useMemo(() => mailingList(data, filter), [data, filter]);
  const ids = clients.map((c) => c.ClientID);
  // the newsletter for clients of the last month ended, as an e-mail to each client of this list, with the words she wrote below
  const period = lastCompleteMonth(useToday());
  const campaign = () => {
    const own = {
      ca: rememberedWords("client", "ca"),
      es: rememberedWords("client", "es"),
      en: rememberedWords("client", "en"),
    };
    const drafted = campaignDrafts(data, period, filter, own);
    if (!drafted.ok) throw new SaidError(drafted.error);
    return drafted.value;
  };
  const log = useCampaignLog();
  const listName = [t("mailing.title"), filter.segment, filter.preference].filter(Boolean).join(" · ");
  const logged = (channel: CampaignChannel, ids: readonly string[], name = listName) =>
    log({ name, channel, segment: filter.segment ?? null, recipients: ids });
  const segments = [...new Set(data.clients.map((c) => c.Segment).filter((s): s is string => !!s))].sort();
  const categories = [...new Set(data.products.map((p) => p.Category).filter((c): c is string => !!c))].sort();
  const choose = (key: "segment" | "preference", options: string[]) => (
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
            port.writeSheet(mailingSheet(clients, filter, language)).then(
              async (w) => {
                const id = await logged("List", ids);
                setWritten(
                  wroteOutcome(
                    `${t("mailing.written", { sheet: w.sheet })} ${t("mailing.logged", { id })}`,
                    w,
                    language,
                  ),
                );
              },
              (error: unknown) => setWritten({ intent: "error", text: tell.error(error) }),
            )
          }
        >
          {t("mailing.sheet")}
        </Button>
        <Button
          icon={<ArrowDownloadRegular />}
          onClick={() => {
            download(toCsv(mailingHeaders(language), mailingRows(clients)), "mailing-list", "csv");
            logged("List", ids).then(
              (id) => setWritten({ intent: "success", text: t("mailing.logged", { id }) }),
              (error: unknown) => setWritten({ intent: "error", text: tell.error(error) }),
            );
          }}
        >
          {t("mailing.csv")}
        </Button>
      </div>
      <Subtitle2 as="h3">{t("mailing.emails", { period })}</Subtitle2>
      <OutlookDrafts
        drafted={campaign}
        run={`campaign:${period}:${filter.segment ?? ""}:${filter.preference ?? ""}`}
        zipName={`newsletter-${period}`}
        onDone={setWritten}
        onMade={(channel, made) => logged(channel, made, t("mailing.newsletterName", { period }))}
      />
    </>
  );
}
