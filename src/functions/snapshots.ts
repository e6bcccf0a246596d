/**
 * The snapshot the SALES.* functions answer from (built on the runtime's shared read), and how their
 * cells stay current: every
 * table-reading function streams, answering at once from the cached, indexed snapshot and again
 * whenever the workbook's tables change (the cache is dropped, rebuilt once, and every live cell gets
 * its new value). No volatile functions, no full recalculation, no stale figure.
 */
import { Snapshot } from "../core/sales";
import { cellError } from "./errors";
import { dateSystem, onInvalidate, salesData } from "../runtime/sharedRead";
import { Day, localToday } from "../core/kernel";

/** Today for the cells: the system's local date in Excel; the day the workbench or a test pins. */
let today: () => Day = () => localToday(new Date());

export function setToday(clock: () => Day): void {
  today = clock;
}

/**
 * Live cells that count from today answer again just after each local midnight (issue 29): a workbook
 * left open overnight never shows yesterday's "today". One timer, while any cell is live.
 */
let midnight: ReturnType<typeof setTimeout> | undefined;
function wakeAtMidnight(): void {
  if (midnight !== undefined || listeners.size === 0) return;
  const now = new Date();
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
  midnight = setTimeout(() => {
    midnight = undefined;
    listeners.forEach((answer) => answer());
    wakeAtMidnight();
  }, next.getTime() - now.getTime());
  (midnight as { unref?: () => void }).unref?.(); // in Node (tests) it keeps nothing running
}

function sleepPastMidnight(): void {
  clearTimeout(midnight);
  midnight = undefined;
}

let current: Snapshot | undefined;
let loading: Promise<Snapshot> | undefined;
const listeners = new Set<() => void>();

/** Answers a streaming cell that needs only the date system, as soon as it is known; from the tables where no face reads it apart. */
export function streamDates<T>(
  invocation: CustomFunctions.StreamingInvocation<T>,
  compute: (date1904: boolean) => T,
): void {
  dateSystem().then(
    (is1904) => {
      try {
        invocation.setResult(compute(is1904));
      } catch (error) {
        invocation.setResult(cellError(error) as unknown as T);
      }
    },
    (error) => {
      invocation.setResult(cellError(error) as unknown as T);
    },
  );
}

// The tables changed: every live cell answers again from the next snapshot.
onInvalidate(() => {
  current = undefined;
  loading = undefined;
  listeners.forEach((answer) => answer());
});

export function snapshot(): Promise<Snapshot> {
  if (!loading) {
    const pending: Promise<Snapshot> = salesData().then((tables) => {
      const snap = new Snapshot(tables);
      if (loading === pending) current = snap;
      return snap;
    });
    loading = pending;
    pending.catch(() => loading === pending && (loading = undefined));
  }
  return loading;
}

/** Answers a streaming cell now (synchronously once the snapshot is built) and after every change. */
export function stream<T>(
  invocation: CustomFunctions.StreamingInvocation<T>,
  compute: (s: Snapshot, today: Day) => T,
): void {
  const deliver = (s: Snapshot) => {
    try {
      invocation.setResult(compute(s, today()));
    } catch (error) {
      invocation.setResult(cellError(error) as unknown as T);
    }
  };
  const answer = () => {
    if (current) deliver(current);
    else snapshot().then(deliver, (error) => invocation.setResult(cellError(error) as unknown as T));
  };
  listeners.add(answer);
  wakeAtMidnight();
  invocation.onCanceled = () => {
    listeners.delete(answer);
    if (listeners.size === 0) sleepPastMidnight();
  };
  answer();
}
