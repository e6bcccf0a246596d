/** A view of one worksheet: column letters, row numbers, values as Excel shows them, more rows drawn as it scrolls. */
import { UIEvent, useEffect, useState } from "react";
import type ExcelJS from "exceljs";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { evaluate, isSalesFormula, Shown } from "./salesFormulas";
import {
  serialFromDay,
  columnLetter,
  formatDmy,
  dayFromDate,
  formatPercent,
  LOCALES,
  type MessageLanguage,
} from "../core/kernel";

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
  // text runs on over empty cells to its right, as in Excel (a sheet's title)
  spills: { overflow: "visible", textOverflow: "clip" },
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
function SalesCell({
  formula,
  sheet,
  language,
}: {
  formula: string;
  sheet: ExcelJS.Worksheet;
  language: MessageLanguage;
}) {
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
        ? shown.value.toLocaleString(LOCALES[language], { maximumFractionDigits: 3 })
        : String(shown.value).toUpperCase() === "TRUE" || String(shown.value).toUpperCase() === "FALSE"
          ? String(shown.value).toUpperCase()
          : String(shown.value)}
    </>
  );
}

/**
 * A number as Excel shows it under its format, in the workbench's language: 6.133,80 € (grouped as
 * #,##0 says, four digits too) and 58,2 % in Catalan; a General number with the language's decimal mark.
 */
function shownNumber(value: number, numFmt: string | undefined, language: MessageLanguage): string {
  const format = (numFmt ?? "").split(";")[0];
  if (format.includes("%")) return formatPercent(value, language);
  const fixed = /0\.(0+)/.exec(format)?.[1].length;
  const optional = /\.(#+)/.exec(format)?.[1].length;
  const symbol = /"([^"]+)"/.exec(format)?.[1];
  const text = new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: fixed ?? 0,
    maximumFractionDigits: fixed ?? optional ?? (format === "" || format === "General" ? 10 : 0),
    // Intl's "always" (Node 20, Chromium) groups 6133,80 as Excel does; TypeScript's lib here knows only booleans
    useGrouping: (format.includes("#,##0") ? "always" : false) as unknown as boolean,
  }).format(value);
  return symbol ? `${text} ${symbol}` : text;
}

/** The fill a conditional format gives a cell: the add-in's status words (On target, Behind) coloured as in Excel. */
function conditionalFill(sheet: ExcelJS.Worksheet): (cell: ExcelJS.Cell, text: string) => string | undefined {
  // ExcelJS keeps a sheet's conditional formats read or added, without typing the property
  const formats = (sheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  const rules = (formats ?? []).flatMap(({ ref, rules }) => {
    const [from, to = from] = ref.split(":").map((a) => sheet.getCell(a));
    return rules.flatMap((rule) =>
      rule.type === "containsText" && rule.text && rule.style?.fill?.type === "pattern"
        ? [{ from, to, text: rule.text, argb: rule.style.fill.bgColor?.argb }]
        : [],
    );
  });
  return (cell, text) => {
    const row = Number(cell.row);
    const col = Number(cell.col);
    const hit = rules.find(
      (r) =>
        row >= Number(r.from.row) &&
        row <= Number(r.to.row) &&
        col >= Number(r.from.col) &&
        col <= Number(r.to.col) &&
        text.includes(r.text),
    );
    return hit?.argb && `#${hit.argb.slice(2)}`;
  };
}

function display(cell: ExcelJS.Cell, language: MessageLanguage): string {
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
  if (typeof v === "number") return shownNumber(v, cell.numFmt, language);
  return String(v);
}

export function SheetView({
  sheet,
  label,
  language,
  selected,
  onSelect,
}: {
  sheet: ExcelJS.Worksheet;
  /** the grid's name for screen readers, in the workbench's language */
  label: string;
  /** the language numbers are shown in, as Excel shows them in Office's */
  language: MessageLanguage;
  selected?: CellAddress;
  onSelect: (at: CellAddress) => void;
}) {
  const styles = useStyles();
  const fill = conditionalFill(sheet);
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
              // as wide as the file says the column is (Excel's width is in characters of about 7 px)
              <th
                key={c}
                className={styles.head}
                scope="col"
                style={{ minWidth: `${Math.round((sheet.getColumn(c + 1).width ?? 0) * 7)}px` }}
              >
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
                  const text = display(cell, language);
                  const spills = typeof cell.value === "string" && row.getCell(c + 2).value == null;
                  return (
                    <td
                      key={c}
                      className={mergeClasses(styles.cell, spills && styles.spills, isSelected && styles.selected)}
                      style={{ backgroundColor: fill(cell, text) }}
                      onClick={() => onSelect({ row: r + 1, col: c + 1 })}
                      aria-selected={isSelected}
                    >
                      {isSalesFormula(formula) ? (
                        <SalesCell formula={formula} sheet={sheet} language={language} />
                      ) : (
                        text
                      )}
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
