/** The sheets the add-in writes: named in her language, known in any, found by their marker, never over hers. */
import {
  headerAt,
  headersIn,
  isOwnedSheet,
  markedSheet,
  markerName,
  markerReference,
  namesOf,
  ownedSheet,
  placeOutput,
  recipientSheetName,
  reportSheetName,
  type WorkbookLayout,
} from "../../../src/core/workbook/ownedSheets";
import { Refusal } from "../../../src/core/workbook/port";
import { render } from "../../../src/core/kernel/messages";

describe("an owned sheet's names", () => {
  it("are said in the language written, the English one its id", () => {
    expect(ownedSheet("Aging", "ca")).toEqual({ id: "Aging", name: "Antiguitat de saldos" });
    expect(ownedSheet("Aging", "es")).toEqual({ id: "Aging", name: "Antigüedad de saldos" });
    expect(ownedSheet("Aging", "en")).toEqual({ id: "Aging", name: "Aging" });
    expect(ownedSheet(reportSheetName("2026-W48"), "ca")).toEqual({ id: "Report 2026-W48", name: "Informe 2026-W48" });
    expect(ownedSheet(recipientSheetName("CMP-0003"), "es").name).toBe("Destinatarios CMP-0003");
    // a sheet not ours keeps its name in every language
    expect(ownedSheet("Campaigns", "ca")).toEqual({ id: "Campaigns", name: "Campaigns" });
    expect(namesOf("Quarantine")).toEqual(["Quarantine", "Quarantena", "Cuarentena"]);
    expect(namesOf("Recipients CMP-0001")).toEqual([
      "Recipients CMP-0001",
      "Destinataris CMP-0001",
      "Destinatarios CMP-0001",
    ]);
    expect(namesOf("Factures")).toEqual(["Factures"]);
  });

  it("keep a sheet out of an import in any language, beside a sheet of hers too; a name like one is not one", () => {
    for (const name of [
      "Aging",
      "Antiguitat de saldos",
      "Cuarentena",
      "Aging (2)",
      "Aging (12)",
      "Informe 2026-W48",
      "Report 2026-W01",
      "Destinataris CMP-0012",
      "Bank",
      "VeriFactu",
      "Mercado",
    ])
      expect([name, isOwnedSheet(name)]).toEqual([name, true]);
    for (const name of [
      "Informe final",
      "Report 2026-W48 bis",
      "Informe 2026-48",
      "Recipients list",
      "Invoices",
      "Aging 2",
      "Report (2) 2026-W48", // a copy's number comes last
    ])
      expect([name, isOwnedSheet(name)]).toEqual([name, false]);
  });

  it("have headers written in her language and found in any", () => {
    const words = [
      { en: "Sheet", ca: "Full", es: "Hoja" },
      { en: "Row", ca: "Fila", es: "Fila" },
    ];
    expect(headersIn(words, "ca")).toEqual(["Full", "Fila"]);
    expect(headerAt(["x", "Hoja", "Fila"], words[0])).toBe(1);
    expect(headerAt(["Row"], words[1])).toBe(0);
    expect(headerAt(["Sheets"], words[0])).toBe(-1);
    expect(headerAt(["Full"], words[0])).toBe(0);
  });

  it("are marked by a workbook name pointing at A1, quotes doubled, read back however Excel writes it", () => {
    expect(markerName("Report 2026-W48")).toBe("SalesDesk.Report_2026_W48");
    expect(markerReference("L'arxiu")).toBe("='L''arxiu'!$A$1");
    expect(markedSheet("='L''arxiu'!$A$1")).toBe("L'arxiu");
    expect(markedSheet("Aging!A1")).toBe("Aging");
    expect(markedSheet("=Aging!$B$2")).toBeUndefined();
    expect([
      markedSheet(" ='Clients'!$A$1 "),
      markedSheet("x='Clients'!$A$1"),
      markedSheet("='Clients'!$A$10"),
    ]).toEqual(["Clients", undefined, undefined]);
  });
});

describe("where an output goes", () => {
  const aging = (language: "en" | "ca") => ({ ...ownedSheet("Aging", language), tables: [{ name: "AgingTable" }] });
  const layout = (sheets: string[], marked?: string, tables: WorkbookLayout["tables"] = []): WorkbookLayout => ({
    sheets,
    tables,
    names: marked ? [{ name: "salesdesk.aging", reference: markerReference(marked) }] : [],
  });

  it("is a new sheet of its name; its own sheet again where the marker points, renamed into the language written", () => {
    expect(placeOutput(aging("ca"), layout(["Clients"]))).toEqual({ sheet: "Antiguitat de saldos", replaces: false });
    expect(placeOutput(aging("en"), layout(["Aging"], "Aging"))).toEqual({ sheet: "Aging", replaces: true });
    expect(placeOutput(aging("ca"), layout(["Aging"], "Aging"))).toEqual({
      sheet: "Antiguitat de saldos",
      replaces: true,
      renames: "Aging",
    });
    // a name she gave it stays; so does its name when the new one is taken by a sheet of hers
    expect(placeOutput(aging("ca"), layout(["Deutes"], "Deutes"))).toEqual({ sheet: "Deutes", replaces: true });
    expect(placeOutput(aging("ca"), layout(["Aging", "Antiguitat de saldos"], "Aging"))).toEqual({
      sheet: "Aging",
      replaces: true,
    });
  });

  it("goes beside a sheet of hers of that name, and says so; a sheet holding only its own tables is its own", () => {
    const beside = placeOutput(aging("en"), layout(["Aging", "Aging (2)"]));
    expect(beside).toMatchObject({ sheet: "Aging (3)", replaces: false });
    expect(render(beside.note!, "en")).toBe(
      // the note says why
      "a sheet of yours is named Aging: it was left as it is and this was written to Aging (3)",
    );
    expect(placeOutput(aging("en"), layout(["Aging"], undefined, [{ name: "AgingTable", sheet: "aging" }]))).toEqual({
      sheet: "Aging",
      replaces: true,
    });
    // her tables on other sheets change nothing; one of hers beside its own makes the sheet hers, where its own table's name is taken
    const onOthers = [
      { name: "AgingTable", sheet: "Aging" },
      { name: "Clients", sheet: "Clients" },
    ];
    expect(placeOutput(aging("en"), layout(["Aging", "Clients"], undefined, onOthers))).toEqual({
      sheet: "Aging",
      replaces: true,
    });
    const shared = [
      { name: "AgingTable", sheet: "Aging" },
      { name: "MyNotes", sheet: "Aging" },
    ];
    expect(() => placeOutput(aging("en"), layout(["Aging"], undefined, shared))).toThrow(/AgingTable.*Aging/);
  });

  it("follows its own marker among others", () => {
    const marked: WorkbookLayout = {
      sheets: ["Other", "Deutes"],
      tables: [],
      names: [
        { name: "SalesDesk.Other", reference: markerReference("Other") },
        { name: "SalesDesk.Aging", reference: markerReference("Deutes") },
      ],
    };
    expect(placeOutput(aging("en"), marked)).toEqual({ sheet: "Deutes", replaces: true });
  });

  it("refuses a table name one of her tables has elsewhere", () => {
    const hers = layout(["Aging", "Mine"], "Aging", [{ name: "agingtable", sheet: "Mine" }]);
    expect(() => placeOutput(aging("ca"), hers)).toThrow(Refusal);
    expect(() => placeOutput(aging("ca"), hers)).toThrow(/agingtable.*Mine/);
    // its own table on the sheet it renames is no clash
    expect(
      placeOutput(aging("ca"), layout(["Aging"], "Aging", [{ name: "AgingTable", sheet: "Aging" }])),
    ).toMatchObject({
      renames: "Aging",
    });
  });
});
