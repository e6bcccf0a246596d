/**
 * The pane's forms are written once (issue 32): one ClientPicker and one DayField for the plan forms,
 * one day reader, and one props shape for a section's records and outcome.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const pane = path.join(__dirname, "..", "..", "src", "taskpane");
const sources = (dir: string): [string, string][] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    return e.isDirectory()
      ? sources(file)
      : /\.tsx?$/.test(e.name)
        ? [[path.relative(pane, file), readFileSync(file, "utf8")] as [string, string]]
        : [];
  });

describe("the pane's forms", () => {
  const files = sources(pane);

  it("plan visits, meetings, orders and quotes, and log requests with the one ClientPicker and DayField", () => {
    for (const form of [
      "excel/visits/VisitsPage.tsx",
      "excel/meetings/MeetingsPage.tsx",
      "components/LinesForm.tsx",
      "excel/requests/RequestsPage.tsx",
    ]) {
      const text = files.find(([f]) => f === form)![1];
      expect([form, text.includes("<ClientPicker"), text.includes("<SearchPicker")]).toEqual([form, true, false]);
    }
    for (const form of ["excel/visits/VisitsPage.tsx", "excel/meetings/MeetingsPage.tsx", "components/LinesForm.tsx"])
      expect([form, files.find(([f]) => f === form)![1].includes("<DayField")]).toEqual([form, true]);
  });

  it("read a typed day in one place, and declare no props shape of their own for a section's records and outcome", () => {
    expect(files.filter(([, text]) => /parseDateText\(.*"dmy"/.test(text)).map(([f]) => f)).toEqual([
      "components/DayField.tsx",
    ]);
    const ownShape =
      /\{\s*data: SalesData;[^{}]*onDone: \(o: Outcome\) => void;?\s*\}|\{[^{}]*onDone: \(o: Outcome\) => void;[^{}]*data: SalesData;?[^{}]*\}/;
    expect(files.filter(([, text]) => ownShape.test(text)).map(([f]) => f)).toEqual(["components/SectionProps.ts"]);
  });
});
