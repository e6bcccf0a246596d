/** A read-only view of one worksheet: column letters, row numbers, the first rows' values as Excel shows them. */
import type ExcelJS from "exceljs";
import { makeStyles, tokens } from "@fluentui/react-components";
import { columnLetter } from "../core/a1";
import { formatDmy, dayFromDate } from "../core/dates";

/** Enough rows to see a table's shape; the file holds them all. */
const SHOWN_ROWS = 200;

const useStyles = makeStyles({
  wrap: { overflow: "auto", flex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  grid: { borderCollapse: "collapse", fontSize: "12px", fontFamily: "Segoe UI, sans-serif" },
  head: { position: "sticky", top: 0, backgroundColor: tokens.colorNeutralBackground3, fontWeight: 600, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px" },
  rowHead: { backgroundColor: tokens.colorNeutralBackground3, textAlign: "right", border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", color: tokens.colorNeutralForeground3 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke3}`, padding: "2px 6px", whiteSpace: "nowrap", maxWidth: "220px", overflow: "hidden", textOverflow: "ellipsis" },
});

function display(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return formatDmy(dayFromDate(v));
  if (typeof v === "object") {
    if ("formula" in v) return `=${v.formula}`;
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("text" in v) return String(v.text);
    return "";
  }
  if (typeof v === "number" && cell.numFmt?.includes("%")) return `${(v * 100).toFixed(1)} %`;
  if (typeof v === "number" && cell.numFmt?.includes("€")) return `${v.toLocaleString("es-ES", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`;
  return String(v);
}

export function SheetView({ sheet }: { sheet: ExcelJS.Worksheet }) {
  const styles = useStyles();
  const width = Math.max(1, sheet.actualColumnCount, sheet.columnCount);
  const rows = Math.min(sheet.rowCount, SHOWN_ROWS);
  return (
    <div className={styles.wrap}>
      <table className={styles.grid} aria-label={`Sheet ${sheet.name}`}>
        <thead>
          <tr>
            <th className={styles.head} />
            {Array.from({ length: width }, (_, c) => (
              <th key={c} className={styles.head} scope="col">
                {columnLetter(c + 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => {
            const row = sheet.getRow(r + 1);
            return (
              <tr key={r}>
                <th className={styles.rowHead} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: width }, (_, c) => (
                  <td key={c} className={styles.cell}>
                    {display(row.getCell(c + 1))}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
