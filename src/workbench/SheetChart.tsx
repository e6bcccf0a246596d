/**
 * A column chart of the add-in's, drawn in the workbench as Excel draws it in the pane: over the
 * sheet's own cells (the chart part the file will hold), categories along, one colour a series.
 */
import type ExcelJS from "exceljs";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ChartPart } from "../files/xlsxCharts";
import { columnIndex } from "../core/kernel";

const COLOURS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000"];
const [WIDTH, HEIGHT, AXIS] = [360, 180, 24];

const useStyles = makeStyles({
  chart: {
    padding: "8px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
    gap: "4px",
  },
  legend: { display: "flex", gap: "12px" },
});

/** The cells of a one-column range ("B7:B14"), top to bottom. */
function cells(sheet: ExcelJS.Worksheet, range: string): ExcelJS.CellValue[] {
  // chart parts hold ranges written as A1:A9 (xlsxWorkbook)
  const [, column, first, last] = /^([A-Z]+)(\d+):[A-Z]+(\d+)$/.exec(range)!;
  return Array.from(
    { length: Number(last) - Number(first) + 1 },
    (_, i) => sheet.getRow(Number(first) + i).getCell(columnIndex(column)).value,
  );
}

export function SheetChart({ sheet, chart }: { sheet: ExcelJS.Worksheet; chart: ChartPart }) {
  const styles = useStyles();
  const categories = cells(sheet, chart.categories).map((v) => String(v ?? ""));
  const series = chart.series.map((s) => {
    // series names are single cells written as A1 (xlsxWorkbook)
    const [, column, row] = /^([A-Z]+)(\d+)$/.exec(s.name)!;
    return {
      name: String(sheet.getRow(Number(row)).getCell(columnIndex(column)).value ?? ""),
      values: cells(sheet, s.values).map((v) => (typeof v === "number" ? v : 0)),
    };
  });
  const top = Math.max(1, ...series.flatMap((s) => s.values));
  const slot = (WIDTH - AXIS) / Math.max(1, categories.length);
  const bar = (slot * 0.7) / Math.max(1, series.length);
  return (
    <figure className={styles.chart} style={{ margin: 0 }}>
      <svg width={WIDTH} height={HEIGHT + 16} role="img" aria-label={chart.title}>
        <title>{chart.title}</title>
        <line x1={AXIS} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} stroke="#999" />
        {categories.map((_, c) =>
          series.map((s, i) => {
            const h = (Math.max(0, s.values[c]) / top) * (HEIGHT - 8);
            return (
              <rect
                key={`${c}|${i}`}
                x={AXIS + c * slot + slot * 0.15 + i * bar}
                y={HEIGHT - h}
                width={bar}
                height={h}
                fill={COLOURS[i % COLOURS.length]}
              />
            );
          }),
        )}
        {categories.map((category, c) => (
          <text key={c} x={AXIS + c * slot + slot / 2} y={HEIGHT + 12} fontSize="8" textAnchor="middle">
            {category.split(" ")[0]}
          </text>
        ))}
      </svg>
      <figcaption>
        <Caption1>{chart.title}</Caption1>
        <span className={styles.legend}>
          {series.map((s, i) => (
            <Caption1 key={s.name} style={{ color: COLOURS[i % COLOURS.length] }}>
              ■ {s.name}
            </Caption1>
          ))}
        </span>
      </figcaption>
    </figure>
  );
}
