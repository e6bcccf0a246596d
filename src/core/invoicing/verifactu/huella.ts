/**
 * The huella (hash) of a VERI*FACTU record, as the AEAT's "Detalle de las especificaciones técnicas para
 * la generación de la huella o hash de los registros de facturación" specifies it: SHA-256 of the
 * fields `name=value` joined by `&`, in its fixed order, each value exactly as it stands in the
 * record's XML (trimmed), the previous record's huella empty for the first one; upper-case hex.
 */
import { sha256Hex } from "../../kernel/sha256";

/** The fields of a registro de alta that its huella covers, as text in the XML. */
export interface AltaHashed {
  issuerNif: string;
  invoiceNo: string;
  /** dd-mm-yyyy */
  issueDate: string;
  invoiceType: string;
  totalTax: string;
  total: string;
  previousHash: string;
  /** ISO 8601 with its offset: 2024-01-01T19:20:30+01:00 */
  generatedAt: string;
}

/** The fields of a registro de anulación that its huella covers. */
export interface AnulacionHashed {
  issuerNif: string;
  invoiceNo: string;
  issueDate: string;
  previousHash: string;
  generatedAt: string;
}

const huella = (fields: [string, string][]) =>
  sha256Hex(fields.map(([name, value]) => `${name}=${value.trim()}`).join("&"));

export function altaHuella(r: AltaHashed): string {
  return huella([
    ["IDEmisorFactura", r.issuerNif],
    ["NumSerieFactura", r.invoiceNo],
    ["FechaExpedicionFactura", r.issueDate],
    ["TipoFactura", r.invoiceType],
    ["CuotaTotal", r.totalTax],
    ["ImporteTotal", r.total],
    ["Huella", r.previousHash],
    ["FechaHoraHusoGenRegistro", r.generatedAt],
  ]);
}

export function anulacionHuella(r: AnulacionHashed): string {
  return huella([
    ["IDEmisorFacturaAnulada", r.issuerNif],
    ["NumSerieFacturaAnulada", r.invoiceNo],
    ["FechaExpedicionFacturaAnulada", r.issueDate],
    ["Huella", r.previousHash],
    ["FechaHoraHusoGenRegistro", r.generatedAt],
  ]);
}
