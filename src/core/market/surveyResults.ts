/**
 * What the Survey table says, question by question: how the answers spread (overall and by segment,
 * region and preferred category), the NPS of a "would you recommend" question, and the words and
 * pairs of words that free answers use most, each with the responses that say it.
 */
import { fold } from "../kernel/text";
import type { Client, SurveyAnswer } from "../workbook/contract";
import type { SegmentCode } from "./segments";
import { STOP_WORDS } from "./stopWords";
import { preferredCategories } from "../clients/preferences";

export type QuestionKind = "scale" | "choice" | "text";

export interface Nps {
  /** promoters minus detractors, as a whole percentage of the answers */
  score: number;
  promoters: number;
  passives: number;
  detractors: number;
  answers: number;
}

export interface GroupResult {
  /** the segment, region or category; null for answers of no known client or with none */
  group: string | null;
  answers: number;
  counts: Record<string, number>;
  nps?: Nps;
}

export interface FrequentWord {
  word: string;
  /** answers that use it */
  count: number;
  responses: string[];
}

export interface QuestionResult {
  question: string;
  kind: QuestionKind;
  answers: number;
  /** the mean score, for a scale */
  mean?: number;
  counts: Record<string, number>;
  bySegment: GroupResult[];
  byRegion: GroupResult[];
  byCategory: GroupResult[];
  nps?: Nps;
  words?: FrequentWord[];
  pairs?: FrequentWord[];
}

/** A choice question has at most this many different answers; more make it free text. */
const MAX_CHOICES = 12;
const TOP_WORDS = 10;
/** Stems of "recommend" in the seven languages: the question NPS is computed for. */
const RECOMMEND = /recomm|recoman|recomen|empfehl|raccomand|consigli/;

/** An answer given: its Answer holds text. */
type Answered = SurveyAnswer & { Answer: string };

export function surveyResults(
  answers: readonly SurveyAnswer[],
  clients: readonly Client[],
  segments: ReadonlyMap<string, SegmentCode>,
): QuestionResult[] {
  const byQuestion = new Map<string, Answered[]>();
  for (const a of answers)
    if (a.Answer !== null && a.Answer.trim() !== "")
      byQuestion.set(a.Question, [...(byQuestion.get(a.Question) ?? []), { ...a, Answer: a.Answer }]);
  const clientOf = new Map(clients.map((c) => [c.ClientID, c]));
  return [...byQuestion].map(([question, given]) => {
    const kind = kindOf(given);
    const isNps =
      kind === "scale" &&
      RECOMMEND.test(fold(question)) &&
      given.every((a) => a.Score !== null && Number.isInteger(a.Score) && a.Score >= 0 && a.Score <= 10);
    const group = (keys: (a: Answered) => (string | null)[]) => groupResults(given, keys, isNps);
    const client = (a: SurveyAnswer) => (a.ClientID === null ? undefined : clientOf.get(a.ClientID));
    const result: QuestionResult = {
      question,
      kind,
      answers: given.length,
      counts: countsOf(given),
      bySegment: group((a) => [(a.ClientID !== null && segments.get(a.ClientID)) || null]),
      byRegion: group((a) => [client(a)?.Region ?? null]),
      byCategory: group((a) => {
        const categories = preferredCategories(client(a)?.Preferences ?? null);
        return categories.length ? categories : [null];
      }),
    };
    if (kind === "scale") result.mean = given.reduce((sum, a) => sum + (a.Score ?? 0), 0) / given.length;
    if (isNps) result.nps = npsOf(given);
    if (kind === "text") Object.assign(result, frequentWords(given));
    return result;
  });
}

function kindOf(given: readonly Answered[]): QuestionKind {
  if (given.every((a) => a.Score !== null)) return "scale";
  return new Set(given.flatMap(choicesOf)).size <= MAX_CHOICES ? "choice" : "text";
}

/** A multiple-choice answer lists its choices with semicolons (Microsoft Forms) or commas and a space (Google Forms). */
function choicesOf(a: Answered): string[] {
  return a.Answer.split(/;|, /)
    .map((s) => s.trim())
    .filter(Boolean);
}

function countsOf(given: readonly Answered[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of given)
    for (const choice of a.Score !== null ? [String(a.Score)] : choicesOf(a))
      counts[choice] = (counts[choice] ?? 0) + 1;
  return counts;
}

export function npsOf(given: readonly Pick<SurveyAnswer, "Score">[]): Nps {
  const promoters = given.filter((a) => a.Score !== null && a.Score >= 9).length;
  const detractors = given.filter((a) => a.Score !== null && a.Score <= 6).length;
  const answers = given.length;
  return {
    score: Math.round((100 * (promoters - detractors)) / answers),
    promoters,
    passives: answers - promoters - detractors,
    detractors,
    answers,
  };
}

function groupResults(
  given: readonly Answered[],
  keys: (a: Answered) => (string | null)[],
  withNps: boolean,
): GroupResult[] {
  const groups = new Map<string | null, Answered[]>();
  for (const a of given) for (const k of keys(a)) groups.set(k, [...(groups.get(k) ?? []), a]);
  return [...groups]
    .map(([group, of]) => ({ group, answers: of.length, counts: countsOf(of), ...(withNps ? { nps: npsOf(of) } : {}) }))
    .sort((a, b) => b.answers - a.answers || String(a.group).localeCompare(String(b.group)));
}

/** The words of an answer that carry meaning: folded, three letters or more, stop words out. */
function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
}

function frequentWords(given: readonly Answered[]): Pick<QuestionResult, "words" | "pairs"> {
  const words = new Map<string, Set<string>>();
  const pairs = new Map<string, Set<string>>();
  const add = (into: Map<string, Set<string>>, key: string, response: string) =>
    into.set(key, (into.get(key) ?? new Set()).add(response));
  for (const a of given) {
    const list = wordsOf(a.Answer);
    list.forEach((w, i) => {
      add(words, w, a.ResponseID);
      if (i > 0) add(pairs, `${list[i - 1]} ${w}`, a.ResponseID);
    });
  }
  const top = (counted: Map<string, Set<string>>) =>
    [...counted]
      .map(([word, responses]) => ({ word, count: responses.size, responses: [...responses] }))
      .filter((w) => w.count > 1)
      .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
      .slice(0, TOP_WORDS);
  return { words: top(words), pairs: top(pairs) };
}

/** The question whose NPS a report shows: the first that has one. */
export function npsQuestion(results: readonly QuestionResult[]): (QuestionResult & { nps: Nps }) | undefined {
  return results.find((q): q is QuestionResult & { nps: Nps } => q.nps !== undefined);
}
