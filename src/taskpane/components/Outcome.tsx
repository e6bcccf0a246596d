/** What the last action did: its kind and words, and the bar that shows it. */
import { makeStyles, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { WrittenSheet } from "../../core/workbook";
import { render, type MessageLanguage } from "../../core/kernel";

export type Outcome = { intent: "success" | "error" | "warning"; text: string } | undefined;

/** A sheet written: a success, or a warning saying why it went beside a user's sheet of that name. */
export function wroteOutcome(text: string, written: WrittenSheet, language: MessageLanguage): Outcome {
  return written.note
    ? { intent: "warning", text: `${text} ${render(written.note, language)}` }
    : { intent: "success", text };
}

// What the last action did stays in view while the page scrolls under it.
const useStyles = makeStyles({ outcome: { position: "sticky", top: 0, zIndex: 1 } });

/** What an action did: wrapped, never cut to one line, and said to a screen reader as it changes. */
export function OutcomeBar({ outcome }: { outcome: Outcome }) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" className={styles.outcome}>
      {outcome && (
        <MessageBar intent={outcome.intent} layout="multiline">
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
