/**
 * One e-mail address, by RFC 5322's addr-spec in its dot-atom form (RFC 6531's letters of any script
 * allowed): a cell that holds `a>,<b@evil.example`, a display name or two addresses is no mailbox, so it
 * can never become two recipients or break out of a header or an invitation's parameter (issue 28).
 */
const ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
const LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
const MAILBOX = new RegExp(`^${ATOM}(?:\\.${ATOM})*@${LABEL}(?:\\.${LABEL})*\\.\\p{L}{2,63}$`, "u");

export function isMailbox(address: string): boolean {
  const at = address.lastIndexOf("@");
  return address.length <= 254 && at > 0 && at <= 64 && MAILBOX.test(address);
}
