/**
 * The currency a sheet's amounts are in, found where people and formats write it ("2 CHF", "R$ 456,00",
 * a "$#,##0.00" number format) and recorded, never assumed to be the euro: in each Invoices row that
 * names none, and as the workbook's `Currency` setting when the workbook has none yet.
 */
import type { ColumnDef } from "../workbook/contract";
import type { SheetGrid } from "../workbook/port";
import type { ColumnValues } from "./rowRules";
import { mostCommonCurrency } from "../locale/localeValues";
import { say, type Message } from "../kernel/messages";
import { problem } from "../workbook/problems";
import type { ImportResult } from "./result";

/** The currency of the amounts of a sheet's record rows (money columns' texts first, then its number formats). */
export function sheetCurrency(
  grid: SheetGrid,
  rows: readonly number[],
  mapped: readonly { index: number; def: ColumnDef }[],
): string | undefined {
  const money = mapped.filter((m) => m.def.type === "money").map((m) => m.index);
  const texts = rows.flatMap((r) =>
    money.map((i) => grid.rows[r - 1]?.[i]).filter((c): c is string => typeof c === "string"),
  );
  return mostCommonCurrency(texts) ?? (money.length > 0 ? grid.currency : undefined);
}

/** An invoice that names no currency is in its sheet's. */
export function recordInvoiceCurrency(values: ColumnValues, currency: string | undefined): void {
  if (currency && (values.get("Currency") ?? null) === null) values.set("Currency", currency);
}

/**
 * The workbook's Currency setting, when the workbook has none and every sheet that showed a currency
 * showed the same one: a `Settings` row to add, else undefined (and why not, when sheets disagree).
 */
export function currencySetting(
  found: ReadonlyMap<string, string>,
  existing: string | undefined,
): { add?: string; conflict?: Message } {
  const codes = [...new Set(found.values())];
  if (codes.length === 0) return {};
  if (codes.length > 1)
    return {
      conflict: say("import.currencies", { sheets: [...found].map(([s, c]) => `${s}: ${c}`) }),
    };
  if (existing === undefined) return { add: codes[0] };
  return existing === codes[0]
    ? {}
    : { conflict: say("import.currencyDiffers", { currency: codes[0], setting: existing }) };
}

/** The workbook's Currency setting from what the sheets showed (see currency.ts). */
export function recordCurrency(result: ImportResult, existing: string | undefined): void {
  const found = new Map(result.sheets.flatMap((s) => (s.currency && s.table ? [[s.sheet, s.currency] as const] : [])));
  const { add, conflict } = currencySetting(found, existing);
  const sheet = [...found.keys()][0];
  if (conflict) result.problems.push(problem(sheet, null, null, "warning", conflict));
  if (!add) return;
  result.problems.push(problem(sheet, null, null, "warning", say("import.currency", { currency: add })));
  result.currency = add;
}
