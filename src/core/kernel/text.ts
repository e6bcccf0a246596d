/** Text compared the way people mean it: accents, case and surrounding spaces ignored ("Ràpid" = "rapid"). */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .trim();
}
