/**
 * Phone numbers stay as typed; beside them the import writes the E.164 form (+34931234567), read by
 * libphonenumber with the client's country as the default: a number already carrying its country
 * code ("33656845525", "0034…", "+34…") keeps it once.
 */
import { CountryCode, parsePhoneNumberFromString } from "libphonenumber-js";

export function toE164(phone: string, country: string | null): string | undefined {
  const parsed = parsePhoneNumberFromString(
    phone.trim().replace(/^00/, "+"),
    (country ?? undefined) as CountryCode | undefined,
  );
  return parsed?.isPossible() ? parsed.number : undefined;
}
