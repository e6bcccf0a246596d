/**
 * The fields of one VERI*FACTU record, each from its source: whom the invoice is to (a Spanish NIF with
 * or without its ES, a name from the tax ID when there is none, an EU VAT number, another country's
 * identifier, nobody), the VAT breakdown (taxed, E5, E2), what a rectifying invoice rectifies, the
 * description, the chain's first record, and the issuer and system the settings give.
 */
import { altaRecord, recordContext } from "../../../src/core/invoicing/verifactu/records";
import { RECORD_CONTEXT } from "../../helpers/recordContext";
import { batches, xmlValue } from "../../../src/core/invoicing/verifactu/xml";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/workbook/settings";
import { dayOf } from "../../../src/core/kernel/dates";
import type { Client, Invoice } from "../../../src/core/workbook/contract";

const context = RECORD_CONTEXT;

const invoice = (extra: Partial<Invoice> = {}) =>
  ({
    InvoiceNo: "2027-0001",
    IssueDate: dayOf(2027, 1, 4),
    ClientID: "C-1",
    Net: 100_00,
    VATRate: 0.21,
    VAT: 21_00,
    Total: 121_00,
    Status: "Issued",
    CreditOf: null,
    Reason: null,
    ...extra,
  }) as Invoice;
const client = (extra: Partial<Client>) => ({ ClientID: "C-1", Name: "Forn Puig", ...extra }) as Client;
const xml = (inv: Invoice, c: Client | undefined, original?: Invoice) =>
  altaRecord(inv, c, original, undefined, context).XML;
const between = (text: string, tag: string) => new RegExp(`<sf:${tag}>(.*?)</sf:${tag}>`).exec(text)?.[1];

describe("a record's recipient", () => {
  it("is a Spanish NIF without its ES, in Spain when the client names no country, named by the tax ID when it has no name", () => {
    const spanish = between(xml(invoice(), client({ TaxID: "ES B-12345674", Country: null })), "Destinatarios");
    expect(spanish).toBe(
      "<sf:IDDestinatario><sf:NombreRazon>Forn Puig</sf:NombreRazon><sf:NIF>B12345674</sf:NIF></sf:IDDestinatario>",
    );
    const nameless = between(
      xml(invoice(), client({ TaxID: "B12345674", Country: "es", Name: undefined })),
      "Destinatarios",
    );
    expect(nameless).toBe(
      "<sf:IDDestinatario><sf:NombreRazon>B12345674</sf:NombreRazon><sf:NIF>B12345674</sf:NIF></sf:IDDestinatario>",
    );
  });

  it("is an EU VAT number (02) or another country's identifier (04), its country in capitals", () => {
    expect(between(xml(invoice(), client({ TaxID: "fr 40303265045", Country: "fr" })), "IDOtro")).toBe(
      "<sf:CodigoPais>FR</sf:CodigoPais><sf:IDType>02</sf:IDType><sf:ID>FR40303265045</sf:ID>",
    );
    expect(
      between(xml(invoice(), client({ TaxID: "98-7654321", Country: "US", Name: undefined })), "IDDestinatario"),
    ).toBe(
      "<sf:NombreRazon>987654321</sf:NombreRazon><sf:IDOtro><sf:CodigoPais>US</sf:CodigoPais><sf:IDType>04</sf:IDType><sf:ID>987654321</sf:ID></sf:IDOtro>",
    );
  });

  it("is nobody for a client without a tax ID, or none at all", () => {
    expect(xml(invoice(), client({ TaxID: null }))).not.toContain("Destinatarios");
    expect(xml(invoice(), undefined)).not.toContain("Destinatarios");
  });
});

describe("a record's VAT breakdown", () => {
  it("is taxed at its rate in Spain even at 0 %, exempt E5 to the EU and E2 outside it", () => {
    const zero = invoice({ VATRate: 0, VAT: 0, Total: 100_00 });
    expect(between(xml(zero, client({ TaxID: "B12345674", Country: "ES" })), "DetalleDesglose")).toContain(
      "<sf:CalificacionOperacion>S1</sf:CalificacionOperacion><sf:TipoImpositivo>0.00</sf:TipoImpositivo>",
    );
    expect(between(xml(zero, undefined), "DetalleDesglose")).toContain("<sf:TipoImpositivo>0.00</sf:TipoImpositivo>");
    expect(between(xml(zero, client({ TaxID: "DE136695976", Country: "de" })), "DetalleDesglose")).toContain(
      "<sf:OperacionExenta>E5</sf:OperacionExenta>",
    );
    expect(between(xml(zero, client({ TaxID: "98-7654321", Country: "US" })), "DetalleDesglose")).toContain(
      "<sf:ClaveRegimen>02</sf:ClaveRegimen><sf:OperacionExenta>E2</sf:OperacionExenta>",
    );
    // a rate to a client abroad is taxed all the same
    expect(between(xml(invoice(), client({ TaxID: "98-7654321", Country: "US" })), "DetalleDesglose")).toContain(
      "<sf:TipoImpositivo>21.00</sf:TipoImpositivo>",
    );
  });
});

describe("what a record says besides", () => {
  it("describes an invoice by its number unless it has a reason, and a rectifying one rectifies its original's date", () => {
    expect(xmlValue(xml(invoice(), undefined), "DescripcionOperacion")).toBe("Factura 2027-0001");
    const credit = invoice({
      InvoiceNo: "R-2027-0001",
      CreditOf: "2027-0001",
      Net: -10_00,
      VAT: -2_10,
      Total: -12_10,
      Reason: "Devolució",
    });
    const withOriginal = xml(credit, undefined, invoice({ IssueDate: dayOf(2026, 12, 30) }));
    expect([xmlValue(withOriginal, "DescripcionOperacion"), between(withOriginal, "FacturasRectificadas")]).toEqual([
      "Devolució",
      "<sf:IDFacturaRectificada><sf:IDEmisorFactura>B66078346</sf:IDEmisorFactura><sf:NumSerieFactura>2027-0001</sf:NumSerieFactura><sf:FechaExpedicionFactura>30-12-2026</sf:FechaExpedicionFactura></sf:IDFacturaRectificada>",
    ]);
    expect(xmlValue(xml(credit, undefined), "FechaExpedicionFactura")).toBe("04-01-2027");
    expect(altaRecord(credit, undefined, undefined, undefined, context, "R4").InvoiceType).toBe("R4");
    expect(between(xml(invoice(), undefined), "Encadenamiento")).toBe("<sf:PrimerRegistro>S</sf:PrimerRegistro>");
  });
});

describe("the issuer and system from the settings", () => {
  const settings = (
    company: Partial<Settings["company"]>,
    verifactu: Partial<Settings["verifactu"]> = {},
  ): Settings => ({
    ...DEFAULT_SETTINGS,
    company: { ...DEFAULT_SETTINGS.company, ...company },
    verifactu: { ...DEFAULT_SETTINGS.verifactu, ...verifactu },
  });
  const at = new Date("2027-01-04T08:15:00Z");

  it("names the company and its NIF (without ES), the producer the company unless said, the installation as set", () => {
    expect(
      recordContext(settings({ name: "Puig SL", taxId: "ES-B66078346" }, { installation: "7" }), "1.2.3", at),
    ).toEqual({
      issuer: { name: "Puig SL", nif: "B66078346" },
      system: {
        producer: { name: "Puig SL", nif: "B66078346" },
        name: "Sales Admin Desk",
        id: "SD",
        version: "1.2.3",
        installation: "7",
      },
      generatedAt: "2027-01-04T09:15:00+01:00",
    });
    const produced = recordContext(
      settings({ name: "", taxId: "B66078346" }, { producerName: "Programari SL", producerTaxId: "B12345674" }),
      "1",
      at,
    );
    expect([produced?.issuer, produced?.system.producer]).toEqual([
      { name: "B66078346", nif: "B66078346" },
      { name: "Programari SL", nif: "B12345674" },
    ]);
    expect(
      recordContext(settings({ name: "X", taxId: "B66078346" }, { producerTaxId: "FR40303265045" }), "1", at)?.system
        .producer.nif,
    ).toBe("B66078346");
  });

  it("makes none without a Spanish NIF", () => {
    expect([
      recordContext(settings({ taxId: "FR40303265045" }), "1", at),
      recordContext(settings({ taxId: "" }), "1", at),
    ]).toEqual([undefined, undefined]);
  });
});

describe("a record's XML text", () => {
  it("escapes the five XML characters and reads them back, trims each value and cuts a description at 500 characters", () => {
    const reason = `<b>"Tom's" & Co</b> ${"x".repeat(600)}`;
    const record = xml(invoice({ Reason: reason }), client({ TaxID: "B12345674", Name: ` A&B <"'> ` }));
    expect(record).toContain("<sf:NombreRazon>A&amp;B &lt;&quot;&apos;&gt;</sf:NombreRazon>");
    expect(xmlValue(record, "NombreRazon")).toBe(`A&B <"'>`); // the first: the recipient's, unescaped
    expect(between(record, "Destinatarios")).toContain(">A&amp;B &lt;&quot;&apos;&gt;<");
    const description = xmlValue(record, "DescripcionOperacion")!;
    expect([description.length, description.slice(0, 25)]).toEqual([500, `<b>"Tom's" & Co</b> xxxxx`]);
    expect(xmlValue(record, "NoSuchElement")).toBeUndefined();
  });

  it("makes no batch of no records, one of 1,000 and two of 1,001", () => {
    const records = (n: number) => Array.from({ length: n }, () => "<r/>");
    expect([0, 1, 1000, 1001].map((n) => batches(context.issuer, records(n)).length)).toEqual([0, 1, 1, 2]);
  });
});
