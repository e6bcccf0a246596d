/**
 * Invoices tab: issue an invoice (for a client, from an order or an amount) or a credit note, with
 * the number taken from the log at the moment of writing; the log's numbering checked for gaps
 * and duplicates; and the VERI*FACTU records of what was issued.
 */
import { useMemo, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { DismissCircleRegular, DocumentAddRegular, ReceiptMoneyRegular } from "@fluentui/react-icons";
import type { SalesData } from "../../../core/workbook";
import {
  InvoiceDraft,
  draftCreditNote,
  draftInvoice,
  invoicedOrders,
  numberingProblems,
  cancelIssued,
  issueWithRecord,
} from "../../../core/invoicing";
import { formatDmy, toCents, type Result } from "../../../core/kernel";
import { parseAmount, parseRate } from "../../../core/locale";
import type { SectionProps } from "../../components/SectionProps";
import { useI18n } from "../../i18n";
import { DayField, readDay } from "../../components/DayField";
import { money, percent } from "../../format";
import { usePort } from "../../state/port";
import { useWrite } from "../../state/useWrite";
import { useToday } from "../../state/today";
import { useSalesData } from "../../state/salesData";
import { TaskPage, usePageStyles } from "../../components/TaskPage";
import { Outcome } from "../../components/Outcome";
import { SearchPicker } from "../../components/SearchPicker";
import { InvoiceDocuments } from "./InvoiceDocuments";
import { BillingRecords } from "./BillingRecords";

const useStyles = makeStyles({
  preview: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: "16px", overflowWrap: "anywhere" },
});

export function InvoicesPage() {
  const { t } = useI18n();
  const [state, reload] = useSalesData();
  const [outcome, setOutcome] = useState<Outcome>();
  return (
    <TaskPage id="invoices" title={t("invoices.title")} outcome={outcome} state={state}>
      {(data) =>
        data.present.has("Invoices") && data.present.has("Clients") ? (
          <>
            <IssueForm data={data} onDone={(o) => (setOutcome(o), reload())} />
            <CreditForm data={data} onDone={(o) => (setOutcome(o), reload())} />
            <InvoiceDocuments data={data} />
            <Numbering data={data} />
            {/* read again once an invoice is issued: its record is new */}
            <BillingRecords key={data.invoices.length} data={data} />
          </>
        ) : (
          <Body1>{t("invoices.needTables")}</Body1>
        )
      }
    </TaskPage>
  );
}

/** Writes a draft as the next invoice and says what was written. */
function useIssue(data: SalesData, onDone: (o: Outcome) => void) {
  const { t, language } = useI18n();
  const port = usePort();
  const { busy, write } = useWrite(onDone);
  const issue = (draft: InvoiceDraft, key: "invoices.issued" | "invoices.credited") =>
    // with its VERI*FACTU record, made at this moment
    write(issueWithRecord(port, data, draft, new Date()), ({ row }) => ({
      intent: "success",
      text: t(key, {
        number: String(row.InvoiceNo),
        total: money(draft.Total ?? 0, language),
        due: draft.DueDate === null ? "–" : formatDmy(draft.DueDate),
      }),
    }));
  // an invoice issued by mistake: cancelled, with its VERI*FACTU anulación
  const cancel = (invoiceNo: string) =>
    write(cancelIssued(port, data, invoiceNo, new Date()), (recorded) => ({
      intent: "success",
      text: t(recorded ? "invoices.cancelled" : "invoices.cancelledNoRecord", { number: invoiceNo }),
    }));
  return { busy, issue, cancel };
}

/** A draft, or why there is none: the core's reason, or the pane's own (a field that does not read). */
type Draft = Result<InvoiceDraft> | { ok: false; error: string };

function DraftPreview({ draft }: { draft: Draft | undefined }) {
  const { t, tell, language } = useI18n();
  const styles = useStyles();
  if (!draft) return null;
  if (!draft.ok)
    return <Caption1 role="status">{typeof draft.error === "string" ? draft.error : tell(draft.error)}</Caption1>;
  const d = draft.value;
  return (
    <Caption1 className={styles.preview} role="status">
      {t("invoices.preview", {
        net: money(d.Net ?? 0, language),
        vat: money(d.VAT ?? 0, language),
        total: money(d.Total ?? 0, language),
        due: d.DueDate === null ? "–" : formatDmy(d.DueDate),
      })}
    </Caption1>
  );
}

function IssueForm({ data, onDone }: SectionProps) {
  const { t, language } = useI18n();
  const page = usePageStyles();
  const today = useToday();
  const [clientId, setClientId] = useState<string>();
  const [orderId, setOrderId] = useState("");
  // Typed and shown day first (27/11/2026), as the admin writes dates, whatever the browser's own locale.
  const [date, setDate] = useState(formatDmy(today));
  const [net, setNet] = useState("");
  const [rate, setRate] = useState("");
  const { busy, issue } = useIssue(data, onDone);
  const clientEntries = useMemo(
    () =>
      data.clients
        .filter((c) => c.ClientID !== null)
        .map((c) => ({
          value: c.ClientID,
          text: `${c.Name ?? "–"} (${c.ClientID})`,
          detail: [c.TaxID, c.City].filter(Boolean).join(" · "),
        })),
    [data],
  );
  const invoiced = useMemo(() => invoicedOrders(data), [data]);
  const orders = [
    ...new Set(data.orders.filter((o) => o.ClientID === clientId && !invoiced.has(o.OrderID)).map((o) => o.OrderID)),
  ];
  const draft = useMemo((): Draft | undefined => {
    if (!clientId) return undefined;
    const issueDate = readDay(date);
    if (issueDate === undefined) return { ok: false as const, error: t("invoices.badDate") };
    const amount = net.trim() === "" ? undefined : parseAmount(net);
    const vat = rate.trim() === "" ? undefined : parseRate(rate)?.rate;
    if (net.trim() !== "" && amount === undefined)
      return { ok: false as const, error: t("invoices.badAmount", { text: net }) };
    if (rate.trim() !== "" && vat === undefined)
      return { ok: false as const, error: t("invoices.badRate", { text: rate }) };
    return draftInvoice(data, {
      clientId,
      issueDate,
      orderId: orderId || undefined,
      net: amount === undefined ? undefined : toCents(amount),
      vatRate: vat,
    });
  }, [data, clientId, orderId, date, net, rate, t]);
  return (
    <form className={page.card} aria-labelledby="issue-title" onSubmit={(e) => e.preventDefault()}>
      <Subtitle2 as="h3" id="issue-title">
        {t("invoices.issueTitle")}
      </Subtitle2>
      <Field label={t("common.client")}>
        <SearchPicker
          entries={clientEntries}
          placeholder={t("common.search")}
          noMatch={t("common.noMatch")}
          onSelect={(id) => {
            setClientId(id);
            setOrderId("");
          }}
        />
      </Field>
      <Field label={t("invoices.order")}>
        <Dropdown
          value={orderId || t("invoices.noOrder")}
          selectedOptions={[orderId]}
          onOptionSelect={(_, d) => setOrderId(d.optionValue ?? "")}
          disabled={!clientId}
        >
          <Option value="">{t("invoices.noOrder")}</Option>
          {orders.map((o) => (
            <Option key={o} value={o}>
              {o}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <DayField label={t("invoices.date")} hint={t("invoices.dateHint")} value={date} onChange={setDate} />
      <Field label={t("invoices.net")} hint={orderId ? t("invoices.fromOrder") : undefined}>
        <Input inputMode="decimal" value={net} onChange={(_, d) => setNet(d.value)} />
      </Field>
      <Field
        label={t("invoices.rate")}
        hint={t("invoices.rateHint", { rate: percent(data.settings.vatRate, language) })}
      >
        <Input inputMode="decimal" value={rate} onChange={(_, d) => setRate(d.value)} />
      </Field>
      <DraftPreview draft={draft} />
      <Button
        appearance="primary"
        icon={<DocumentAddRegular />}
        disabled={!draft?.ok || busy}
        onClick={() => draft?.ok && issue(draft.value, "invoices.issued")}
      >
        {t("invoices.issue")}
      </Button>
    </form>
  );
}

function CreditForm({ data, onDone }: SectionProps) {
  const { t, language } = useI18n();
  const page = usePageStyles();
  const today = useToday();
  const [invoiceNo, setInvoiceNo] = useState<string>();
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const { busy, issue, cancel } = useIssue(data, onDone);
  // Each invoice with its client's name, its total and its date: enough to credit the right one.
  const invoiceEntries = useMemo(() => {
    const names = new Map(data.clients.map((c) => [c.ClientID, c.Name]));
    return data.invoices
      .filter((i) => i.CreditOf === null && i.InvoiceNo !== null)
      .reverse()
      .map((i) => ({
        value: i.InvoiceNo,
        text: `${i.InvoiceNo} · ${names.get(i.ClientID) ?? i.ClientID ?? "–"}`,
        detail: [money(i.Total ?? 0, language), i.IssueDate === null ? null : formatDmy(i.IssueDate), i.ClientID]
          .filter(Boolean)
          .join(" · "),
      }));
  }, [data, language]);
  const draft = useMemo((): Draft | undefined => {
    if (!invoiceNo) return undefined;
    const total = amount.trim() === "" ? undefined : parseAmount(amount);
    if (amount.trim() !== "" && total === undefined)
      return { ok: false as const, error: t("invoices.badAmount", { text: amount }) };
    return draftCreditNote(data, {
      creditOf: invoiceNo,
      issueDate: today,
      total: total === undefined ? undefined : toCents(total),
      reason,
    });
  }, [data, invoiceNo, amount, reason, today, t]);
  return (
    <form className={page.card} aria-labelledby="credit-title" onSubmit={(e) => e.preventDefault()}>
      <Subtitle2 as="h3" id="credit-title">
        {t("invoices.creditTitle")}
      </Subtitle2>
      <Field label={t("invoices.invoice")}>
        <SearchPicker
          entries={invoiceEntries}
          placeholder={t("common.search")}
          noMatch={t("common.noMatch")}
          onSelect={setInvoiceNo}
        />
      </Field>
      <Field label={t("invoices.creditAmount")} hint={t("invoices.creditHint")}>
        <Input inputMode="decimal" value={amount} onChange={(_, d) => setAmount(d.value)} />
      </Field>
      <Field label={t("invoices.creditReason")} hint={t("invoices.creditReasonHint")}>
        <Input value={reason} onChange={(_, d) => setReason(d.value)} />
      </Field>
      <DraftPreview draft={draft} />
      <Button
        icon={<ReceiptMoneyRegular />}
        disabled={!draft?.ok || busy || reason.trim() === ""}
        onClick={() => draft?.ok && issue(draft.value, "invoices.credited")}
      >
        {t("invoices.credit")}
      </Button>
      <Button
        appearance="subtle"
        icon={<DismissCircleRegular />}
        disabled={!invoiceNo || busy}
        onClick={() => invoiceNo && cancel(invoiceNo)}
      >
        {t("invoices.cancel")}
      </Button>
    </form>
  );
}

function Numbering({ data }: { data: SalesData }) {
  const { t, tell } = useI18n();
  const styles = useStyles();
  const page = usePageStyles();
  const problems = useMemo(
    () => [
      ...numberingProblems(data.settings.invoicePattern, data.invoices),
      ...numberingProblems(data.settings.creditPattern, data.invoices),
    ],
    [data],
  );
  return (
    <section aria-labelledby="numbering-title" className={page.page}>
      <Subtitle2 as="h3" id="numbering-title">
        {t("invoices.numbering")}
      </Subtitle2>
      {problems.length === 0 ? (
        <Body1>{t("invoices.numberingOk", { pattern: data.settings.invoicePattern })}</Body1>
      ) : (
        <ul className={styles.list}>
          {problems.map((p, i) => (
            <li key={i}>
              <Caption1>{tell.problem(p)}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
