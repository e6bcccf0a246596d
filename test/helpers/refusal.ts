/** What a write refused says, in English, or "written" when it was not refused: a promise, or a call that may throw. */
import { render, type SaidError } from "../../src/core/kernel/messages";

export const refusal = (write: Promise<unknown> | (() => unknown)): Promise<string> =>
  Promise.resolve()
    .then(typeof write === "function" ? write : () => write)
    .then(
      () => "written",
      (e: SaidError) => render(e.said, "en"),
    );
