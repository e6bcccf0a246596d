/**
 * The planned visits or meetings in the user's Outlook calendar (signed in to Microsoft 365): each
 * added once, updated when it moved, cancelled when it was called off; what happened said in one line.
 * Signed out, each item keeps its .ics file.
 */
import { useState } from "react";
import { Button } from "@fluentui/react-components";
import { CalendarSyncRegular } from "@fluentui/react-icons";
import type { CalendarItem } from "../../m365/calendar";
import { useI18n } from "../i18n";
import { SignInButton, useMicrosoft365 } from "../microsoft365";
import { usePageStyles } from "./TaskPage";
import { Outcome } from "./Outcome";

export function OutlookCalendar({ items, onDone }: { items: () => CalendarItem[]; onDone: (o: Outcome) => void }) {
  const { t, tell } = useI18n();
  const styles = usePageStyles();
  const { graph } = useMicrosoft365();
  const [busy, setBusy] = useState(false);
  const sync = async () => {
    setBusy(true);
    try {
      const { syncEvents } = await import("../../m365/calendar");
      // the button shows only once signed in (graph)
      const outcomes = await syncEvents(graph!, items());
      const count = (state: string) => outcomes.filter((o) => o.state === state).length;
      const failed = count("failed");
      onDone({
        intent: failed ? "warning" : "success",
        text: t("calendar.synced", {
          created: count("created"),
          updated: count("updated"),
          cancelled: count("cancelled"),
          failed,
        }),
      });
    } catch (error) {
      onDone({ intent: "error", text: tell.error(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.actions}>
      <SignInButton onError={(text) => onDone({ intent: "error", text })} />
      {graph && (
        <Button icon={<CalendarSyncRegular />} disabled={busy} onClick={() => void sync()}>
          {t("calendar.outlook")}
        </Button>
      )}
    </div>
  );
}
