/**
 * The layering and cycle rules of `npm run lint` catch what they are there for: a core module reaching
 * an adapter or a higher layer, and import cycles, type-only ones included.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { findCycles, folderGraph, importGraph } from "../../scripts/import-cycles";

const root = path.join(__dirname, "..", "..");
// ESLint as `npm run lint` runs it (its flat config is an ES module, which jest's sandbox cannot load).
const lint = async (file: string, code: string): Promise<string[]> => {
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, "node_modules", "eslint", "bin", "eslint.js"),
      "--stdin",
      "--stdin-filename",
      file,
      "--format",
      "json",
    ],
    {
      cwd: root,
      input: code,
      encoding: "utf8",
    },
  );
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
  return result.messages.filter((m) => m.ruleId === "import-x/no-restricted-paths").map((m) => m.message);
};

describe("the layering rules", () => {
  it("refuse the core importing an adapter, and the kernel importing the workbook layer", async () => {
    expect(
      await lint(
        "src/core/kernel/example.ts",
        'import { ExcelWorkbook } from "../../excel/excelWorkbook";\nexport const x = ExcelWorkbook;\n',
      ),
    ).toEqual([expect.stringContaining("src/core is plain TypeScript")]);
    expect(
      await lint(
        "src/core/kernel/example.ts",
        'import { CONTRACT } from "../workbook/contract";\nexport const x = CONTRACT;\n',
      ),
    ).toEqual([expect.stringContaining("never back")]);
    expect(
      await lint(
        "src/core/sales/example.ts",
        'import { CONTRACT } from "../workbook/contract";\nexport const x = CONTRACT;\n',
      ),
    ).toEqual([]);
  }, 30_000);

  it("refuse a layer below the domains importing any domain, and the core importing Microsoft 365", async () => {
    // every folder of the core is a domain, those added since the rules were written too
    for (const module of ["orders/orders", "support/requests", "documents/document", "market/market"])
      expect(
        await lint("src/core/locale/example.ts", `import * as d from "../${module}";\nexport const x = d;\n`),
      ).toEqual([expect.stringContaining("never back")]);
    expect(
      await lint(
        "src/core/sales/example.ts",
        'import type { Microsoft365 } from "../../m365/graph";\nexport type X = Microsoft365;\n',
      ),
    ).toEqual([expect.stringContaining("Microsoft 365")]);
  }, 60_000);
});

describe("the domains' entries", () => {
  it("refuse a face or an adapter reaching past a domain's index.ts", async () => {
    expect(
      await lint("src/cli/example.ts", 'import { dayOf } from "../core/kernel/dates";\nexport const x = dayOf;\n'),
    ).toEqual([expect.stringContaining("through its index.ts")]);
    expect(
      await lint(
        "src/excel/example.ts",
        'import { CONTRACT } from "../core/workbook/contract";\nexport const x = CONTRACT;\n',
      ),
    ).toEqual([expect.stringContaining("through its index.ts")]);
    expect(
      await lint(
        "src/taskpane/excel/example.ts",
        'import { dayOf } from "../../core/kernel";\nexport const x = dayOf;\n',
      ),
    ).toEqual([]);
    // inside the core, a module imports the module it needs
    expect(
      await lint("src/core/sales/example.ts", 'import { dayOf } from "../kernel/dates";\nexport const x = dayOf;\n'),
    ).toEqual([]);
  }, 60_000);
});

describe("the layer list", () => {
  it("names every folder of the core in DESIGN.md, and each has a README", () => {
    const core = path.join(root, "src", "core");
    const design = readFileSync(path.join(root, "docs", "DESIGN.md"), "utf8");
    const layers = design.slice(
      design.indexOf("`src/core` is grouped by domain"),
      design.indexOf("Imports run kernel"),
    );
    for (const folder of readdirSync(core, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      expect([folder.name, layers.includes(`${folder.name}/`)]).toEqual([folder.name, true]);
      expect([folder.name, existsSync(path.join(core, folder.name, "README.md"))]).toEqual([folder.name, true]);
    }
  });
});

describe("the cycle check", () => {
  it("finds a cycle made of type-only imports, and none in a tree", () => {
    const sources = new Map([
      ["src/core/a.ts", 'import type { B } from "./b";\nexport type A = B[];'],
      ["src/core/b.ts", 'import type { A } from "./a";\nexport type B = A | 1;'],
      ["src/core/c.ts", 'import { x } from "./d";\nexport const c = x;'],
      ["src/core/d.ts", "export const x = 1;"],
    ]);
    expect(findCycles(importGraph(sources))).toEqual([["src/core/a.ts", "src/core/b.ts", "src/core/a.ts"]]);
    sources.delete("src/core/b.ts");
    expect(findCycles(importGraph(sources))).toEqual([]);
  });

  it("finds a cycle between two domain folders even when no file cycle exists", () => {
    const sources = new Map([
      ["src/core/sales/a.ts", 'import { b } from "../receivables/b";\nexport const a = b;'],
      ["src/core/receivables/b.ts", "export const b = 1;"],
      ["src/core/receivables/c.ts", 'import { a } from "../sales/a";\nexport const c = a;'],
    ]);
    const graph = importGraph(sources);
    expect(findCycles(graph)).toEqual([]);
    const folders = findCycles(folderGraph(graph, (f) => /^src\/core\/([^/]+)\//.exec(f)?.[1]));
    expect(folders).toHaveLength(1);
    expect(new Set(folders[0])).toEqual(new Set(["sales", "receivables"]));
  });
});
