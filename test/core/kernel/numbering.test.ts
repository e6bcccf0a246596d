/**
 * Document numbers pinned down (issue 35): the next is one past the highest whatever order the log is
 * in; the nine-digit limit; spaces around a number; patterns with characters a regular expression
 * would read; two-digit years in 2000–2009; series without a year.
 */
import { formatDocumentNumber, nextDocumentNumber, sequencesOf, seriesOf } from "../../../src/core/kernel/numbering";
import { numberingProblems } from "../../../src/core/invoicing/invoicing";
import { dayOf } from "../../../src/core/kernel/dates";

describe("document numbers", () => {
  it("take one past the highest of the series, not past the last written", () => {
    expect(nextDocumentNumber("YYYY-NNNN", 2026, ["2026-0007", "2026-0012", "2026-0003"])).toBe("2026-0013");
    expect(nextDocumentNumber("YYYY-NNNN", 2026, [])).toBe("2026-0001");
    expect(nextDocumentNumber("YYYY-NNNN", 2026, ["2025-0099", "R-2026-0050", 2026, null])).toBe("2026-0001");
  });

  it("read a number with spaces around it, and a run longer than the pattern's", () => {
    expect(nextDocumentNumber("YYYY-NNNN", 2026, [" 2026-0041 "])).toBe("2026-0042");
    // as wide as the highest is written, whatever comes after it in the log
    expect(nextDocumentNumber("P-N", 0, ["P-000120", "P-7"])).toBe("P-000121");
    expect(nextDocumentNumber("P-N", 0, ["P-000120", "P-120"])).toBe("P-000121");
    expect(nextDocumentNumber("YYYY-NNNN", 2026, ["2026-0041", "2026-12345"])).toBe("2026-12346");
  });

  it("keep the width the series is already written with, where it is wider than the pattern's (issue 33)", () => {
    expect(nextDocumentNumber("P-NNNNN", 0, ["P-001132", "P-001133"])).toBe("P-001134");
    expect(nextDocumentNumber("P-NNNNN", 0, ["P-001133", "P-01200"])).toBe("P-01201"); // the highest's width
    expect(nextDocumentNumber("P-NNNNN", 0, ["P-00007"])).toBe("P-00008"); // never narrower than the pattern
  });

  it("skip and report a sequence of more than nine digits: a typo, never the series' new highest", () => {
    const { used, malformed } = sequencesOf("YYYY-NNNN", 2026, ["2026-000000007", "2026-0000000008", "2026-0002"]);
    expect(used).toEqual([7, 2]);
    expect(malformed).toEqual(["2026-0000000008"]);
    expect(nextDocumentNumber("YYYY-NNNN", 2026, ["2026-999999999"])).toBe("2026-1000000000");
  });

  it("take a pattern's other characters literally, a dot or a bracket included", () => {
    expect(nextDocumentNumber("F.YY.NNN", 2026, ["F.26.004", "Fx26x009"])).toBe("F.26.005");
    expect(nextDocumentNumber("[YYYY]+NNN", 2026, ["[2026]+010"])).toBe("[2026]+011");
  });

  it("write two-digit years with their leading zero, and series with no year", () => {
    expect(formatDocumentNumber("F/YY/NNNNN", 2007, 42)).toBe("F/07/00042");
    expect(nextDocumentNumber("F/YY/NNNNN", 2007, ["F/07/00041", "F/7/00050"])).toBe("F/07/00042");
    expect(nextDocumentNumber("P-NNNNNN", 0, ["P-001133", "P-01141"])).toBe("P-001134"); // five digits are not of a six-digit series
  });

  it("are checked for gaps and duplicates in any order, per year", () => {
    const log = ["2026-0003", "2026-0001", "2026-0003", "2026-0006"].map((InvoiceNo) => ({
      InvoiceNo,
      IssueDate: dayOf(2026, 3, 1),
    }));
    const found = numberingProblems("YYYY-NNNN", [...log, { InvoiceNo: "2025-0002", IssueDate: dayOf(2025, 12, 30) }]);
    expect(found.map((p) => [p.severity, p.code, p.params.number ?? p.params.numbers])).toEqual([
      ["warning", "numbering.gaps", ["2025-0001"]],
      ["error", "numbering.twice", "2026-0003"],
      ["warning", "numbering.gaps", ["2026-0002", "2026-0004", "2026-0005"]],
    ]);
  });
});

describe("a number's series", () => {
  it("is the pattern with the year of issue and without the sequence", () => {
    expect(seriesOf("2026-0042", "YYYY-NNNN", 2026)).toBe("2026");
    expect(seriesOf("F/26/00009", "F/YY/NNNNN", 2026)).toBe("F/26");
    expect(seriesOf("0042/2026", "NNNN/YYYY", 2026)).toBe("2026");
    expect(seriesOf(" 2026-00042 ", "YYYY-NNNN", 2026)).toBe("2026");
    expect(seriesOf("A.1(2)-0001", "A.1(2)-NNNN", 2026)).toBe("A.1(2)");
  });

  it("of a number not of the pattern's series that year is the number without its last digits, separators trimmed", () => {
    expect([
      seriesOf("R-2026-0001", "YYYY-NNNN", 2026),
      seriesOf("2025-0042", "YYYY-NNNN", 2026),
      seriesOf("2026-042", "YYYY-NNNN", 2026),
      seriesOf("F--0001", "YYYY-NNNN", 2026),
      seriesOf("G/26/00009", "F/YY/NNNNN", 2026),
      seriesOf("R-2026-0001b", "YYYY-NNNN", 2026),
    ]).toEqual(["R-2026", "2025", "2026", "F", "G/26", "R-2026-b"]);
  });
});
