/** The frame the workbook pages share: a heading, what the last action did, and the read's loading and failure states. */
import type { ReactNode } from "react";
import { Body1, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle2 } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import type { TaskState } from "../useTask";

export type Outcome = { intent: "success" | "error" | "warning"; text: string } | undefined;

const useStyles = makeStyles({ page: { display: "flex", flexDirection: "column", gap: "12px" } });

export function OutcomeBar({ outcome }: { outcome: Outcome }) {
  return outcome ? (
    <MessageBar intent={outcome.intent}>
      <MessageBarBody>{outcome.text}</MessageBarBody>
    </MessageBar>
  ) : null;
}

export function TaskPage<T>({
  id,
  title,
  outcome,
  state,
  children,
}: {
  id: string;
  title: string;
  outcome: Outcome;
  state: TaskState<T>;
  children: (value: T) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className={useStyles().page} aria-labelledby={`${id}-title`}>
      <Subtitle2 as="h2" id={`${id}-title`}>
        {title}
      </Subtitle2>
      <OutcomeBar outcome={outcome} />
      {state.status === "running" && <Spinner size="small" />}
      {state.status === "failed" && <Body1>{t("health.failed", { message: state.message })}</Body1>}
      {state.status === "done" && children(state.value)}
    </section>
  );
}
