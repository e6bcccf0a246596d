/** The newsletter drafted from the figures: every section in Catalan, Spanish and English; consent decides who is named. */
import { lastCompleteMonth } from "../../../src/core/kernel/periods";
import {
  draftNewsletter,
  SECTIONS,
  type Newsletter,
  type OwnWords,
  type SectionId,
} from "../../../src/core/campaigns/newsletter";
import { campaignDrafts } from "../../../src/core/campaigns/mailDrafts";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import { tableData } from "../../helpers/tables";
import { render, SaidError } from "../../../src/core/kernel/messages";

const s = (y: number, m: number, d: number) => serialFromDay(dayOf(y, m, d));

const data = salesDataFrom([
  tableData(
    "Clients",
    ["ClientID", "Name", "City", "MarketingConsent"],
    [
      ["C-1", "Forn Sant Pere", "Girona", true],
      ["C-2", "Secret Holdings", "Reus", false],
      ["C-3", "Old Friend SL", "Vic", true],
    ],
  ),
  tableData("Team", ["ExecID", "Name"], [["E01", "Anna Puig"]]),
  tableData(
    "Products",
    ["SKU", "Name", "Category", "UnitPrice"],
    [
      ["P1", "Pa de pagès", "Fleca", 3],
      ["P2", "Coca de recapte", "Pastisseria", 9],
    ],
  ),
  tableData("Targets", ["Period", "Exec", "RevenueTarget"], [["2026-11", "E01", 2000]]),
  tableData(
    "Invoices",
    ["InvoiceNo", "IssueDate", "ClientID", "Exec", "Net", "VAT", "Total"],
    [
      ["2026-0001", s(2026, 10, 5), "C-3", "E01", 1000, 210, 1210],
      ["2026-0002", s(2026, 11, 3), "C-1", "E01", 1500, 315, 1815],
      ["2026-0003", s(2026, 11, 10), "C-2", "E01", 500, 105, 605],
      ["2026-0004", s(2026, 11, 12), "C-3", "E01", 200, 42, 242],
    ],
  ),
  tableData(
    "Orders",
    ["OrderID", "OrderDate", "ClientID", "SKU", "Net"],
    [
      ["O1", s(2026, 11, 2), "C-1", "P1", 1000],
      ["O1", s(2026, 11, 2), "C-1", "P2", 500],
      ["O2", s(2026, 11, 9), "C-2", "P2", 600],
    ],
  ),
  tableData(
    "Visits",
    ["VisitID", "ClientID", "Scheduled", "Status"],
    [
      ["V1", "C-2", s(2026, 12, 3), "Planned"],
      ["V2", "C-1", s(2026, 12, 10), "Planned"],
      ["V3", "C-1", s(2026, 11, 3), "Done"],
    ],
  ),
  tableData(
    "Requests",
    ["TicketID", "Received", "ClientID", "Subject", "Status", "Resolved"],
    [
      ["T1", s(2026, 11, 4), "C-1", "Late delivery", "Resolved", s(2026, 11, 6)],
      ["T2", s(2026, 11, 20), "C-2", "Invoice copy", "Open", null],
    ],
  ),
]);

const draft = (language: "ca" | "es" | "en", period = "2026-11") => {
  const r = draftNewsletter(data, period, language, SECTIONS, "internal");
  if (!r.ok) throw new SaidError(r.error);
  return r.value;
};
const text = (language: "ca" | "es" | "en") =>
  Object.fromEntries(draft(language).sections.map((s) => [s.id, s.paragraphs.join(" ")]));

describe("the newsletter", () => {
  it("has every section, in order, in each language", () => {
    for (const language of ["ca", "es", "en"] as const) {
      const n = draft(language);
      expect(n.sections.map((s) => s.id)).toEqual([...SECTIONS]);
      for (const s of n.sections) expect(s.heading.length * s.paragraphs.join("").length).toBeGreaterThan(0);
    }
  });

  it("says the figures naturally in Catalan", () => {
    const ca = text("ca");
    expect(draft("ca").title).toBe("Butlletí de novembre del 2026");
    expect(ca.figures.replace(/\u00a0/g, " ")).toBe(
      "Hem facturat 2.200,00 € durant novembre del 2026. Són un 120,0 % més que el període anterior (1.000,00 €). Hem assolit el 110 % de l'objectiu de 2.000,00 €.",
    );
    expect(ca.bestsellers).toBe(
      "Les famílies que més s'han venut han estat Pastisseria i Fleca; els productes estrella, Coca de recapte i Pa de pagès.",
    );
    expect(ca.welcome).toBe(
      "Donem la benvinguda a Forn Sant Pere (Girona). I a un altre client que ha confiat en nosaltres.",
    );
    expect(ca.visits).toBe("El nostre equip farà 2 visites en les properes setmanes, a Girona i Reus.");
    expect(ca.service).toBe("Hem rebut 2 consultes i n'hem resolt 1, en 2,0 dies de mitjana.");
    expect(ca.intro).toMatch(/^\[Escriviu aquí/);
  });

  it("says them in Spanish and English too", () => {
    const es = text("es");
    expect(draft("es").title).toBe("Boletín de noviembre de 2026");
    expect(es.welcome).toBe(
      "Damos la bienvenida a Forn Sant Pere (Girona). Y a otro cliente que ha confiado en nosotros.",
    );
    expect(es.bestsellers).toMatch(/^Las familias más vendidas han sido Pastisseria y Fleca/);
    const en = text("en");
    expect(draft("en").title).toBe("Newsletter, November 2026");
    expect(en.figures).toBe(
      "We invoiced €2,200.00 in November 2026. That is 120.0% more than the previous period (€1,000.00). We reached 110% of our €2,000.00 target.",
    );
    expect(en.service).toBe("We received 2 requests and resolved 1, in 2.0 days on average.");
  });

  it("never names a client without marketing consent, in any language or section", () => {
    for (const language of ["ca", "es", "en"] as const) {
      for (const period of ["2026-11", "2026-W46", "2026-W50"])
        expect(JSON.stringify(draftNewsletter(data, period, language))).not.toContain("Secret Holdings");
    }
  });

  it("covers a week or a month, and says what it cannot do", () => {
    expect(draft("ca", "2026-W46").title).toBe("Butlletí de la setmana 46 (09/11/2026–15/11/2026)");
    expect(draftNewsletter(data, "2026", "ca")).toEqual({
      ok: false,
      error: "a newsletter covers a week (2026-W48) or a month (2026-11), not 2026",
    });
    expect(draftNewsletter(data, "2026-13", "ca").ok).toBe(false);
    const figuresOnly = draftNewsletter(data, "2026-11", "en", ["figures"], "internal");
    expect(figuresOnly.ok && figuresOnly.value.sections.map((s) => s.id)).toEqual(["figures"]);
  });

  it("mails clients no internal figure: the client edition has no revenue, target or attainment, the internal one has them", () => {
    for (const language of ["ca", "es", "en"] as const) {
      const client = draftNewsletter(data, "2026-11", language);
      if (!client.ok) throw new SaidError(client.error);
      expect(client.value.sections.map((s) => s.id)).toEqual(SECTIONS.filter((s) => s !== "figures"));
      expect(JSON.stringify(client.value)).not.toMatch(/2\.?200|2,200|110\s?%|objectiu|objetivo|target/);
      expect(draft(language).sections.map((s) => s.id)).toContain("figures");
    }
  });

  it("takes the period as people write it, as the import does", () => {
    for (const [language, period] of [
      ["ca", "novembre 2026"],
      ["es", "noviembre de 2026"],
      ["en", "November 2026"],
    ] as const) {
      const n = draftNewsletter(data, period, language);
      expect([period, n.ok && n.value.period]).toEqual([period, "2026-11"]);
    }
  });

  it("defaults to the last month that has ended", () => {
    expect(lastCompleteMonth(dayOf(2026, 12, 1))).toBe("2026-11");
    expect(lastCompleteMonth(dayOf(2027, 1, 31))).toBe("2026-12");
  });
});

describe("the admin's own words", () => {
  const drafted = (own: OwnWords, sections: readonly SectionId[] = SECTIONS) => {
    const r = draftNewsletter(data, "2026-11", "ca", sections, "client", own);
    if (!r.ok) throw new SaidError(r.error);
    return r.value;
  };
  const paragraphs = (n: Newsletter, id: SectionId) => n.sections.find((s) => s.id === id)?.paragraphs;

  it("stand in for the placeholders, a blank line parting paragraphs, and no card number gets through", () => {
    const n = drafted({
      intro: "  Bon dia a tothom.\n\nUn mes de feina. 4111 1111 1111 1111 ",
      closing: "Fins aviat!",
    });
    expect(paragraphs(n, "intro")).toEqual(["Bon dia a tothom.", "Un mes de feina. •••• 1111"]);
    expect(paragraphs(n, "closing")).toEqual(["Fins aviat!"]);
    expect(n.unwritten).toEqual([]);
  });

  it("leave a placeholder, listed as unwritten, where she wrote nothing or only blanks", () => {
    const n = drafted({ intro: " \n\n ", closing: "Gràcies." });
    expect(paragraphs(n, "intro")).toEqual([expect.stringMatching(/^\[Escriviu aquí la introducció/)]);
    expect(n.unwritten).toEqual(["intro"]);
    expect(drafted({}).unwritten).toEqual(["intro", "closing"]);
    // a section left out is not waiting for words
    expect(drafted({}, ["figures", "closing"]).unwritten).toEqual(["closing"]);
    expect(drafted({}, ["welcome"]).unwritten).toEqual([]);
  });
});

describe("the campaign's e-mails", () => {
  const mailed = salesDataFrom([
    tableData(
      "Clients",
      ["ClientID", "Name", "Email", "Country", "PostalCode", "MarketingConsent"],
      [
        ["C-1", "Forn Sant Pere", "forn@example.cat", "ES", "17001", true],
        ["C-2", "Panadería Sol", "sol@example.es", "ES", "28001", true],
        ["C-3", "No Consent SL", "no@example.es", "ES", "28002", false],
      ],
    ),
    tableData(
      "Invoices",
      ["InvoiceNo", "IssueDate", "ClientID", "Net", "VAT", "Total"],
      [["2026-0001", s(2026, 11, 3), "C-1", 100, 21, 121]],
    ),
  ]);

  it("are not drafted while a language of the list has a placeholder left, and the message names it", () => {
    const r = campaignDrafts(mailed, "2026-11", {}, { ca: { intro: "Hola.", closing: "Adéu." } });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(render(r.error, "en")).toBe(
        "write the introduction and the closing of the newsletter first, in Español: no e-mail goes out with a placeholder in it",
      );
  });

  it("carry her words in each client's language once every language has them", () => {
    const r = campaignDrafts(
      mailed,
      "2026-11",
      {},
      { ca: { intro: "Hola a tothom.", closing: "Adéu." }, es: { intro: "Hola a todos.", closing: "Adiós." } },
    );
    if (!r.ok) throw new SaidError(r.error);
    const body = (id: string) => r.value.drafts.find((d) => d.clientId === id)?.body ?? "";
    expect(r.value.drafts.map((d) => d.clientId)).toEqual(["C-1", "C-2"]);
    expect(body("C-1")).toContain("Hola a tothom.");
    expect(body("C-2")).toContain("Hola a todos.");
    expect(body("C-2")).toContain("Adiós.");
    expect([body("C-1"), body("C-2")].some((b) => b.includes("["))).toBe(false);
  });
});
