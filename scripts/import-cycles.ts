/**
 * `npm run lint` (cycles): no import cycle anywhere in src, type-only imports included (ESLint's
 * no-cycle skips those), and none between the core's domain folders either.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** file → the files it imports (relative specifiers only: packages cannot import us back). */
export type ImportGraph = Map<string, string[]>;

export function importGraph(sources: ReadonlyMap<string, string>): ImportGraph {
  const resolve = (from: string, spec: string) =>
    ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]
      .map((ext) => path.posix.join(path.posix.dirname(from), spec) + ext)
      .find((f) => sources.has(f));
  const graph: ImportGraph = new Map();
  for (const [file, text] of sources) {
    const specs = ts
      .preProcessFile(text, true, true)
      .importedFiles.map((f) => f.fileName)
      .filter((s) => s.startsWith("."));
    graph.set(file, [...new Set(specs.map((s) => resolve(file, s)).filter((f): f is string => f !== undefined))]);
  }
  return graph;
}

/** Every cycle, as the path that closes it (a → b → a), one per strongly connected component. */
export function findCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let n = stack.pop()!; ; n = stack.pop()!) {
      component.push(n);
      if (n === node) break;
    }
    const self = (graph.get(node) ?? []).includes(node);
    if (component.length > 1 || self) cycles.push(cyclePath(graph, new Set(component), node));
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

/** One concrete loop through a strongly connected component, to show a person. */
function cyclePath(graph: ImportGraph, component: ReadonlySet<string>, start: string): string[] {
  const seen = new Map<string, string>([[start, start]]);
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (next === start) {
        const route = [start];
        for (let n = node; n !== start; n = seen.get(n)!) route.splice(1, 0, n);
        return [...route, start];
      }
      if (component.has(next) && !seen.has(next)) {
        seen.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

/** The same graph between folders (src/core/sales → src/core/receivables …). */
export function folderGraph(graph: ImportGraph, folderOf: (file: string) => string | undefined): ImportGraph {
  const folders: ImportGraph = new Map();
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    if (!from) continue;
    const edges = new Set(folders.get(from) ?? []);
    for (const t of targets) {
      const to = folderOf(t);
      if (to && to !== from) edges.add(to);
    }
    folders.set(from, [...edges]);
  }
  return folders;
}

function sourcesUnder(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const file = path.posix.join(dir, name);
    if (statSync(file).isDirectory()) sourcesUnder(file, out);
    else if (/\.tsx?$/.test(name)) out.set(file, readFileSync(file, "utf8"));
  }
  return out;
}

export function main(args: string[]): number {
  const graph = importGraph(sourcesUnder(args[0] ?? "src"));
  const coreFolder = (f: string) => /^src\/core\/([^/]+)\//.exec(f)?.[1];
  const cycles = [
    ...findCycles(graph),
    ...findCycles(folderGraph(graph, coreFolder)).map((c) => c.map((d) => `src/core/${d}/`)),
  ];
  for (const c of cycles) console.error(`import cycle: ${c.join(" → ")}`);
  console.log(cycles.length ? `${cycles.length} import cycle(s)` : `no import cycle in ${graph.size} files`);
  return cycles.length ? 1 : 0;
}
