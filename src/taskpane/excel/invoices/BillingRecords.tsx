/**
 * The VERI*FACTU records on the Invoices tab: how many await sending and how the AEAT answered, whether
 * the chain holds, the last records, the pending ones as the AEAT's XML, and how they reach the AEAT.
 */
import { useMemo } from "react";
import { Body1, Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import {
  BILLING_RECORDS,
  chainProblems,
  recordContext,
  type BillingRecord,
  billingRecords,
  SYSTEM_VERSION,
  batches,
} from "../../../core/invoicing";
import type { SalesData } from "../../../core/workbook";
import { useI18n } from "../../i18n";
import { usePort } from "../../state/port";
import { useTask } from "../../state/useTask";
import { download } from "../../download";
import { usePageStyles } from "../../components/TaskPage";

/** The last records listed; the sheet holds them all. */
const SHOWN = 5;

export function BillingRecords({ data }: { data: SalesData }) {
  const { t, tell } = useI18n();
  const styles = usePageStyles();
  const port = usePort();
  const [state] = useTask(async () => billingRecords(await port.readTable(BILLING_RECORDS)).map((r) => r.record));
  const records = useMemo(() => (state.status === "done" ? state.value : []), [state]);
  const broken = useMemo(() => chainProblems(records), [records]);
  const count = (...states: string[]) => records.filter((r) => states.includes(r.State)).length;
  const pending = records.filter((r) => ["", "Pending", "Sent"].includes(r.State));
  const issuer = recordContext(data.settings, SYSTEM_VERSION, new Date())?.issuer;
  const exportPending = () =>
    issuer &&
    download(
      batches(
        issuer,
        pending.map((r) => r.XML),
      ).join("\n"),
      "verifactu-pending",
      "xml",
    );
  const stateOf = (r: BillingRecord) => t(`records.state.${r.State || "Pending"}` as "records.state.Pending");
  return (
    <section aria-labelledby="records-title" className={styles.page}>
      <Subtitle2 as="h3" id="records-title">
        {t("records.title")}
      </Subtitle2>
      {records.length === 0 ? (
        <Body1>{t(issuer ? "records.none" : "records.noTaxId")}</Body1>
      ) : (
        <>
          <Body1>
            {t("records.counts", {
              pending: pending.length,
              accepted: count("Accepted"),
              errors: count("AcceptedWithErrors"),
              rejected: count("Rejected"),
            })}
          </Body1>
          <Body1>{broken.length === 0 ? t("records.chainOk", { n: records.length }) : tell(broken[0].said)}</Body1>
          <ul aria-label={t("records.last")}>
            {records.slice(-SHOWN).map((r) => (
              <li key={r.RecordNo}>
                <Caption1>
                  {r.RecordNo} · {r.Kind === "Alta" ? t("records.alta") : t("records.anulacion")} {r.InvoiceNo} ·{" "}
                  {stateOf(r)}
                  {r.Error ? ` · ${r.Error}` : ""}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      <Caption1>{t("records.howSent")}</Caption1>
      <Button icon={<ArrowDownloadRegular />} disabled={pending.length === 0 || !issuer} onClick={exportPending}>
        {t("records.export", { n: pending.length })}
      </Button>
    </section>
  );
}
