/**
 * Tax identifiers, checked where their control digits can be: Spanish NIF (DNI), NIE and CIF;
 * French SIREN, SIRET and VAT; Italian partita IVA; Portuguese NIF; German VAT (USt-IdNr) and tax
 * numbers (Steuernummer, by shape); other EU VAT numbers by shape. A failed check warns; the value is kept.
 */
import { passesLuhn } from "./cards";
import { say, type Message } from "./messages";

const NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
const EU_VAT =
  /^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z+*]{2,12}$/;

export function compactTaxId(text: string): string {
  return text.toUpperCase().replace(/[\s.\-/]/g, "");
}

/** Why the identifier is not a valid Spanish NIF/NIE/CIF or EU VAT number, or undefined when it is. */
export function taxIdProblem(text: string): Message | undefined {
  const id = compactTaxId(text);
  const spanish = id.startsWith("ES") ? id.slice(2) : id;
  if (/^[0-9XYZ]\d{7}[A-Z]$/.test(spanish)) {
    const number = Number(spanish.slice(0, 8).replace("X", "0").replace("Y", "1").replace("Z", "2"));
    return NIF_LETTERS[number % 23] === spanish[8]
      ? undefined
      : say("taxId.nifLetter", { value: text, letter: NIF_LETTERS[number % 23] });
  }
  if (/^[ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J]$/.test(spanish)) return cifProblem(text, spanish);
  if (id.startsWith("ES")) return say("taxId.notSpanish", { value: text });
  if (/^\d{2,3}\/\d{3,4}\/\d{4,5}$/.test(text.trim())) return undefined; // a German Steuernummer: no check digit to verify
  const other = OTHER_SCHEMES.find(([shape]) => shape.test(id));
  if (other) return other[1](id) ? undefined : say("taxId.checkDigit", { value: text, scheme: other[2] });
  if (EU_VAT.test(id)) return undefined;
  return say("taxId.unknown", { value: text });
}

/** Whether a text is a tax identifier that checks: a tax ID column's SIRET is no card number. */
export const isTaxId = (text: string) => taxIdProblem(text) === undefined;

/** Shape, check and name of the tax IDs of neighbouring countries whose control digits can be verified. */
const OTHER_SCHEMES: [shape: RegExp, checks: (id: string) => boolean, name: string][] = [
  [/^\d{9}$/, (id) => passesLuhn(id) || portugueseNif(id), "SIREN or Portuguese NIF"],
  [/^\d{14}$/, (id) => passesLuhn(id) || (id.startsWith("356000000") && digitSum(id) % 5 === 0), "SIRET"],
  [
    /^FR[0-9A-Z]{2}\d{9}$/,
    (id) => !/^\d\d$/.test(id.slice(2, 4)) || Number(id.slice(2, 4)) === (12 + 3 * (Number(id.slice(4)) % 97)) % 97,
    "French VAT number",
  ],
  [/^(IT)?\d{11}$/, (id) => passesLuhn(id.replace(/^IT/, "")), "partita IVA"],
  [/^PT\d{9}$/, (id) => portugueseNif(id.slice(2)), "Portuguese NIF"],
  [/^DE\d{9}$/, (id) => germanVat(id.slice(2)), "German VAT number (USt-IdNr)"],
];

const digitSum = (id: string) => [...id].reduce((n, d) => n + Number(d), 0);

function portugueseNif(nif: string): boolean {
  const sum = [...nif.slice(0, 8)].reduce((n, d, i) => n + Number(d) * (9 - i), 0);
  const check = 11 - (sum % 11);
  return (check >= 10 ? 0 : check) === Number(nif[8]);
}

/** ISO 7064 MOD 11,10, the USt-IdNr's check digit. */
function germanVat(digits: string): boolean {
  let product = 10;
  for (const d of digits.slice(0, 8)) {
    const sum = (Number(d) + product) % 10 || 10;
    product = (2 * sum) % 11;
  }
  return (11 - product) % 10 === Number(digits[8]);
}

function cifProblem(text: string, cif: string): Message | undefined {
  const digits = cif.slice(1, 8);
  let sum = 0;
  for (let i = 0; i < 7; i++) {
    const d = Number(digits[i]);
    sum += i % 2 === 0 ? Math.floor((d * 2) / 10) + ((d * 2) % 10) : d;
  }
  const control = (10 - (sum % 10)) % 10;
  const expected = [String(control), "JABCDEFGHI"[control]];
  return expected.includes(cif[8]) ? undefined : say("taxId.cifControl", { value: text, expected });
}
