/**
 * `npm run manifest:unified [OUT]`: the unified manifest for Microsoft 365 (JSON; a preview for Excel
 * and Word), made from manifest.xml by Microsoft's converter (office-addin-manifest-converter), completed
 * where the converter leaves a gap for a person, and validated offline against the schema that
 * office-addin-manifest ships (through @microsoft/app-manifest): the manifest, each language file, and
 * the icons' sizes. manifest.xml stays the manifest to deploy (README, "Which manifest").
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AppManifestUtils } from "@microsoft/app-manifest";
import { convert } from "office-addin-manifest-converter";

/** The oldest schema that takes what the converter writes (its `getStartedMessages` came after 1.22). */
export const SCHEMA_VERSION = "1.24";
const SCHEMAS = path.dirname(
  require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`),
);
const schemaUrl = (file: string) => `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/${file}`;
/** The icons the unified manifest asks for: a colour one of 192 px and a white outline of 32 px. */
const ICONS = { color: { file: "icon-192.png", size: 192 }, outline: { file: "icon-outline-32.png", size: 32 } };
const SHORT_DESCRIPTION = 80;

type Json = Record<string, unknown>;

/** Converts manifest.xml into `dir` and completes it; answers what is wrong with the result. */
export async function unifiedManifest(xmlPath: string, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  await convert(xmlPath, dir, false, schemaUrl("MicrosoftTeams.schema.json"), SCHEMA_VERSION);
  const manifest = readJson(path.join(dir, "manifest.json"));
  complete(manifest);
  for (const icon of Object.values(ICONS))
    copyFileSync(path.join(__dirname, "../assets", icon.file), path.join(dir, icon.file));
  manifest.icons = { color: ICONS.color.file, outline: ICONS.outline.file };
  writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
  for (const { file } of languagesOf(manifest)) {
    const strings = readJson(path.join(dir, file));
    completeLanguage(strings, manifest);
    writeFileSync(path.join(dir, file), JSON.stringify(strings, null, 2));
  }
  return unifiedProblems(dir);
}

/** The unified manifest in `dir` checked offline: the schema, each language file, the icons' sizes. */
export async function unifiedProblems(dir: string): Promise<string[]> {
  const manifest = readJson(path.join(dir, "manifest.json"));
  const icons = (manifest.icons ?? {}) as Record<string, string>;
  return [
    ...(await validated(manifest, "MicrosoftTeams.schema.json", "manifest.json")),
    ...languagesOf(manifest).flatMap(({ file }) => languageProblems(readJson(path.join(dir, file)), manifest, file)),
    ...Object.entries(ICONS).flatMap(([kind, icon]) => iconProblem(path.join(dir, icons[kind] ?? ""), icon.size)),
  ];
}

const languagesOf = (manifest: Json) =>
  ((manifest.localizationInfo as Json | undefined)?.additionalLanguages ?? []) as { file: string }[];

/** Every value of a manifest with its path as language files write it ("extensions[0].ribbons[0].label"). */
function* entries(node: unknown, at = ""): Generator<[string, unknown]> {
  yield [at, node];
  if (Array.isArray(node)) for (const [i, item] of node.entries()) yield* entries(item, `${at}[${i}]`);
  else if (node && typeof node === "object")
    for (const [key, value] of Object.entries(node)) yield* entries(value, at ? `${at}.${key}` : key);
}

/** Where each action's button label stands, by the action's id. */
function labelPaths(manifest: Json): Map<string, string> {
  const found = new Map<string, string>();
  for (const [at, value] of entries(manifest)) {
    const control = value as { actionId?: string; label?: string } | null;
    if (control && typeof control === "object" && control.actionId && control.label)
      found.set(control.actionId, `${at}.label`);
  }
  return found;
}

const valueAt = (json: Json, at: string): unknown => [...entries(json)].find(([key]) => key === at)?.[1];

/** What the converter leaves for a person: a short description cut with "<TRUNCATED>", actions named after their ids. */
function complete(manifest: Json): void {
  const description = manifest.description as { short: string; full: string };
  description.short = shortened(description.full);
  const labels = labelPaths(manifest);
  for (const [at, value] of entries(manifest)) {
    const action = value as { id?: string; displayName?: string } | null;
    if (/\.actions\[\d+\]$/.test(at) && action?.id && labels.has(action.id))
      action.displayName = String(valueAt(manifest, labels.get(action.id)!));
  }
}

/** The same in a language file: its short description, and each action named as its button is in that language. */
function completeLanguage(strings: Json, manifest: Json): void {
  strings.$schema = schemaUrl("MicrosoftTeams.Localization.schema.json");
  strings["description.short"] = shortened(String(strings["description.full"]));
  const labels = labelPaths(manifest);
  for (const key of Object.keys(strings).filter((k) => k.endsWith(".displayName"))) {
    const label = labels.get(
      String((valueAt(manifest, key.slice(0, -".displayName".length)) as { id?: string } | undefined)?.id),
    );
    if (label) strings[key] = strings[label] ?? valueAt(manifest, label);
  }
}

/** The full description cut at its last comma within the schema's 80 characters. */
export function shortened(full: string): string {
  if (full.length <= SHORT_DESCRIPTION) return full;
  const cut = full.slice(0, SHORT_DESCRIPTION - 1);
  const comma = cut.lastIndexOf(",");
  return `${comma > 0 ? cut.slice(0, comma) : cut.trimEnd()}…`;
}

async function validated(json: Json, schemaFile: string, label: string): Promise<string[]> {
  const schema = readJson(path.join(SCHEMAS, schemaFile));
  const problems = await AppManifestUtils.validateAgainstSchema(json as never, schema as never);
  return problems.map((p) => `${label}: ${p}`);
}

/**
 * A language file by the rules of the manifest it translates: each key names a string of the manifest,
 * within that string's length in the schema. (Microsoft's localization schema does not compile under
 * a validator that reads its patterns as Unicode, so its rules are applied here.)
 */
function languageProblems(strings: Json, manifest: Json, label: string): string[] {
  const limits: Record<string, number> = {
    "name.short": 30,
    "name.full": 100,
    "description.short": SHORT_DESCRIPTION,
    "description.full": 4000,
  };
  return Object.entries(strings).flatMap(([key, text]) => {
    if (key === "$schema") return [];
    if (typeof valueAt(manifest, key) !== "string") return [`${label}: ${key} names no string of the manifest`];
    if (typeof text !== "string" || text.trim() === "") return [`${label}: ${key} is empty`];
    return limits[key] && text.length > limits[key]
      ? [`${label}: ${key} has ${text.length} characters, over ${limits[key]}`]
      : [];
  });
}

/** A PNG's width and height from its IHDR chunk. */
function iconProblem(file: string, size: number): string[] {
  if (!existsSync(file) || !statSync(file).isFile()) return [`${path.basename(file) || "an icon"}: missing`];
  const png = readFileSync(file);
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  return width === size && height === size ? [] : [`${path.basename(file)}: ${width}×${height}, not ${size}×${size}`];
}

const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Json;

export async function main(args: string[]): Promise<number> {
  const dir = path.resolve(args[0] ?? "dist/unified");
  const errors = await unifiedManifest("manifest.xml", dir);
  for (const e of errors) console.error(e);
  console.log(
    errors.length
      ? `unified manifest: ${errors.length} problems`
      : `unified manifest (schema v${SCHEMA_VERSION}): valid, in ${dir}`,
  );
  return errors.length ? 1 : 0;
}
