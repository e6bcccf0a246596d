import { CATALOGUES } from "../../src/taskpane/i18n";
import { CONTRACT } from "../../src/core/workbook/contract";

describe("the pane's catalogues", () => {
  it("name every column of the client form in every language (a form shows each contract column it finds)", () => {
    const missing = Object.entries(CATALOGUES).flatMap(([language, catalogue]) =>
      CONTRACT.Clients.columns.filter((c) => !(`field.${c.name}` in catalogue) && c.name !== "ClientID").map((c) => `${language}: field.${c.name}`),
    );
    expect(missing).toEqual([]);
  });
});
