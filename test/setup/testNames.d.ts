/** test/setup/testNames.js: the names of each test file's tests, written down in a mutation run. */
export function writeTestNames(rootDir: string, testPath: string, names: string[]): void;
export function mayMatch(rootDir: string, testPaths: string[], pattern: string): string[];
