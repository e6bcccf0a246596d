import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { ibanCheck, vat, week, weekStart } from "../../src/functions/functions";
import { setDateSystem, setSource } from "../../src/runtime/sharedRead";
import { salesDataFrom } from "../../src/core/workbook/salesData";
import { cell } from "../helpers/functionCell";
import { FUNCTIONS } from "../../src/workbench/salesFormulas";
import { tableData } from "../helpers/tables";

describe("SALES.* functions", () => {
  const workbookOf = (date1904: boolean) =>
    setSource(async () => salesDataFrom([tableData("Clients", ["ClientID"], [["C-1"]], { date1904 })]));

  it("WEEK gives the ISO week of a date serial or a typed date", async () => {
    workbookOf(false);
    expect(await cell(week, 46353).value()).toBe("2026-W48");
    expect(await cell(week, 46387).value()).toBe("2026-W53"); // 31/12/2026
    expect(await cell(week, "04/01/2027").value()).toBe("2027-W01");
    expect(await cell(week, "someday").value()).toEqual(new Error("'someday' is not a date"));
  });

  it("WEEK and WEEKSTART answer from the date system alone, without waiting for the tables (issue 29)", async () => {
    setSource(() => new Promise(() => undefined)); // thirteen tables still being read
    setDateSystem(async () => true);
    expect(await cell(week, 0).value()).toBe("1903-W53"); // serial 0 is Friday 01/01/1904 in a 1904 workbook
    expect(await cell(weekStart, "2026-W48").value()).toBe(46349 - 1462);
    setDateSystem(async () => false);
    expect(await cell(weekStart, "2026-W48").value()).toBe(46349);
  });

  it("WEEKSTART gives the first day of a period as a date serial", async () => {
    workbookOf(false);
    expect(await cell(weekStart, "2026-W48").value()).toBe(46349); // Monday 23/11/2026
    expect(await cell(weekStart, "2026-Q4").value()).toBe(46296); // 01/10/2026
    expect(await cell(weekStart, 2027).value()).toBe(46388);
    expect(await cell(weekStart, "2026-W54").value()).toEqual(
      new Error("'2026-W54' is not a period: 2026 has weeks 1 to 53"),
    );
  });

  it("WEEK and WEEKSTART count dates as the workbook does: from 1904 in an old Mac workbook", async () => {
    workbookOf(true);
    expect(await cell(week, 46353 - 1462).value()).toBe("2026-W48");
    expect(await cell(weekStart, "2026-W48").value()).toBe(46349 - 1462);
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
    const result = await generateCustomFunctionsMetadata(
      [path.join(__dirname, "../../src/functions/functions.ts")],
      true,
    );
    expect(result.errors).toEqual([]);
    const functions = JSON.parse(result.metadataJson).functions as {
      id: string;
      parameters: { name: string; optional?: boolean }[];
    }[];
    expect(functions.map((f) => f.id)).toEqual([
      "WEEK",
      "WEEKSTART",
      "IBANCHECK",
      "VAT",
      "REVENUE",
      "TARGET",
      "VARIANCE",
      "ATTAINMENT",
      "RUNRATE",
      "OUTSTANDING",
      "OVERDUE",
      "DSO",
      "CLIENT",
      "WORKDAYS",
      "ONTIME",
      "LATEORDERS",
      "PIPELINE",
      "WINRATE",
      "SEGMENT",
    ]);
    const streaming = functions
      .filter((f) => (f as { options?: { stream?: boolean } }).options?.stream)
      .map((f) => f.id);
    expect(streaming).toEqual([
      "WEEK",
      "WEEKSTART",
      "REVENUE",
      "TARGET",
      "VARIANCE",
      "ATTAINMENT",
      "RUNRATE",
      "OUTSTANDING",
      "OVERDUE",
      "DSO",
      "CLIENT",
      "WORKDAYS",
      "ONTIME",
      "LATEORDERS",
      "PIPELINE",
      "WINRATE",
      "SEGMENT",
    ]);
    // the workbench calls each function as Excel would: streaming exactly where the metadata says
    expect(Object.entries(FUNCTIONS).flatMap(([id, f]) => (f.streaming ? [id] : []))).toEqual(streaming);
    expect(functions.find((f) => f.id === "REVENUE")!.parameters.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["period", false],
      ["exec", true],
      ["category", true],
      ["basis", true],
    ]);
    expect(functions.find((f) => f.id === "VAT")!.parameters).toEqual([
      expect.objectContaining({ name: "net" }),
      expect.objectContaining({ name: "rate", optional: true }),
    ]);
  });
});

describe("localized function metadata", () => {
  it("gives every function and parameter a Catalan and a Spanish name and help, keeping the ids", async () => {
    const { localizeFunctions } = await import("../../scripts/localize-functions");
    const translations = (await import("../../src/functions/translations.json")).default;
    const result = await generateCustomFunctionsMetadata(
      [path.join(__dirname, "../../src/functions/functions.ts")],
      true,
    );
    const localized = localizeFunctions(result.metadataJson, translations);
    const english = JSON.parse(result.metadataJson).functions as {
      id: string;
      name: string;
      parameters: { name: string }[];
    }[];
    for (const language of ["ca", "es"]) {
      const functions = JSON.parse(localized[language]).functions as typeof english;
      expect(functions.map((f) => f.id)).toEqual(english.map((f) => f.id));
      expect(functions.map((f) => f.parameters.map((p) => p.name))).toEqual(
        english.map((f) => f.parameters.map((p) => p.name)),
      );
      for (const f of functions) expect(f.name).toMatch(/^[A-Z][A-Z0-9_.]{2,127}$/);
    }
    expect(JSON.parse(localized.ca).functions.find((f: { id: string }) => f.id === "REVENUE").name).toBe("INGRESSOS");
    expect(JSON.parse(localized.es).functions.find((f: { id: string }) => f.id === "ATTAINMENT").name).toBe(
      "CUMPLIMIENTO",
    );
    expect(JSON.parse(localized.es).functions.find((f: { id: string }) => f.id === "SEGMENT").name).toBe("SEGMENTO");
  });
});

describe("the README's list of function names", () => {
  it("names every function in the three languages, as the localized metadata does", async () => {
    const readme = (await import("node:fs")).readFileSync(path.join(__dirname, "../../README.md"), "utf8");
    const translations = (await import("../../src/functions/translations.json")).default as Record<
      "ca" | "es",
      Record<string, { name: string }>
    >;
    for (const id of Object.keys(translations.ca))
      expect(readme).toContain(
        `| \`SALES.${id}\` | \`SALES.${translations.ca[id].name}\` | \`SALES.${translations.es[id].name}\` |`,
      );
  });
});
