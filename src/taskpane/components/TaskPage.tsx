/**
 * The frame every page shares: a heading (with the page's own buttons beside it), an introduction,
 * what the last action did, and the loading and failure states of what the page reads or runs.
 */
import type { ReactNode } from "react";
import { Body1, makeStyles, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import type { TaskState } from "../state/useTask";
import { OutcomeBar, type Outcome } from "./Outcome";

export const usePageStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: "12px" },
  bar: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: "8px", flexWrap: "wrap" },
  heading: { margin: 0 },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    padding: "8px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface Frame {
  id: string;
  title: string;
  intro?: ReactNode;
  /** buttons beside the heading (check again, read again) */
  actions?: ReactNode;
  outcome?: Outcome;
  /** shown whatever the state: the page's own choices */
  lead?: ReactNode;
  /** the spinner's words while the state runs */
  busy?: string;
  /** after the state's part */
  footer?: ReactNode;
}

export function TaskPage<T>({
  id,
  title,
  intro,
  actions,
  outcome,
  lead,
  busy,
  footer,
  state,
  children,
}: Frame & { state: TaskState<T>; children: (value: T) => ReactNode }) {
  const { t, tell } = useI18n();
  const styles = usePageStyles();
  return (
    <section className={styles.page} aria-labelledby={`${id}-title`}>
      <div className={styles.bar}>
        <Subtitle2 as="h2" id={`${id}-title`} className={styles.heading}>
          {title}
        </Subtitle2>
        {actions}
      </div>
      {intro && <Body1>{intro}</Body1>}
      <OutcomeBar outcome={outcome} />
      {lead}
      {state.status === "running" && <Spinner size="small" label={busy} />}
      {state.status === "failed" && (
        <OutcomeBar outcome={{ intent: "error", text: t("common.pageFailed", { message: tell.error(state.error) }) }} />
      )}
      {state.status === "done" && children(state.value)}
      {footer}
    </section>
  );
}
