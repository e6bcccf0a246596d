import { dayOf } from "../../../src/core/kernel/dates";
import { RECORD_CONTEXT } from "../../helpers/recordContext";
import type { Client, Invoice, RawRecordOf } from "../../../src/core/workbook/contract";
import {
  aeatAmount,
  aeatDate,
  altaRecord,
  anulacionRecord,
  chainProblems,
  invoiceRecordProblems,
  madridTimestamp,
  type BillingRecord,
} from "../../../src/core/invoicing/verifactu/records";
import { batches, BATCH_RECORDS } from "../../../src/core/invoicing/verifactu/xml";
import { aeatSchemaErrors, schemasPresent } from "../../helpers/aeatSchemas";
import { draftCreditNote, draftInvoice, surchargeOf } from "../../../src/core/invoicing/invoicing";
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { tableData } from "../../helpers/tables";
import { writableCell } from "../../../src/core/workbook/cells";

const context = RECORD_CONTEXT;

const client = (id: string, country: string, taxId: string): Client =>
  ({ ClientID: id, Name: `Client ${id} & Fills`, TaxID: taxId, Country: country }) as Client;
const clients = [
  client("C-ES", "ES", "B12345674"),
  client("C-FR", "FR", "FR40303265045"),
  client("C-US", "US", "98-7654321"),
];

function invoice(no: string, clientId: string, net: number, rate: number, extra: Partial<Invoice> = {}): Invoice {
  const vat = Math.round(net * rate);
  return {
    InvoiceNo: no,
    IssueDate: dayOf(2027, 1, 4),
    ClientID: clientId,
    Net: net,
    VATRate: rate,
    VAT: vat,
    Total: net + vat,
    Status: "Issued",
    CreditOf: null,
    Reason: null,
    ...extra,
  } as Invoice;
}

const invoices = [
  invoice("2027-0001", "C-ES", 100_00, 0.21),
  invoice("2027-0002", "C-ES", 250_50, 0.1),
  invoice("2027-0003", "C-ES", 80_00, 0.04),
  invoice("2027-0004", "C-ES", 45_00, 0),
  invoice("2027-0005", "C-FR", 1_200_00, 0),
  invoice("2027-0006", "C-US", 3_400_00, 0),
  invoice("R-2027-0001", "C-ES", -20_00, 0.21, { CreditOf: "2027-0001", Reason: "Devolució de 2 unitats" }),
];

/** The records as issuing and then cancelling would write them, numbered in order. */
function chained(made = context): BillingRecord[] {
  const records: BillingRecord[] = [];
  for (const inv of invoices) {
    const original = invoices.find((i) => i.InvoiceNo === inv.CreditOf);
    records.push({
      ...altaRecord(
        inv,
        clients.find((c) => c.ClientID === inv.ClientID),
        original,
        records.at(-1),
        made,
      ),
      RecordNo: String(records.length + 1).padStart(8, "0"),
    });
  }
  records.push({
    ...anulacionRecord(invoices[3], records.at(-1), made),
    RecordNo: String(records.length + 1).padStart(8, "0"),
  });
  return records;
}

const withSchemas = schemasPresent ? it : it.skip;
if (!schemasPresent) console.warn("skipped: the AEAT's schemas are not at ../shared/standards/verifactu");

describe("VERI*FACTU billing records", () => {
  withSchemas(
    "are valid by the AEAT's XSDs: Spanish, EU and non-EU clients, 0, 4, 10 and 21 % VAT, a rectifying invoice and a cancellation",
    async () => {
      const records = chained();
      const [document] = batches(
        context.issuer,
        records.map((r) => r.XML),
      );
      expect(await aeatSchemaErrors([document])).toEqual([]);
      expect(
        await aeatSchemaErrors(
          batches(
            context.issuer,
            records.map((r) => r.XML),
            true,
          ).map((d) => d.replace(/^.*<soapenv:Body>|<\/soapenv:Body>.*$/gs, "")),
        ),
      ).toEqual([]);
      expect(document).toContain(
        "<sf:CalificacionOperacion>S1</sf:CalificacionOperacion><sf:TipoImpositivo>21.00</sf:TipoImpositivo>",
      );
      expect(document).toContain("<sf:OperacionExenta>E5</sf:OperacionExenta>"); // intra-EU delivery
      expect(document).toContain("<sf:ClaveRegimen>02</sf:ClaveRegimen><sf:OperacionExenta>E2</sf:OperacionExenta>"); // export
      expect(document).toContain(
        "<sf:IDOtro><sf:CodigoPais>FR</sf:CodigoPais><sf:IDType>02</sf:IDType><sf:ID>FR40303265045</sf:ID></sf:IDOtro>",
      );
      expect(document).toContain("<sf:TipoFactura>R1</sf:TipoFactura><sf:TipoRectificativa>I</sf:TipoRectificativa>");
      expect(document).toContain("<sf:NombreRazon>Client C-ES &amp; Fills</sf:NombreRazon>");
    },
  );

  withSchemas("are refused by the XSDs where the AEAT would refuse them (a check that the check bites)", async () => {
    const [document] = batches(context.issuer, [chained()[0].XML]);
    expect((await aeatSchemaErrors([document.replace("<sf:TipoFactura>F1", "<sf:TipoFactura>F9")])).join()).toMatch(
      /TipoFactura/,
    );
    expect((await aeatSchemaErrors([document.replace("04-01-2027", "2027-01-04")])).join()).toMatch(
      /FechaExpedicionFactura/,
    );
  });

  it("come in batches of at most 1,000", () => {
    const many = Array.from({ length: 2_001 }, () => chained()[0].XML);
    expect(batches(context.issuer, many).map((d) => d.split("<sfLR:RegistroFactura>").length - 1)).toEqual([
      BATCH_RECORDS,
      BATCH_RECORDS,
      1,
    ]);
  });

  it("chain each to the one before, the first to none", () => {
    const records = chained();
    expect(records[0].PreviousHash).toBe("");
    records.slice(1).forEach((r, i) => expect(r.PreviousHash).toBe(records[i].Hash));
    expect(records[1].XML).toContain(
      `<sf:RegistroAnterior><sf:IDEmisorFactura>B66078346</sf:IDEmisorFactura><sf:NumSerieFactura>2027-0001</sf:NumSerieFactura>`,
    );
    expect(chainProblems(records)).toEqual([]);
  });

  it("are written to their cells as they were made, a huella that holds a card's digits included", () => {
    // made at this moment, the first huella ends in …C3C6655657350190: 13 digits a Maestro card could have
    const records = chained({ ...context, generatedAt: "2027-01-04T10:29:08+01:00" });
    expect(records[0].Hash).toMatch(/6655657350190$/);
    const written = records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, writableCell(v, k)])));
    expect(written).toEqual(records);
    expect(chainProblems(written as BillingRecord[])).toEqual([]);
  });

  it("name a record changed in the sheet, and the break where one was taken out", () => {
    const records = chained();
    records[2] = { ...records[2], Total: "90.00" };
    expect(chainProblems(records).map((p) => [p.record, p.said.code])).toEqual([["00000003", "verifactu.tampered"]]);
    const missing = chained().filter((_, i) => i !== 4);
    expect(chainProblems(missing).map((p) => [p.record, p.said.code])).toEqual([["00000006", "verifactu.chainBroken"]]);
  });

  it("find an issued invoice edited after its record, and one issued with none", () => {
    const records = chained();
    const edited = invoices.map((i) => (i.InvoiceNo === "2027-0002" ? { ...i, Net: 260_00, Total: 286_00 } : i));
    const unrecorded = invoice("2027-0007", "C-ES", 10_00, 0.21);
    const found = invoiceRecordProblems(
      [...edited, unrecorded, invoice("2026-0999", "C-ES", 10_00, 0.21, { IssueDate: dayOf(2026, 12, 30) })],
      records,
      dayOf(2027, 1, 1),
    );
    expect(found.map((p) => [p.record, p.said.code, p.said.params.column ?? null])).toEqual([
      ["00000002", "verifactu.invoiceChanged", "Net"],
      ["00000002", "verifactu.invoiceChanged", "Total"],
      ["2027-0007", "verifactu.noRecord", null],
    ]);
  });

  it("write amounts, dates and moments as the AEAT's examples do", () => {
    expect([aeatAmount(12_35), aeatAmount(-5), aeatAmount(0), aeatAmount(123_456_78)]).toEqual([
      "12.35",
      "-0.05",
      "0.00",
      "123456.78",
    ]);
    expect(aeatDate(dayOf(2024, 1, 1))).toBe("01-01-2024");
    expect(madridTimestamp(new Date("2024-01-01T18:20:30Z"))).toBe("2024-01-01T19:20:30+01:00");
    expect(madridTimestamp(new Date("2027-07-01T08:00:00.900Z"))).toBe("2027-07-01T10:00:00+02:00");
  });
});

describe("the recargo de equivalencia", () => {
  const retailer = { ...client("C-RE", "ES", "B12345674"), EquivalenceSurcharge: true } as Client;
  const data = salesDataFrom([
    tableData(
      "Clients",
      ["ClientID", "Name", "TaxID", "Country", "EquivalenceSurcharge"],
      [["C-RE", "Botiga Puig", "B12345674", "ES", true]],
    ),
    tableData("Settings", ["Setting", "Value"], [["CompanyTaxID", "B66078346"]]),
  ]);

  it("adds the surcharge of the VAT rate to a retailer's invoice: 5.2 % with 21 %, 1.4 % with 10 %, 0.5 % with 4 %", () => {
    const totals = [0.21, 0.1, 0.04].map((rate) => {
      const draft = draftInvoice(data, { clientId: "C-RE", issueDate: dayOf(2027, 1, 4), net: 100_00, vatRate: rate });
      if (!draft.ok) throw new Error(draft.error.code);
      return [draft.value.VAT, draft.value.Total, surchargeOf(draft.value)];
    });
    expect(totals).toEqual([
      [21_00, 126_20, 5_20],
      [10_00, 111_40, 1_40],
      [4_00, 104_50, 50],
    ]);
  });

  withSchemas("writes it in the record's breakdown, in CuotaTotal and ImporteTotal, valid by the XSDs", async () => {
    const draft = draftInvoice(data, { clientId: "C-RE", issueDate: dayOf(2027, 1, 4), net: 100_00, vatRate: 0.21 });
    if (!draft.ok) throw new Error(draft.error.code);
    const record = altaRecord(
      { ...draft.value, InvoiceNo: "2027-0100" } as Invoice,
      retailer,
      undefined,
      undefined,
      context,
    );
    expect(record.XML).toContain(
      "<sf:CuotaRepercutida>21.00</sf:CuotaRepercutida><sf:TipoRecargoEquivalencia>5.20</sf:TipoRecargoEquivalencia><sf:CuotaRecargoEquivalencia>5.20</sf:CuotaRecargoEquivalencia>",
    );
    expect([record.TotalTax, record.Total]).toEqual(["26.20", "126.20"]);
    expect(await aeatSchemaErrors(batches(context.issuer, [record.XML]))).toEqual([]);
    expect(
      invoiceRecordProblems([{ ...draft.value, InvoiceNo: "2027-0100" } as Invoice], [record], dayOf(2027, 1, 1)),
    ).toEqual([]);
  });

  it("is taken out of a credit note of such an invoice in proportion", () => {
    const original = { ...invoice("2027-0100", "C-RE", 100_00, 0.21), Total: 126_20 } as Invoice;
    const withOriginal = { ...data, invoices: [original], payments: [] };
    const credit = draftCreditNote(withOriginal, { creditOf: "2027-0100", issueDate: dayOf(2027, 1, 10) });
    if (!credit.ok) throw new Error(credit.error.code);
    expect([credit.value.Net, credit.value.VAT, credit.value.Total, surchargeOf(credit.value)]).toEqual([
      -100_00, -21_00, -126_20, -5_20,
    ]);
  });

  it("is no surcharge where a total is off by something else", () => {
    expect(surchargeOf({ Net: 100_00, VAT: 21_00, Total: 121_01, VATRate: 0.21 })).toBe(0);
    expect(surchargeOf({ Net: 100_00, VAT: null, Total: 121_00, VATRate: 0.21 })).toBe(0);
  });
});

describe("a chain checked field by field", () => {
  const numbered = (r: BillingRecord, n: number): BillingRecord => ({ ...r, RecordNo: String(n).padStart(8, "0") });
  const tampered = (records: BillingRecord[]) => chainProblems(records).map((p) => [p.record, p.said.code]);
  const alta = () => numbered(altaRecord(invoices[0], clients[0], undefined, undefined, context), 1);

  it("finds a record whose moment, own huella, or a field of its XML alone was changed", () => {
    const r = alta();
    expect(tampered([r])).toEqual([]);
    expect(tampered([{ ...r, GeneratedAt: "2027-01-04T09:15:01+01:00" }])).toEqual([
      ["00000001", "verifactu.tampered"],
    ]);
    const otherHuella = r.XML.replace(`<sf:Huella>${r.Hash}</sf:Huella>`, `<sf:Huella>${"0".repeat(64)}</sf:Huella>`);
    expect(otherHuella).not.toBe(r.XML);
    expect(tampered([{ ...r, XML: otherHuella }])).toEqual([["00000001", "verifactu.tampered"]]);
    expect(
      tampered([{ ...r, XML: r.XML.replace("<sf:Huella>", "<sf:Hash>").replace("</sf:Huella>", "</sf:Hash>") }]),
    ).toEqual([["00000001", "verifactu.tampered"]]);
    for (const [tag, from, to] of [
      ["NumSerieFactura", "2027-0001", "2027-0009"],
      ["FechaExpedicionFactura", "04-01-2027", "05-01-2027"],
      ["CuotaTotal", "21.00", "22.00"],
      ["ImporteTotal", "121.00", "122.00"],
    ])
      expect([tag, tampered([{ ...r, XML: r.XML.replace(`<sf:${tag}>${from}<`, `<sf:${tag}>${to}<`) }])]).toEqual([
        tag,
        [["00000001", "verifactu.tampered"]],
      ]);
  });

  it("says where the chain breaks, by record and invoice", () => {
    const first = alta();
    const second = numbered(altaRecord(invoices[1], clients[0], undefined, first, context), 2);
    expect(chainProblems([first, { ...second, PreviousHash: "0".repeat(64) }])[0].said).toEqual({
      code: "verifactu.chainBroken",
      params: { record: "00000002", invoice: "2027-0002" },
    });
  });

  it("starts with a cancellation where the chain does (an invoice of before the rules cancelled): its row as its XML", () => {
    const cancelled = numbered(anulacionRecord(invoices[0], undefined, context), 1);
    expect(cancelled).toMatchObject({
      RecordNo: "00000001",
      Kind: "Anulacion",
      InvoiceNo: "2027-0001",
      IssueDate: "04-01-2027",
      InvoiceType: "",
      ClientID: "C-ES",
      TaxBase: "",
      TotalTax: "",
      Total: "",
      PreviousHash: "",
      State: "Pending",
      AEATCode: "",
      Error: "",
    });
    expect(cancelled.XML).toContain("<sf:PrimerRegistro>S</sf:PrimerRegistro>");
    expect(tampered([cancelled])).toEqual([]);
    expect(
      tampered([
        {
          ...cancelled,
          XML: cancelled.XML.replace(
            "<sf:FechaExpedicionFacturaAnulada>04-01-2027<",
            "<sf:FechaExpedicionFacturaAnulada>05-01-2027<",
          ),
        },
      ]),
    ).toEqual([["00000001", "verifactu.tampered"]]);
  });

  it("writes a batch as an XML document, and an alta to a client with no tax ID without recipients", () => {
    expect(batches(context.issuer, [alta().XML])[0].startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const anonymous = altaRecord(
      invoices[0],
      { ClientID: "C-X", Name: "Particular" } as Client,
      undefined,
      undefined,
      context,
    );
    expect(anonymous.XML.includes("Destinatarios")).toBe(false);
    expect(anonymous.XML).toMatch(/<sf:DescripcionOperacion>[^<]*<\/sf:DescripcionOperacion><sf:Desglose>/);
  });

  it("writes an alta's base, and a recargo only where the invoice has one", () => {
    const r = alta();
    expect([r.TaxBase, r.XML.includes("<sf:BaseImponibleOimporteNoSujeto>100.00<"), r.XML.includes("Recargo")]).toEqual(
      ["100.00", true, false],
    );
    expect(r).toMatchObject({ RecordNo: "00000001", State: "Pending", AEATCode: "", Error: "", ClientID: "C-ES" });
  });
});

describe("invoices checked against their records", () => {
  const records = () => chained();
  const found = (list: RawRecordOf<"Invoices">[]) =>
    invoiceRecordProblems(list, records(), dayOf(2027, 1, 4)).map((p) => [
      p.record,
      p.said.code,
      p.said.params.column ?? null,
    ]);

  it("name each field changed since: its date, client and VAT as well as its amounts", () => {
    const changed = invoices.map((i) =>
      i.InvoiceNo === "2027-0002" ? { ...i, IssueDate: dayOf(2027, 1, 5), ClientID: "C-FR", VAT: 26_00 } : i,
    );
    expect(found(changed)).toEqual([
      ["00000002", "verifactu.invoiceChanged", "IssueDate"],
      ["00000002", "verifactu.invoiceChanged", "ClientID"],
      ["00000002", "verifactu.invoiceChanged", "VAT"],
    ]);
  });

  it("want a record from the rules' first day on, never for a draft, an unnumbered or an undated invoice", () => {
    const extra = (no: string | null, more: Partial<RawRecordOf<"Invoices">>): RawRecordOf<"Invoices"> => ({
      ...invoice("x", "C-ES", 10_00, 0.21),
      ...more,
      InvoiceNo: no,
    });
    expect(
      found([
        ...invoices,
        extra("2027-0100", { IssueDate: dayOf(2027, 1, 4) }),
        extra("2027-0101", { IssueDate: dayOf(2027, 1, 3) }),
        extra("2027-0102", { Status: "Draft" }),
        extra(null, {}),
        extra("2027-0103", { IssueDate: null }),
      ]),
    ).toEqual([["2027-0100", "verifactu.noRecord", null]]);
  });
});
