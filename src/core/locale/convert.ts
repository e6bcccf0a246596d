/**
 * One source cell to the contract column it was mapped to, the way the import writes it: dates as
 * Days, amounts as numbers rounded to the cent, rates as fractions, codes in English. A cell is
 * converted (perhaps with a warning saying what was normalised) or refused with the reason.
 */
import type { ColumnDef } from "../workbook/contract";
import { readCell, quote } from "../workbook/cells";
import { isMailbox } from "../kernel/mailbox";
import { Day, dayFromDate, dayFromSerial, dayOf, formatIsoDate, serialFromDay } from "../kernel/dates";
import { roundHalfAway } from "../kernel/money";
import { parsePeriod } from "../kernel/periods";
import type { Cell, SheetCell } from "../workbook/port";
import { codeLookup, CREDIT_NOTE_WORDS } from "./codeWords";
import { foldWords } from "./fold";
import {
  DateOrder,
  dateOrderOf,
  DecimalMark,
  decimalMarkOf,
  normalizeEmail,
  parseAmount,
  parseCountry,
  parseDateText,
  parsePeriodText,
  parseRate,
} from "./localeValues";
import { say, type Message } from "../kernel/messages";

export interface ColumnContext {
  mark: DecimalMark;
  order: DateOrder;
  date1904: boolean;
}

/** How a column's texts write numbers and dates (decimal mark, day or month first), read from the texts themselves. */
export function columnContext(texts: readonly string[], date1904: boolean): ColumnContext {
  return { mark: decimalMarkOf(texts), order: dateOrderOf(texts), date1904 };
}

export type Converted =
  { value: Cell | Day; warning?: Message; creditNote?: boolean; error?: undefined } | { error: Message };

const CREDIT_NOTES = new Set(CREDIT_NOTE_WORDS.split("|"));

/** Excel serials of 1 Jan 1900 … 31 Dec 2200, the years a typed date may have: a number outside is no date. */
const LAST_SERIAL = serialFromDay(dayOf(2200, 12, 31));

export function convertCell(cell: SheetCell, column: ColumnDef, ctx: ColumnContext): Converted {
  if (cell instanceof Date) {
    if (column.type === "date" || column.type === "period") return fromDay(dayFromDate(cell), column);
    if (column.type === "time")
      return {
        value: `${String(cell.getUTCHours()).padStart(2, "0")}:${String(cell.getUTCMinutes()).padStart(2, "0")}`,
      };
    // A date is text only to a text column; an IBAN, an e-mail, an amount or a code it is not (as check says).
    const iso = formatIsoDate(dayFromDate(cell));
    return ["text", "id", "value"].includes(column.type)
      ? { value: iso }
      : { error: say("cell.dateNotHere", { value: quote(iso), column: column.name }) };
  }
  if (cell === null) return { value: null };
  const text = typeof cell === "string" ? cell.trim() : "";
  switch (column.type) {
    case "text":
      return { value: typeof cell === "string" ? text : String(cell) };
    case "id":
      return typeof cell === "boolean"
        ? { error: say("cell.notId", { value: quote(cell) }) }
        : { value: typeof cell === "number" ? String(cell) : text };
    case "date": {
      if (typeof cell === "number") {
        const day = cell >= 1 && cell <= LAST_SERIAL ? dayFromSerial(cell, ctx.date1904) : undefined;
        return day === undefined ? { error: say("cell.notDate", { value: quote(cell) }) } : { value: day };
      }
      const day = typeof cell === "string" ? parseDateText(text, ctx.order) : undefined;
      return day === undefined
        ? { error: say("cell.notDate", { value: quote(typeof cell === "string" ? text : cell) }) }
        : { value: day };
    }
    case "money":
    case "number":
    case "integer":
      return number(cell, text, column, ctx.mark);
    case "rate": {
      const rate = typeof cell === "boolean" ? undefined : parseRate(typeof cell === "number" ? cell : text, ctx.mark);
      if (!rate) return { error: say("cell.notRateWords", { value: quote(cell) }) };
      return rate.fromWhole
        ? { value: rate.rate, warning: say("cell.readAsPercent", { value: quote(cell), percent: String(cell) }) }
        : { value: rate.rate };
    }
    case "email": {
      const email = normalizeEmail(String(cell));
      return isMailbox(email) ? { value: email } : { error: say("cell.notEmail", { value: quote(cell) }) };
    }
    case "country": {
      const code = parseCountry(String(cell));
      return code ? { value: code } : { error: say("cell.notCountry", { value: quote(cell) }) };
    }
    case "period": {
      const label = typeof cell === "string" ? parsePeriodText(text) : undefined;
      if (label) {
        const parsed = parsePeriod(label);
        return parsed.ok ? { value: parsed.value.label } : { error: parsed.error };
      }
      return plain(cell, column, ctx);
    }
    case "code":
      return code(cell, column);
    case "last4":
      return lastFour(cell);
    default:
      return plain(cell, column, ctx);
  }
}

/** The contract's own reader, for types the import reads no differently (IBAN, boolean, last 4…). */
function plain(cell: Cell, column: ColumnDef, ctx: ColumnContext): Converted {
  const reading = readCell(cell, column, ctx.date1904);
  if (reading.error !== undefined) return { error: reading.error };
  // The import stores IBANs compact on purpose: no need to warn about the spaces it removed.
  return column.type === "iban" ? { value: reading.value } : { value: reading.value, warning: reading.warning };
}

function fromDay(day: Day, column: ColumnDef): Converted {
  return column.type === "date"
    ? { value: day }
    : plain(formatIsoDate(day).slice(0, 7), column, { mark: ",", order: "dmy", date1904: false });
}

function number(cell: Cell, text: string, column: ColumnDef, mark: DecimalMark): Converted {
  const notIt =
    column.type === "money" ? "cell.notAmount" : column.type === "integer" ? "cell.notWhole" : "cell.notNumber";
  const n = typeof cell === "number" ? cell : typeof cell === "string" ? parseAmount(text, mark) : undefined;
  if (n === undefined || !Number.isFinite(n)) return { error: say(notIt, { value: quote(cell) }) };
  if (column.type === "integer" && !Number.isInteger(n)) return { error: say("cell.notWhole", { value: quote(cell) }) };
  if (column.type !== "money") return { value: n };
  const cents = roundHalfAway(n * 100) / 100;
  return Math.abs(cents - n) > 1e-9
    ? { value: cents, warning: say("cell.roundedToCent", { value: quote(cell), amount: cents }) }
    : { value: cents };
}

/**
 * Only the last four digits of a card are ever kept: a longer run of digits in the column (a card
 * number that fails the Luhn check is still a card number to someone) keeps its last four, saying so.
 */
function lastFour(cell: Cell): Converted {
  const digits = String(cell).replace(/[\s.\-\u00a0]/g, "");
  if (/^\d{4}$/.test(digits) || (typeof cell === "number" && cell < 10_000)) return { value: digits.padStart(4, "0") };
  if (/^\d{8,19}$/.test(digits))
    return { value: digits.slice(-4), warning: say("cell.cardLike", { last4: digits.slice(-4) }) };
  return { error: say("cell.notLast4", { value: quote(cell) }) };
}

function code(cell: Cell, column: ColumnDef): Converted {
  const word = foldWords(String(cell));
  const found = codeLookup(column.codes ?? []).get(word);
  if (found) return { value: found };
  if (column.codes?.includes("Paid") && CREDIT_NOTES.has(word)) return { value: null, creditNote: true };
  return { error: say("cell.notOneOf", { value: quote(cell), codes: column.codes ?? [] }) };
}
