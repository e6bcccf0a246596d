/**
 * The kernel's small rules each pinned at its edges (issue 35): A1 references, CSV cells, Excel's names,
 * IBANs, tax identifiers, phone numbers, mailboxes and times of day, with values one can check by hand.
 */
import { columnIndex, columnLetter, parseRange } from "../../../src/core/kernel/a1";
import { csvCell, looksLikeFormula, toCsv } from "../../../src/core/kernel/csv";
import { excelNameProblem, sheetNameProblem } from "../../../src/core/kernel/excelNames";
import { blankIbans, compactIban, formatIban, ibanFromBban, isValidIban } from "../../../src/core/kernel/iban";
import { compactTaxId, isTaxId, taxIdProblem } from "../../../src/core/kernel/taxId";
import { toE164 } from "../../../src/core/kernel/phone";
import { isMailbox } from "../../../src/core/kernel/mailbox";
import { minutesOf, parseTimeText, timeFromFraction } from "../../../src/core/kernel/times";
import { render } from "../../../src/core/kernel/messages";

describe("A1 references", () => {
  it("turn column numbers into letters and back, past Z and ZZ", () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16_384].map(columnLetter)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(["A", "z", "AA", "xfd"].map(columnIndex)).toEqual([1, 26, 27, 16_384]);
    expect(columnLetter(0)).toBe("");
  });

  it("read a range with or without its sheet and dollars, either corner first, a single cell as itself", () => {
    expect(parseRange("Sheet1!$C$5:$A$3")).toEqual({ top: 3, left: 1, bottom: 5, right: 3 });
    expect(parseRange("'Vendes 2026'!B2")).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(() => parseRange("A1:B")).toThrow("'A1:B' is not a cell range");
    expect(() => parseRange("1A")).toThrow("'1A' is not a cell range");
  });
});

describe("CSV cells", () => {
  it("keep a formula's first character as text, quote separators and quotes, and mask a card number", () => {
    expect(["=SUM(A1)", "+34 600", "-5", "@x", "\tTab", "\rCR", "a=b", "5"].map(looksLikeFormula)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect([csvCell(null), csvCell(-5), csvCell(true), csvCell("-5"), csvCell("a;b"), csvCell('say "hi"')]).toEqual([
      "",
      "-5",
      "true",
      "'-5",
      '"a;b"',
      '"say ""hi"""',
    ]);
    expect([csvCell("x,y"), csvCell("two\nlines"), csvCell("=1;2")]).toEqual(['"x,y"', '"two\nlines"', '"\'=1;2"']);
    expect(csvCell("4111 1111 1111 1111")).toBe("•••• 1111");
    expect(toCsv(["A", "B"], [["x", null]])).toBe("\uFEFFA;B\r\nx;\r\n");
  });
});

describe("Excel's names", () => {
  it("take a table or defined name by its grammar, and refuse TRUE, R, C, RC, a cell reference and an R1C1 start", () => {
    const problem = (name: string) => excelNameProblem(name) ?? "ok";
    expect(["Vendes_2026", "_x", "\\x", "Fact.Q1?", "Vendes_à", "A".repeat(255)].map(problem)).toEqual(
      Array(6).fill("ok"),
    );
    expect(problem("")).toBe("must be 1 to 255 characters");
    expect(problem("A".repeat(256))).toBe("must be 1 to 255 characters");
    expect(problem("2026Sales")).toMatch(/^must begin with a letter/);
    expect(problem("Sales 2026")).toMatch(/^must begin with a letter/);
    expect([problem("true"), problem("FALSE")]).toEqual(["cannot be TRUE or FALSE", "cannot be TRUE or FALSE"]);
    expect(["r", "C", "rc"].map(problem)).toEqual(
      Array(3).fill("cannot be R, C or RC, which stand for a row, a column or a cell"),
    );
    expect(["A1", "XFD1048576", "ab12"].map(problem)).toEqual(Array(3).fill("cannot be a cell reference"));
    // past the last column or row, a reference shape is a name
    expect(["XFE1", "A1048577", "A0"].map(problem)).toEqual(["ok", "ok", "ok"]);
    expect(["R2026W48_KPI", "c3x"].map(problem)).toEqual(
      Array(2).fill("cannot begin with an R1C1 reference (R or C and a number)"),
    );
    expect(problem("Rev_2")).toBe("ok");
  });

  it("take a sheet name of 1 to 31 characters without \\ / ? * [ ] : or an apostrophe at either end, and not History", () => {
    const problem = (name: string) => sheetNameProblem(name) ?? "ok";
    expect(["Vendes", "L'Hospitalet", "x".repeat(31), "Història"].map(problem)).toEqual(Array(4).fill("ok"));
    expect([problem(""), problem("x".repeat(32))]).toEqual(Array(2).fill("must be 1 to 31 characters"));
    expect(["a\\b", "a/b", "a?", "a*", "[a", "a]", "a:b"].map(problem)).toEqual(
      Array(7).fill("cannot hold \\ / ? * [ ] or :"),
    );
    expect([problem("'a"), problem("a'")]).toEqual(Array(2).fill("cannot begin or end with an apostrophe"));
    expect(problem("HISTORY")).toBe("History is kept by Excel");
  });
});

describe("IBANs", () => {
  it("are compacted, checked, made from a BBAN and written in groups of four", () => {
    expect(compactIban(" es91 2100-0418.4502 0005 1332 ")).toBe("ES9121000418450200051332");
    expect([isValidIban("ES91 2100 0418 4502 0005 1332"), isValidIban("ES92 2100 0418 4502 0005 1332")]).toEqual([
      true,
      false,
    ]);
    expect(ibanFromBban("ES", "21000418450200051332")).toBe("ES9121000418450200051332");
    expect(ibanFromBban("GB", "WEST12345698765432")).toBe("GB82WEST12345698765432");
    expect(ibanFromBban("ES", "21000418000000000000")).toBe("ES0821000418000000000000"); // check digits below ten
    expect(isValidIban(ibanFromBban("DE", "370400440532013000"))).toBe(true);
    expect(formatIban("es9121000418450200051332")).toBe("ES91 2100 0418 4502 0005 1332");
  });

  it("are blanked out of a text to their country's length, grouped or not, and only when valid", () => {
    const text = "Pay ES91 2100 0418 4502 0005 1332 ref 1234, GB82WEST12345698765432; ES00 1234 5678 9012 3456 7890";
    const blanked = blankIbans(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked.replace(/ +/g, " ")).toBe("Pay ref 1234, ; ES00 1234 5678 9012 3456 7890");
    expect(blankIbans("XES9121000418450200051332")).toBe("XES9121000418450200051332");
    expect(blankIbans("ES9121000418450200051332999")).toBe(" ".repeat(24) + "999");
  });
});

describe("tax identifiers", () => {
  const problem = (id: string) => {
    const p = taxIdProblem(id);
    return p === undefined ? "ok" : render(p);
  };

  it("check a Spanish NIF's and NIE's letter and a CIF's control, with or without ES and separators", () => {
    expect(
      [
        "12345678Z",
        "es-12.345.678-z",
        "X1234567L",
        "Y1234567X",
        "Z1234567R",
        "B12345674",
        "ESB12345674",
        "P1234567D",
      ].map(problem),
    ).toEqual(Array(8).fill("ok"));
    expect(problem("12345678A")).toBe("'12345678A' is not a valid NIF/NIE: its control letter should be Z");
    expect(problem("B12345675")).toBe("'B12345675' is not a valid CIF: its control character should be 4, D");
    expect(problem("ES1234")).toBe("'ES1234' is not a Spanish tax ID (NIF, NIE or CIF)");
    expect(compactTaxId(" b-12.345/674 ")).toBe("B12345674");
  });

  it("check the control digits of SIREN, SIRET, French, Italian, Portuguese and German numbers, and take other EU VAT numbers by shape", () => {
    expect(
      [
        "123456782",
        "123456789",
        "12345678200002",
        "FR40303265045",
        "IT79927398713",
        "79927398713",
        "PT123456789",
        "DE136695976",
      ].map(problem),
    ).toEqual(Array(8).fill("ok"));
    expect(problem("123456788")).toBe(
      "'123456788' is not a valid SIREN or Portuguese NIF: its check digit does not match",
    );
    expect(problem("FR41303265045")).toBe(
      "'FR41303265045' is not a valid French VAT number: its check digit does not match",
    );
    expect(problem("DE136695975")).toBe(
      "'DE136695975' is not a valid German VAT number (USt-IdNr): its check digit does not match",
    );
    expect(problem("PT123456788")).toBe("'PT123456788' is not a valid Portuguese NIF: its check digit does not match");
    expect([problem("FRAB303265045"), problem("NL123456789B01"), problem("12/345/67890")]).toEqual(["ok", "ok", "ok"]);
    // a Portuguese check digit of 10 or 11 is written 0; a step of the German one at 0 counts as 10; La Poste's SIRETs
    expect(["PT100000070", "PT100000010", "DE100000008", "35600000000001"].map(problem)).toEqual(Array(4).fill("ok"));
    // La Poste's rule is its own (356 000 000 and a digit sum of fives); any other 14 digits take Luhn's
    expect([isTaxId("35600000000048"), isTaxId("35600000000049"), isTaxId("45600000000050")]).toEqual([
      true,
      false,
      false,
    ]);
    expect([isTaxId(" 93/815/08152 "), isTaxId("X1234567L")]).toEqual([true, true]); // a Steuernummer typed with spaces; an NIE
    expect(problem("US12-3456789")).toBe(
      "'US12-3456789' is neither a Spanish NIF/NIE/CIF nor another EU tax or VAT number",
    );
    expect([isTaxId("12345678Z"), isTaxId("12345678A")]).toEqual([true, false]);
  });
});

describe("phone numbers, mailboxes and times", () => {
  it("write a phone number in E.164 with the client's country as the default, a country code already there kept once", () => {
    expect([toE164("931 23 45 67", "ES"), toE164("0034 931234567", "FR"), toE164("+33 6 56 84 55 25", null)]).toEqual([
      "+34931234567",
      "+34931234567",
      "+33656845525",
    ]);
    expect([toE164("12", "ES"), toE164("931234567", null)]).toEqual([undefined, undefined]);
    expect(toE164(" 0034 931 23 45 67", null)).toBe("+34931234567"); // a space typed before the 00
    // spaces around a 00 prefix; a 00 inside the number is no prefix
    expect([toE164(" 0034 931234567 ", "FR"), toE164("931 00 45 67", "ES")]).toEqual(["+34931234567", "+34931004567"]);
  });

  it("take one address as a mailbox, never two, a display name or a header's breakout", () => {
    expect(
      ["anna@puig.cat", "a.b+c@mail.example.com", "jordi@lleó.cat", "x@sub-1.example.museum"].map(isMailbox),
    ).toEqual(Array(4).fill(true));
    expect(
      [
        "a>,<b@evil.example",
        "Anna <a@b.cat>",
        "a@b",
        "@b.cat",
        "a..b@c.cat",
        "a@-b.cat",
        `${"a".repeat(65)}@b.cat`,
        `a@${"b".repeat(250)}.cat`,
      ].map(isMailbox),
    ).toEqual(Array(8).fill(false));
    expect(isMailbox(`${"a".repeat(64)}@b.cat`)).toBe(true);
    // 254 characters at most (RFC 5321's path less its brackets), every label within its 63
    const domain = (last: number) => `${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(last)}.cat`;
    expect(
      [`${"a".repeat(64)}@${domain(57)}`, `${"a".repeat(64)}@${domain(58)}`].map((a) => [a.length, isMailbox(a)]),
    ).toEqual([
      [254, true],
      [255, false],
    ]);
  });

  it("read a time of day as Excel keeps it and as people type it, to the minute", () => {
    expect([0, 0.5, 0.75, 46353.375, 0.999999, 1 / 1440 / 2].map(timeFromFraction)).toEqual([
      "00:00",
      "12:00",
      "18:00",
      "09:00",
      "00:00",
      "00:01",
    ]);
    expect([timeFromFraction(-0.5), timeFromFraction(Number.NaN)]).toEqual([undefined, undefined]);
    expect(
      ["9:30", "09.30", "9h30", "9h", "14:30:00", "2:15 pm", "12:05 am", "12 pm", "11 a.m.", " 7 : 05 "].map(
        parseTimeText,
      ),
    ).toEqual(["09:30", "09:30", "09:30", "09:00", "14:30", "14:15", "00:05", "12:00", "11:00", "07:05"]);
    expect(["9", "24:00", "9:60", "13 pm", "0 am", "nine", "9:3"].map(parseTimeText)).toEqual(Array(7).fill(undefined));
    expect([minutesOf("00:00"), minutesOf("09:30"), minutesOf("23:59")]).toEqual([0, 570, 1439]);
  });
});
