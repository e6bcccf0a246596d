/**
 * SALES.* formulas typed into the workbench's cells, evaluated by the very functions Excel calls:
 * `=SALES.NAME(arg; arg; …)` with text, numbers, TRUE/FALSE, empty arguments or references to cells
 * of the same sheet. Streaming functions keep the cell current, as in Excel.
 */
import * as functions from "../functions/functions";
import translations from "../functions/translations.json";

type Fn = (...args: unknown[]) => unknown;
export type Shown = { value: string | number | boolean } | { error: string; message: string };

/** The functions by id, as functions.json registers them; `streaming` ones answer through an invocation. */
export const FUNCTIONS: Record<string, { fn: Fn; streaming: boolean }> = {
  WEEK: { fn: functions.week as Fn, streaming: true },
  WEEKSTART: { fn: functions.weekStart as Fn, streaming: true },
  IBANCHECK: { fn: functions.ibanCheck as Fn, streaming: false },
  VAT: { fn: functions.vat as Fn, streaming: false },
  REVENUE: { fn: functions.revenue as Fn, streaming: true },
  TARGET: { fn: functions.target as Fn, streaming: true },
  VARIANCE: { fn: functions.variance as Fn, streaming: true },
  ATTAINMENT: { fn: functions.attainment as Fn, streaming: true },
  RUNRATE: { fn: functions.runRate as Fn, streaming: true },
  OUTSTANDING: { fn: functions.outstanding as Fn, streaming: true },
  OVERDUE: { fn: functions.overdue as Fn, streaming: true },
  DSO: { fn: functions.dso as Fn, streaming: true },
  CLIENT: { fn: functions.client as Fn, streaming: true },
  WORKDAYS: { fn: functions.workdays as Fn, streaming: true },
  ONTIME: { fn: functions.onTime as Fn, streaming: true },
  LATEORDERS: { fn: functions.lateOrders as Fn, streaming: true },
  PIPELINE: { fn: functions.pipeline as Fn, streaming: true },
  WINRATE: { fn: functions.winRate as Fn, streaming: true },
  SEGMENT: { fn: functions.segment as Fn, streaming: true },
};

/** Every function by its English id and its Catalan and Spanish names. */
const BY_NAME: Record<string, (typeof FUNCTIONS)[string]> = { ...FUNCTIONS };
for (const table of Object.values(translations))
  for (const [id, t] of Object.entries(table)) BY_NAME[t.name] = FUNCTIONS[id];

export function isSalesFormula(formula: string): boolean {
  return /^=?\s*SALES\./i.test(formula);
}

function splitArguments(text: string): string[] {
  const args: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === ";" || ch === ",")) {
      args.push(current.trim());
      current = "";
    } else current += ch;
  }
  args.push(current.trim());
  return text.trim() === "" ? [] : args;
}

function argument(text: string, cell: (ref: string) => unknown): unknown {
  if (text === "") return null;
  if (/^".*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(text)) return text.toUpperCase() === "TRUE";
  if (/^-?\d+([.,]\d+)?%?$/.test(text))
    return Number(text.replace(",", ".").replace("%", "")) / (text.endsWith("%") ? 100 : 1);
  if (/^\$?[A-Z]{1,3}\$?\d+$/i.test(text)) return cell(text.replace(/\$/g, "").toUpperCase()) ?? null;
  throw new Error(`'${text}' is not an argument the workbench understands (text in quotes, a number or a cell)`);
}

/**
 * Evaluates a SALES formula; `show` is called with each value the cell takes (once, or on every change
 * for streaming functions). Returns a function that stops the updates.
 */
export function evaluate(formula: string, cell: (ref: string) => unknown, show: (shown: Shown) => void): () => void {
  const m = /^=?\s*SALES\.([A-Z.]+)\s*\((.*)\)\s*$/is.exec(formula);
  const fail = (error: unknown) =>
    show({ error: "#VALUE!", message: error instanceof Error ? error.message : String(error) });
  const deliver = (v: unknown) =>
    v instanceof Error
      ? show({ error: (v as Error & { code?: string }).code ?? "#VALUE!", message: v.message })
      : show({ value: v as string | number | boolean });
  try {
    if (!m) throw new Error("write =SALES.NAME(arguments)");
    const found = BY_NAME[m[1].toUpperCase()];
    if (!found) throw new Error(`SALES.${m[1]} is not a function (${Object.keys(FUNCTIONS).join(", ")})`);
    const { fn, streaming } = found;
    const args = splitArguments(m[2]).map((a) => argument(a, cell));
    if (!streaming) {
      deliver(fn(...args));
      return () => undefined;
    }
    // Omitted trailing optional arguments arrive as null, as Excel passes them.
    const padded = [...args, ...Array(Math.max(0, fn.length - 1 - args.length)).fill(null)];
    const invocation = { setResult: deliver, onCanceled: undefined as undefined | (() => void) };
    fn(...padded, invocation);
    return () => invocation.onCanceled?.();
  } catch (error) {
    fail(error);
    return () => undefined;
  }
}
