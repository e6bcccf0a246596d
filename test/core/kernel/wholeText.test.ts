/**
 * The kernel's readers take a text whole: the same text with something before or after it is another
 * text, and refused (or read as what it then is). Each rule is tried at both ends.
 */
import { parseRange } from "../../../src/core/kernel/a1";
import { excelNameProblem } from "../../../src/core/kernel/excelNames";
import { unusableAsName, fileName } from "../../../src/core/kernel/fileNames";
import { blankIbans } from "../../../src/core/kernel/iban";
import { fail } from "../../../src/core/kernel/result";
import { say } from "../../../src/core/kernel/messages";
import { isTaxId, taxIdProblem } from "../../../src/core/kernel/taxId";
import { parseTimeText } from "../../../src/core/kernel/times";
import { english } from "../../helpers/english";

describe("whole texts", () => {
  it("tax IDs: a NIF, a CIF or a Steuernummer with a character more at either end is none of them", () => {
    expect(["12345678Z", "B12345674", "12/345/67890", "ES12345678Z"].map(isTaxId)).toEqual([true, true, true, true]);
    const refused = [
      "912345678Z",
      "12345678ZZ",
      "AB12345674",
      "B123456744",
      "1112/345/67890",
      "12/345/678901",
      "12/345/67890x",
    ];
    expect(refused.filter(isTaxId)).toEqual([]);
    expect(english(taxIdProblem("ES12345678"))).toBe("'ES12345678' is not a Spanish tax ID (NIF, NIE or CIF)");
  });

  it("tax IDs: a French VAT number's key is checked only when it is two digits; a partita IVA with or without IT", () => {
    expect(["FR40303265045", "FRAB303265045", "IT79927398713", "79927398713"].map(isTaxId)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["FR41303265045", "FR4A303265045", "IT79927398714"].map(isTaxId)).toEqual([false, true, false]);
  });

  it("times: a time with words around it is no time; 1 pm and p.m. are read", () => {
    expect(["x9:30", "9:30x", "9:30 pmx", "9:30 h x"].map(parseTimeText)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(["1:00 pm", "2:15 p.m.", "12 a.m.", "0:30 am", "13 pm"].map(parseTimeText)).toEqual([
      "13:00",
      "14:15",
      "00:00",
      undefined,
      undefined,
    ]);
  });

  it("cell references: letters then digits, as many as they are, nothing else", () => {
    expect(parseRange("AB10:C2")).toEqual({ top: 2, left: 3, bottom: 10, right: 28 });
    for (const bad of ["A1x", "1A1", "A1:B2x", "-A1"])
      expect(() => parseRange(bad)).toThrow(`'${bad}' is not a cell range`);
  });

  it("Excel names: TRUE, FALSE, R, C and RC only as the whole name", () => {
    expect(["TrueNorth", "isFalse", "Star", "rcx", "arc", "Crc"].map(excelNameProblem)).toEqual(
      Array(6).fill(undefined),
    );
    expect(["TRUE", "false", "R", "c", "Rc"].map((n) => excelNameProblem(n) !== undefined)).toEqual(
      Array(5).fill(true),
    );
  });

  it("file names: a dot or space only at the end or the start makes a name unusable; the stem keeps inner dots", () => {
    expect(["a.b", "a b", "x-", "a.b.c", "F 26"].filter(unusableAsName)).toEqual([]);
    expect(["a.", "a ", " a", "-a", ".a", "a..b", "x".repeat(80) + "y"].map(unusableAsName)).toEqual(
      Array(7).fill(true),
    );
    expect("x".repeat(80).length).toBe(80);
    expect(unusableAsName("x".repeat(80))).toBe(false);
    expect(["v1.2 final", "a . . b", " ..-x. ", "a\tb"].map(fileName)).toEqual(["v1.2 final", "a . . b", "x", "a b"]);
  });

  it("IBANs are blanked to their end only when whole, a valid one at the very end of a text too", () => {
    expect(blankIbans("pay to ES9121000418450200051332")).toBe(`pay to ${" ".repeat(24)}`);
    expect(blankIbans("ES91 2100 0418 4502 0005 133")).toBe("ES91 2100 0418 4502 0005 133");
    expect(blankIbans("ES91 2100 0418 4502 0005 1332, GB82 WEST 1234 5698 7654 32")).toBe(
      `${" ".repeat(29)},${" ".repeat(28)}`,
    );
  });

  it("a failure keeps a message it is given as it is", () => {
    const message = say("settings.noValue");
    expect(fail(message)).toEqual({ ok: false, error: message });
    expect(fail("settings.notDate", { value: "x" })).toEqual({
      ok: false,
      error: say("settings.notDate", { value: "x" }),
    });
  });
});
