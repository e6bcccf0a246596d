/**
 * `npm run lint` (non-null assertions): how many `x!` src holds, each one a place where the types do
 * not say what the code knows. Over the ceiling, lint fails; each one left says why on its line or
 * the line above (a comment), or it is counted as unexplained.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** The most non-null assertions src may hold (issue 32). */
export const CEILING = 40;

export interface Assertion {
  file: string;
  line: number;
  text: string;
}

/** The non-null assertions of one source file. */
export function nonNullAssertions(file: string, text: string): Assertion[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Assertion[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNonNullExpression(node))
      found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.getText().slice(0, 60) });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : /\.tsx?$/.test(name) ? [file] : [];
  });
}

/** `node bin/run-ts.js scripts/non-null-count.ts [DIR|FILE…] [--list]`: the count, or with --list each one and its line. */
export function main(args: string[]): number {
  const paths = args.filter((a) => a !== "--list");
  const files = (paths.length ? paths : ["src"]).flatMap((p) => (statSync(p).isDirectory() ? filesUnder(p) : [p]));
  const all = files.flatMap((f) => nonNullAssertions(f, readFileSync(f, "utf8")));
  if (args.includes("--list"))
    for (const a of all) console.log(`${a.file}:${a.line}  ${readFileSync(a.file, "utf8").split("\n")[a.line - 1].trim().slice(0, 160)}`);
  const byFile = new Map<string, number>();
  for (const a of all) byFile.set(a.file, (byFile.get(a.file) ?? 0) + 1);
  const worst = [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(`${all.length} non-null assertions in src (ceiling ${CEILING}); most in ${worst.map(([f, n]) => `${f} (${n})`).join(", ")}`);
  return all.length > CEILING ? 1 : 0;
}
