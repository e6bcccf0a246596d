/**
 * `npm run validate`: checks manifest.xml offline. Microsoft's validator (office-addin-manifest
 * validate) posts the manifest to an online service, which this project cannot rely on; these are
 * the checks that do not need it: well-formed XML, the required elements, every resid defined,
 * unique ids, string lengths, one HTTPS origin, every URL served by the build, and functions.json.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

type Node = Record<string, unknown>;

export interface ManifestReport {
  errors: string[];
  checked: string[];
}

const REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "Hosts",
  "DefaultSettings",
  "Permissions",
];
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadWriteDocument", "ReadAllDocument", "WriteDocument"];
const RESOURCE_KINDS = {
  "bt:Images": "bt:Image",
  "bt:Urls": "bt:Url",
  "bt:ShortStrings": "bt:String",
  "bt:LongStrings": "bt:String",
} as const;
const MAX_LENGTH: Record<string, number> = { "bt:ShortStrings": 125, "bt:LongStrings": 250 };

/** Every node below `node`, with the path of element names that leads to it. */
function* walk(node: unknown, trail: string[] = []): Generator<{ node: Node; trail: string[] }> {
  if (Array.isArray(node)) {
    for (const item of node) yield* walk(item, trail);
  } else if (node && typeof node === "object") {
    yield { node: node as Node, trail };
    for (const [key, child] of Object.entries(node)) if (!key.startsWith("@")) yield* walk(child, [...trail, key]);
  }
}

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** `files` maps a URL path ("taskpane.html") to whether the build serves it; null skips that check. */
export function checkManifest(xml: string, serves: ((urlPath: string) => boolean) | null): ManifestReport {
  const errors: string[] = [];
  const checked: string[] = [];
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true)
    return { errors: [`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`], checked };
  checked.push("well-formed XML");
  const root = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false }).parse(xml)
    .OfficeApp as Node | undefined;
  if (!root) return { errors: ["the root element is not OfficeApp"], checked };

  for (const name of REQUIRED) if (root[name] === undefined) errors.push(`<${name}> is missing`);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(String(root.Id)))
    errors.push(`<Id> ${String(root.Id)} is not a GUID`);
  if (!/^\d+(\.\d+){0,3}$/.test(String(root.Version))) errors.push(`<Version> ${String(root.Version)} is not n.n.n.n`);
  if (!PERMISSIONS.includes(String(root.Permissions)))
    errors.push(`<Permissions> ${String(root.Permissions)} is not one of ${PERMISSIONS.join(", ")}`);
  checked.push("required elements, GUID, version, permissions");

  // Resources: defined once each, within length limits.
  const defined = new Map<string, string>();
  const resources = ((root.VersionOverrides as Node | undefined)?.Resources ?? {}) as Node;
  for (const [group, element] of Object.entries(RESOURCE_KINDS)) {
    for (const item of asArray((resources[group] as Node | undefined)?.[element] as Node | Node[] | undefined)) {
      const id = String(item["@id"]);
      if (defined.has(id)) errors.push(`resource id ${id} is defined twice`);
      if (id.length > 32) errors.push(`resource id ${id} is longer than 32 characters`);
      defined.set(id, group);
      const values = [
        item["@DefaultValue"],
        ...asArray(item["bt:Override"] as Node | Node[] | undefined).map((o) => o["@Value"]),
      ].map(String);
      for (const v of values)
        if (MAX_LENGTH[group] && v.length > MAX_LENGTH[group])
          errors.push(`${id}: '${v.slice(0, 30)}…' is longer than ${MAX_LENGTH[group]} characters`);
    }
  }
  const ids = new Set<string>();
  const urls: string[] = [];
  for (const { node, trail } of walk(root)) {
    const resid = node["@resid"];
    if (resid !== undefined && !defined.has(String(resid)))
      errors.push(`resid ${String(resid)} (in <${trail.at(-1)}>) is not defined in <Resources>`);
    const id = node["@id"];
    // Built-in tabs (OfficeTab id="TabHome") repeat per host; our groups and controls must not.
    if (id !== undefined && ["Group", "Control"].includes(trail.at(-1) ?? "")) {
      if (ids.has(String(id))) errors.push(`id ${String(id)} is used twice`);
      ids.add(String(id));
    }
    for (const [key, value] of Object.entries(node)) {
      if (
        typeof value === "string" &&
        /^https?:\/\//.test(value) &&
        (key === "@DefaultValue" || key === "@Value" || key === "SourceLocation" || key === "AppDomain")
      )
        urls.push(value);
    }
  }
  for (const domain of asArray((root.AppDomains as Node | undefined)?.AppDomain as string | string[] | undefined))
    urls.push(domain);
  checked.push(`${defined.size} resources defined, every resid resolves, group and control ids unique`);

  // One HTTPS origin, and every URL served by the build.
  const origins = new Set(urls.map((u) => new URL(u).origin));
  if (origins.size !== 1) errors.push(`URLs span several origins: ${[...origins].join(", ")}`);
  for (const u of urls) if (!u.startsWith("https://")) errors.push(`${u} is not HTTPS`);
  if (serves) {
    for (const u of new Set(urls)) {
      const urlPath = new URL(u).pathname.replace(/^\//, "");
      if (urlPath && !serves(urlPath)) errors.push(`${u} is not served by the build (no ${urlPath})`);
    }
  }
  checked.push(`${urls.length} URLs on ${[...origins].join(", ")}${serves ? ", each served by the build" : ""}`);

  // The Excel shared runtime: the task pane, the functions page and the runtime are one URL.
  const excel = asArray(
    ((root.VersionOverrides as Node | undefined)?.Hosts as Node | undefined)?.Host as Node | Node[] | undefined,
  ).find((h) => h["@xsi:type"] === "Workbook");
  if (excel) {
    const runtime = (((excel.Runtimes as Node)?.Runtime ?? {}) as Node)["@resid"];
    const page = ((((excel.AllFormFactors as Node)?.ExtensionPoint as Node)?.Page as Node)?.SourceLocation as Node)?.[
      "@resid"
    ];
    if (runtime !== page)
      errors.push(
        `the shared runtime (${String(runtime)}) and the custom functions page (${String(page)}) must be the same URL`,
      );
    checked.push("shared runtime = custom functions page");
  }
  return { errors, checked };
}

/** functions.json: ids A–Z 0–9 _ . , names 3–128 characters starting with a letter, unique. */
export function checkFunctionsMetadata(json: string): string[] {
  const errors: string[] = [];
  const { functions } = JSON.parse(json) as { functions: { id: string; name: string }[] };
  if (!functions?.length) return ["functions.json lists no function"];
  const seen = new Set<string>();
  for (const f of functions) {
    if (!/^[A-Z0-9_.]+$/.test(f.id)) errors.push(`function id ${f.id} may hold only A–Z, 0–9, _ and .`);
    if (!/^[A-Za-z][A-Za-z0-9_.]{2,127}$/.test(f.name))
      errors.push(`function name ${f.name} must be 3–128 characters starting with a letter`);
    if (seen.has(f.id)) errors.push(`function id ${f.id} is used twice`);
    seen.add(f.id);
  }
  return errors;
}

/** What office-addin-manifest reads of it offline (its `validate` needs the network): the same id, version and hosts. */
async function officeAddinManifestReading(file: string, xml: string): Promise<string[]> {
  const { OfficeAddinManifest } = await import("office-addin-manifest");
  const read = await OfficeAddinManifest.readManifestFile(file);
  const id = /<Id>([^<]+)<\/Id>/.exec(xml)?.[1];
  const hosts = [...xml.matchAll(/<Host Name="(\w+)"/g)].map((m) => m[1]);
  const errors = [];
  if (read.id !== id) errors.push(`office-addin-manifest reads the id ${read.id}, not ${id}`);
  if (JSON.stringify(read.hosts) !== JSON.stringify(hosts))
    errors.push(`office-addin-manifest reads the hosts ${read.hosts?.join(", ")}, not ${hosts.join(", ")}`);
  return errors;
}

export async function main(args: string[]): Promise<number> {
  const file = args[0] ?? "manifest.xml";
  const dist = path.resolve("dist");
  const built = existsSync(path.join(dist, "taskpane.html"));
  const report = checkManifest(readFileSync(file, "utf8"), built ? (p) => existsSync(path.join(dist, p)) : null);
  for (const name of ["functions.json", "functions.ca.json", "functions.es.json"]) {
    const file = path.join(dist, name);
    if (!existsSync(file)) continue;
    report.errors.push(...checkFunctionsMetadata(readFileSync(file, "utf8")).map((e) => `${name}: ${e}`));
    report.checked.push(`dist/${name} ids and names`);
  }
  report.errors.push(...(await officeAddinManifestReading(file, readFileSync(file, "utf8"))));
  report.checked.push("read by office-addin-manifest (offline): its id and hosts");
  for (const c of report.checked) console.log(`ok   ${c}`);
  for (const e of report.errors) console.log(`FAIL ${e}`);
  if (!built)
    console.log(
      "note: run `npm run build:dev` first to also check that every URL is served and functions.json is valid",
    );
  console.log(
    "note: Microsoft's online validator (npx office-addin-manifest validate) is not run: it needs the network; `npm run manifest:unified` checks the unified manifest offline",
  );
  console.log(report.errors.length ? `${file}: ${report.errors.length} problems` : `${file}: valid`);
  return report.errors.length ? 1 : 0;
}
