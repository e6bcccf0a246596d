/** jest's global teardown (tempRootTeardown.js): removes the run's temporary folder and gives TMPDIR back. */
declare const teardown: () => void;
export = teardown;
