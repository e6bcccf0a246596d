/**
 * A client's card: how to reach them, their open invoices, last visit and open requests — on the
 * Clients page, and where reception has just logged their call.
 */
import { useMemo } from "react";
import { Badge, Body1, Button, Caption1 } from "@fluentui/react-components";
import { EditRegular } from "@fluentui/react-icons";
import type { Client, SalesData } from "../../core/workbook";
import { invoiceBalances } from "../../core/receivables";
import { formatDmy } from "../../core/kernel";
import { useI18n } from "../i18n";
import { money } from "../format";
import { useToday } from "../state/today";
import { usePageStyles } from "./TaskPage";

export function ClientCard({
  client,
  data,
  onEdit,
  editLabel,
}: {
  client: Client;
  data: SalesData;
  onEdit: () => void;
  editLabel?: string;
}) {
  const { t, language } = useI18n();
  const styles = usePageStyles();
  const today = useToday();
  const open = useMemo(
    () =>
      invoiceBalances(
        data.invoices.filter((i) => i.ClientID === client.ClientID),
        data.payments,
        today,
      ).filter((b) => b.outstanding > 0),
    [client, data, today],
  );
  const visits = data.visits
    .filter((v) => v.ClientID === client.ClientID && v.Scheduled !== null)
    .sort((a, b) => b.Scheduled - a.Scheduled);
  const lastVisit = visits.find((v) => v.Status === "Done" || v.Scheduled <= today);
  const requests = data.requests.filter(
    (r) => r.ClientID === client.ClientID && (r.Status === "Open" || r.Status === "InProgress"),
  );
  return (
    <article className={styles.card} aria-label={t("clientCard.title", { name: client.Name ?? "" })}>
      <Body1>
        <strong>{client.Name}</strong> · {client.ClientID}
      </Body1>
      <Caption1>
        {[
          client.TaxID,
          client.Email,
          client.Phone,
          [client.Street, client.PostalCode, client.City].filter(Boolean).join(", "),
        ]
          .filter(Boolean)
          .join(" · ")}
      </Caption1>
      <div className={styles.actions}>
        {client.Status && <Badge appearance="tint">{client.Status}</Badge>}
        {client.PaymentMethod && <Badge appearance="outline">{client.PaymentMethod}</Badge>}
        <Badge appearance="outline" color={client.MarketingConsent ? "success" : "subtle"}>
          {t(client.MarketingConsent ? "clientCard.consentYes" : "clientCard.consentNo")}
        </Badge>
      </div>
      <Caption1>
        {t("clientCard.openInvoices", {
          n: open.length,
          total: money(
            open.reduce((s, b) => s + b.outstanding, 0),
            language,
          ),
        })}
      </Caption1>
      {open.slice(0, 5).map((b) => (
        <Caption1 key={b.invoice.InvoiceNo} className={styles.muted}>
          {`${b.invoice.InvoiceNo} · ${money(b.outstanding, language)} · ${b.invoice.DueDate === null ? "–" : formatDmy(b.invoice.DueDate)} · ${b.status}`}
        </Caption1>
      ))}
      <Caption1>
        {lastVisit
          ? t("clientCard.lastVisit", { date: formatDmy(lastVisit.Scheduled), purpose: lastVisit.Purpose ?? "" })
          : t("clientCard.noVisit")}
      </Caption1>
      <Caption1>{t("clientCard.openRequests", { n: requests.length })}</Caption1>
      {requests.slice(0, 3).map((r) => (
        <Caption1 key={r.TicketID} className={styles.muted}>{`${r.TicketID} · ${r.Subject}`}</Caption1>
      ))}
      <Button icon={<EditRegular />} onClick={onEdit}>
        {editLabel ?? t("clientCard.edit")}
      </Button>
    </article>
  );
}
