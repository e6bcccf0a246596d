/**
 * E-mails to send, made ready where the admin sends mail: as drafts in her Outlook mailbox (signed in
 * to Microsoft 365; progress shown, each client's outcome said and kept for the session, the failed
 * ones tried again without doubling the others), or as .eml files Outlook opens unsent, all in one
 * .zip. Never sent from here.
 */
import { useState } from "react";
import { Body1, Button, Caption1, ProgressBar } from "@fluentui/react-components";
import { ArrowDownloadRegular, MailEditRegular } from "@fluentui/react-icons";
import type { Drafted } from "../../core/campaigns";
import type { DraftOutcome } from "../../m365/outlook";
import { useI18n } from "../i18n";
import { download } from "../download";
import { UniqueNames } from "../../core/kernel";
import { SignInButton, useMicrosoft365 } from "../microsoft365";
import { usePageStyles } from "./TaskPage";
import { Outcome } from "./Outcome";

/** What a run of drafts did, kept for the browser session: the pane may be closed or left, and the next run still skips the drafts made. */
function useRunOutcomes(run: string): [DraftOutcome[], (outcomes: DraftOutcome[]) => void] {
  const key = `salesdesk.drafts:${run}`;
  const [outcomes, setOutcomes] = useState<DraftOutcome[]>(
    () => JSON.parse(sessionStorage.getItem(key) ?? "[]") as DraftOutcome[],
  );
  return [
    outcomes,
    (next) => {
      sessionStorage.setItem(key, JSON.stringify(next));
      setOutcomes(next);
    },
  ];
}

/**
 * `run` names the e-mails (the reminders of a day, a campaign of a period and list): its outcomes are
 * kept under it. `onMade` hears whom drafts or files were made for (a campaign logs its send).
 */
export function OutlookDrafts({
  drafted,
  run,
  zipName,
  onDone,
  onMade,
}: {
  drafted: () => Drafted;
  run: string;
  zipName: string;
  onDone: (o: Outcome) => void;
  onMade?: (channel: "Outlook" | "Email", clientIds: string[]) => Promise<unknown>;
}) {
  const { t, tell } = useI18n();
  const styles = usePageStyles();
  const { graph } = useMicrosoft365();
  const [progress, setProgress] = useState<{ done: number; of: number }>();
  const [outcomes, setOutcomes] = useRunOutcomes(run);
  const made = new Set(outcomes.filter((o) => o.state !== "failed").map((o) => o.clientId));
  const failed = outcomes.filter((o) => o.state === "failed");
  const toOutlook = async () => {
    const [{ draftAttachments }, { createDrafts }] = await Promise.all([
      import("../../files/draftEml"),
      import("../../m365/outlook"),
    ]);
    try {
      const { drafts, noEmail } = drafted();
      setProgress({ done: 0, of: drafts.filter((d) => !made.has(d.clientId)).length });
      const prepared = await Promise.all(
        drafts.map(async (draft) => ({ draft, attachments: await draftAttachments(draft) })),
      );
      // each batch's outcomes kept as soon as known: a run cut short later keeps what it made
      let kept = outcomes;
      const keep = (found: readonly DraftOutcome[]) => {
        const settled = new Set(found.map((o) => o.clientId));
        kept = [...kept.filter((o) => !settled.has(o.clientId)), ...found];
        setOutcomes(kept);
      };
      // the button shows only once signed in (graph)
      const result = await createDrafts(graph!, prepared, run, made, (done, of) => setProgress({ done, of }), keep);
      const created = result.filter((o) => o.state === "created").length;
      const lost = result.filter((o) => o.state === "failed").length;
      if (created)
        await onMade?.(
          "Outlook",
          result.filter((o) => o.state === "created").map((o) => o.clientId),
        );
      onDone({
        intent: lost ? "warning" : "success",
        text: t("drafts.made", { n: created, failed: lost, noEmail: noEmail.length }),
      });
    } catch (error) {
      onDone({ intent: "error", text: tell.error(error) });
    } finally {
      setProgress(undefined);
    }
  };
  const asFiles = async () => {
    try {
      const [{ draftEml }, { default: JSZip }] = await Promise.all([import("../../files/draftEml"), import("jszip")]);
      const { drafts, noEmail } = drafted();
      const zip = new JSZip();
      const names = new UniqueNames(); // entries named from client IDs: never a path when unzipped
      for (const draft of drafts) zip.file(names.name(draft.clientId, "eml"), await draftEml(draft, new Date()));
      download(await zip.generateAsync({ type: "blob" }), zipName, "zip");
      if (drafts.length)
        await onMade?.(
          "Email",
          drafts.map((d) => d.clientId),
        );
      onDone({ intent: "success", text: t("drafts.files", { n: drafts.length, noEmail: noEmail.length }) });
    } catch (error) {
      onDone({ intent: "error", text: tell.error(error) });
    }
  };
  return (
    <div className={styles.page}>
      <SignInButton onError={(text) => onDone({ intent: "error", text })} />
      <div className={styles.actions}>
        {graph && (
          <Button
            appearance="primary"
            icon={<MailEditRegular />}
            disabled={progress !== undefined}
            onClick={() => void toOutlook()}
          >
            {failed.length ? t("drafts.retry", { n: failed.length }) : t("drafts.outlook")}
          </Button>
        )}
        <Button icon={<ArrowDownloadRegular />} onClick={() => void asFiles()}>
          {t("drafts.eml")}
        </Button>
      </div>
      {progress && (
        <div role="status" aria-label={t("drafts.progress", { done: progress.done, n: progress.of })}>
          <ProgressBar value={progress.of ? progress.done / progress.of : 0} />
          <Caption1>{t("drafts.progress", { done: progress.done, n: progress.of })}</Caption1>
        </div>
      )}
      {outcomes.length > 0 && (
        <ul aria-label={t("drafts.outcomes")} className={styles.page}>
          {outcomes.map((o) => (
            <li key={o.clientId}>
              <Body1>
                {o.clientId} ·{" "}
                {o.state === "failed"
                  ? t("drafts.failed", { error: o.error })
                  : o.state === "created"
                    ? t("drafts.created")
                    : t("drafts.before")}
              </Body1>
            </li>
          ))}
        </ul>
      )}
      {failed.length > 0 && <Caption1 className={styles.muted}>{t("drafts.retryHint")}</Caption1>}
      {failed.length === 0 && outcomes.length > 0 && <Caption1 className={styles.muted}>{t("drafts.review")}</Caption1>}
    </div>
  );
}
