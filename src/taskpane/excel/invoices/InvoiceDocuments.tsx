/**
 * The documents the admin sends from the Invoices tab: an invoice or a credit note as the client
 * receives it, a client's statement as of today, or all of a client's invoices in one file (a page each).
 */
import { useMemo, useState } from "react";
import { Button, Caption1, Field, Subtitle2 } from "@fluentui/react-components";
import { DocumentArrowDownRegular, DocumentMultipleRegular, DocumentTableRegular } from "@fluentui/react-icons";
import type { SalesData } from "../../../core/workbook";
import { invoiceDocument, statementDocument } from "../../../core/documents";
import { formatDmy } from "../../../core/kernel";
import { useI18n } from "../../i18n";
import { money } from "../../format";
import { useToday } from "../../state/today";
import { downloadDocument } from "../../documentDownload";
import { usePageStyles } from "../../components/TaskPage";
import { SearchPicker } from "../../components/SearchPicker";
import { ClientPicker } from "../../components/ClientPicker";

export function InvoiceDocuments({ data }: { data: SalesData }) {
  const { t, language } = useI18n();
  const styles = usePageStyles();
  const today = useToday();
  const [invoiceNo, setInvoiceNo] = useState<string>();
  const [clientId, setClientId] = useState<string>();
  const names = useMemo(() => new Map(data.clients.map((c) => [c.ClientID, c.Name])), [data]);
  const invoices = useMemo(
    () =>
      data.invoices
        .filter((i) => i.InvoiceNo !== null && i.ClientID !== null)
        .slice()
        .reverse()
        .map((i) => ({
          value: i.InvoiceNo,
          text: `${i.InvoiceNo} · ${names.get(i.ClientID) ?? i.ClientID}`,
          detail: [money(i.Total ?? 0, language), i.IssueDate === null ? null : formatDmy(i.IssueDate)]
            .filter(Boolean)
            .join(" · "),
        })),
    [data, names, language],
  );
  const invoice = data.invoices.find((i) => i.InvoiceNo === invoiceNo);
  const theirs = data.invoices.filter((i) => i.ClientID === clientId && i.IssueDate !== null && i.IssueDate <= today);
  return (
    <section className={styles.card} aria-labelledby="invoice-docs-title">
      <Subtitle2 as="h3" id="invoice-docs-title">
        {t("invoiceDocs.title")}
      </Subtitle2>
      <Caption1>{t("invoiceDocs.intro")}</Caption1>
      <Field label={t("invoiceDocs.pick")}>
        <SearchPicker
          entries={invoices}
          placeholder={t("common.search")}
          noMatch={t("common.noMatch")}
          onSelect={setInvoiceNo}
        />
      </Field>
      <Button
        icon={<DocumentArrowDownRegular />}
        disabled={!invoice}
        onClick={() => invoice && void downloadDocument(invoiceDocument(invoice, data))}
      >
        {t("invoiceDocs.invoice")}
      </Button>
      <ClientPicker
        clients={data.clients}
        label={t("invoiceDocs.client")}
        onSelect={(c) => setClientId(c || undefined)}
      />
      <div className={styles.actions}>
        <Button
          icon={<DocumentTableRegular />}
          disabled={!clientId}
          onClick={() => clientId && void downloadDocument(statementDocument(clientId, data, today))}
        >
          {t("invoiceDocs.statement")}
        </Button>
        <Button
          icon={<DocumentMultipleRegular />}
          disabled={theirs.length === 0}
          onClick={() =>
            void downloadDocument(
              theirs.map((i) => invoiceDocument(i, data)),
              `${names.get(clientId ?? "") ?? clientId} ${formatDmy(today)}`,
            )
          }
        >
          {t("invoiceDocs.clientInvoices")}
        </Button>
      </div>
    </section>
  );
}
