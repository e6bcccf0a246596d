/**
 * The names Excel takes (issue 29), by its own rules: a defined name or a table name by [MS-XLSB]
 * 2.5.166 (the grammar of a name, at most 255 characters, not TRUE or FALSE, not an A1 reference and
 * not beginning with an R1C1 one: `R2026W48_KPI` begins with row 2026), and a sheet name by Excel's
 * (1 to 31 characters, none of `\ / ? * [ ] :`, no apostrophe at either end). Excel compares all of
 * them without regard to case.
 */

/** The first character: a letter (any script), `_` or `\`; the others may also be digits, `.` or `?`. */
const GRAMMAR = /^[\p{L}_\\][\p{L}\p{N}_\\.?\u061f]*$/u;
/** An A1 reference: up to three column letters (to XFD) and a row (to 1,048,576), `$` allowed. */
const A1 = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
/** A name that begins with an R1C1 row or column: R or C followed by a number. */
const R1C1_START = /^[RrCc]\d+/;

function isA1(name: string): boolean {
  const m = A1.exec(name);
  if (!m) return false;
  const column = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(m[2]);
  return column <= 16_384 && row >= 1 && row <= 1_048_576;
}

/** Why Excel refuses this as a defined name or a table name, or undefined when it takes it. */
export function excelNameProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > 255) return "must be 1 to 255 characters";
  if (!GRAMMAR.test(name)) return "must begin with a letter, _ or \\ and hold only letters, digits, _, \\, . and ?";
  if (/^(true|false)$/i.test(name)) return "cannot be TRUE or FALSE";
  if (/^(r|c|rc)$/i.test(name)) return "cannot be R, C or RC, which stand for a row, a column or a cell";
  if (isA1(name)) return "cannot be a cell reference";
  if (R1C1_START.test(name)) return "cannot begin with an R1C1 reference (R or C and a number)";
  return undefined;
}

/** Why Excel refuses this as a sheet name, or undefined when it takes it. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > 31) return "must be 1 to 31 characters";
  if (/[\\/?*[\]:]/.test(name)) return "cannot hold \\ / ? * [ ] or :";
  if (name.startsWith("'") || name.endsWith("'")) return "cannot begin or end with an apostrophe";
  if (name.toLowerCase() === "history") return "History is kept by Excel";
  return undefined;
}
