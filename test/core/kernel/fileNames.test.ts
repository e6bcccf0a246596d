/** One way to name a file from workbook values (issue 28): never a path, never a refused name, never an overwrite. */
import fc from "fast-check";
import { fileName, UniqueNames, unusableAsName } from "../../../src/core/kernel/fileNames";

describe("file names from workbook values", () => {
  it("keeps a value inside its folder and readable by every system", () => {
    expect(fileName("../../../../tmp/x/pwn")).toBe("tmp-x-pwn");
    expect(fileName("F/26/0001")).toBe("F-26-0001");
    expect(fileName("Agenda: Tarifes")).toBe("Agenda - Tarifes");
    expect(fileName("V-1\r\nX-Evil: yes")).toBe("V-1 X-Evil - yes");
    expect(fileName("a\u200bb\u202ec")).toBe("a b c");
    expect(fileName("CON")).toBe("_CON");
    expect(fileName("lpt1.txt")).toBe("_lpt1.txt");
    expect(fileName("...")).toBe("document");
    expect([fileName("a..b"), fileName("a \t b"), fileName("Factura..  ")]).toEqual(["a.b", "a b", "Factura"]);
    expect(fileName("-rf")).toBe("rf");
    expect(fileName("x".repeat(300))).toHaveLength(80);
    expect(fileName(`${"x".repeat(79)}.pdf`)).toBe("x".repeat(79)); // cut where no name may end
    expect(fileName("Ｆ／２６")).toBe("F-26"); // fullwidth slash folded, then refused like any other
  });

  it("for any text: no separator, control or format character, no '..', no device name, at most 80 characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (value) => {
        const name = fileName(value);
        expect(name).not.toMatch(/[\\/*?"<>|:\p{Cc}\p{Cf}]|\.\./u);
        expect(name).not.toMatch(/^[\s.-]|[\s.]$/);
        expect(name).not.toMatch(/^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i);
        expect([...name].length).toBeLessThanOrEqual(80);
        expect(name.length).toBeGreaterThan(0);
      }),
    );
  });

  it("gives values that clean to one name a suffix, comparing without regard to case", () => {
    const names = new UniqueNames();
    expect(["F/26/1", "F-26-1", "f-26-1", "F:26:1"].map((v) => names.name(v, "docx"))).toEqual([
      "F-26-1.docx",
      "F-26-1 (2).docx",
      "f-26-1 (3).docx",
      "F - 26 - 1.docx",
    ]);
  });

  it("tells which IDs cannot name a file as written, slashes and colons aside", () => {
    expect(["F/26/0001", "C-0001", "2026:12"].filter(unusableAsName)).toEqual([]);
    expect(["../x", "V\r\n1", ".hidden", "NUL", 'a"b', "x".repeat(81), "a\u200db"].every(unusableAsName)).toBe(true);
  });
});
