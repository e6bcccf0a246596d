/**
 * Reads one cell of a contract table as its column's type. A cell is either read (perhaps with a
 * warning, e.g. a date typed as text) or refused with a message a person understands.
 */
import type { ColumnDef } from "./contract";
import { Day, dayFromSerial, parseIsoDate, dayOf, isValidDate, partsOf } from "../kernel/dates";
import { toCents } from "../kernel/money";
import { compactIban, isValidIban } from "../kernel/iban";
import { cardNumberOf, findCardNumbers, maskCardsIn } from "../kernel/cards";
import { isTaxId } from "../kernel/taxId";
import { COUNTRY_CODES } from "../kernel/countries";
import { parsePeriod } from "../kernel/periods";
import type { Cell } from "./port";

export type CellValue = string | number | boolean;
export type CellReading = { value: CellValue | null; warning?: string; error?: undefined } | { error: string; value?: undefined; warning?: undefined };

/** The shape of an e-mail address (the mail server decides the rest). */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const TRUE_WORDS = new Set(["true", "yes", "y", "si", "sí", "s", "1", "x", "verdadero", "cert", "vrai", "oui", "ja", "wahr"]);
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
  if (column.type !== "last4" && card !== undefined && !(column.name === "TaxID" && isTaxId(String(cell_)))) {
    return { error: `holds a full card number (ending ${card}): keep only the last 4 digits in CardLast4` };
  }
  switch (column.type) {
    case "text":
      return { value: typeof cell_ === "string" ? cell_ : String(cell_) };
    case "id":
      return typeof cell_ === "boolean" ? { error: `${quote(cell_)} is not an identifier` } : { value: String(cell_).trim() };
    case "value":
      return { value: cell_ };
    case "date":
      return readDate(cell_, date1904);
    case "money":
      return readNumber(cell_, readCents, "an amount");
    case "number":
      return readNumber(cell_, (n) => ({ value: n }), "a number");
    case "integer":
      return readNumber(cell_, readInteger, "a whole number");
    case "rate":
      return readNumber(cell_, readRate, "a rate");
    case "boolean":
      return readBoolean(cell_);
    case "email": {
      const email = String(cell_).trim();
      return EMAIL.test(email) ? { value: email } : { error: `${quote(cell_)} is not an e-mail address` };
    }
    case "iban": {
      const text = String(cell_);
      if (!isValidIban(text)) return { error: `${quote(cell_)} is not a valid IBAN (wrong check digits, length or country)` };
      const compact = compactIban(text);
      return compact === text ? { value: compact } : { value: compact, warning: `IBAN stored with spaces or separators: store ${compact}` };
    }
    case "country": {
      const code = String(cell_).trim().toUpperCase();
      return COUNTRY_CODES.has(code) ? { value: code } : { error: `${quote(cell_)} is not an ISO country code (ES, FR, AD…)` };
    }
    case "period":
      return readPeriod(cell_, date1904);
    case "last4": {
      const digits = typeof cell_ === "number" ? String(cell_).padStart(4, "0") : String(cell_).trim();
      if (/^\d{4}$/.test(digits)) return { value: digits };
      if (findCardNumbers(String(cell_)).length > 0) return { error: "holds a full card number: keep only its last 4 digits" };
      return { error: `${quote(cell_)} is not the last 4 digits of a card` };
    }
    case "code":
      return readCode(cell_, column.codes ?? []);
  }
}

// The readings of numbers are functions of their own, not closures: a closure per cell is a cost at 100,000 rows.
function readNumber(cell: CellValue, then: (n: number, cell: CellValue) => CellReading, what: string): CellReading {
  if (typeof cell === "number") return Number.isFinite(cell) ? then(cell, cell) : { error: `${quote(cell)} is not ${what}` };
  if (typeof cell === "string" && /^\s*-?\d+([.,]\d+)?\s*$/.test(cell)) {
    const reading = then(Number(cell.trim().replace(",", ".")), cell);
    return reading.error ? reading : { value: reading.value ?? null, warning: `${quote(cell)} is a number stored as text` };
  }
  return { error: `${quote(cell)} is not ${what}` };
}

function readCents(n: number): CellReading {
  return { value: toCents(n) };
}

function readInteger(n: number, cell: CellValue): CellReading {
  return Number.isInteger(n) ? { value: n } : { error: `${quote(cell)} is not a whole number` };
}

function readRate(n: number): CellReading {
  if (n < 0) return { error: `${n} is not a rate: it is negative` };
  if (n > 1) return { error: `${n} is not a rate: write ${n} % (the fraction ${n / 100})` };
  return { value: n };
}

function readBoolean(cell: CellValue): CellReading {
  if (typeof cell === "boolean") return { value: cell };
  const word = String(cell).trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return { value: true };
  if (FALSE_WORDS.has(word)) return { value: false };
  return { error: `${quote(cell)} is not yes or no` };
}

function readDate(cell: CellValue, date1904: boolean): CellReading {
  if (typeof cell === "number") {
    const day = dayFromSerial(cell, date1904);
    return day === undefined ? { error: `${quote(cell)} is not a date` } : { value: day };
  }
  const day = typeof cell === "string" ? parseTextDate(cell) : undefined;
  if (day === undefined) return { error: `${quote(cell)} is not a date` };
  return { value: day, warning: `${quote(cell)} is a date stored as text` };
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
      return { value: label, warning: `period ${label} was stored as a date: format the column as text` };
    }
    return { error: `${quote(cell)} is not a period (2026-W48, 2026-11, 2026-Q4, 2026)` };
  }
  const parsed = parsePeriod(String(cell));
  if (!parsed.ok) return { error: parsed.error };
  if (parsed.value.kind === "day") return { error: `${quote(cell)} is a day: a target period is a week, month, quarter or year` };
  return { value: parsed.value.label };
}

function readCode(cell: CellValue, codes: readonly string[]): CellReading {
  const text = String(cell).trim();
  if (codes.includes(text)) return { value: text };
  const folded = text.toLowerCase().replace(/[\s_-]/g, "");
  const match = codes.find((c) => c.toLowerCase() === folded);
  if (match) return { value: match, warning: `${quote(cell)} should be written ${match}` };
  return { error: `${quote(cell)} is not one of ${codes.join(", ")}` };
}

/** Cells compare as Excel holds them: blank is blank, numbers to within rounding noise. */
export function sameCell(a: Cell, b: Cell): boolean {
  if (a === null || a === "" || b === null || b === "") return (a ?? "") === (b ?? "");
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  return String(a) === String(b);
}

/**
 * A value as an adapter writes it into a column: a full card number masked to its last four (a text's,
 * or a number's that is one), except a TaxID column's valid tax ID, which only looks like one. Every
 * cell either adapter writes goes through here, headers and titles included.
 */
export function writableCell<T extends Cell | Day | undefined>(value: T, column = ""): T | string {
  if (column === "TaxID" && typeof value === "string" && isTaxId(value)) return value;
  return maskCardsIn(value);
}
