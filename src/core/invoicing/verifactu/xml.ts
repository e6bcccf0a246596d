/**
 * The XML of VERI*FACTU records, by the AEAT's schemas (SuministroLR.xsd, SuministroInformacion.xsd):
 * a `RegistroAlta` or `RegistroAnulacion` per record, and `RegFactuSistemaFacturacion` batches of at
 * most 1,000 of them under their `Cabecera`. Every value that a huella covers is written exactly as
 * the record holds it, so that the huella can be recomputed from the XML.
 */
export const SF =
  "https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/SuministroInformacion.xsd";
export const SFLR =
  "https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/SuministroLR.xsd";
/** Records a batch may hold (SuministroLR.xsd, RegistroFactura maxOccurs). */
export const BATCH_RECORDS = 1_000;

export interface Party {
  name: string;
  /** a Spanish NIF (9 characters) */
  nif: string;
}

/** The invoicing system as its records name it (SistemaInformatico). */
export interface SoftwareSystem {
  producer: Party;
  name: string;
  id: string;
  version: string;
  installation: string;
}

/** A recipient: a Spanish NIF, or another country's identifier (IDOtro: 02 a VAT number, 04 an official document). */
export type Recipient =
  { name: string; nif: string } | { name: string; country: string; idType: "02" | "04"; id: string };

/** One line of the VAT breakdown: taxed (S1) at a rate, or exempt (E2 exports, E5 intra-EU deliveries). */
export type Breakdown =
  | { regime: "01"; taxed: true; rate: string; base: string; tax: string; surchargeRate?: string; surcharge?: string }
  | { regime: "01" | "02"; taxed: false; exemption: "E2" | "E5"; base: string };

export interface AltaXml {
  issuer: Party;
  invoiceNo: string;
  issueDate: string;
  invoiceType: string;
  /** a rectifying invoice: by differences (I), and the invoice it rectifies */
  rectifies?: { invoiceNo: string; issueDate: string };
  description: string;
  recipient?: Recipient;
  breakdown: Breakdown[];
  totalTax: string;
  total: string;
  previous?: { invoiceNo: string; issueDate: string; hash: string };
  system: SoftwareSystem;
  generatedAt: string;
  hash: string;
}

export interface AnulacionXml {
  issuer: Party;
  invoiceNo: string;
  issueDate: string;
  previous?: { invoiceNo: string; issueDate: string; hash: string };
  system: SoftwareSystem;
  generatedAt: string;
  hash: string;
}

const escape = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
const el = (name: string, content: string) => `<sf:${name}>${content}</sf:${name}>`;
const text = (name: string, value: string) => el(name, escape(value.trim()));

function chain(issuer: Party, previous: AltaXml["previous"]): string {
  if (!previous) return el("Encadenamiento", text("PrimerRegistro", "S"));
  return el(
    "Encadenamiento",
    el(
      "RegistroAnterior",
      text("IDEmisorFactura", issuer.nif) +
        text("NumSerieFactura", previous.invoiceNo) +
        text("FechaExpedicionFactura", previous.issueDate) +
        text("Huella", previous.hash),
    ),
  );
}

function system(s: SoftwareSystem): string {
  return el(
    "SistemaInformatico",
    text("NombreRazon", s.producer.name) +
      text("NIF", s.producer.nif) +
      text("NombreSistemaInformatico", s.name) +
      text("IdSistemaInformatico", s.id) +
      text("Version", s.version) +
      text("NumeroInstalacion", s.installation) +
      text("TipoUsoPosibleSoloVerifactu", "S") +
      text("TipoUsoPosibleMultiOT", "N") +
      text("IndicadorMultiplesOT", "N"),
  );
}

function recipient(r: Recipient): string {
  const id =
    "nif" in r
      ? text("NIF", r.nif)
      : el("IDOtro", text("CodigoPais", r.country) + text("IDType", r.idType) + text("ID", r.id));
  return el("Destinatarios", el("IDDestinatario", text("NombreRazon", r.name) + id));
}

function detail(b: Breakdown): string {
  const head = text("Impuesto", "01") + text("ClaveRegimen", b.regime);
  if (!b.taxed)
    return el(
      "DetalleDesglose",
      head + text("OperacionExenta", b.exemption) + text("BaseImponibleOimporteNoSujeto", b.base),
    );
  const surcharge = b.surchargeRate
    ? text("TipoRecargoEquivalencia", b.surchargeRate) + text("CuotaRecargoEquivalencia", b.surcharge ?? "0.00")
    : "";
  return el(
    "DetalleDesglose",
    head +
      text("CalificacionOperacion", "S1") +
      text("TipoImpositivo", b.rate) +
      text("BaseImponibleOimporteNoSujeto", b.base) +
      text("CuotaRepercutida", b.tax) +
      surcharge,
  );
}

/** What closes every record: its chain, the system, when it was made, and its huella. */
const sealed = (r: AnulacionXml) =>
  chain(r.issuer, r.previous) +
  system(r.system) +
  text("FechaHoraHusoGenRegistro", r.generatedAt) +
  text("TipoHuella", "01") +
  text("Huella", r.hash);

export function altaXml(r: AltaXml): string {
  const rectifies = r.rectifies
    ? text("TipoRectificativa", "I") +
      el(
        "FacturasRectificadas",
        el(
          "IDFacturaRectificada",
          text("IDEmisorFactura", r.issuer.nif) +
            text("NumSerieFactura", r.rectifies.invoiceNo) +
            text("FechaExpedicionFactura", r.rectifies.issueDate),
        ),
      )
    : "";
  return `<sf:RegistroAlta xmlns:sf="${SF}">${
    text("IDVersion", "1.0") +
    el(
      "IDFactura",
      text("IDEmisorFactura", r.issuer.nif) +
        text("NumSerieFactura", r.invoiceNo) +
        text("FechaExpedicionFactura", r.issueDate),
    ) +
    text("NombreRazonEmisor", r.issuer.name) +
    text("TipoFactura", r.invoiceType) +
    rectifies +
    text("DescripcionOperacion", r.description.slice(0, 500)) +
    (r.recipient ? recipient(r.recipient) : "") +
    el("Desglose", r.breakdown.map(detail).join("")) +
    text("CuotaTotal", r.totalTax) +
    text("ImporteTotal", r.total) +
    sealed(r)
  }</sf:RegistroAlta>`;
}

export function anulacionXml(r: AnulacionXml): string {
  return `<sf:RegistroAnulacion xmlns:sf="${SF}">${
    text("IDVersion", "1.0") +
    el(
      "IDFactura",
      text("IDEmisorFacturaAnulada", r.issuer.nif) +
        text("NumSerieFacturaAnulada", r.invoiceNo) +
        text("FechaExpedicionFacturaAnulada", r.issueDate),
    ) +
    sealed(r)
  }</sf:RegistroAnulacion>`;
}

/** Records' XML as `RegFactuSistemaFacturacion` documents of at most 1,000 each, optionally each in a SOAP envelope. */
export function batches(issuer: Party, records: readonly string[], soap = false): string[] {
  const documents: string[] = [];
  for (let first = 0; first < records.length; first += BATCH_RECORDS) {
    const body =
      `<sfLR:RegFactuSistemaFacturacion xmlns:sfLR="${SFLR}" xmlns:sf="${SF}">` +
      `<sfLR:Cabecera>${el("ObligadoEmision", text("NombreRazon", issuer.name) + text("NIF", issuer.nif))}</sfLR:Cabecera>` +
      records
        .slice(first, first + BATCH_RECORDS)
        .map((r) => `<sfLR:RegistroFactura>${r}</sfLR:RegistroFactura>`)
        .join("") +
      `</sfLR:RegFactuSistemaFacturacion>`;
    documents.push(
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
        (soap
          ? `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header/><soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`
          : body),
    );
  }
  return documents;
}

/** A value of the record's XML by its element name (the first one), unescaped. */
export function xmlValue(xml: string, name: string): string | undefined {
  const found = new RegExp(`<sf:${name}>([^<]*)</sf:${name}>`).exec(xml)?.[1];
  return found
    ?.replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
