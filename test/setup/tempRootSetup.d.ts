/** jest's global setup (tempRootSetup.js): makes the run's temporary folder and points TMPDIR at it. */
declare const setup: (() => void) & { PREFIX: string; BEFORE: string };
export = setup;
