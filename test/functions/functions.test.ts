import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { ibanCheck, vat, week, weekStart } from "../../src/functions/functions";

describe("SALES.* functions", () => {
  it("WEEK gives the ISO week of a date serial or a typed date", () => {
    expect(week(46353)).toBe("2026-W48");
    expect(week(46387)).toBe("2026-W53"); // 31/12/2026
    expect(week("04/01/2027")).toBe("2027-W01");
    expect(() => week("someday")).toThrow("'someday' is not a date");
  });

  it("WEEKSTART gives the first day of a period as a date serial", () => {
    expect(weekStart("2026-W48")).toBe(46349); // Monday 23/11/2026
    expect(weekStart("2026-Q4")).toBe(46296); // 01/10/2026
    expect(weekStart(2027)).toBe(46388);
    expect(() => weekStart("2026-W54")).toThrow("'2026-W54' is not a period: 2026 has weeks 1 to 53");
  });

  it("IBANCHECK validates as written", () => {
    expect(ibanCheck("ES91 2100 0418 4502 0005 1332")).toBe(true);
    expect(ibanCheck("ES91 2100 0418 4502 0005 1333")).toBe(false);
    expect(ibanCheck("")).toBe(false);
  });

  it("VAT rounds to the cent, half away from zero", () => {
    expect(vat(10.5)).toBe(2.21);
    expect(vat(-10.5, 0.21)).toBe(-2.21);
    expect(vat(100, 0.1)).toBe(10);
    expect(() => vat(100, 21)).toThrow("'21' is not a VAT rate: write 21% or 0.21");
  });
});

describe("functions.json", () => {
  it("is generated from the JSDoc with every function and its parameters", async () => {
    const result = await generateCustomFunctionsMetadata([path.join(__dirname, "../../src/functions/functions.ts")], true);
    expect(result.errors).toEqual([]);
    const functions = JSON.parse(result.metadataJson).functions as { id: string; parameters: { name: string; optional?: boolean }[] }[];
    expect(functions.map((f) => f.id)).toEqual(["WEEK", "WEEKSTART", "IBANCHECK", "VAT"]);
    expect(functions.find((f) => f.id === "VAT")!.parameters).toEqual([
      expect.objectContaining({ name: "net" }),
      expect.objectContaining({ name: "rate", optional: true }),
    ]);
  });
});
