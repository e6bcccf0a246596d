/**
 * A strict reading of an .xlsx package, by the rules Excel applies before it "repairs" a file (ECMA-376
 * Part 2, OPC; Part 1, SpreadsheetML): every part has a content type, every relationship points at a
 * part that exists, every r:id a part uses is in its relationships, style indexes and counts agree,
 * a sheet's drawing and a drawing's chart are related by their own types, and tables fit their sheets.
 * Read with JSZip and regular expressions: nothing of the writer is reused.
 */
import JSZip from "jszip";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const BUILTIN_FORMATS = 163; // ids 0–163 are Excel's own; custom formats start at 164

const attr = (xml: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];
const all = (xml: string, re: RegExp) => [...xml.matchAll(re)];

export async function xlsxPackageProblems(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir) parts.set(`/${name}`, await zip.files[name].async("string"));
  const problems: string[] = [];
  const say = (part: string, what: string) => problems.push(`${part}: ${what}`);

  // content types
  const types = parts.get("/[Content_Types].xml") ?? "";
  const defaults = new Set(all(types, /<Default [^>]*Extension="([^"]+)"/g).map((m) => m[1].toLowerCase()));
  const overrides = new Map(
    all(types, /<Override [^>]*PartName="([^"]+)"[^>]*ContentType="([^"]+)"/g).map((m) => [m[1], m[2]]),
  );
  for (const name of overrides.keys())
    if (!parts.has(name)) say("[Content_Types].xml", `an override for ${name}, which is not in the package`);
  for (const name of parts.keys())
    if (name !== "/[Content_Types].xml" && !overrides.has(name) && !defaults.has(name.split(".").pop()!.toLowerCase()))
      say(name, "has no content type");

  // relationships
  const relsOf = new Map<string, { id: string; type: string; target: string }[]>();
  for (const [name, xml] of parts) {
    const m = /^(.*\/)?_rels\/([^/]+)\.rels$/.exec(name);
    if (!m) continue;
    const source = `${m[1] ?? "/"}${m[2]}`;
    const base = m[1] ?? "/";
    const rels = all(xml, /<Relationship\b([^>]*)\/?>/g).map((r) => ({
      id: attr(r[1], "Id") ?? "",
      type: attr(r[1], "Type") ?? "",
      target: attr(r[1], "Target") ?? "",
      external: attr(r[1], "TargetMode") === "External",
    }));
    const ids = rels.map((r) => r.id);
    if (new Set(ids).size !== ids.length) say(name, "an Id taken twice");
    const resolved = rels.filter((r) => !r.external).map((r) => ({ ...r, target: resolve(base, r.target) }));
    for (const r of resolved)
      if (!parts.has(r.target)) say(name, `${r.id} points at ${r.target}, which is not in the package`);
    relsOf.set(source, resolved);
  }
  for (const [name, xml] of parts) {
    if (name.endsWith(".rels")) continue;
    const ids = new Set((relsOf.get(name) ?? []).map((r) => r.id));
    for (const m of all(xml, /\br:(?:id|embed|link)="([^"]+)"/g))
      if (!ids.has(m[1])) say(name, `uses ${m[1]}, which its relationships do not have`);
  }
  const related = (part: string, id: string | undefined) => relsOf.get(part)?.find((r) => r.id === id);

  // styles
  const styles = parts.get("/xl/styles.xml") ?? "";
  const section = (tag: string) => new RegExp(`<${tag}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${tag}>)`).exec(styles);
  const counted = (tag: string, child: string) => {
    const s = section(tag);
    if (!s) return 0;
    const n = all(s[1] ?? "", new RegExp(`<${child}\\b`, "g")).length;
    const count = attr(s[0].slice(0, s[0].indexOf(">") + 1), "count");
    if (count !== undefined && Number(count) !== n)
      say("/xl/styles.xml", `${tag} says count="${count}" and holds ${n}`);
    return n;
  };
  const [fonts, fills, borders, xfs] = [
    counted("fonts", "font"),
    counted("fills", "fill"),
    counted("borders", "border"),
    counted("cellXfs", "xf"),
  ];
  counted("numFmts", "numFmt");
  const formats = new Set(all(styles, /<numFmt\b[^>]*numFmtId="(\d+)"/g).map((m) => Number(m[1])));
  for (const xf of all(section("cellXfs")?.[1] ?? "", /<xf\b([^>]*)/g).map((m) => m[1])) {
    const id = Number(attr(xf, "numFmtId") ?? 0);
    if (id > BUILTIN_FORMATS && !formats.has(id))
      say("/xl/styles.xml", `a cell style uses number format ${id}, which is not defined`);
    if (
      Number(attr(xf, "fontId") ?? 0) >= fonts ||
      Number(attr(xf, "fillId") ?? 0) >= fills ||
      Number(attr(xf, "borderId") ?? 0) >= borders
    )
      say("/xl/styles.xml", `a cell style points past the fonts, fills or borders: ${xf.trim()}`);
  }

  // sheets: cell styles, drawings and charts, tables
  const sheetNames = new Set(
    all(parts.get("/xl/workbook.xml") ?? "", /<sheet\b[^>]*name="([^"]+)"/g).map((m) => unescape(m[1])),
  );
  const tableIds = new Set<string>();
  for (const [name, xml] of parts) {
    if (!/^\/xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    for (const m of all(xml, /<c\b[^>]*\bs="(\d+)"/g))
      if (Number(m[1]) >= xfs) say(name, `a cell has style ${m[1]}, past the ${xfs} cell styles`);
    for (const m of all(xml, /<drawing\b[^>]*r:id="([^"]+)"/g)) {
      const drawing = related(name, m[1]);
      if (!drawing?.type.endsWith("/drawing"))
        say(name, `its drawing ${m[1]} is related as ${drawing?.type ?? "nothing"}`);
      for (const c of all(parts.get(drawing?.target ?? "") ?? "", /<c:chart\b[^>]*r:id="([^"]+)"/g)) {
        const chart = related(drawing!.target, c[1]);
        if (chart?.type !== `${REL}chart`)
          say(drawing!.target, `its chart ${c[1]} is related as ${chart?.type ?? "nothing"}`);
        const chartXml = parts.get(chart?.target ?? "") ?? "";
        if (!/<c:chartSpace\b/.test(chartXml)) say(chart?.target ?? drawing!.target, "is no chart");
        for (const f of all(chartXml, /<c:f>'?((?:[^'!]|'')+)'?!/g))
          if (!sheetNames.has(f[1].replace(/''/g, "'")))
            say(chart!.target, `refers to the sheet ${f[1]}, which is not in the workbook`);
      }
    }
    for (const m of all(xml, /<tablePart\b[^>]*r:id="([^"]+)"/g)) {
      const table = related(name, m[1]);
      const tableXml = parts.get(table?.target ?? "") ?? "";
      const id = attr(tableXml, "id");
      if (!id || tableIds.has(id)) say(table?.target ?? name, `table id ${id} is missing or taken twice`);
      tableIds.add(id ?? "");
      const [from, to] = (attr(tableXml, "ref") ?? "").split(":");
      const width = column(to) - column(from) + 1;
      const columns = all(tableXml, /<tableColumn\b/g).length;
      if (columns !== width) say(table!.target, `ref ${from}:${to} is ${width} wide and has ${columns} columns`);
    }
  }
  return problems;
}

function resolve(base: string, target: string): string {
  if (target.startsWith("/")) return target;
  const path = `${base}${target}`.split("/");
  const out: string[] = [];
  for (const step of path)
    if (step === "..") out.pop();
    else if (step !== "." && step !== "") out.push(step);
  return `/${out.join("/")}`;
}

function column(ref: string | undefined): number {
  return [...(/^[A-Z]+/.exec(ref ?? "")?.[0] ?? "")].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

const unescape = (text: string) =>
  text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
