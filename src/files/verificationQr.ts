/**
 * The AEAT's QR code of a VERI*FACTU invoice as a PNG (ISO/IEC 18004, error correction M, a quiet zone
 * of four modules), for the .docx and for Word: drawn at 35 mm, within the 30–40 mm the AEAT asks for.
 */
import QRCode from "qrcode";

/** The printed side, in pixels at 96 an inch. */
export const QR_PIXELS = Math.round((35 / 25.4) * 96);

/** The PNG's base64, drawn at four times the printed pixels so that it prints sharp. */
export async function qrPngBase64(url: string): Promise<string> {
  const dataUrl = await QRCode.toDataURL(url, { errorCorrectionLevel: "M", margin: 4, width: QR_PIXELS * 4 });
  return dataUrl.slice(dataUrl.indexOf(",") + 1);
}
