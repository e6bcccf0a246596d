/** A view of one worksheet: column letters, row numbers, values as Excel shows them, more rows drawn as it scrolls. */
import { UIEvent, useEffect, useState } from "react";
import type ExcelJS from "exceljs";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { evaluate, isSalesFormula, Shown } from "./salesFormulas";
import { serialFromDay, columnLetter, formatDmy, dayFromDate } from "../core/kernel";

/** Enough rows to browse a table; the file holds them all. */
const SHOWN_ROWS = 2000;
/** Rows drawn at first and added per scroll: a screenful and some, so a sheet opens at once. */
const ROWS_PER_PAGE = 40;

const useStyles = makeStyles({
  wrap: { overflow: "auto", flex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  grid: { borderCollapse: "collapse", fontSize: "12px", fontFamily: "Segoe UI, sans-serif" },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: 600,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    textAlign: "right",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    color: tokens.colorNeutralForeground3,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "2px 6px",
    whiteSpace: "nowrap",
    maxWidth: "220px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface CellAddress {
  row: number;
  col: number;
}

/** A cell's value as a formula argument sees it (dates as serials, formulas as their result). */
export function cellValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v instanceof Date) return serialFromDay(Math.floor(v.getTime() / 86_400_000));
  if (v && typeof v === "object")
    return "result" in v ? v.result : "richText" in v ? v.richText.map((t) => t.text).join("") : null;
  return v;
}

/** A SALES formula's cell: evaluated by the add-in's functions, and kept current while it streams. */
function SalesCell({ formula, sheet }: { formula: string; sheet: ExcelJS.Worksheet }) {
  const styles = useStyles();
  const [shown, setShown] = useState<Shown | undefined>();
  useEffect(() => evaluate(formula, (ref) => cellValue(sheet.getCell(ref)), setShown), [formula, sheet]);
  if (!shown) return <>…</>;
  if ("error" in shown) {
    return (
      <span className={styles.error} title={shown.message}>
        {shown.error}
      </span>
    );
  }
  return (
    <>
      {typeof shown.value === "number"
        ? shown.value.toLocaleString("es-ES", { maximumFractionDigits: 3 })
        : String(shown.value).toUpperCase() === "TRUE" || String(shown.value).toUpperCase() === "FALSE"
          ? String(shown.value).toUpperCase()
          : String(shown.value)}
    </>
  );
}

function display(cell: ExcelJS.Cell): string {
  const v = cell.value;
  // ExcelJS repeats a merged range's value in each of its cells; Excel shows it once.
  if (v === null || v === undefined || (cell.isMerged && cell.master !== cell)) return "";
  if (v instanceof Date) return formatDmy(dayFromDate(v));
  if (typeof v === "object") {
    if ("formula" in v) return `=${v.formula}`;
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("text" in v) return String(v.text);
    return "";
  }
  if (typeof v === "number" && cell.numFmt?.includes("%")) return `${(v * 100).toFixed(1)} %`;
  if (typeof v === "number" && cell.numFmt?.includes("€"))
    return `${v.toLocaleString("es-ES", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`;
  return String(v);
}

export function SheetView({
  sheet,
  label,
  selected,
  onSelect,
}: {
  sheet: ExcelJS.Worksheet;
  /** the grid's name for screen readers, in the workbench's language */
  label: string;
  selected?: CellAddress;
  onSelect: (at: CellAddress) => void;
}) {
  const styles = useStyles();
  // A few empty rows and columns past the data, to type into, as in a spreadsheet.
  const width = Math.max(sheet.actualColumnCount, sheet.columnCount) + 3;
  const [drawn, setDrawn] = useState(ROWS_PER_PAGE);
  const rows = Math.min(sheet.rowCount + 20, SHOWN_ROWS, Math.max(drawn, (selected?.row ?? 0) + 20));
  const more = (e: UIEvent<HTMLDivElement>) => {
    const el = e.currentTarget;
    if (el.scrollTop + el.clientHeight > el.scrollHeight - 400 && rows < Math.min(sheet.rowCount + 20, SHOWN_ROWS))
      setDrawn(rows + ROWS_PER_PAGE * 2);
  };
  return (
    <div className={styles.wrap} onScroll={more}>
      <table className={styles.grid} aria-label={label} data-sheet={sheet.name}>
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
                {Array.from({ length: width }, (_, c) => {
                  const cell = row.getCell(c + 1);
                  const formula = cell.formula ? `=${cell.formula}` : "";
                  const isSelected = selected?.row === r + 1 && selected.col === c + 1;
                  return (
                    <td
                      key={c}
                      className={mergeClasses(styles.cell, isSelected && styles.selected)}
                      onClick={() => onSelect({ row: r + 1, col: c + 1 })}
                      aria-selected={isSelected}
                    >
                      {isSalesFormula(formula) ? <SalesCell formula={formula} sheet={sheet} /> : display(cell)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
