/**
 * The import against a workbook (workbookImport.ts): which sheets it reads (not the contract's tables,
 * not the add-in's own sheets, not an empty one), what it learns of the workbook before (keys, names,
 * e-mails, payments received, the currency), and a table of the admin's that merely shares a contract
 * table's name is import material.
 */
import { XlsxWorkbook } from "../../../src/files/xlsxWorkbook";
import { importableSheets, importContext, readImportTarget } from "../../../src/core/import/workbookImport";
import { outputTable } from "../../../src/core/workbook/output";
import { CONTRACT, type TableName } from "../../../src/core/workbook/contract";
import type { OutputCell } from "../../../src/core/workbook/port";

/** A contract table's row from its named cells, the others blank. */
const row = (table: TableName, cells: Record<string, OutputCell>): OutputCell[] =>
  CONTRACT[table].columns.map((c) => cells[c.name] ?? null);

async function workbook(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.fromSheets([
    {
      name: "Dades",
      rows: [
        ["Codi", "Nom"],
        ["C9", "Olis Soler"],
      ],
    },
    { name: "Buit", rows: [] },
  ]);
  await wb.writeSheet({
    name: "Clients",
    tables: [
      outputTable("Clients", [
        row("Clients", { ClientID: "C1", Name: "Fusteria Puig", Email: "compres@puig.cat" }),
        row("Clients", { ClientID: "C2", Name: "Ferros Vila" }),
        row("Clients", { ClientID: null, Name: "Sense codi", Email: "sense@codi.cat" }),
      ]),
    ],
  });
  await wb.writeSheet({
    name: "Les meves comandes",
    tables: [
      {
        name: "Orders",
        columns: [
          { header: "order_id", format: "text" },
          { header: "date", format: "text" },
        ],
        rows: [["P1", "2026-11-02"]],
      },
    ],
  });
  await wb.writeSheet({
    name: "Cobraments",
    tables: [
      outputTable("Payments", [
        row("Payments", { PaymentID: "P-1", InvoiceNo: "F-1", Status: "Received" }),
        row("Payments", { PaymentID: "P-2", InvoiceNo: "F-2", Status: "Returned" }),
        row("Payments", { PaymentID: "P-3", InvoiceNo: null, Status: "Received" }),
      ]),
    ],
  });
  await wb.writeSheet({ name: "Settings", tables: [outputTable("Settings", [["Currency", "GBP"]])] });
  return wb;
}

describe("the import against a workbook", () => {
  it("reads the admin's sheets and her own table named like a contract table, never the contract's tables or an empty sheet", async () => {
    const wb = await workbook();
    expect((await importableSheets(wb)).map((g) => g.name)).toEqual(["Dades", "Les meves comandes"]);
    const target = await readImportTarget(wb);
    expect([...target.existing.keys()].sort()).toEqual(["Clients", "Payments", "Settings"]);
    expect(target.sheetNames).toContain("Les meves comandes");
  });

  it("knows the keys, names and e-mails the workbook holds, the invoices paid there and its currency", async () => {
    const context = importContext(await readImportTarget(await workbook()), new Set());
    expect([
      context.keys?.Clients,
      context.keys?.Payments,
      [...(context.clientNames ?? [])],
      [...(context.paidInvoices ?? [])],
      context.currency,
    ]).toEqual([
      ["C1", "C2"],
      ["P-1", "P-2", "P-3"],
      [
        ["fusteria puig", "C1"],
        ["ferros vila", "C2"],
        ["compres@puig.cat", "C1"],
      ],
      ["F-1"],
      "GBP",
    ]);
  });
});
