/** Runs an async read of the workbook, with loading and error states and a way to run it again. */
import { useCallback, useEffect, useState } from "react";

export type TaskState<T> =
  { status: "idle" } | { status: "running" } | { status: "done"; value: T } | { status: "failed"; error: unknown };

export const failure = (error: unknown): TaskState<never> => ({ status: "failed", error });

export function useTask<T>(task: () => Promise<T>): [TaskState<T>, () => void] {
  const [state, setState] = useState<TaskState<T>>({ status: "running" });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    task().then(
      (value) => live && setState({ status: "done", value }),
      (error: unknown) => live && setState(failure(error)),
    );
    return () => {
      live = false;
    };
    // The task is re-run on request (round), not whenever the caller re-creates its closure.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [round]);
  const rerun = useCallback(() => {
    setState({ status: "running" });
    setRound((r) => r + 1);
  }, []);
  return [state, rerun];
}
