/** An estimate into Word (office-addin-mock): one tagged content control at the end, its text as text, one round trip. */
import { insertDocument } from "../../src/word/wordDocument";
import type { BusinessDocument } from "../../src/core/documents/document";
import { FakeWord } from "../helpers/fakeWord";

const estimate: BusinessDocument = {
  language: "ca",
  title: "Pressupost Q-2026-0001",
  issuer: ["Solucions del Vallès, SL", "NIF B66078346"],
  recipient: ["Forn <b>Puig</b>, SL", "17001 Girona"],
  facts: [["Número", "Q-2026-0001"]],
  lines: { headers: ["Producte", "Import"], rows: [["Llicència ERP", "2.160,00 €"]], numeric: [false, true] },
  totals: [["Total", "2.613,60 €"]],
  notes: ["Aquest pressupost és vàlid fins al 27/12/2026."],
};

describe("a document in Word", () => {
  it("goes in one tagged content control after the user's text, in one round trip", async () => {
    const word = new FakeWord([{ kind: "paragraph", text: "Benvolguts," }]);
    await insertDocument(word.run, estimate);
    expect(word.syncs).toBe(1);
    expect(word.blocks.map((b) => [b.kind, b.tag ?? null])).toEqual([
      ["paragraph", null],
      ["control", "salesdesk:document"],
    ]);
    expect(word.blocks[1].content![0]).toEqual({ text: "Pressupost Q-2026-0001", style: "Title" });
    expect(word.text()).toEqual([
      "Benvolguts,",
      "Pressupost Q-2026-0001",
      "Solucions del Vallès, SL",
      "NIF B66078346",
      "",
      "Forn <b>Puig</b>, SL",
      "17001 Girona",
      "Número: Q-2026-0001",
      "Aquest pressupost és vàlid fins al 27/12/2026.",
      "Producte | Import",
      "Llicència ERP | 2.160,00 €",
      "Total | 2.613,60 €",
    ]);
  });
});
