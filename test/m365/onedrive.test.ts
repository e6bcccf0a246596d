/** The workbook from OneDrive through the Graph client and the stand-in: found by name, read whole, its tables read. */
import { GraphClient } from "../../src/m365/graph";
import { findWorkbooks, readDriveFile } from "../../src/m365/onedrive";
import { XlsxWorkbook } from "../../src/files/xlsxWorkbook";
import { generateSample } from "../../src/core/sample/sample";
import { readSalesData } from "../../src/core/workbook/salesData";
import { dayOf } from "../../src/core/kernel/dates";
import { GraphStandIn } from "../helpers/graphStandIn";

const standIn = new GraphStandIn();
let base = "";
beforeAll(async () => (base = await standIn.start()));
afterAll(() => standIn.stop());

describe("OneDrive", () => {
  it("finds the admin's workbooks by name and reads one's tables", async () => {
    const book = new XlsxWorkbook();
    for (const sheet of generateSample({ seed: 3, invoices: 120, today: dayOf(2026, 11, 27) }))
      await book.writeSheet(sheet);
    standIn.drive.push(
      { id: "01ABC", name: "Vendes 2026.xlsx", bytes: await book.save() },
      { id: "01DEF", name: "Vendes notes.docx", bytes: new Uint8Array([1]) },
    );
    const graph = new GraphClient(async (scopes) => `token-for-${scopes.join()}`, { base });
    const found = await findWorkbooks(graph, "Vendes");
    expect(found.map((f) => f.name)).toEqual(["Vendes 2026.xlsx"]);
    const data = await readSalesData(await XlsxWorkbook.load(await readDriveFile(graph, found[0].id)));
    expect(data.invoices.length).toBe((await book.readTable("Invoices"))!.rowCount);
    expect(standIn.log.every((r) => r.auth === "Bearer token-for-Files.Read")).toBe(true);
    await expect(readDriveFile(graph, "missing")).rejects.toThrow("OneDrive: 404");
  });
});
