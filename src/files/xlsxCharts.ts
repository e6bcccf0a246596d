/**
 * Column charts added to an .xlsx after ExcelJS has written it (ExcelJS writes no charts): for each,
 * a DrawingML chart part over the sheet's own cells, a drawing that anchors it beside its table, and
 * the relationships and content types that tie them to the sheet. Excel and LibreOffice draw it from
 * the cells when they open the file.
 */
import { CHART_ROWS, placeCharts, type SheetOutput } from "../core/workbook";
import { columnLetter, escapeRegExp } from "../core/kernel";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

export interface ChartPart {
  sheet: string;
  title: string;
  /** the categories: "A7:A14" */
  categories: string;
  /** one series per column: its name's cell and its values */
  series: { name: string; values: string }[];
  /** where its top-left corner sits: 0-based column and row */
  at: { column: number; row: number };
}

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
};

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** 'Report 2026-W47'!$A$7:$A$14 */
const ref = (sheet: string, range: string) =>
  `'${sheet.replace(/'/g, "''")}'!${range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;

function chartXml(chart: ChartPart): string {
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>${escape(ref(chart.sheet, s.name))}</c:f></c:strRef></c:tx>` +
        `<c:cat><c:strRef><c:f>${escape(ref(chart.sheet, chart.categories))}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escape(ref(chart.sheet, s.values))}</c:f></c:numRef></c:val></c:ser>`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escape(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="150"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>` +
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="1002"/></c:catAx>` +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:crossAx val="1001"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`
  );
}

/** A sheet's drawing: one anchor per chart, each pointing at its chart through the drawing's relationship rId1, rId2… */
function drawingXml(charts: readonly ChartPart[]): string {
  const corner = (column: number, row: number) =>
    `<xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  const anchors = charts.map(
    ({ at }, i) =>
      `<xdr:twoCellAnchor><xdr:from>${corner(at.column, at.row)}</xdr:from><xdr:to>${corner(at.column + 8, at.row + CHART_ROWS)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}">` +
      `<c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors.join("")}</xdr:wsDr>`;
}

/** The sheet's part ("xl/worksheets/sheet3.xml"), from the workbook and its relationships. */
function sheetPart(files: Record<string, Uint8Array>, sheet: string): string | undefined {
  const workbook = strFromU8(files["xl/workbook.xml"]);
  const escaped = escapeRegExp(escape(sheet));
  const id = new RegExp(`<sheet\\b[^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  const target = id && new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  return target ? (target.startsWith("/") ? target.slice(1) : `xl/${target}`) : undefined;
}

/** The .xlsx with the charts added: one drawing a sheet, holding that sheet's charts. */
export function addCharts(bytes: Uint8Array, charts: readonly ChartPart[]): Uint8Array {
  if (charts.length === 0) return bytes;
  const files: Zippable = unzipSync(bytes);
  const types: string[] = [];
  const sheets = [...new Set(charts.map((c) => c.sheet))];
  let n = 0;
  sheets.forEach((sheet, d) => {
    const part = sheetPart(files as Record<string, Uint8Array>, sheet);
    if (!part) return;
    const drawing = `salesdesk${d + 1}`;
    const own = charts.filter((c) => c.sheet === sheet);
    const targets = own.map((chart) => {
      files[`xl/charts/salesdesk${++n}.xml`] = strToU8(chartXml(chart));
      types.push(
        `<Override PartName="/xl/charts/salesdesk${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
      return `../charts/salesdesk${n}.xml`;
    });
    files[`xl/drawings/${drawing}.xml`] = strToU8(drawingXml(own));
    files[`xl/drawings/_rels/${drawing}.xml.rels`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}">` +
        targets
          .map((target, i) => `<Relationship Id="rId${i + 1}" Type="${NS.r}/chart" Target="${target}"/>`)
          .join("") +
        `</Relationships>`,
    );
    const relsPath = part.replace(/([^/]+)$/, "_rels/$1.rels");
    const rels = files[relsPath]
      ? strFromU8(files[relsPath] as Uint8Array)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}"></Relationships>`;
    files[relsPath] = strToU8(
      rels.replace(
        "</Relationships>",
        `<Relationship Id="rIdSalesDeskChart" Type="${NS.r}/drawing" Target="../drawings/${drawing}.xml"/></Relationships>`,
      ),
    );
    // The drawing goes where the schema wants it: before legacy drawings, table parts and extensions.
    const xml = strFromU8(files[part] as Uint8Array);
    const before = [
      "<legacyDrawing",
      "<legacyDrawingHF",
      "<picture",
      "<oleObjects",
      "<controls",
      "<webPublishItems",
      "<tableParts",
      "<extLst",
      "</worksheet>",
    ]
      .map((tag) => xml.indexOf(tag))
      .filter((at) => at >= 0)
      .reduce((a, b) => Math.min(a, b));
    files[part] = strToU8(`${xml.slice(0, before)}<drawing r:id="rIdSalesDeskChart"/>${xml.slice(before)}`);
    types.push(
      `<Override PartName="/xl/drawings/${drawing}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
    );
  });
  const contentTypes = strFromU8(files["[Content_Types].xml"] as Uint8Array);
  files["[Content_Types].xml"] = strToU8(contentTypes.replace("</Types>", `${types.join("")}</Types>`));
  return zipSync(files);
}

/** The output's charts as parts of the file, over its tables' cells (placed as Excel places them). */
export function chartParts(sheet: string, output: SheetOutput): ChartPart[] {
  return placeCharts(output).map((at) => {
    const column = (c: number, first: number, last: number) => `${columnLetter(c)}${first}:${columnLetter(c)}${last}`;
    const [first, last] = [at.headerRow + 1, at.headerRow + at.rows];
    return {
      sheet,
      title: at.chart.title,
      categories: column(at.from, first, last),
      series: Array.from({ length: at.to - at.from }, (_, i) => ({
        name: `${columnLetter(at.from + 1 + i)}${at.headerRow}`,
        values: column(at.from + 1 + i, first, last),
      })),
      at: { column: at.column - 1, row: at.top - 1 },
    };
  });
}
