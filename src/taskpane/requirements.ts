/**
 * What each pane needs of the Office it runs in (issue 29). The manifest's requirements gate every
 * host at once, so the shared runtime cannot be asked of Excel there without hiding the Word pane from
 * the many Word installs that lack it: each pane checks its own set when it starts, and says in the
 * pane's language what is missing instead of failing later.
 */
export const NEEDS = {
  // SALES.* and the pane share one runtime: the functions read the tables the pane reads
  excel: { set: "SharedRuntime", version: "1.1" },
  // the Word pane inserts documents with content controls and tables (WordApi 1.3)
  word: { set: "WordApi", version: "1.3" },
} as const;

export type PaneHost = keyof typeof NEEDS;

/** The requirement set this host lacks for its pane, if any. */
export function missingRequirement(host: PaneHost, isSetSupported: (set: string, version: string) => boolean) {
  const need = NEEDS[host];
  return isSetSupported(need.set, need.version) ? undefined : need;
}
