/**
 * Segments named from RFM scores, by one rule read top to bottom (the first that holds names the
 * client; FM is the mean of F and M, rounded half up):
 *
 * | segment     | rule                                        |
 * |-------------|---------------------------------------------|
 * | new         | first invoice in the last 90 days           |
 * | champions   | R ≥ 4 and FM ≥ 4                            |
 * | loyal       | R ≥ 3 and FM ≥ 3                            |
 * | promising   | R ≥ 3                                       |
 * | cantLose    | R = 1 and FM ≥ 4                            |
 * | atRisk      | FM ≥ 3                                      |
 * | hibernating | the rest                                    |
 * | none        | no invoice up to the day                    |
 */
import type { MessageLanguage } from "../kernel/messages";
import { fold } from "../kernel/text";

export const SEGMENTS = [
  "champions",
  "loyal",
  "promising",
  "new",
  "atRisk",
  "cantLose",
  "hibernating",
  "none",
] as const;
export type SegmentCode = (typeof SEGMENTS)[number];

export function segmentOf(r: number, f: number, m: number, isNew: boolean): SegmentCode {
  const fm = Math.floor((f + m + 1) / 2);
  if (isNew) return "new";
  if (r >= 4 && fm >= 4) return "champions";
  if (r >= 3 && fm >= 3) return "loyal";
  if (r >= 3) return "promising";
  if (r === 1 && fm >= 4) return "cantLose";
  if (fm >= 3) return "atRisk";
  return "hibernating";
}

const NAMES: Record<SegmentCode, Record<MessageLanguage, string>> = {
  champions: { ca: "Campions", es: "Campeones", en: "Champions" },
  loyal: { ca: "Fidels", es: "Fieles", en: "Loyal" },
  promising: { ca: "Prometedors", es: "Prometedores", en: "Promising" },
  new: { ca: "Nous", es: "Nuevos", en: "New" },
  atRisk: { ca: "En risc", es: "En riesgo", en: "At risk" },
  cantLose: { ca: "No els podem perdre", es: "No podemos perderlos", en: "Can't lose" },
  hibernating: { ca: "Adormits", es: "Hibernando", en: "Hibernating" },
  none: { ca: "Sense compres", es: "Sin compras", en: "No purchases" },
};

/** The segment's name as written into Clients.Segment and shown, in her language. */
export function segmentName(segment: SegmentCode, language: MessageLanguage): string {
  return NAMES[segment][language];
}

const OURS = new Map(SEGMENTS.flatMap((s) => Object.values(NAMES[s]).map((name) => [fold(name), s] as const)));

/** The segment a Segment cell names in any of the three languages; undefined for one she typed herself. */
export function segmentNamed(cell: string | null): SegmentCode | undefined {
  return cell ? OURS.get(fold(cell)) : undefined;
}
