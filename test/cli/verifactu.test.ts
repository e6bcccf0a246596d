/**
 * VERI*FACTU through the CLI, as an admin runs it: invoices issued and one cancelled with their records,
 * the pending records written as the AEAT's XML and valid by its XSDs, and a record or an invoice
 * changed in the sheet found by `check` and `verifactu --verify`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { pdfText, PDFTOTEXT, SOFFICE } from "../helpers/documentText";
import { runCli } from "../helpers/cli";
import { aeatSchemaErrors, schemasPresent } from "../helpers/aeatSchemas";
import { SYSTEM_VERSION } from "../../src/core/invoicing/verifactu/recordWrite";

const PDFTOPPM = "/usr/bin/pdftoppm";
const dir = mkdtempSync(path.join(tmpdir(), "salesdesk-verifactu-"));
const at = (name: string) => path.join(dir, name);

/** Sets one cell of a table's row, found by its first column, as somebody editing the sheet would. */
async function edit(
  from: string,
  to: string,
  sheetName: string,
  key: string,
  column: string,
  value: string | number,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(from) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(sheetName)!;
  const headerRow = [...Array(sheet.rowCount).keys()]
    .map((i) => i + 1)
    .find((r) => (sheet.getRow(r).values as unknown[]).includes(column))!;
  const col = (sheet.getRow(headerRow).values as unknown[]).indexOf(column);
  for (let r = headerRow + 1; r <= sheet.rowCount; r++)
    if ((sheet.getRow(r).values as unknown[]).includes(key)) sheet.getRow(r).getCell(col).value = value;
  await workbook.xlsx.writeFile(to);
}

beforeAll(async () => {
  expect((await runCli("sample", "--out", at("sample.xlsx"), "--invoices", "40", "--today", "2026-11-27")).code).toBe(
    0,
  );
  expect(
    (
      await runCli(
        "invoice",
        at("sample.xlsx"),
        "--client",
        "C-0001",
        "--net",
        "100",
        "--vat",
        "21%",
        "--date",
        "2027-01-04",
        "--out",
        at("one.xlsx"),
      )
    ).out,
  ).toMatch(/^issued 2027-0001 with its VERI\*FACTU record/);
  expect(
    (
      await runCli(
        "invoice",
        at("one.xlsx"),
        "--client",
        "C-0002",
        "--net",
        "250,50",
        "--vat",
        "0.1",
        "--date",
        "2027-01-05",
        "--out",
        at("two.xlsx"),
      )
    ).code,
  ).toBe(0);
  const credited = await runCli(
    "credit",
    at("two.xlsx"),
    "--invoice",
    "2027-0002",
    "--reason",
    "Devolució",
    "--amount",
    "20",
    "--date",
    "2027-01-08",
    "--out",
    at("credited.xlsx"),
  );
  expect(credited.out).toBe(`issued R-2027-0001 (R1), rectifying 2027-0002; wrote ${at("credited.xlsx")}`);
  expect(
    (await runCli("cancel", at("credited.xlsx"), "--invoice", "2027-0001", "--out", at("cancelled.xlsx"))).out,
  ).toMatch(/^cancelled 2027-0001 with its anulación record/);
}, 60_000);

describe("VERI*FACTU from the command line", () => {
  it("keeps a chain that holds, and check finds nothing wrong", async () => {
    expect(JSON.parse((await runCli("verifactu", at("cancelled.xlsx"), "--verify", "--json")).out)).toEqual({
      records: 4,
      valid: true,
      firstBroken: null,
      problems: [],
    });
    expect((await runCli("check", at("cancelled.xlsx"))).code).toBe(0);
  });

  (schemasPresent ? it : it.skip)(
    "writes the pending records as one RegFactuSistemaFacturacion valid by the AEAT's XSDs",
    async () => {
      expect((await runCli("verifactu", at("cancelled.xlsx"), "--xml", at("records.xml"))).out).toBe(
        `4 pending records in 1 file(s) from ${at("records.xml")}`,
      );
      const xml = readFileSync(at("records.xml"), "utf8");
      expect(await aeatSchemaErrors([xml])).toEqual([]);
      expect(xml.match(/<sf:RegistroAlta /g)).toHaveLength(3);
      // the credit note: its own series, rectifying by differences the invoice it names, VAT at that invoice's rate
      expect(xml).toContain(
        "<sf:NumSerieFactura>R-2027-0001</sf:NumSerieFactura><sf:FechaExpedicionFactura>08-01-2027</sf:FechaExpedicionFactura>",
      );
      expect(xml).toContain(
        "<sf:TipoFactura>R1</sf:TipoFactura><sf:TipoRectificativa>I</sf:TipoRectificativa><sf:FacturasRectificadas>",
      );
      expect(xml).toContain(
        "<sf:BaseImponibleOimporteNoSujeto>-20.00</sf:BaseImponibleOimporteNoSujeto><sf:CuotaRepercutida>-2.00</sf:CuotaRepercutida>",
      );
      expect(xml).toContain("<sf:NumSerieFacturaAnulada>2027-0001</sf:NumSerieFacturaAnulada>");
    },
  );

  it("names a record changed in the sheet: --verify and check exit 1", async () => {
    await edit(at("cancelled.xlsx"), at("tampered.xlsx"), "VeriFactu", "2027-0002", "Total", "375.55");
    const verify = await runCli("verifactu", at("tampered.xlsx"), "--verify");
    expect(verify.code).toBe(1);
    expect(verify.out).toContain("the chain breaks at 00000002");
    expect(verify.out).toContain("Billing record 00000002 (2027-0002) was changed after it was made");
    const check = await runCli("check", at("tampered.xlsx"), "--json");
    expect(check.code).toBe(1);
    expect(JSON.parse(check.out).problems).toContainEqual(
      expect.objectContaining({ sheet: "VeriFactu", row: 3, code: "verifactu.tampered" }),
    );
  });

  it("names an issued invoice edited after its record: check exits 1", async () => {
    await edit(at("cancelled.xlsx"), at("edited.xlsx"), "Invoices", "2027-0002", "Net", 260);
    const check = await runCli("check", at("edited.xlsx"));
    expect(check.code).toBe(1);
    expect(check.out).toContain(
      "Invoice 2027-0002 no longer matches its billing record: Net is 260.00, the record says 250.50",
    );
  });

  const withLibreOffice = (SOFFICE && PDFTOTEXT && existsSync(PDFTOPPM)) || process.env.CI ? it : it.skip;
  withLibreOffice(
    "prints the AEAT's QR code on the invoice: read back from the PDF by another decoder, it is that invoice's URL",
    async () => {
      const out = at("pdf");
      const made = await runCli(
        "documents",
        at("cancelled.xlsx"),
        "--kind",
        "invoice",
        "--invoice",
        "2027-0002",
        "--pdf",
        "--out",
        out,
        "--json",
      );
      expect(made.code).toBe(0);
      const [document] = JSON.parse(made.out).documents;
      expect(pdfText(document.file)).toContain("Factura verificable en la sede electrónica de la AEAT · VERI*FACTU");
      execFileSync(PDFTOPPM, ["-png", "-r", "200", "-f", "1", "-l", "1", document.file, path.join(out, "page")]);
      const png = PNG.sync.read(
        readFileSync(
          path.join(
            out,
            readdirSync(out).find((f) => f.startsWith("page") && f.endsWith(".png"))!,
          ),
        ),
      );
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(code?.data).toBe(
        "https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQR?nif=B66078346&numserie=2027-0002&fecha=05-01-2027&importe=275.55",
      );
      // 35 mm on the page: the code's width in pixels at 200 dpi, its quiet zone left out
      const side = code!.location.topRightCorner.x - code!.location.topLeftCorner.x;
      expect((side / 200) * 25.4).toBeGreaterThan(25);
      expect((side / 200) * 25.4).toBeLessThan(40);
    },
    150_000,
  );

  it("refuses to cancel what must be rectified instead, or what is cancelled already", async () => {
    const again = await runCli("cancel", at("cancelled.xlsx"), "--invoice", "2027-0001", "--out", at("again.xlsx"));
    expect([again.code, again.err]).toEqual([2, "salesdesk cancel: Invoice 2027-0001 is cancelled already"]);
    const credited = await runCli("cancel", at("cancelled.xlsx"), "--invoice", "2027-0002", "--out", at("again.xlsx"));
    expect(credited.err).toBe(
      "salesdesk cancel: Invoice 2027-0002 cannot be cancelled: it is a credit note, or was paid or credited. Issue a rectifying invoice instead",
    );
  });

  it("names the invoicing system by the add-in's version", () => {
    expect(readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8")).toContain(
      `<Version>${SYSTEM_VERSION}.0</Version>`,
    );
  });
});
