/** The newsletter in Word (office-addin-mock): tagged content controls inserted, and refreshed alone. */
import { insertNewsletter, refreshNewsletter } from "../../src/word/wordNewsletter";
import type { Newsletter } from "../../src/core/campaigns/newsletter";
import { FakeWord } from "../helpers/fakeWord";

const draft = (revenue: string): Newsletter => ({
  title: "Butlletí de novembre del 2026",
  period: "2026-11",
  language: "ca",
  unwritten: [],
  sections: [
    { id: "intro", heading: "Benvinguda", paragraphs: ["[Escriviu aquí la introducció.]"] },
    {
      id: "figures",
      heading: "Les xifres",
      paragraphs: [`Hem facturat ${revenue} durant novembre.`],
      table: [["Facturació", revenue]],
    },
    {
      id: "welcome",
      heading: "Nous clients",
      paragraphs: ["Donem la benvinguda a <script>alert(1)</script> (Girona)."],
    },
  ],
});

describe("the newsletter in Word", () => {
  it("inserts a title and one tagged content control per section, styled with Word's headings, in one round trip", async () => {
    const word = new FakeWord([{ kind: "paragraph", text: "Carta de la directora" }]);
    await insertNewsletter(word.run, draft("1.000,00 €"));
    expect(word.syncs).toBe(1);
    expect(word.blocks.map((b) => [b.kind, b.tag ?? b.style ?? null])).toEqual([
      ["paragraph", null],
      ["paragraph", "Title"],
      ["control", "salesdesk:intro"],
      ["control", "salesdesk:figures"],
      ["control", "salesdesk:welcome"],
    ]);
    const figures = word.blocks[3];
    expect(figures.content).toEqual([
      { text: "Les xifres", style: "Heading2" },
      { text: "Hem facturat 1.000,00 € durant novembre.", style: "Normal" },
    ]);
    expect(figures.tables).toEqual([[["Facturació", "1.000,00 €"]]]);
    // user strings go in as text: the markup is there, as characters
    expect(word.blocks[4].content![1].text).toBe("Donem la benvinguda a <script>alert(1)</script> (Girona).");
  });

  it("refreshes only the generated sections: the user's own paragraphs stay word for word", async () => {
    const word = new FakeWord([{ kind: "paragraph", text: "Carta de la directora" }]);
    await insertNewsletter(word.run, draft("1.000,00 €"));
    word.blocks.splice(3, 0, { kind: "paragraph", text: "Un paràgraf meu, entre seccions." });
    word.blocks.push({ kind: "paragraph", text: "P.S. Bones festes!" });
    const before = word.syncs;
    const refreshed = await refreshNewsletter(word.run, draft("2.500,00 €"));
    expect(refreshed).toEqual(["intro", "figures", "welcome"]);
    expect(word.syncs - before).toBe(2);
    expect(word.text()).toEqual([
      "Carta de la directora",
      "Butlletí de novembre del 2026",
      "Benvinguda",
      "[Escriviu aquí la introducció.]",
      "Un paràgraf meu, entre seccions.",
      "Les xifres",
      "Hem facturat 2.500,00 € durant novembre.",
      "Facturació | 2.500,00 €",
      "Nous clients",
      "Donem la benvinguda a <script>alert(1)</script> (Girona).",
      "P.S. Bones festes!",
    ]);
  });

  it("refreshes nothing in a document without the add-in's sections", async () => {
    const word = new FakeWord([
      { kind: "paragraph", text: "Res a veure" },
      { kind: "control", tag: "someone-else", content: [{ text: "theirs" }] },
    ]);
    expect(await refreshNewsletter(word.run, draft("1 €"))).toEqual([]);
    expect(word.text()).toEqual(["Res a veure", "theirs"]);
  });
});
