/** How an output sheet prints from Excel: A4, landscape, one page wide, its title rows on every page. */
import type { SheetOutput } from "../core/workbook";

/**
 * Landscape, one page wide, title rows repeated: where the host has page layout (ExcelApi 1.9); elsewhere
 * it prints as Excel decides. Excel may leave "fit to one page wide" unset until its Page Layout tab has
 * been opened (office-js#1860), so the zoom is read back in the same round trip: answers, after it, whether
 * a scale that fits the sheet's width was set instead (to be sent in one more).
 */
export function printLayout(
  sheet: Excel.Worksheet,
  print: NonNullable<SheetOutput["print"]>,
): (() => boolean) | undefined {
  if (typeof Office !== "undefined" && !Office.context.requirements.isSetSupported("ExcelApi", "1.9")) return undefined;
  sheet.pageLayout.orientation = print.landscape ? "Landscape" : "Portrait";
  sheet.pageLayout.paperSize = "A4"; // the paper of the admin's printer in Europe
  if (print.titleRows) sheet.pageLayout.setPrintTitleRows(`$1:$${print.titleRows}`);
  if (!print.fitToWidth) return undefined;
  sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const layout = sheet.pageLayout.load("zoom");
  const used = sheet.getUsedRange().load("width");
  return () => {
    if (layout.zoom.horizontalFitToPages === 1) return false;
    sheet.pageLayout.zoom = { scale: fitScale(used.width, print.landscape) };
    return true;
  };
}

/** A4's printable width at Excel's normal margins (0.7" each side), in points. */
const A4_PRINTABLE = { landscape: (11.69 - 1.4) * 72, portrait: (8.27 - 1.4) * 72 };

/** The print scale (Excel takes 10–400 %) at which a sheet this wide, in points, fits one page's width. */
export function fitScale(width: number, landscape: boolean): number {
  const printable = landscape ? A4_PRINTABLE.landscape : A4_PRINTABLE.portrait;
  return Math.max(10, Math.min(100, Math.floor((printable / Math.max(1, width)) * 100)));
}
