/** Text compared as people mean it: accents, case, ß and surrounding spaces do not tell two words apart; text matched literally. */
import { escapeRegExp, fold } from "../../../src/core/kernel/text";

describe("folded text", () => {
  it("drops accents and case, spells ß as ss and trims", () => {
    expect(["Ràpid", "  ÇA VA ", "Straße", "Núñez", "Ελλάδα", "l·l"].map(fold)).toEqual([
      "rapid",
      "ca va",
      "strasse",
      "nunez",
      "ελλαδα",
      "l·l",
    ]);
  });
});

describe("text matched literally", () => {
  it("escapes every character a regular expression reads otherwise", () => {
    const special = "F.26*+?^${}()|[]\\/N";
    expect(new RegExp(`^${escapeRegExp(special)}$`).test(special)).toBe(true);
    expect(new RegExp(`^${escapeRegExp("F.26")}$`).test("Fx26")).toBe(false);
  });
});
