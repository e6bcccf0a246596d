/**
 * Shape checks of tax identifiers: Spanish NIF (DNI), NIE and CIF with their control characters,
 * and EU VAT numbers (country prefix + 2–12 characters). A failed check warns; the value is kept.
 */
const NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
const EU_VAT = /^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z+*]{2,12}$/;

export function compactTaxId(text: string): string {
  return text.toUpperCase().replace(/[\s.\-/]/g, "");
}

/** Why the identifier is not a valid Spanish NIF/NIE/CIF or EU VAT number, or undefined when it is. */
export function taxIdProblem(text: string): string | undefined {
  const id = compactTaxId(text);
  const spanish = id.startsWith("ES") ? id.slice(2) : id;
  if (/^[0-9XYZ]\d{7}[A-Z]$/.test(spanish)) {
    const number = Number(spanish.slice(0, 8).replace("X", "0").replace("Y", "1").replace("Z", "2"));
    return NIF_LETTERS[number % 23] === spanish[8] ? undefined : `'${text}' is not a valid NIF/NIE: its control letter should be ${NIF_LETTERS[number % 23]}`;
  }
  if (/^[ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J]$/.test(spanish)) return cifProblem(text, spanish);
  if (id.startsWith("ES")) return `'${text}' is not a Spanish tax ID (NIF, NIE or CIF)`;
  if (EU_VAT.test(id)) return undefined;
  return `'${text}' is neither a Spanish NIF/NIE/CIF nor an EU VAT number`;
}

function cifProblem(text: string, cif: string): string | undefined {
  const digits = cif.slice(1, 8);
  let sum = 0;
  for (let i = 0; i < 7; i++) {
    const d = Number(digits[i]);
    sum += i % 2 === 0 ? Math.floor((d * 2) / 10) + ((d * 2) % 10) : d;
  }
  const control = (10 - (sum % 10)) % 10;
  const expected = [String(control), "JABCDEFGHI"[control]];
  return expected.includes(cif[8]) ? undefined : `'${text}' is not a valid CIF: its control character should be ${expected.join(" or ")}`;
}
