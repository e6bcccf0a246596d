/** Calls a registered streaming function as Excel would, and collects what the cell shows. */
type Fn = (...args: never[]) => void;

export function cell(fn: Fn, ...args: unknown[]) {
  const results: unknown[] = [];
  let waiting: (() => void) | undefined;
  const invocation = {
    setResult: (v: unknown) => {
      results.push(v);
      waiting?.();
    },
    onCanceled: undefined as undefined | (() => void),
  };
  (fn as (...a: unknown[]) => void)(...args, invocation);
  return {
    results,
    invocation,
    /** the value shown once `count` results have arrived */
    async value(count = 1): Promise<unknown> {
      while (results.length < count) await new Promise<void>((resolve) => (waiting = resolve));
      return results[count - 1];
    },
  };
}
