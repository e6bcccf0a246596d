/**
 * A CSV file as rows of text: the encoding found (UTF-8 or UTF-16 by their byte-order marks, UTF-8
 * when the bytes are valid UTF-8, else Windows-1252, what Excel writes in Western Europe), the
 * delimiter found (`;`, `,`, tab or `|`), quotes honoured. Cells stay text: the import decides what
 * each column's numbers and dates mean (decimal comma or point, day or month first).
 */
import Papa from "papaparse";

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

const DELIMITERS = [";", ",", "\t", "|"];

export function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const rows = parsed.data;
  // A file that ends with a line break leaves one empty row behind.
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === "")) rows.pop();
  return rows;
}

/**
 * The delimiter that splits the first lines (quoted parts aside) into the same number of fields, the
 * most of them; a `;` file with decimal commas has more commas than semicolons, but not as evenly.
 */
function guessDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/, 21)
    .filter((l) => l.trim() !== "")
    .slice(0, 20);
  const unquoted = lines.map((l) => l.replace(/"[^"]*"/g, '""'));
  let best = { delimiter: ",", score: -1 };
  for (const delimiter of DELIMITERS) {
    const counts = unquoted.map((l) => l.split(delimiter).length - 1);
    if (counts[0] === 0) continue;
    const even = counts.filter((n) => n === counts[0]).length / counts.length;
    const score = even * 1000 + counts[0];
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}
