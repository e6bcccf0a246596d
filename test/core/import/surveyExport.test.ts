/**
 * A survey tool's export read by its headers (issue 34): which columns are the tool's, which ask
 * something, and what a rating answer scores. Each rule at its edge, so that a changed operator fails here.
 */
import { answerRows, questionColumns, scoreOf, surveyColumns } from "../../../src/core/import/surveyExport";
import { ColumnValues } from "../../../src/core/import/rowRules";
import type { ColumnMapping } from "../../../src/core/import/mapping";

describe("a survey export's columns", () => {
  it("maps Microsoft Forms' own columns, blanks none, and every other column is a question", () => {
    const headers = ["ID", "Start time", "Completion time", "Email", "Name", "", "How likely are you to recommend us?"];
    expect(surveyColumns(headers)).toEqual(["ResponseID", null, "Date", "Respondent", null, null, "Answer"]);
  });

  it("takes the name as the respondent when no e-mail is there, in any language of the tool", () => {
    expect(surveyColumns(["Marca temporal", "Nom", "Què en millorarieu?"])).toEqual(["Date", "Respondent", "Answer"]);
    expect(surveyColumns(["Marca temporal", "   ", "Nom", "Què en millorarieu?"])).toEqual([
      "Date",
      null,
      "Respondent",
      "Answer",
    ]);
    expect(surveyColumns(["  Hora de finalización ", "Nombre", "¿Volvería?"])).toEqual([
      "Date",
      "Respondent",
      "Answer",
    ]);
  });

  it("asks with a question mark, or with a sentence of four words or more: three words do not", () => {
    expect(surveyColumns(["Timestamp", "What you liked most"])).toEqual(["Date", "Answer"]);
    expect(surveyColumns(["Timestamp", "  What  you   liked  "])).toBeUndefined();
    expect(surveyColumns(["Timestamp", "Price?"])).toEqual(["Date", "Answer"]);
    expect(surveyColumns(["Timestamp", "¿Precio"])).toEqual(["Date", "Answer"]);
  });

  it("is no survey without a form's time column, nor with only the tool's columns and blanks", () => {
    expect(surveyColumns(["Client", "What did you think of the service?"])).toBeUndefined();
    expect(surveyColumns(["Timestamp", "Email address", "Name", ""])).toBeUndefined();
    expect(surveyColumns(["Timestamp", "    ", "Email address"])).toBeUndefined();
    // the tool's own column is no question, however many words its name has
    expect(surveyColumns(["Marca temporal", "Dirección de correo electrónico"])).toBeUndefined();
  });

  it("counts only the question columns of a plan", () => {
    const columns: ColumnMapping[] = [
      { index: 0, header: "Timestamp", column: "Date" },
      { index: 1, header: "Price?", column: "Answer" },
      { index: 2, header: "Name", column: null },
      { index: 3, header: "Service?", column: "Answer" },
    ];
    expect(questionColumns(columns).map((c) => c.header)).toEqual(["Price?", "Service?"]);
  });
});

describe("a survey answer's score", () => {
  it("is the number a rating answers, with a decimal point or comma, and nothing for words or parts of numbers", () => {
    expect([9, "9", " 7,5 ", "-2", "10.25", "0"].map(scoreOf)).toEqual([9, 9, 7.5, -2, 10.25, 0]);
    expect(["", "Very good", "9 of 10", "7,", ",5", "7,5,1", "7.a", "x9", null, true].map(scoreOf)).toEqual(
      Array(10).fill(null),
    );
  });

  it("makes a row per question answered, the response's cells on each, an empty answer none", () => {
    const response = new ColumnValues([
      ["ResponseID", "17"],
      ["Respondent", "anna@puig.cat"],
    ]);
    const rows = answerRows(response, [
      ["Price?", "8"],
      ["Comments?", ""],
      ["Service?", null],
      ["What next?", "More sizes"],
    ]);
    expect(rows.map((r) => Object.fromEntries(r))).toEqual([
      { ResponseID: "17", Respondent: "anna@puig.cat", Question: "Price?", Answer: "8", Score: 8 },
      { ResponseID: "17", Respondent: "anna@puig.cat", Question: "What next?", Answer: "More sizes", Score: null },
    ]);
  });
});
