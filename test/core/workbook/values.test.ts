import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { compactIban, ibanFromBban, isValidIban } from "../../../src/core/kernel/iban";
import { findCardNumbers, maskCardNumbers, passesLuhn } from "../../../src/core/kernel/cards";
import { readCell as readCellRaw } from "../../../src/core/workbook/cells";
import { ColumnDef, ColumnType } from "../../../src/core/workbook/contract";
import { dayOf } from "../../../src/core/kernel/dates";
import { english } from "../../helpers/english";

const readCell = (...args: Parameters<typeof readCellRaw>) => english(readCellRaw(...args));

const vectors = readFileSync(path.join(__dirname, "../../fixtures/real/iban_vectors_from_stdnum.csv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((l) => {
    const i = l.indexOf(",");
    return { category: l.slice(0, i), iban: l.slice(i + 1) };
  });

describe("IBAN", () => {
  it("accepts every IBAN registry example and refuses every broken one", () => {
    expect(vectors.length).toBeGreaterThan(200);
    for (const v of vectors) expect([v.iban, isValidIban(v.iban)]).toEqual([v.iban, v.category === "valid_registry"]);
  });

  it("is stored compact", () => {
    expect(compactIban("es91 2100-0418.4502 0005 1332")).toBe("ES9121000418450200051332");
  });

  it("computes check digits that validate", () => {
    expect(ibanFromBban("ES", "21000418450200051332")).toBe("ES9121000418450200051332");
    expect(ibanFromBban("DE", "370400440532013000")).toBe("DE89370400440532013000");
  });
});

describe("card numbers", () => {
  it("finds Luhn-valid runs of 13 to 19 digits, with spaces or dashes", () => {
    expect(passesLuhn("4111111111111111")).toBe(true);
    expect(passesLuhn("4111111111111112")).toBe(false);
    expect(findCardNumbers("paid with 4111 1111 1111 1111 yesterday")).toEqual(["1111"]);
    expect(findCardNumbers("card 5500-0000-0000-0004")).toEqual(["0004"]);
    expect(findCardNumbers("378282246310005")).toEqual(["0005"]); // Amex, 15 digits
  });

  it("leaves IBANs, phone numbers and longer references alone", () => {
    for (const v of vectors.filter((x) => x.category === "valid_registry")) expect(findCardNumbers(v.iban)).toEqual([]);
    expect(findCardNumbers("+34 934 123 456")).toEqual([]);
    expect(findCardNumbers("ref 41111111111111110000")).toEqual([]);
    expect(findCardNumbers("4111111111111112")).toEqual([]);
  });

  it("masks every card number, keeping only the last four digits", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("4111111111111111", "5500000000000004", "4012888888881881"),
        fc.string(),
        (card, noise) => {
          const masked = maskCardNumbers(`${noise} ${card} `);
          expect(masked).not.toContain(card);
          expect(masked).toContain(`•••• ${card.slice(-4)}`);
        },
      ),
    );
  });
});

describe("reading cells by column type", () => {
  const col = (type: ColumnType, extra: Partial<ColumnDef> = {}): ColumnDef => ({ name: "X", type, ...extra });

  it("reads dates from serials in both systems, and from text with a warning", () => {
    expect(readCell(46353, col("date"), false)).toEqual({ value: dayOf(2026, 11, 27) });
    expect(readCell(44891, col("date"), true)).toEqual({ value: dayOf(2026, 11, 27) });
    expect(readCell("27/11/2026", col("date"), false)).toMatchObject({
      value: dayOf(2026, 11, 27),
      warning: expect.stringContaining("stored as text"),
    });
    expect(readCell("31/11/2026", col("date"), false)).toEqual({ error: "'31/11/2026' is not a date" });
  });

  it("reads money as cents and rates as fractions", () => {
    expect(readCell(1234.56, col("money"), false)).toEqual({ value: 123456 });
    expect(readCell("12,5", col("money"), false)).toMatchObject({ value: 1250, warning: expect.any(String) });
    expect(readCell("12 €", col("money"), false)).toEqual({ error: "'12 €' is not an amount" });
    expect(readCell(0.21, col("rate"), false)).toEqual({ value: 0.21 });
    expect(readCell(21, col("rate"), false).error).toContain("write 21 %");
  });

  it("checks e-mails, IBANs, countries, codes and yes/no", () => {
    expect(readCell("anna@exemple.cat", col("email"), false)).toEqual({ value: "anna@exemple.cat" });
    expect(readCell("anna@", col("email"), false).error).toContain("not an e-mail");
    expect(readCell("ES91 2100 0418 4502 0005 1332", col("iban"), false)).toMatchObject({
      value: "ES9121000418450200051332",
      warning: expect.any(String),
    });
    expect(readCell("ES9121000418450200051333", col("iban"), false).error).toContain("not a valid IBAN");
    expect(readCell("es", col("country"), false)).toEqual({ value: "ES" });
    expect(readCell("Spain", col("country"), false).error).toContain("ISO country code");
    expect(readCell("Paid", col("code", { codes: ["Paid", "PartiallyPaid"] }), false)).toEqual({ value: "Paid" });
    expect(readCell("partially paid", col("code", { codes: ["Paid", "PartiallyPaid"] }), false)).toMatchObject({
      value: "PartiallyPaid",
      warning: expect.any(String),
    });
    expect(readCell("Pagada", col("code", { codes: ["Paid"] }), false).error).toContain("not one of Paid");
    expect(readCell("Sí", col("boolean"), false)).toEqual({ value: true });
    expect(readCell("maybe", col("boolean"), false).error).toBeDefined();
  });

  it("reads periods, and the month Excel made of '2026-11'", () => {
    expect(readCell("2026-W48", col("period"), false)).toEqual({ value: "2026-W48" });
    expect(readCell(2026, col("period"), false)).toEqual({ value: "2026" });
    expect(readCell(46327, col("period"), false)).toMatchObject({ value: "2026-11", warning: expect.any(String) }); // 1 Nov 2026
    expect(readCell("2026-11-27", col("period"), false).error).toContain("is a day");
  });

  it("refuses a full card number anywhere, without echoing it", () => {
    const reading = readCell("Visa 4111 1111 1111 1111 exp 12/28", col("text"), false);
    expect(reading.error).toContain("ending 1111");
    expect(reading.error).not.toContain("4111");
    expect(readCell("4111111111111111", col("last4"), false).error).toContain("full card number");
    expect(readCell(42, col("last4"), false)).toEqual({ value: "0042" });
  });

  it("never throws, whatever the cell", () => {
    const types: ColumnType[] = [
      "text",
      "id",
      "date",
      "money",
      "number",
      "integer",
      "rate",
      "boolean",
      "email",
      "iban",
      "country",
      "period",
      "last4",
      "code",
      "value",
    ];
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null)),
        fc.constantFrom(...types),
        fc.boolean(),
        (cell, type, d1904) => {
          const r = readCell(cell, col(type, { codes: ["A"] }), d1904);
          expect(r.error === undefined || typeof r.error === "string").toBe(true);
        },
      ),
    );
  });
});
