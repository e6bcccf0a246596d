/**
 * Survey exports (issue 34), made here as Microsoft Forms and Google Forms lay them out, import into
 * Survey one row per answer: every answer kept, the respondent matched to a client by e-mail or name
 * (one matching none kept and said), numbers scored; the NPS agrees with a plain count.
 */
import { importSheets } from "../../../src/core/import/importer";
import { planSheet } from "../../../src/core/import/plan";
import { npsOf } from "../../../src/core/market/surveyResults";
import { surveyResults } from "../../../src/core/market/surveyResults";
import { dayOf } from "../../../src/core/kernel/dates";
import type { SheetCell, SheetGrid } from "../../../src/core/workbook/port";
import type { Client, SurveyAnswer } from "../../../src/core/workbook/contract";

const clients = new Map([
  ["anna@fusteriapuig.cat", "C-1"],
  ["ferros vila, sl", "C-2"],
  ["jordi@olissoler.cat", "C-3"],
]);

const NPS = "How likely are you to recommend us to a colleague?";
const forms: SheetGrid = {
  name: "Form1",
  date1904: false,
  rows: [
    [
      "ID",
      "Start time",
      "Completion time",
      "Email",
      "Name",
      "Last modified time",
      NPS,
      "Which category should we grow?",
      "What could we do better?",
    ],
    [
      1,
      new Date(Date.UTC(2026, 10, 2, 9)),
      new Date(Date.UTC(2026, 10, 2, 9, 4)),
      "Anna@FusteriaPuig.cat",
      "Anna Puig",
      null,
      10,
      "Paper;Tinta;",
      "Faster delivery please",
    ],
    [
      2,
      new Date(Date.UTC(2026, 10, 3, 9)),
      new Date(Date.UTC(2026, 10, 3, 9, 2)),
      "jordi@olissoler.cat",
      "Jordi Soler",
      null,
      6,
      "Paper;",
      "Faster delivery to the coast",
    ],
    [
      3,
      new Date(Date.UTC(2026, 10, 4, 9)),
      new Date(Date.UTC(2026, 10, 4, 9, 9)),
      "someone@else.cat",
      "Someone",
      null,
      8,
      null,
      null,
    ],
  ],
};

const google: SheetGrid = {
  name: "Respuestas de formulario 1",
  date1904: false,
  rows: [
    ["Marca temporal", "Nombre", "¿Recomendaría nuestra empresa a un colega?", "¿Qué mejoraría?"],
    ["28/11/2026 10:15:00", "Ferros Vila, SL", "9", "Entregas más rápidas"],
    ["29/11/2026 18:02:41", "Bar Desconegut", "3", "Precios"],
  ],
};

function imported(grid: SheetGrid) {
  const plan = planSheet(grid);
  expect(plan.table).toBe("Survey");
  const result = importSheets([grid], [plan], { clientNames: clients });
  const answers = result.tables
    .find((t) => t.table === "Survey")!
    .rows.map((r) => Object.fromEntries(r.values)) as Record<string, SheetCell>[];
  return { result, answers };
}

/** The answers a plain read of the export holds: every non-blank cell right of the tool's columns. */
function plainAnswers(grid: SheetGrid, firstQuestion: number): number {
  return grid.rows
    .slice(1)
    .reduce((n, row) => n + row.slice(firstQuestion).filter((c) => c !== null && c !== "").length, 0);
}

describe("a Microsoft Forms export", () => {
  it("becomes one Survey row per answer, each matched to its client by e-mail", () => {
    const { result, answers } = imported(forms);
    expect(answers).toHaveLength(plainAnswers(forms, 6));
    expect(answers.slice(0, 3)).toEqual([
      expect.objectContaining({
        ResponseID: "1",
        ClientID: "C-1",
        Respondent: "Anna@FusteriaPuig.cat",
        Question: NPS,
        Answer: "10",
        Score: 10,
      }),
      expect.objectContaining({
        ResponseID: "1",
        Question: "Which category should we grow?",
        Answer: "Paper;Tinta;",
        Score: null,
      }),
      expect.objectContaining({
        ResponseID: "1",
        Question: "What could we do better?",
        Answer: "Faster delivery please",
      }),
    ]);
    expect(answers.map((a) => a.Date)).toEqual([
      ...Array(3).fill(dayOf(2026, 11, 2)),
      ...Array(3).fill(dayOf(2026, 11, 3)),
      dayOf(2026, 11, 4),
    ]);
    expect(answers.filter((a) => a.ResponseID === "3").map((a) => [a.ClientID ?? null, a.Respondent])).toEqual([
      [null, "someone@else.cat"],
    ]);
    const unmatched = result.problems.filter((p) => p.code === "import.respondentUnmatched");
    expect(unmatched.map((p) => [p.sheet, p.row, p.column])).toEqual([["Form1", 4, "Respondent"]]);
    expect(result.sheets[0]).toMatchObject({ table: "Survey", rows: 3, imported: 3, quarantined: 0 });
  });
});

describe("a Google Forms export", () => {
  it("names each response after its sheet and row, matches a client by name, and keeps a stranger's answers", () => {
    const { answers } = imported(google);
    expect(answers).toHaveLength(plainAnswers(google, 2));
    expect(answers.map((a) => [a.ResponseID, a.ClientID ?? null, a.Score])).toEqual([
      ["Respuestas de formulario 1-2", "C-2", 9],
      ["Respuestas de formulario 1-2", "C-2", null],
      ["Respuestas de formulario 1-3", null, 3],
      ["Respuestas de formulario 1-3", null, null],
    ]);
    expect(answers.map((a) => a.Date)).toEqual([
      dayOf(2026, 11, 28),
      dayOf(2026, 11, 28),
      dayOf(2026, 11, 29),
      dayOf(2026, 11, 29),
    ]);
  });
});

describe("survey results", () => {
  // computed in each test, so that a mutation tool sees which test covers which line
  const answers = () => [...imported(forms).answers, ...imported(google).answers] as unknown as SurveyAnswer[];
  const clientRows = [
    { ClientID: "C-1", Region: "Girona", Preferences: "Paper; Tinta" },
    { ClientID: "C-2", Region: "Lleida", Preferences: null },
    { ClientID: "C-3", Region: "Girona", Preferences: "Paper" },
  ] as Client[];
  const results = () =>
    surveyResults(
      answers(),
      clientRows,
      new Map([
        ["C-1", "champions"],
        ["C-2", "atRisk"],
        ["C-3", "champions"],
      ]),
    );

  it("gives the NPS of a recommend question as a plain count does, overall and by segment", () => {
    const scores = answers()
      .filter((a) => a.Question === NPS)
      .map((a) => a.Score!);
    const [promoters, detractors] = [scores.filter((s) => s >= 9).length, scores.filter((s) => s <= 6).length];
    const nps = results().find((q) => q.question === NPS)!;
    expect(nps.nps).toEqual({
      score: Math.round((100 * (promoters - detractors)) / scores.length),
      promoters,
      passives: 1,
      detractors,
      answers: 3,
    });
    expect(nps.bySegment.map((g) => [g.group, g.nps!.score])).toEqual([
      ["champions", 0], // 10 and 6
      [null, 0], // 8: a passive
    ]);
    expect(results().find((q) => q.question.startsWith("¿Recomendaría"))!.nps).toEqual(
      npsOf([{ Score: 9 }, { Score: 3 }]),
    );
    expect(npsOf([{ Score: 9 }, { Score: 3 }])).toEqual({
      score: 0,
      promoters: 1,
      passives: 0,
      detractors: 1,
      answers: 2,
    });
  });

  it("counts each choice of a multiple-choice answer, by region and preferred category too", () => {
    const category = results().find((q) => q.question === "Which category should we grow?")!;
    expect([category.kind, category.counts]).toEqual(["choice", { Paper: 2, Tinta: 1 }]);
    expect(category.byRegion).toEqual([{ group: "Girona", answers: 2, counts: { Paper: 2, Tinta: 1 } }]);
    expect(category.byCategory.map((g) => [g.group, g.answers])).toEqual([
      ["Paper", 2],
      ["Tinta", 1],
    ]);
  });

  it("lists the words and pairs free answers share, stop words left out, with the responses that say them", () => {
    const better = results().find((q) => q.question === "What could we do better?")!;
    expect(better.kind).toBe("choice"); // two answers: few enough to count as they are
    const many = Array.from({ length: 14 }, (_, i) => ({
      ResponseID: `R${i}`,
      Question: "Què podríem millorar?",
      Answer: i % 2 ? `Lliurament més ràpid ${i}` : `El lliurament a les comarques ${i}`,
      Score: null,
      ClientID: null,
    })) as unknown as SurveyAnswer[];
    const [free] = surveyResults(many, [], new Map());
    expect(free.kind).toBe("text");
    expect(free.words![0]).toEqual({ word: "lliurament", count: 14, responses: many.map((a) => a.ResponseID) });
    expect(free.words!.map((w) => w.word)).not.toContain("les");
    expect(free.pairs!.map((p) => [p.word, p.count])).toEqual([
      ["lliurament comarques", 7],
      ["lliurament rapid", 7],
    ]);
  });
});
