/**
 * Reads one cell of a contract table as its column's type. A cell is either read (perhaps with a
 * warning, e.g. a date typed as text) or refused with a message a person understands.
 */
import { CONTRACT, type ColumnDef, type TableDef } from "./contract";
import { Day, dayFromSerial, parseIsoDate, dayOf, isValidDate, partsOf } from "../kernel/dates";
import { toCents } from "../kernel/money";
import { compactIban, isValidIban } from "../kernel/iban";
import { cardNumberOf, findCardNumbers, maskCardsIn } from "../kernel/cards";
import { isTaxId } from "../kernel/taxId";
import { isMailbox } from "../kernel/mailbox";
import { COUNTRY_CODES } from "../kernel/countries";
import { parsePeriod } from "../kernel/periods";
import { parseTimeText, timeFromFraction } from "../kernel/times";
import type { Cell } from "./port";
import { say, type Message, type MessageCode } from "../kernel/messages";

export type CellValue = string | number | boolean;
export type CellReading =
  | { value: CellValue | null; warning?: Message; error?: undefined }
  | { error: Message; value?: undefined; warning?: undefined };

const TRUE_WORDS = new Set([
  "true",
  "yes",
  "y",
  "si",
  "sí",
  "s",
  "1",
  "x",
  "verdadero",
  "cert",
  "vrai",
  "oui",
  "ja",
  "wahr",
]);
const FALSE_WORDS = new Set(["false", "no", "n", "0", "falso", "fals", "faux", "non", "nein"]);

export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** Shows a cell in a message; long texts are cut so a message stays one readable line. */
export function quote(cell: Cell): string {
  const s = String(maskCardsIn(cell));
  return `'${s.length > 40 ? s.slice(0, 37) + "…" : s}'`;
}

/** A blank cell's reading (shared: readings are never changed). */
export const BLANK: CellReading = Object.freeze({ value: null });

export function readCell(cell: Cell, column: ColumnDef, date1904: boolean): CellReading {
  if (isBlank(cell)) return BLANK;
  const cell_ = cell as CellValue;
  // A card number typed as a number (4111111111111111 in Street or Phone) is one too; the message never repeats it.
  const card = typeof cell_ === "string" ? findCardNumbers(cell_)[0] : cardNumberOf(cell_)?.slice(-4);
  const identifier = IDENTIFIER_COLUMNS.has(column.name) || (column.name === "TaxID" && isTaxId(String(cell_)));
  if (column.type !== "last4" && card !== undefined && !identifier) {
    return { error: say("cell.card", { last4: card }) };
  }
  switch (column.type) {
    case "text":
      return { value: typeof cell_ === "string" ? cell_ : String(cell_) };
    case "id":
      return typeof cell_ === "boolean"
        ? { error: say("cell.notId", { value: quote(cell_) }) }
        : { value: String(cell_).trim() };
    case "value":
      return { value: cell_ };
    case "date":
      return readDate(cell_, date1904);
    case "money":
      return readNumber(cell_, readCents, "cell.notAmount");
    case "number":
      return readNumber(cell_, (n) => ({ value: n }), "cell.notNumber");
    case "integer":
      return readNumber(cell_, readInteger, "cell.notWhole");
    case "rate":
      return readNumber(cell_, readRate, "cell.notRate");
    case "boolean":
      return readBoolean(cell_);
    case "email": {
      const email = String(cell_).trim();
      return isMailbox(email) ? { value: email } : { error: say("cell.notEmail", { value: quote(cell_) }) };
    }
    case "iban": {
      const text = String(cell_);
      if (!isValidIban(text)) return { error: say("cell.notIban", { value: quote(cell_) }) };
      const compact = compactIban(text);
      return compact === text
        ? { value: compact }
        : { value: compact, warning: say("cell.ibanSpaced", { iban: compact }) };
    }
    case "country": {
      const code = String(cell_).trim().toUpperCase();
      return COUNTRY_CODES.has(code) ? { value: code } : { error: say("cell.notCountryCode", { value: quote(cell_) }) };
    }
    case "period":
      return readPeriod(cell_, date1904);
    case "last4": {
      const digits = typeof cell_ === "number" ? String(cell_).padStart(4, "0") : String(cell_).trim();
      if (/^\d{4}$/.test(digits)) return { value: digits };
      if (findCardNumbers(String(cell_)).length > 0) return { error: say("cell.cardInLast4") };
      return { error: say("cell.notLast4", { value: quote(cell_) }) };
    }
    case "code":
      return readCode(cell_, column.codes ?? []);
    case "time":
      return readTime(cell_);
  }
}

function readTime(cell: CellValue): CellReading {
  const time =
    typeof cell === "number" ? timeFromFraction(cell) : typeof cell === "string" ? parseTimeText(cell) : undefined;
  return time === undefined ? { error: say("cell.notTime", { value: quote(cell) }) } : { value: time };
}

// The readings of numbers are functions of their own, not closures: a closure per cell is a cost at 100,000 rows.
function readNumber(
  cell: CellValue,
  then: (n: number, cell: CellValue) => CellReading,
  notIt: MessageCode,
): CellReading {
  if (typeof cell === "number")
    return Number.isFinite(cell) ? then(cell, cell) : { error: say(notIt, { value: quote(cell) }) };
  if (typeof cell === "string" && /^\s*-?\d+([.,]\d+)?\s*$/.test(cell)) {
    const reading = then(Number(cell.trim().replace(",", ".")), cell);
    return reading.error
      ? reading
      : { value: reading.value ?? null, warning: say("cell.numberAsText", { value: quote(cell) }) };
  }
  return { error: say(notIt, { value: quote(cell) }) };
}

function readCents(n: number): CellReading {
  return { value: toCents(n) };
}

function readInteger(n: number, cell: CellValue): CellReading {
  return Number.isInteger(n) ? { value: n } : { error: say("cell.notWhole", { value: quote(cell) }) };
}

function readRate(n: number): CellReading {
  if (n < 0) return { error: say("cell.rateNegative", { rate: n }) };
  if (n > 1) return { error: say("cell.ratePercent", { rate: n, fraction: n / 100 }) };
  return { value: n };
}

export function readBoolean(cell: CellValue): CellReading {
  if (typeof cell === "boolean") return { value: cell };
  const word = String(cell).trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return { value: true };
  if (FALSE_WORDS.has(word)) return { value: false };
  return { error: say("cell.notYesNo", { value: quote(cell) }) };
}

function readDate(cell: CellValue, date1904: boolean): CellReading {
  if (typeof cell === "number") {
    const day = dayFromSerial(cell, date1904);
    return day === undefined ? { error: say("cell.notDate", { value: quote(cell) }) } : { value: day };
  }
  const day = typeof cell === "string" ? parseTextDate(cell) : undefined;
  if (day === undefined) return { error: say("cell.notDate", { value: quote(cell) }) };
  return { value: day, warning: say("cell.dateAsText", { value: quote(cell) }) };
}

/** A date typed as text: ISO (2026-11-27) or European day-first (27/11/2026, 27-11-2026, 27.11.2026). */
export function parseTextDate(text: string): Day | undefined {
  const iso = parseIsoDate(text);
  if (iso !== undefined) return iso;
  const m = /^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? dayOf(y, mo, d) : undefined;
}

function readPeriod(cell: CellValue, date1904: boolean): CellReading {
  if (typeof cell === "number" && cell > 9999) {
    // Excel turns "2026-11" typed into a cell into the date 1 Nov 2026: read it back as the month.
    const day = dayFromSerial(cell, date1904);
    const p = day === undefined ? undefined : partsOf(day);
    if (p && p.day === 1) {
      const label = `${p.year}-${String(p.month).padStart(2, "0")}`;
      return { value: label, warning: say("cell.periodAsDate", { period: label }) };
    }
    return { error: say("cell.notPeriod", { value: quote(cell) }) };
  }
  const parsed = parsePeriod(String(cell));
  if (!parsed.ok) return { error: parsed.error };
  if (parsed.value.kind === "day") return { error: say("cell.periodIsDay", { value: quote(cell) }) };
  return { value: parsed.value.label };
}

function readCode(cell: CellValue, codes: readonly string[]): CellReading {
  const text = String(cell).trim();
  if (codes.includes(text)) return { value: text };
  const folded = text.toLowerCase().replace(/[\s_-]/g, "");
  const match = codes.find((c) => c.toLowerCase() === folded);
  if (match) return { value: match, warning: say("cell.spelling", { value: quote(cell), code: match }) };
  return { error: say("cell.notOneOf", { value: quote(cell), codes }) };
}

/** Cells compare as Excel holds them: blank is blank, numbers to within rounding noise. */
export function sameCell(a: Cell, b: Cell): boolean {
  if (a === null || a === "" || b === null || b === "") return (a ?? "") === (b ?? "");
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  return String(a) === String(b);
}

/**
 * A value as an adapter writes it into a column: a full card number masked to its last four (a text's,
 * or a number's that is one), except what only looks like one by its column: a TaxID column's valid tax
 * ID, and any value of the contract's identifier columns (a client number, an invoice number). Every
 * cell either adapter writes goes through here, headers and titles included.
 */
export function writableCell<T extends Cell | Day | undefined>(value: T, column = ""): T | string {
  if (column === "TaxID" && typeof value === "string" && isTaxId(value)) return value;
  if (IDENTIFIER_COLUMNS.has(column)) return value;
  return maskCardsIn(value);
}

/** The contract's keys and single references: what they hold is an identifier, whatever its digits. */
const IDENTIFIER_COLUMNS = new Set(
  Object.values(CONTRACT).flatMap((t: TableDef) => t.columns.filter((c) => isIdentifier(t, c)).map((c) => c.name)),
);

function isIdentifier(table: TableDef, column: ColumnDef): boolean {
  return column.name === table.key || (column.ref !== undefined && !column.list);
}
