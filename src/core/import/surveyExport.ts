/**
 * A survey tool's export: one row per response, one column per question, after the tool's own
 * columns — Microsoft Forms' ID, start and completion times, e-mail and name; Google Forms' timestamp
 * and e-mail address — in any of the seven languages. Each answer becomes a row of Survey.
 */
import { fold } from "../kernel/text";
import type { OutputCell } from "../workbook/port";
import type { ColumnMapping } from "./mapping";
import { ColumnValues } from "./rowRules";

/** The tools' own columns, folded, by what they hold: "answer" is every other column, a question. */
const TOOL_COLUMNS: [column: string | null, headers: RegExp][] = [
  [
    null,
    /^(start time|hora de inicio|hora d'inici|heure de debut|startzeit|ora di inizio|hora de inicio|last modified time|hora de la ultima modificacion|hora de l'ultima modificacio)$/,
  ],
  ["ResponseID", /^(id|response id|identificador|id de respuesta|id de resposta|identifiant|antwort-id)$/],
  [
    "Date",
    /^(completion time|hora de finalizacion|hora de finalitzacio|heure de fin|fertigstellungszeit|ora di completamento|hora de conclusao|timestamp|marca temporal|horodateur|zeitstempel|informazioni cronologiche|carimbo de data\/hora)$/,
  ],
  [
    "Respondent",
    /^(email|e-mail|email address|correo electronico|direccion de correo electronico|correu electronic|adreca electronica|adresse e-mail|e-mail-adresse|indirizzo email|endereco de e-mail)$/,
  ],
  ["name", /^(name|nombre|nom|nome|full name)$/],
];

/** Headers that only a form's export has: a sheet with one of them and questions is a survey. */
const FORM_TIMES =
  /^(completion time|hora de finalizacion|hora de finalitzacio|timestamp|marca temporal|horodateur|zeitstempel|informazioni cronologiche|carimbo de data\/hora|start time|hora de inicio|hora d'inici)$/;

const toolColumn = (header: string) => TOOL_COLUMNS.find(([, re]) => re.test(fold(header)));

/** A header that asks something: a question mark, or a sentence (four words or more). */
const asks = (header: string) => /[?¿]/.test(header) || header.trim().split(/\s+/).length >= 4;

/**
 * The mapping of a survey export's header, or undefined when the header is not one: a form's time
 * column and a column that asks (any other column is a question too). The name maps to Respondent
 * when no e-mail does.
 */
export function surveyColumns(headers: readonly string[]): (string | null)[] | undefined {
  const questions = headers.filter((h) => h.trim() !== "" && !toolColumn(h));
  if (!headers.some((h) => FORM_TIMES.test(fold(h))) || !questions.some(asks)) return undefined;
  const hasEmail = headers.some((h) => toolColumn(h)?.[0] === "Respondent");
  return headers.map((h) => {
    if (h.trim() === "") return null;
    const tool = toolColumn(h);
    if (!tool) return "Answer";
    return tool[0] === "name" ? (hasEmail ? null : "Respondent") : tool[0];
  });
}

/** Numbers that answer a rating or a 0–10 question ("9", "7,5"): their score. */
export function scoreOf(answer: OutputCell): number | null {
  if (typeof answer === "number") return answer;
  const text = typeof answer === "string" ? answer.trim() : "";
  return /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : null;
}

/** A response's rows: one per question answered, each with the response's own cells, its question and answer, and its score. */
export function answerRows(
  response: ColumnValues,
  answers: readonly [question: string, answer: OutputCell][],
): ColumnValues[] {
  return answers
    .filter(([, answer]) => answer !== null && answer !== "")
    .map(
      ([question, answer]) =>
        new ColumnValues([...response, ["Question", question], ["Answer", String(answer)], ["Score", scoreOf(answer)]]),
    );
}

/** The question columns of a survey plan. */
export function questionColumns(columns: readonly ColumnMapping[]): ColumnMapping[] {
  return columns.filter((c) => c.column === "Answer");
}
