/**
 * A payment recorded by hand — cash, a cheque, a transfer not on the bank statement — against an
 * invoice still owing: the invoice found as she types, what it still owes shown, and the same checks
 * at the write as a bank line's (never more than the invoice owes, never a card number).
 */
import { useMemo, useState } from "react";
import { Button, Caption1, Dropdown, Field, Input, Option, Subtitle2 } from "@fluentui/react-components";
import { MoneyHandRegular } from "@fluentui/react-icons";
import { invoiceBalances, recordPayment, type PaymentEntry } from "../../../core/receivables";
import { PAYMENT_METHODS } from "../../../core/workbook";
import { formatDmy, toCents } from "../../../core/kernel";
import { parseAmount } from "../../../core/locale";
import type { SectionProps } from "../../components/SectionProps";
import { useI18n } from "../../i18n";
import { DayField, readDay } from "../../components/DayField";
import { money } from "../../format";
import { usePort } from "../../state/port";
import { useToday } from "../../state/today";
import { useWrite } from "../../state/useWrite";
import { usePageStyles } from "../../components/TaskPage";
import { SearchPicker } from "../../components/SearchPicker";

export function PaymentForm({ data, onDone }: SectionProps) {
  const { t, language } = useI18n();
  const styles = usePageStyles();
  const port = usePort();
  const today = useToday();
  const [invoiceNo, setInvoiceNo] = useState<string>();
  const [date, setDate] = useState(formatDmy(today));
  const [amount, setAmount] = useState("");
  const [method, setMethod] = useState<PaymentEntry["method"]>("Cash");
  const [reference, setReference] = useState("");
  const { busy, write } = useWrite(onDone);
  const owing = useMemo(
    () =>
      invoiceBalances(data.invoices, data.payments, today).filter(
        (b) => b.outstanding > 0 && b.invoice.CreditOf === null,
      ),
    [data, today],
  );
  const entries = useMemo(() => {
    const names = new Map(data.clients.map((c) => [c.ClientID, c.Name]));
    return owing.map((b) => ({
      value: b.invoice.InvoiceNo,
      text: `${b.invoice.InvoiceNo} · ${names.get(b.invoice.ClientID) ?? b.invoice.ClientID ?? "–"}`,
      detail: [money(b.outstanding, language), b.invoice.DueDate === null ? null : formatDmy(b.invoice.DueDate)]
        .filter(Boolean)
        .join(" · "),
    }));
  }, [owing, data, language]);
  const chosen = owing.find((b) => b.invoice.InvoiceNo === invoiceNo);
  const day = readDay(date);
  const euros = parseAmount(amount);
  const ready = chosen !== undefined && day !== undefined && day <= today && euros !== undefined && euros > 0;
  const record = () => {
    if (!ready) return; // the button is disabled until it is
    const entry: PaymentEntry = {
      invoice: chosen.invoice,
      date: day,
      amount: toCents(euros),
      method,
      reference: reference.trim(),
    };
    write(recordPayment(port, entry, data), (row) => {
      setAmount("");
      setReference("");
      return {
        intent: "success",
        text: t("paymentForm.recorded", {
          payment: String(row.PaymentID),
          amount: money(entry.amount, language),
          invoice: chosen.invoice.InvoiceNo,
        }),
      };
    });
  };
  return (
    <form className={styles.card} aria-labelledby="payment-form-title" onSubmit={(e) => e.preventDefault()}>
      <Subtitle2 as="h3" id="payment-form-title">
        {t("paymentForm.title")}
      </Subtitle2>
      <Caption1>{t("paymentForm.hint")}</Caption1>
      <Field
        label={t("paymentForm.invoice")}
        hint={chosen ? t("paymentForm.owes", { amount: money(chosen.outstanding, language) }) : undefined}
      >
        <SearchPicker
          entries={entries}
          placeholder={t("common.search")}
          noMatch={t("common.noMatch")}
          onSelect={setInvoiceNo}
        />
      </Field>
      <div className={styles.actions}>
        <DayField label={t("paymentForm.date")} value={date} onChange={setDate} until={today} />
        <Field
          label={t("paymentForm.amount")}
          validationMessage={
            amount.trim() !== "" && euros === undefined ? t("payments.badAmount", { text: amount }) : undefined
          }
        >
          <Input inputMode="decimal" value={amount} onChange={(_, d) => setAmount(d.value)} />
        </Field>
      </div>
      <Field label={t("paymentForm.method")}>
        <Dropdown
          value={t(`common.method.${method}`)}
          selectedOptions={[method]}
          onOptionSelect={(_, d) => setMethod(d.optionValue as PaymentEntry["method"])}
        >
          {PAYMENT_METHODS.map((m) => (
            <Option key={m} value={m}>
              {t(`common.method.${m}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t("paymentForm.reference")}>
        <Input value={reference} onChange={(_, d) => setReference(d.value)} />
      </Field>
      <Button appearance="primary" icon={<MoneyHandRegular />} disabled={busy || !ready} onClick={record}>
        {t("paymentForm.record")}
      </Button>
    </form>
  );
}
