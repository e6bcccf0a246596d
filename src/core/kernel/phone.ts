/**
 * Phone numbers stay as typed; beside them the import writes the E.164 form (+34931234567) when the
 * number carries its country code or the client's country is known.
 */
const CALLING_CODES: Record<string, string> = {
  ES: "34",
  AD: "376",
  FR: "33",
  PT: "351",
  IT: "39",
  DE: "49",
  GB: "44",
  IE: "353",
  NL: "31",
  BE: "32",
  LU: "352",
  CH: "41",
  AT: "43",
  DK: "45",
  SE: "46",
  NO: "47",
  FI: "358",
  PL: "48",
  CZ: "420",
  GR: "30",
  MC: "377",
  US: "1",
  CA: "1",
  MX: "52",
  AR: "54",
  MA: "212",
};

/** Countries whose national numbers start with a trunk 0 that E.164 drops. */
const TRUNK_ZERO = new Set(["FR", "DE", "GB", "IE", "NL", "BE", "CH", "AT", "FI", "PL", "MA", "AR"]);

export function toE164(phone: string, country: string | null): string | undefined {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, "");
  let e164: string | undefined;
  if (trimmed.startsWith("+")) e164 = digits;
  else if (digits.startsWith("00")) e164 = digits.slice(2);
  else if (country && CALLING_CODES[country]) {
    const national = TRUNK_ZERO.has(country) ? digits.replace(/^0/, "") : digits;
    e164 = CALLING_CODES[country] + national;
  }
  return e164 && e164.length >= 8 && e164.length <= 15 ? `+${e164}` : undefined;
}
