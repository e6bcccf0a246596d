/**
 * The Survey table read question by question (issue 34), on answers built by hand so that every
 * figure is the plain count: what counts as an answer, which question has an NPS, scale, choice or
 * free text at their edges, the groups' order, and the words free answers share.
 */
import { npsQuestion, surveyResults } from "../../../src/core/market/surveyResults";
import type { SegmentCode } from "../../../src/core/market/segments";
import type { Client, SurveyAnswer } from "../../../src/core/workbook/contract";

let responses = 0;
const answer = (Question: string, Answer: string | null, Score: number | null = null, ClientID: string | null = null) =>
  ({ ResponseID: `R${++responses}`, Date: null, ClientID, Respondent: null, Question, Answer, Score }) as SurveyAnswer;
const rated = (question: string, scores: number[]) => scores.map((s) => answer(question, String(s), s));
const results = (answers: SurveyAnswer[], clients: Client[] = [], segments = new Map<string, SegmentCode>()) =>
  surveyResults(answers, clients, segments);
const only = (answers: SurveyAnswer[]) => results(answers)[0];

describe("survey results, figure by figure", () => {
  it("counts an answer only where one was given: none, or only spaces, is no answer", () => {
    const [q] = results([answer("Colour?", "Red"), answer("Colour?", null), answer("Colour?", "   ")]);
    expect([q.answers, q.counts]).toEqual([1, { Red: 1 }]);
    expect(results([answer("Size?", null)])).toEqual([]);
  });

  it("gives a scale its mean and its counts by score, and an NPS only to a recommend question scored 0 to 10 in whole numbers", () => {
    const nps = only(rated("Would you recommend us?", [10, 9, 8, 7, 6, 0]));
    expect([nps.kind, nps.mean, nps.counts]).toEqual([
      "scale",
      40 / 6,
      { "10": 1, "9": 1, "8": 1, "7": 1, "6": 1, "0": 1 },
    ]);
    expect(nps.nps).toEqual({ score: 0, promoters: 2, passives: 2, detractors: 2, answers: 6 });
    expect(only(rated("Ens recomanaria?", [10, 10, 9])).nps?.score).toBe(100);
    expect(only(rated("How satisfied are you?", [10, 9])).nps).toBeUndefined();
    expect(only(rated("Would you recommend us?", [10, 7.5])).nps).toBeUndefined();
    expect(only(rated("Would you recommend us?", [10, 11])).nps).toBeUndefined();
    expect(only(rated("Would you recommend us?", [10, -1])).nps).toBeUndefined();
    expect(only(rated("Would you recommend us?", [0, 10])).nps?.score).toBe(0);
    const words = only([answer("Would you recommend us?", "Yes"), answer("Would you recommend us?", "No")]);
    expect([words.kind, words.nps, words.mean]).toEqual(["choice", undefined, undefined]);
  });

  it("reads twelve different choices as a choice question and a thirteenth as free text, split at semicolons and comma-spaces", () => {
    const twelve = Array.from({ length: 12 }, (_, i) => `Option ${i + 1}`);
    expect(only(twelve.map((c) => answer("Pick?", c))).kind).toBe("choice");
    expect(only([...twelve, "Option 13"].map((c) => answer("Pick?", c))).kind).toBe("text");
    const multi = only([
      answer("Which?", "Paper;Ink; ;Toner"),
      answer("Which?", "Paper, Ink"),
      answer("Which?", "Ink,Toner"),
    ]);
    expect(multi.counts).toEqual({ Paper: 2, Ink: 2, Toner: 1, "Ink,Toner": 1 });
    const mixed = only([answer("Score?", "9", 9), answer("Score?", "n/a")]);
    expect([mixed.kind, mixed.counts, mixed.mean]).toEqual(["choice", { "9": 1, "n/a": 1 }, undefined]);
  });

  it("groups by segment, region and preferred category: the largest first, then by name, no client or none in a group of its own", () => {
    const clients = [
      { ClientID: "C-1", Region: "Lleida", Preferences: "Paper; Ink" },
      { ClientID: "C-2", Region: "Girona", Preferences: null },
      { ClientID: "C-3", Region: "Girona", Preferences: "Ink" },
    ] as Client[];
    const segments = new Map<string, SegmentCode>([
      ["C-1", "champions"],
      ["C-3", "atRisk"],
    ]);
    const question = "Would you recommend us?";
    const answers = [
      answer(question, "10", 10, "C-1"),
      answer(question, "3", 3, "C-2"),
      answer(question, "9", 9, "C-3"),
      answer(question, "7", 7, null),
    ];
    const [q] = results(answers, clients, segments);
    expect(q.bySegment.map((g) => [g.group, g.answers, g.nps?.score])).toEqual([
      [null, 2, -50],
      ["atRisk", 1, 100],
      ["champions", 1, 100],
    ]);
    expect(q.byRegion.map((g) => [g.group, g.answers, g.counts])).toEqual([
      ["Girona", 2, { "3": 1, "9": 1 }],
      ["Lleida", 1, { "10": 1 }],
      [null, 1, { "7": 1 }],
    ]);
    expect(q.byCategory.map((g) => [g.group, g.answers])).toEqual([
      ["Ink", 2],
      [null, 2],
      ["Paper", 1],
    ]);
    const choice = results([answer("Colour?", "Red", null, "C-1")], clients, segments)[0];
    expect(choice.bySegment).toEqual([{ group: "champions", answers: 1, counts: { Red: 1 } }]);
  });

  it("lists the words of three letters or more that more than one answer uses, most used first, then alphabetically, ten at most", () => {
    const free = Array.from({ length: 13 }, (_, i) => `Idea ${i + 1}: `).map((head, i) =>
      answer(
        "What should we improve?",
        i < 2
          ? `${head}faster delivery, ok; and cheaper-prices ${i}`
          : `${head}zeta${i} alpha beta gamma delta epsilon kappa lambda sigma omega theta`,
      ),
    );
    const q = only(free);
    expect(q.kind).toBe("text");
    expect(q.words!.map((w) => [w.word, w.count])).toEqual([
      ["idea", 13],
      ["alpha", 11],
      ["beta", 11],
      ["delta", 11],
      ["epsilon", 11],
      ["gamma", 11],
      ["kappa", 11],
      ["lambda", 11],
      ["omega", 11],
      ["sigma", 11],
    ]);
    // the sentence's nine pairs, then the first of the four pairs two answers share ("idea faster", "faster
    // delivery", "delivery cheaper" — "ok" too short, "and" a stop word — and "cheaper prices")
    expect(q.pairs!.map((p) => [p.word, p.count])).toEqual([
      ...["alpha beta", "beta gamma", "delta epsilon", "epsilon kappa", "gamma delta", "kappa lambda"].map((w) => [
        w,
        11,
      ]),
      ...["lambda sigma", "omega theta", "sigma omega"].map((w) => [w, 11]),
      ["cheaper prices", 2],
    ]);
    expect(q.words!.map((w) => w.word)).not.toContain("ok");
    expect(q.words![0].responses).toEqual(free.map((a) => a.ResponseID));
  });

  it("keeps a word of three letters, drops one of two, and lists no word only one answer uses", () => {
    const few = ["The fax is broken, ok", "Fax too slow, ok", "Fax"].map((text) => answer("Problems?", text));
    const distinct = Array.from({ length: 11 }, (_, i) => answer("Problems?", `Other ${i}`));
    const q = only([...few, ...distinct]);
    expect([q.kind, q.words!.map((w) => [w.word, w.count]), q.pairs]).toEqual([
      "text",
      [
        ["other", 11],
        ["fax", 3],
      ],
      [],
    ]);
  });

  it("shows the first question that has an NPS, or none", () => {
    const answers = [
      ...rated("Satisfied?", [9]),
      ...rated("Recommend us?", [9, 10]),
      ...rated("Recommend us again?", [1]),
    ];
    expect(npsQuestion(results(answers))?.question).toBe("Recommend us?");
    expect(npsQuestion(results(rated("Satisfied?", [9])))).toBeUndefined();
  });
});
