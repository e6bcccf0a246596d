/** Invoice numbers from a pattern: YYYY (or YY) is the year of issue, a run of N the zero-padded sequence. */
export function formatDocumentNumber(pattern: string, year: number, sequence: number): string {
  return pattern
    .replace(/YYYY/g, String(year))
    .replace(/YY/g, String(year % 100).padStart(2, "0"))
    .replace(/N+/, (run) => String(sequence).padStart(run.length, "0"));
}
