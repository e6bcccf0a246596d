/** `npm run lint` counts the non-null assertions of src (issue 32): each one found, and each one's reason looked for. */
import { nonNullAssertions } from "../../scripts/non-null-count";

describe("the non-null assertion count", () => {
  it("finds every `x!`, and calls one explained by a comment on its line or the line above", () => {
    const source = [
      "const a = m.get(k)!;",
      "// k was set above",
      "const b = m.get(k)!.length;",
      "const c = list.find((x) => x === 1)!; // one is always there",
      "const d = a !== b;",
      "const e = <T,>(x: T) => x!;",
    ].join("\n");
    expect(nonNullAssertions("example.tsx", source).map((a) => [a.line, a.text, a.explained])).toEqual([
      [1, "m.get(k)!", false],
      [3, "m.get(k)!", true],
      [4, "list.find((x) => x === 1)!", true],
      [6, "x!", false],
    ]);
  });
});
