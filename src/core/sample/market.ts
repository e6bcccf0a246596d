/**
 * The sample's market research: a client survey as a survey tool's export reads once imported (one
 * row per answer, a few respondents matching no client) and two past campaigns, so that every figure
 * of the Market page has something to show. Its own generator: the rest of the sample is unchanged.
 */
import type { Day } from "../kernel/dates";
import { Random } from "../kernel/random";
import type { Cell } from "../workbook/port";

type Row = Record<string, Cell>;

export const NPS_QUESTION = "Amb quina probabilitat ens recomanaríeu a un col·lega? (0-10)";
const CATEGORY_QUESTION = "Quina categoria de productes voldríeu que ampliéssim?";
const TEXT_QUESTION = "Què podríem millorar?";
const IMPROVEMENTS = [
  "Terminis de lliurament més curts",
  "Lliurament més ràpid a les comarques",
  "Més varietat de paper reciclat",
  "Factures electròniques per correu",
  "Preus més ajustats per volum",
  "Atenció telefònica a la tarda",
  "Catàleg de paper reciclat actualitzat",
  "Lliurament més ràpid i avisos de l'enviament",
];

export function sampleSurvey(seed: number, clients: readonly Row[], categories: readonly string[], today: Day): Row[] {
  const rnd = new Random(seed + 101);
  const respondents = clients.filter((c) => c.Email && rnd.chance(0.4));
  const strangers = ["marta.soler@correu.cat", "jordi.puig@exemple.cat", "Núria Ferrer"];
  const rows: Row[] = [];
  [
    ...respondents.map((c) => ({ id: c.ClientID as string, who: c.Email as string })),
    ...strangers.map((who) => ({ id: null, who })),
  ].forEach(({ id, who }, n) => {
    const base = {
      ResponseID: `R-${String(n + 1).padStart(4, "0")}`,
      Date: today - rnd.int(5, 60),
      ClientID: id,
      Respondent: who,
    };
    const score = Math.min(10, Math.max(0, Math.round(8 + 2.2 * (rnd.next() + rnd.next() - 1) * 2)));
    rows.push({ ...base, Question: NPS_QUESTION, Answer: String(score), Score: score });
    rows.push({ ...base, Question: CATEGORY_QUESTION, Answer: rnd.pick(categories), Score: null });
    if (rnd.chance(0.7)) rows.push({ ...base, Question: TEXT_QUESTION, Answer: rnd.pick(IMPROVEMENTS), Score: null });
  });
  return rows;
}

/** Two campaigns to the clients with consent: one in full (its 30 days over), one still running. */
export function sampleCampaigns(clients: readonly Row[], categories: readonly string[], today: Day): Row[] {
  const consented = clients.filter((c) => c.MarketingConsent === true);
  const half = (which: number) => consented.filter((_, i) => i % 2 === which).map((c) => c.ClientID as string);
  return [
    {
      CampaignID: "CMP-0001",
      Date: today - 75,
      Name: "Novetats de tardor",
      Channel: "Email",
      Segment: null,
      Recipients: half(0).length,
      RecipientIDs: half(0).join(", "),
    },
    {
      CampaignID: "CMP-0002",
      Date: today - 12,
      Name: `Oferta ${categories[0]}`,
      Channel: "List",
      Segment: null,
      Recipients: half(1).length,
      RecipientIDs: half(1).join(", "),
    },
  ];
}
