/** Text compared the way people mean it: accents, case and surrounding spaces ignored ("Ràpid" = "rapid"). */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .trim();
}

/** The text as a regular expression that matches it literally ("F.26" matches "F.26", not "Fx26"). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
