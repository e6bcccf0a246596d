/** Text compared as people mean it: accents, case, ß and surrounding spaces do not tell two words apart. */
import { fold } from "../../../src/core/kernel/text";

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
