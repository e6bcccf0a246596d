import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkFunctionsMetadata, checkManifest } from "../scripts/validate-manifest";
import { SCHEMA_VERSION, shortened, unifiedManifest, unifiedProblems } from "../scripts/unified-manifest";

const xml = readFileSync(path.join(__dirname, "../manifest.xml"), "utf8");
const served = new Set([
  "taskpane.html",
  "word.html",
  "help.html",
  "functions.js",
  "functions.json",
  "functions.ca.json",
  "functions.es.json",
  ...[16, 32, 64, 80].map((s) => `assets/icon-${s}.png`),
]);

describe("the manifest, checked offline", () => {
  it("is valid: every resid defined, one HTTPS origin, every URL served, shared runtime", () => {
    expect(checkManifest(xml, (p) => served.has(p)).errors).toEqual([]);
  });

  it("declares Excel and Word, the SALES namespace and least permissions", () => {
    expect(xml).toMatch(/<Host Name="Workbook"\/>\s*<Host Name="Document"\/>/);
    expect(xml).toContain('<bt:String id="Functions.Namespace" DefaultValue="SALES"/>');
    expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
    // no requirement gates every host: Excel's shared runtime would hide the Word pane (issue 29)
    expect(xml).not.toMatch(/<Requirements>/);
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
  });

  it("catches what the online validator would", () => {
    const errors = (broken: string) => checkManifest(broken, (p) => served.has(p)).errors;
    expect(errors(xml.replace('resid="Open.Tooltip"', 'resid="Open.Missing"'))).toEqual([
      "resid Open.Missing (in <Description>) is not defined in <Resources>",
    ]);
    expect(errors(xml.replace("https://localhost:3000/word.html", "https://elsewhere.example/word.html"))[0]).toContain(
      "several origins",
    );
    expect(
      errors(xml.replace("https://localhost:3000/assets/icon-80.png", "https://localhost:3000/assets/icon-81.png")),
    ).toEqual(["https://localhost:3000/assets/icon-81.png is not served by the build (no assets/icon-81.png)"]);
    expect(errors(xml.replace("<Permissions>", "<Permissions>X"))[0]).toContain("<Permissions>");
    expect(errors(xml.replace("</OfficeApp>", ""))[0]).toContain("not well-formed");
    expect(errors(xml.replace('id="SalesDesk.Word.Open"', 'id="SalesDesk.Excel.Open"'))).toEqual([
      "id SalesDesk.Excel.Open is used twice",
    ]);
  });

  it("checks the custom functions metadata", () => {
    expect(checkFunctionsMetadata(JSON.stringify({ functions: [{ id: "WEEK", name: "WEEK" }] }))).toEqual([]);
    expect(checkFunctionsMetadata(JSON.stringify({ functions: [{ id: "week-1", name: "1W" }] }))).toHaveLength(2);
    expect(checkFunctionsMetadata(JSON.stringify({ functions: [] }))).toEqual(["functions.json lists no function"]);
  });
});

describe("what each pane needs of its host, checked when it starts (issue 29)", () => {
  it("asks the shared runtime of Excel and WordApi 1.3 of Word, each alone, and says which is missing", async () => {
    const { missingRequirement } = await import("../src/taskpane/requirements");
    const { translator } = await import("../src/taskpane/i18n");
    const only = (sets: string[]) => (set: string, version: string) => sets.includes(`${set} ${version}`);
    expect(missingRequirement("word", only(["WordApi 1.3"]))).toBeUndefined(); // a Word with no shared runtime still has its pane
    expect(missingRequirement("excel", only(["SharedRuntime 1.1"]))).toBeUndefined();
    const missing = missingRequirement("excel", only(["WordApi 1.3"]))!;
    expect(translator("ca")("app.tooOld", { host: "Excel", ...missing })).toBe(
      "Aquest Excel no pot fer servir Sales Admin Desk: li cal SharedRuntime 1.1, que no té. Demaneu a informàtica que actualitzi l'Office (Microsoft 365, un canal actual).",
    );
  });
});

describe("the unified manifest for Microsoft 365, made and checked offline (issue 29)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-unified-"));
  let problems: string[];
  beforeAll(async () => {
    problems = await unifiedManifest(path.join(__dirname, "../manifest.xml"), dir);
  }, 60_000);

  it("converts manifest.xml into a manifest valid by the schema office-addin-manifest ships, with nothing left for a person", () => {
    expect(problems).toEqual([]);
    const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8"));
    expect(manifest.manifestVersion).toBe(SCHEMA_VERSION);
    expect(manifest.id).toBe(/<Id>([^<]+)<\/Id>/.exec(xml)![1]);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")))
      expect(readFileSync(path.join(dir, file), "utf8")).not.toMatch(
        /TRUNCATED|(displayName|\.displayName)": "action_\d+"/,
      );
    expect(JSON.parse(readFileSync(path.join(dir, "ca-es.json"), "utf8"))["description.short"]).toMatch(
      /^Taules netes de clients/,
    );
  });

  it("finds what the schema refuses, a language key that names nothing and a wrong icon", async () => {
    const copy = mkdtempSync(path.join(tmpdir(), "salesdesk-unified-bad-"));
    for (const file of readdirSync(dir)) copyFileSync(path.join(dir, file), path.join(copy, file));
    const manifest = JSON.parse(readFileSync(path.join(copy, "manifest.json"), "utf8"));
    delete manifest.id;
    manifest.icons.color = "icon-outline-32.png";
    writeFileSync(path.join(copy, "manifest.json"), JSON.stringify(manifest));
    const catalan = JSON.parse(readFileSync(path.join(copy, "ca-es.json"), "utf8"));
    catalan["extensions[0].ribbons[7].label"] = "Vendes";
    writeFileSync(path.join(copy, "ca-es.json"), JSON.stringify(catalan));
    const found = (await unifiedProblems(copy)).join("\n");
    expect(found).toMatch(/manifest\.json: .*must have required property 'id'/);
    expect(found).toContain("ca-es.json: extensions[0].ribbons[7].label names no string of the manifest");
    expect(found).toContain("icon-outline-32.png: 32×32, not 192×192");
  });

  it("cuts a long description at a comma within 80 characters", () => {
    expect(shortened("Short enough")).toBe("Short enough");
    expect(shortened(`${"a".repeat(50)}, ${"b".repeat(20)}, ${"c".repeat(40)}`)).toBe(
      `${"a".repeat(50)}, ${"b".repeat(20)}…`,
    );
  });
});
