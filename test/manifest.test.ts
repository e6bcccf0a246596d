import { readFileSync } from "node:fs";
import path from "node:path";
import { checkFunctionsMetadata, checkManifest } from "../scripts/validate-manifest";

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
    expect(errors(xml.replace("https://localhost:3000/word.html", "https://elsewhere.example/word.html"))[0]).toContain("several origins");
    expect(errors(xml.replace("https://localhost:3000/assets/icon-80.png", "https://localhost:3000/assets/icon-81.png"))).toEqual([
      "https://localhost:3000/assets/icon-81.png is not served by the build (no assets/icon-81.png)",
    ]);
    expect(errors(xml.replace("<Permissions>", "<Permissions>X"))[0]).toContain("<Permissions>");
    expect(errors(xml.replace("</OfficeApp>", ""))[0]).toContain("not well-formed");
    expect(errors(xml.replace('id="SalesDesk.Word.Open"', 'id="SalesDesk.Excel.Open"'))).toEqual(["id SalesDesk.Excel.Open is used twice"]);
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
