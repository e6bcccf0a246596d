import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { CATALOGUES } from "../../src/taskpane/i18n";
import { CONTRACT } from "../../src/core/workbook/contract";

describe("the pane's catalogues", () => {
  it("name every column of the client form in every language (a form shows each contract column it finds)", () => {
    const missing = Object.entries(CATALOGUES).flatMap(([language, catalogue]) =>
      CONTRACT.Clients.columns
        .filter((c) => !(`common.field.${c.name}` in catalogue) && c.name !== "ClientID")
        .map((c) => `${language}: common.field.${c.name}`),
    );
    expect(missing).toEqual([]);
  });
});

/**
 * Keys are namespaced by page (issue 32): a namespace belongs to one page, the Word pane, one shared
 * component, the shell or the workbench, and only `common.*` is shared, so changing one page's words never changes
 * another's. Every key is used somewhere.
 */
describe("the catalogues' keys", () => {
  const pane = path.join(__dirname, "..", "..", "src", "taskpane");
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? e.name === "catalogues"
          ? []
          : sources(path.join(dir, e.name))
        : /\.tsx?$/.test(e.name)
          ? [path.join(dir, e.name)]
          : [],
    );
  const ownerOf = (file: string): string => {
    const [top, second] = path.relative(pane, file).split(path.sep);
    if (top === "excel" && second.endsWith(".tsx")) return "shell";
    return top === "excel"
      ? `excel/${second}`
      : top === "components"
        ? `components/${second}`
        : top === "word"
          ? "word"
          : "shell";
  };
  const keys = Object.keys(CATALOGUES.en);
  /** The keys a file names: whole ones in quotes, the stems of those it builds (`nav.${id}`), a TablePage's own. */
  const named = (text: string): string[] =>
    [
      ...[...text.matchAll(/["`]([a-zA-Z][a-zA-Z0-9]*\.[A-Za-z0-9.]*)(["`]|\$\{)/g)].map((m) =>
        m[2] === "${" ? m[1] : `${m[1]}"`,
      ),
      ...[...text.matchAll(/<TablePage id="([a-z]+)"/g)].map((m) => `${m[1]}.`),
    ].filter((k) => keys.some((key) => (k.endsWith('"') ? `${key}"` === k : key.startsWith(k))));
  const workbench = path.join(pane, "..", "workbench");
  const uses = [
    ...sources(pane).map((file) => ({ owner: ownerOf(file), keys: named(readFileSync(file, "utf8")) })),
    ...sources(workbench).map((file) => ({ owner: "workbench", keys: named(readFileSync(file, "utf8")) })),
  ];

  it("keep each namespace to one page or component, common.* apart", () => {
    const owners = new Map<string, Set<string>>();
    for (const { owner, keys: used } of uses)
      for (const key of used) {
        const space = key.split(".")[0];
        if (space !== "common") owners.set(space, (owners.get(space) ?? new Set()).add(owner));
      }
    expect(
      [...owners].filter(([, o]) => o.size > 1).map(([space, o]) => `${space}: ${[...o].sort().join(", ")}`),
    ).toEqual([]);
  });

  it("use every key", () => {
    const all = uses.flatMap((u) => u.keys);
    expect(keys.filter((key) => !all.some((k) => (k.endsWith('"') ? k === `${key}"` : key.startsWith(k))))).toEqual([]);
  });
});
