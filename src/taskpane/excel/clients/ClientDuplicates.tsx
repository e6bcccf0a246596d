/** Probable duplicate clients side by side, the merge that keeps one of each pair (asked first, undone from the archive), and merges left half-done. */
import type { SectionProps } from "../../components/SectionProps";
import { useMemo, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import { ArrowUndoRegular, CheckmarkRegular, MergeRegular } from "@fluentui/react-icons";
import { teamIndex, type Client } from "../../../core/workbook";
import {
  probableDuplicates,
  finishMerge,
  mergeClients,
  rollBackMerge,
  type ArchivedMerge,
  type MergeOutcome,
} from "../../../core/clients";
import { MessageKey, useI18n } from "../../i18n";
import { formatIban } from "../../../core/kernel";
import { usePort } from "../../state/port";
import { useToday } from "../../state/today";
import { usePageStyles } from "../../components/TaskPage";
import { Outcome } from "../../components/Outcome";

/** The reasons a pair is probably one client, in the pane's words. */
const REASON_KEYS = {
  TaxID: "clients.reason.taxId",
  "name and postal code": "clients.reason.namePostal",
  IBAN: "clients.reason.iban",
} as const;

// Words stay whole and wrap between them (an IBAN between its groups); only a word wider than the pane breaks.
const useStyles = makeStyles({ table: { overflowWrap: "break-word", wordBreak: "normal" } });

export function Duplicates({ data, undoable, onDone }: SectionProps & { undoable: ArchivedMerge[] }) {
  const { t, language } = useI18n();
  const styles = usePageStyles();
  const words = useStyles();
  const team = useMemo(() => teamIndex(data.team), [data]);
  /** A value as she reads it: an IBAN in groups of four, a payment method in words, an exec by name. */
  const shownValue = (field: keyof Client, client: Client): string => {
    const value = client[field];
    if (value === null || value === undefined) return "–";
    if (field === "IBAN") return formatIban(String(value));
    if (field === "PaymentMethod") return t(`common.method.${value}` as MessageKey);
    if (field === "Exec") return team.name(String(value));
    return String(value);
  };
  const port = usePort();
  const today = useToday();
  const pairs = useMemo(() => probableDuplicates(data.clients), [data]);
  const [busy, setBusy] = useState(false);
  // A merge changes many rows: it is asked first, and can be undone below.
  const [asked, setAsked] = useState<{ survivor: string; merged: string }>();
  const run = useMergeStep(setBusy, onDone);
  const merge = ({ survivor, merged }: { survivor: string; merged: string }) => {
    setAsked(undefined);
    void run(
      () => mergeClients(port, survivor, merged, today, language),
      (n) => t("clients.merged", { merged, survivor, n }),
    );
  };
  const shown: (keyof Client)[] = [
    "Name",
    "TaxID",
    "Email",
    "Phone",
    "Street",
    "PostalCode",
    "City",
    "IBAN",
    "PaymentMethod",
    "Exec",
  ];
  return (
    <section aria-labelledby="duplicates-title" className={styles.page}>
      <Subtitle2 as="h3" id="duplicates-title">
        {t("clients.duplicates", { n: pairs.length })}
      </Subtitle2>
      {pairs.length === 0 && <Body1>{t("clients.noDuplicates")}</Body1>}
      {pairs.slice(0, 10).map(({ a, b, reasons }) => (
        <article key={`${a.ClientID}|${b.ClientID}`} className={styles.card} aria-label={`${a.ClientID} ${b.ClientID}`}>
          <Caption1>{t("clients.sameBecause", { why: reasons.map((r) => t(REASON_KEYS[r])).join(", ") })}</Caption1>
          <Table size="small" className={words.table} aria-label={`${a.ClientID} · ${b.ClientID}`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell />
                <TableHeaderCell>{a.ClientID}</TableHeaderCell>
                <TableHeaderCell>{b.ClientID}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown
                .filter((f) => (a[f] ?? null) !== null || (b[f] ?? null) !== null)
                .map((f) => (
                  <TableRow key={f}>
                    <TableCell>{t(`common.field.${f}` as MessageKey)}</TableCell>
                    <TableCell>{shownValue(f, a)}</TableCell>
                    <TableCell>{(a[f] ?? null) === (b[f] ?? null) ? "=" : shownValue(f, b)}</TableCell>
                  </TableRow>
                ))}
            </TableBody>
          </Table>
          <div className={styles.actions}>
            <Button
              size="small"
              icon={<MergeRegular />}
              disabled={busy}
              onClick={() => setAsked({ survivor: a.ClientID, merged: b.ClientID })}
            >
              {t("clients.keep", { id: a.ClientID })}
            </Button>
            <Button
              size="small"
              icon={<MergeRegular />}
              disabled={busy}
              onClick={() => setAsked({ survivor: b.ClientID, merged: a.ClientID })}
            >
              {t("clients.keep", { id: b.ClientID })}
            </Button>
          </div>
        </article>
      ))}
      <Dialog open={asked !== undefined} onOpenChange={(_, d) => !d.open && setAsked(undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{asked && t("clients.askMerge", asked)}</DialogTitle>
            <DialogContent>{asked && t("clients.askMergeWhat", asked)}</DialogContent>
            <DialogActions>
              <Button appearance="primary" icon={<MergeRegular />} onClick={() => asked && merge(asked)}>
                {t("clients.mergeNow")}
              </Button>
              <Button onClick={() => setAsked(undefined)}>{t("clients.cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {undoable.slice(0, 5).map((m) => (
        <article
          key={m.merged}
          className={styles.card}
          aria-label={t("clients.mergedLately", { merged: m.merged, survivor: m.survivor })}
        >
          <Caption1>{t("clients.mergedLately", { merged: m.merged, survivor: m.survivor })}</Caption1>
          <div className={styles.actions}>
            <Button
              size="small"
              icon={<ArrowUndoRegular />}
              disabled={busy}
              onClick={() =>
                run(
                  () => rollBackMerge(port, m),
                  (n) => t("clients.rolledBack", { merged: m.merged, n }),
                )
              }
            >
              {t("clients.undoMerge")}
            </Button>
          </div>
        </article>
      ))}
    </section>
  );
}

/** Runs a merge step, then says how it went. */
function useMergeStep(setBusy: (busy: boolean) => void, onDone: (o: Outcome) => void) {
  const { tell } = useI18n();
  return async (step: () => Promise<MergeOutcome>, success: (n: number) => string) => {
    setBusy(true);
    const result = await step().catch((error: unknown) => ({ ok: false as const, error: tell.error(error) }));
    setBusy(false);
    onDone(
      result.ok
        ? { intent: "success", text: success(result.repointed) }
        : { intent: "error", text: typeof result.error === "string" ? result.error : tell(result.error) },
    );
  };
}

/** Merges the archive holds as started and not finished (Excel closed, the connection lost): finish or roll back, first thing on the page. */
export function UnfinishedMerges({
  unfinished,
  onDone,
}: {
  unfinished: ArchivedMerge[];
  onDone: (o: Outcome) => void;
}) {
  const { t } = useI18n();
  const styles = usePageStyles();
  const port = usePort();
  const [busy, setBusy] = useState(false);
  const run = useMergeStep(setBusy, onDone);
  return (
    <>
      {unfinished.map((m) => (
        <article
          key={m.merged}
          className={styles.card}
          aria-label={t("clients.unfinished", { merged: m.merged, survivor: m.survivor })}
        >
          <Body1>{t("clients.unfinished", { merged: m.merged, survivor: m.survivor })}</Body1>
          <div className={styles.actions}>
            <Button
              size="small"
              icon={<CheckmarkRegular />}
              disabled={busy}
              onClick={() =>
                run(
                  () => finishMerge(port, m.plan),
                  (n) => t("clients.merged", { merged: m.merged, survivor: m.survivor, n }),
                )
              }
            >
              {t("clients.finishMerge")}
            </Button>
            <Button
              size="small"
              icon={<ArrowUndoRegular />}
              disabled={busy || !m.reversible}
              onClick={() =>
                run(
                  () => rollBackMerge(port, m),
                  (n) => t("clients.rolledBack", { merged: m.merged, n }),
                )
              }
            >
              {t("clients.rollBackMerge")}
            </Button>
          </div>
        </article>
      ))}
    </>
  );
}
