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
  /** a comment on its line, or on the line above, says why it holds */
  explained: boolean;
}

/** The non-null assertions of one source file. */
export function nonNullAssertions(file: string, text: string): Assertion[] {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const lines = text.split("\n");
  const found: Assertion[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNonNullExpression(node)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      const explained = lines[line - 1].includes("// ") || /^\s*\/\//.test(lines[line - 2] ?? "");
      found.push({ file, line, text: node.getText().slice(0, 60), explained });
    }
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
    for (const a of all)
      console.log(
        `${a.file}:${a.line}  ${a.explained ? "" : "(no reason) "}${readFileSync(a.file, "utf8").split("\n")[a.line - 1].trim().slice(0, 160)}`,
      );
  const unexplained = all.filter((a) => !a.explained);
  for (const a of unexplained)
    console.error(`${a.file}:${a.line}: ${a.text}: say why it holds in a comment on its line or the line above`);
  console.log(`${all.length} non-null assertions in src (ceiling ${CEILING}), ${unexplained.length} without a reason`);
  return all.length > CEILING || unexplained.length > 0 ? 1 : 0;
}
