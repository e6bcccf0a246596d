/**
 * Documents into Word (office-addin-mock): an estimate in one tagged content control at the end, its
 * text as text, one round trip; reminder letters merged one a page, a section per client, refreshed alone.
 */
import { insertDocument, insertLetters, refreshLetters, type Letter } from "../../src/word/wordDocument";
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
    expect(word.blocks[1].content![0]).toEqual({ text: "Pressupost Q-2026-0001", style: "Heading1" });
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

const letter = (clientId: string, name: string, total: string): Letter => ({
  clientId,
  doc: {
    language: "ca",
    title: "Recordatori de pagament",
    issuer: ["Solucions del Vallès, SL"],
    recipient: [name],
    facts: [["Data", "27/11/2026"]],
    intro: ["Benvolguts senyors,"],
    lines: { headers: ["Factura", "Pendent"], rows: [["2026-0101", total]], numeric: [false, true] },
    totals: [["Total pendent", total]],
    notes: ["Cordialment,"],
  },
});

describe("reminder letters merged in Word", () => {
  it("go one section per client, each on a page of its own, after the user's text, in one round trip", async () => {
    const word = new FakeWord([{ kind: "paragraph", text: "Cartes de novembre" }]);
    await insertLetters(word.run, [
      letter("C-1", "Forn Puig, SL", "121,00 €"),
      letter("C-2", "<b>Serra</b> SA", "50,00 €"),
    ]);
    expect(word.syncs).toBe(1);
    expect(word.blocks.map((b) => [b.kind, b.tag ?? null])).toEqual([
      ["paragraph", null],
      ["control", "salesdesk:letter:C-1"],
      ["break", null],
      ["control", "salesdesk:letter:C-2"],
    ]);
    expect(word.blocks[3].content!.map((c) => c.text)).toContain("<b>Serra</b> SA");
    expect(word.blocks[3].tables).toEqual([
      [
        ["Factura", "Pendent"],
        ["2026-0101", "50,00 €"],
      ],
      [["Total pendent", "50,00 €"]],
    ]);
  });

  it("are refreshed alone: only our clients' controls are rewritten, the user's words and other letters stay", async () => {
    const word = new FakeWord([{ kind: "paragraph", text: "Cartes de novembre" }]);
    await insertLetters(word.run, [letter("C-1", "Forn Puig, SL", "121,00 €"), letter("C-2", "Serra SA", "50,00 €")]);
    word.blocks.splice(2, 0, { kind: "paragraph", text: "Nota meva: trucar abans." });
    const before = word.syncs;
    const refreshed = await refreshLetters(word.run, [
      letter("C-2", "Serra SA", "75,00 €"),
      letter("C-9", "Ningú", "1,00 €"),
    ]);
    expect(refreshed).toEqual(["C-2"]);
    expect(word.syncs - before).toBe(2);
    expect(word.text()).toContain("Nota meva: trucar abans.");
    expect(word.text()).toContain("2026-0101 | 121,00 €");
    expect(word.text()).toContain("2026-0101 | 75,00 €");
    expect(word.text()).not.toContain("2026-0101 | 50,00 €");
    expect(word.blocks.filter((b) => b.kind === "control")).toHaveLength(2);
  });
});

describe("the company's logo", () => {
  it("goes above the letterhead of a document in Word, as a picture", async () => {
    const word = new FakeWord();
    await insertDocument(word.run, { ...estimate, logo: "data:image/png;base64,iVBORw0KGgo=" });
    expect(word.blocks[0].pictures).toEqual(["iVBORw0KGgo="]);
  });
});
