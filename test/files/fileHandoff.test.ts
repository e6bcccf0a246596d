import fc from "fast-check";
import { HANDED_TYPES, handedFile, handoffUrl, type HandedExtension } from "../../src/files/fileHandoff";

const PAGE = "https://localhost:3000/save.html";
const extensions = Object.keys(HANDED_TYPES) as HandedExtension[];

describe("a file handed to the system browser in a URL's fragment", () => {
  it("comes back byte for byte, with its name as the one rule makes it and its kind's media type", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 3000 }),
        fc.string(),
        fc.constantFrom(...extensions),
        (data, name, extension) => {
          const bytes = new Uint8Array(data);
          const url = handoffUrl(PAGE, { name, extension, bytes });
          expect(url.startsWith(`${PAGE}#`)).toBe(true);
          const back = handedFile(new URL(url).hash)!;
          expect(back.bytes).toEqual(bytes);
          expect(back.extension).toBe(extension);
          expect(back.type).toBe(HANDED_TYPES[extension]);
          expect(back.saveAs).not.toMatch(/[\\/]/);
        },
      ),
    );
  });

  it("names the file as the pane would: no folder, no device", () => {
    const url = handoffUrl(PAGE, { name: "../../Agenda: Tarifes", extension: "ics", bytes: new Uint8Array([1]) });
    expect(handedFile(new URL(url).hash)!.saveAs).toBe("Agenda - Tarifes.ics");
  });

  it("takes only the kinds the pane makes, from a link anybody could write", () => {
    expect(handedFile("#exe/setup/TVqQ")).toBeUndefined();
    expect(handedFile("#html/page/PHNjcmlwdD4")).toBeUndefined();
    expect(handedFile("#constructor/x/AA")).toBeUndefined();
    expect(handedFile("#csv/%E0%A4%A/AA")).toBeUndefined(); // a broken escape
    expect(handedFile("")).toBeUndefined();
    expect(handedFile("#csv/a/b/c")).toBeUndefined();
  });
});
