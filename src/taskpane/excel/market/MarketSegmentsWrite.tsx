/**
 * Writing the segments into Clients.Segment, when she asks: blank cells and segments we named are
 * replaced; the ones she typed herself only once she has confirmed it in a dialog that counts them.
 */
import type { SectionProps } from "../../components/SectionProps";
import { useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { PeopleEditRegular } from "@fluentui/react-icons";
import { type MarketReport, segmentChanges, writeSegments, type SegmentChange } from "../../../core/market";
import { useI18n } from "../../i18n";
import { usePort } from "../../state/port";
import { useWrite } from "../../state/useWrite";
import { usePageStyles } from "../../components/TaskPage";

export function MarketSegmentsWrite({ data, report, onDone }: SectionProps & { report: MarketReport }) {
  const { t, language } = useI18n();
  const styles = usePageStyles();
  const port = usePort();
  const { busy, write } = useWrite(onDone);
  const [asked, setAsked] = useState<SegmentChange[]>();
  const changes = segmentChanges(report.clients, data.clients, language);
  const hers = changes.filter((c) => c.hers);
  const run = (overwrite: boolean) => {
    setAsked(undefined);
    write(writeSegments(port, changes, overwrite), (done) => ({
      intent: done.conflicts ? "warning" : "success",
      text: t("market.segmentsWritten", { n: done.written, kept: done.skipped, changed: done.conflicts }),
    }));
  };
  return (
    <div className={styles.actions}>
      <Button
        icon={<PeopleEditRegular />}
        disabled={busy || changes.length === 0}
        onClick={() => (hers.length ? setAsked(hers) : run(false))}
      >
        {t("market.writeSegments", { n: changes.length })}
      </Button>
      <Dialog open={asked !== undefined} onOpenChange={(_, d) => !d.open && setAsked(undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("market.hersTitle", { n: hers.length })}</DialogTitle>
            <DialogContent>
              {t("market.hersWhat", { examples: [...new Set(hers.map((c) => c.from))].slice(0, 3).join(", ") })}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => run(false)}>
                {t("market.keepHers")}
              </Button>
              <Button onClick={() => run(true)}>{t("market.replaceHers")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
