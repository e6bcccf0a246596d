/** A write a page waits for: busy while it runs, then what it did — or the error, in the pane's words — said through `onDone`. */
import { useState } from "react";
import { useI18n } from "../i18n";
import type { Outcome } from "../components/Outcome";

export function useWrite(onDone: (o: Outcome) => void) {
  const { tell } = useI18n();
  const [busy, setBusy] = useState(false);
  const write = <T>(work: Promise<T>, said: (value: T) => Outcome) => {
    setBusy(true);
    work.then(
      (value) => {
        setBusy(false);
        onDone(said(value));
      },
      (error: unknown) => {
        setBusy(false);
        onDone({ intent: "error", text: tell.error(error) });
      },
    );
  };
  return { busy, write };
}
