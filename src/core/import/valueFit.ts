/**
 * What a column's values say of the contract column it can be: the share of its values that read as
 * that column's type (dates, amounts, rates, e-mails, IBANs, codes, IDs…), so that values can veto a
 * header ("Fecha" over text is no date) or name a column no header names (a column of IBANs).
 */
import type { ColumnDef, ColumnType } from "../workbook/contract";
import type { SheetCell } from "../workbook/port";
import { isMailbox } from "../kernel/mailbox";
import { isValidIban } from "../kernel/iban";
import { codeLookup, CREDIT_NOTE_WORDS } from "../locale/codeWords";
import { foldWords } from "../locale/fold";
import { parseTimeText } from "../kernel/times";
import { looksLikeDate, parseAmount, parseCountry, parsePeriodText, parseRate } from "../locale/localeValues";
import { isBlankCell } from "./detect";

/** 0–1: how well a column's values fit a contract type (blank columns are neutral). */
export function valueFit(column: ColumnDef, values: readonly SheetCell[]): number {
  const filled = values.filter((v) => !isBlankCell(v));
  if (filled.length === 0) return 0.7;
  // Every value a fraction (0.21, 0.1, 0.04): rates, whatever the header says, not amounts.
  if (
    (column.type === "money" || column.type === "rate") &&
    filled.every((v) => typeof v === "number" && v > 0 && v < 1)
  )
    return column.type === "money" ? 0.3 : 1;
  let fits = 0;
  for (const v of filled) fits += fitOne(column, v);
  return fits / filled.length;
}

function fitOne(column: ColumnDef, v: SheetCell): number {
  const text = typeof v === "string" ? v.trim() : "";
  const isNumber = typeof v === "number" || (text !== "" && parseAmount(text) !== undefined);
  const type: ColumnType = column.type;
  switch (type) {
    case "date":
      return v instanceof Date || (text !== "" && looksLikeDate(text))
        ? 1
        : typeof v === "number" && v > 20000 && v < 80000
          ? 0.6
          : 0;
    case "money":
    case "number":
    case "integer":
      return isNumber ? 1 : 0;
    case "rate": {
      const rate = typeof v === "number" || text !== "" ? parseRate(v as string | number) : undefined;
      return rate === undefined
        ? 0
        : rate.fromWhole || (text !== "" && !text.includes("%") && !/^0?[.,]\d+$/.test(text))
          ? 0.5
          : 1;
    }
    case "email":
      return isMailbox(text) ? 1 : 0;
    case "iban":
      return text !== "" && isValidIban(text) ? 1 : 0;
    case "country":
      return text !== "" && parseCountry(text) ? 1 : 0;
    case "period":
      return v instanceof Date || (text !== "" && parsePeriodText(text)) || /^\d{4}(-?[WQ]?\d{1,2})?$/i.test(text)
        ? 1
        : 0;
    case "boolean":
      return typeof v === "boolean" || /^(si|sí|no|yes|y|n|x|true|false|oui|non|ja|nein|cert|fals|0|1)$/i.test(text)
        ? 1
        : 0;
    case "code": {
      const lookup = codeLookup(column.codes ?? []);
      const word = foldWords(String(v));
      return lookup.has(word) || (column.codes?.includes("Paid") && CREDIT_NOTE_WORDS.split("|").includes(word))
        ? 1
        : 0;
    }
    case "last4":
      return /\d{4}\s*$/.test(String(v)) ? 1 : 0;
    case "id":
      // A UUID is a system's key: where a sheet also has the number people read, that one is the ID. "71, 1, 19" is a list of them.
      return v instanceof Date || typeof v === "boolean" ? 0 : UUID.test(text) ? 0.6 : ID_LIST.test(text) ? 0.2 : 1;
    case "text":
      // Phone numbers and postal codes are often typed as numbers; e-mails and IBANs have columns of their own.
      return v instanceof Date ? 0.2 : isNumber ? 0.7 : isMailbox(text) || isValidIban(text) ? 0.5 : 1;
    case "time":
      return v instanceof Date ||
        (typeof v === "number" && v >= 0 && v < 1) ||
        (text !== "" && parseTimeText(text) !== undefined)
        ? 1
        : 0;
    case "value":
      return 1;
  }
}

const ID_LIST = /^[^,;]+(?:\s*[,;]\s*[^,;]+){1,}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
