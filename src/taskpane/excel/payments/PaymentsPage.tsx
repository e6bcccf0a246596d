/**
 * Payments tab: withdrawn payments to investigate (Open/Resolved), reminder letters to send and log,
 * the bank statement in the Bank sheet matched to open invoices, a payment recorded by hand, and
 * receivables aging.
 */
import { useMemo, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkRegular, TableAddRegular } from "@fluentui/react-icons";
import { salesData } from "../../../runtime/sharedRead";
import {
  investigations,
  PRESELECT_CONFIDENCE,
  proposeMatches,
  Proposal,
  readBankLines,
  recordMatch,
  agingAsOf,
  agingSheet,
  BUCKETS,
  overpayments,
  invoiceBalances,
  WITHDRAWN,
} from "../../../core/receivables";
import { Refusal, describeProblem, Problem, BANK_SHEET } from "../../../core/workbook";
import { formatDmy } from "../../../core/kernel";
import type { SectionProps } from "../../components/SectionProps";
import { useI18n } from "../../i18n";
import { money, percent } from "../../format";
import { usePort } from "../../state/port";
import { useToday } from "../../state/today";
import { useTask } from "../../state/useTask";
import { TaskPage, usePageStyles } from "../../components/TaskPage";
import { Outcome, wroteOutcome } from "../../components/Outcome";
import { ReminderLetters } from "./ReminderLetters";
import { PaymentForm } from "./PaymentForm";

const useStyles = makeStyles({
  line: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap", justifyContent: "space-between" },
  muted: { color: tokens.colorNeutralForeground3 },
  panel: { display: "flex", flexDirection: "column", gap: "8px" },
});

export function PaymentsPage() {
  const { t } = useI18n();
  const port = usePort();
  const today = useToday();
  const [state, reload] = useTask(async () => {
    const [data, bank] = await Promise.all([salesData(), port.readSheet(BANK_SHEET)]);
    return { data, bank: bank ? readBankLines(bank) : undefined };
  });
  const [outcome, setOutcome] = useState<Outcome>();
  // a refused write changed nothing: the page stays as it is (a form keeps what was typed)
  const done = (o: Outcome) => (setOutcome(o), o?.intent !== "error" && reload());
  const styles = useStyles();
  // The sections open stay open while the page reads the workbook again after an action.
  const [open, setOpen] = useState<string[]>(["investigations"]);
  return (
    <TaskPage id="payments" title={t("payments.title")} outcome={outcome} state={state}>
      {(value) =>
        value.data.present.has("Invoices") ? (
          <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems as string[])}>
            <AccordionItem value="investigations">
              <AccordionHeader>{t("payments.investigations")}</AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <Investigations data={value.data} onDone={done} />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="reminders">
              <AccordionHeader>{t("payments.reminders")}</AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <ReminderLetters data={value.data} onDone={done} say={setOutcome} />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="bank">
              <AccordionHeader>{t("payments.bank")}</AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <Reconciliation data={value.data} bank={value.bank} onDone={done} />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="byHand">
              <AccordionHeader>{t("paymentForm.title")}</AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <PaymentForm data={value.data} onDone={done} />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="aging">
              <AccordionHeader>{t("payments.aging")}</AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <AgingSummary data={value.data} today={today} onDone={setOutcome} />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        ) : (
          <Body1>{t("payments.needInvoices")}</Body1>
        )
      }
    </TaskPage>
  );
}

function Investigations({ data, onDone }: SectionProps) {
  const { t, language, tell } = useI18n();
  const styles = useStyles();
  const page = usePageStyles();
  const port = usePort();
  const today = useToday();
  const all = useMemo(() => investigations(data, today), [data, today]);
  const [showResolved, setShowResolved] = useState(false);
  if (all.length === 0) return <Body1>{t("payments.noInvestigations")}</Body1>;
  const resolved = all.filter((i) => i.state === "Resolved").length;
  const list = showResolved ? all : all.filter((i) => i.state === "Open");
  const toggle = (paymentId: string, from: string | null, to: "Open" | "Resolved") =>
    port.updateRow("Payments", "PaymentID", paymentId, [{ column: "Investigation", from, to }]).then(
      (r) =>
        onDone(
          r.ok
            ? {
                intent: "success",
                text: t(to === "Resolved" ? "payments.resolved" : "payments.reopened", { id: paymentId }),
              }
            : {
                intent: "warning",
                text:
                  "missing" in r
                    ? t("payments.missing", { id: paymentId })
                    : t("payments.conflict", { id: paymentId, now: String(r.conflicts[0].now ?? "–") }),
              },
        ),
      (error: unknown) => onDone({ intent: "error", text: tell.error(error) }),
    );
  return (
    <>
      <Caption1>{t("payments.openCount", { n: all.length - resolved })}</Caption1>
      {list.map((i) => (
        <article
          key={i.payment.PaymentID}
          className={page.card}
          aria-label={`${i.payment.PaymentID} ${i.client?.Name ?? ""}`}
        >
          <div className={styles.line}>
            <Body1>
              <strong>{i.client?.Name ?? i.payment.ClientID ?? "–"}</strong> · {money(i.amount, language)}
            </Body1>
            <Badge appearance="tint" color={i.state === "Open" ? "danger" : "success"}>
              {t(i.state === "Open" ? "payments.open" : "payments.resolvedBadge")}
            </Badge>
          </div>
          <Caption1>
            {t("payments.withdrawn", {
              status: t(`payments.status.${i.payment.Status as (typeof WITHDRAWN)[number]}`),
              id: i.payment.PaymentID ?? "",
              invoice: i.payment.InvoiceNo ?? "–",
              date: formatDmy(i.date),
              n: i.age,
            })}
          </Caption1>
          <Caption1 className={styles.muted}>
            {i.explanation
              ? `${i.code ? `${i.code}: ` : ""}${tell(i.explanation)}`
              : (i.payment.Reason ?? t("payments.noReason"))}
          </Caption1>
          <Button
            size="small"
            icon={<CheckmarkRegular />}
            onClick={() =>
              toggle(i.payment.PaymentID, i.payment.Investigation, i.state === "Open" ? "Resolved" : "Open")
            }
          >
            {t(i.state === "Open" ? "payments.markResolved" : "payments.reopen")}
          </Button>
        </article>
      ))}
      {resolved > 0 && (
        <Button size="small" appearance="subtle" onClick={() => setShowResolved(!showResolved)}>
          {t(showResolved ? "payments.hideResolved" : "payments.showResolved", { n: resolved })}
        </Button>
      )}
    </>
  );
}

function Reconciliation({
  data,
  bank,
  onDone,
}: SectionProps & {
  bank: { lines: ReturnType<typeof readBankLines>["lines"]; problems: Problem[] } | undefined;
}) {
  const { t, language, tell } = useI18n();
  const styles = useStyles();
  const page = usePageStyles();
  const port = usePort();
  const today = useToday();
  const proposals = useMemo(() => (bank ? proposeMatches(bank.lines, data, today) : []), [bank, data, today]);
  const [chosen, setChosen] = useState<Set<number>>(
    () => new Set(proposals.filter((p) => p.confidence >= PRESELECT_CONFIDENCE).map((p) => p.line.row)),
  );
  const [busy, setBusy] = useState(false);
  if (!bank) return <Body1>{t("payments.noBank", { sheet: BANK_SHEET })}</Body1>;
  const matched = proposals.filter((p) => p.invoice);
  const record = async () => {
    setBusy(true);
    const confirmed: Proposal[] = matched.filter((p) => chosen.has(p.line.row));
    try {
      // Each line is checked as it is written: one refused (its invoice paid meanwhile) leaves the others recorded.
      const refused: string[] = [];
      for (const p of confirmed) {
        await recordMatch(port, p, data).catch((error: unknown) => {
          if (!(error instanceof Refusal)) throw error;
          refused.push(tell.error(error));
        });
      }
      const recorded = t("payments.recorded", { n: confirmed.length - refused.length });
      onDone({ intent: refused.length ? "warning" : "success", text: [recorded, ...refused].join(" · ") });
    } catch (error) {
      onDone({ intent: "error", text: tell.error(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Caption1>{t("payments.bankIntro", { sheet: BANK_SHEET })}</Caption1>
      {bank.problems.map((p, i) => (
        <Caption1 key={i}>{describeProblem(p, language)}</Caption1>
      ))}
      {proposals.length === 0 && <Body1>{t("payments.allRecorded")}</Body1>}
      {proposals.map((p) => (
        <article key={p.line.row} className={page.card} aria-label={t("payments.bankLine", { row: p.line.row })}>
          <div className={styles.line}>
            <Body1>
              {formatDmy(p.line.date)} · {money(p.line.amount, language)}
            </Body1>
            {p.invoice && <Badge appearance="tint">{percent(p.confidence, language)}</Badge>}
          </div>
          <Caption1>{p.line.text}</Caption1>
          {p.invoice ? (
            <Checkbox
              checked={chosen.has(p.line.row)}
              onChange={(_, d) =>
                setChosen(new Set(d.checked ? [...chosen, p.line.row] : [...chosen].filter((r) => r !== p.line.row)))
              }
              label={t("payments.matchTo", {
                invoice: p.invoice.InvoiceNo ?? "",
                client: p.client?.Name ?? p.invoice.ClientID ?? "",
                why: p.reasons.map(tell).join(", "),
              })}
            />
          ) : (
            <Caption1 className={styles.muted}>
              {t(p.unmatched === "debit" ? "payments.debit" : "payments.noMatch")}
            </Caption1>
          )}
        </article>
      ))}
      {matched.length > 0 && (
        <Button
          appearance="primary"
          icon={<TableAddRegular />}
          disabled={busy || matched.every((p) => !chosen.has(p.line.row))}
          onClick={record}
        >
          {t("payments.record", { n: matched.filter((p) => chosen.has(p.line.row)).length })}
        </Button>
      )}
    </>
  );
}

function AgingSummary({ data, today, onDone }: SectionProps & { today: number }) {
  const { t, language, tell } = useI18n();
  const port = usePort();
  const aging = useMemo(() => agingAsOf(data, today), [data, today]);
  const over = useMemo(() => overpayments(invoiceBalances(data.invoices, data.payments, today)), [data, today]);
  return (
    <>
      <Table size="small" aria-label={t("payments.aging")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("payments.bucket")}</TableHeaderCell>
            <TableHeaderCell style={{ textAlign: "right" }}>{t("payments.amount")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {[...BUCKETS, "total" as const].map((b) => (
            <TableRow key={b}>
              <TableCell>
                {b === "total"
                  ? t("payments.total")
                  : b === "current"
                    ? t("payments.current")
                    : t("payments.daysLate", { range: b })}
              </TableCell>
              <TableCell style={{ textAlign: "right" }}>{money(aging.total[b], language)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Body1>{t("payments.dso", { days: aging.dso === null ? "–" : aging.dso.toLocaleString(language) })}</Body1>
      {over.map((p, i) => (
        <Caption1 key={i}>{tell.problem(p)}</Caption1>
      ))}
      <Button
        icon={<TableAddRegular />}
        onClick={() =>
          port.writeSheet({ ...agingSheet(aging, language), currency: data.settings.currency }).then(
            (w) => onDone(wroteOutcome(t("payments.agingWritten", { sheet: w.sheet }), w, language)),
            (error: unknown) => onDone({ intent: "error", text: tell.error(error) }),
          )
        }
      >
        {t("payments.writeAging")}
      </Button>
    </>
  );
}
