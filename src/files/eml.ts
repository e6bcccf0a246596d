/**
 * An e-mail as an .eml file that Outlook (and other mail programs) opens as an unsent draft
 * (`X-Unsent: 1`): UTF-8 MIME (RFC 5322, 2045–2047, 2231), the text base64-encoded, attachments as
 * parts of their own. Names and subjects are encoded words, never raw header text, so no line break
 * a user typed can add a header.
 */

export interface EmlAttachment {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface EmlMessage {
  to: string;
  toName: string;
  subject: string;
  body: string;
  attachments: EmlAttachment[];
  /** when it was written: the Date header */
  date: Date;
}

import { base64 } from "./base64";

const CRLF = "\r\n";

/** Base64 in lines of 76 characters, as MIME wants them. */
const wrapped = (bytes: Uint8Array) => (base64(bytes).match(/.{1,76}/g) ?? []).join(CRLF);

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A header value as an RFC 2047 encoded word when it is not plain ASCII; line breaks become spaces. */
function headerText(text: string): string {
  const flat = text.replace(/[\r\n]+/g, " ");
  return /^[\x20-\x7e]*$/.test(flat) ? flat : `=?UTF-8?B?${base64(utf8(flat))}?=`;
}

/** A display name for a header: quoted when plain ASCII (quotes and backslashes escaped), else an encoded word. */
function displayName(name: string): string {
  const flat = name.replace(/[\r\n]+/g, " ");
  return /^[\x20-\x7e]*$/.test(flat) ? `"${flat.replace(/(["\\])/g, "\\$1")}"` : headerText(flat);
}

/** A file name as RFC 2231 says (UTF-8, percent-encoded), with an ASCII fallback for old readers. */
function fileNameParams(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function emlOf(
  message: EmlMessage,
  boundaryOf: () => string = () => `salesdesk-${Math.random().toString(36).slice(2)}`,
): string {
  const boundary = boundaryOf();
  const headers = [
    `To: ${displayName(message.toName)} <${message.to.replace(/[\r\n<>]/g, "")}>`,
    `Subject: ${headerText(message.subject)}`,
    `Date: ${message.date.toUTCString().replace("GMT", "+0000")}`,
    "MIME-Version: 1.0",
    "X-Unsent: 1",
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ];
  const text = [
    `--${boundary}`,
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    wrapped(utf8(message.body.replace(/\r?\n/g, CRLF))),
  ];
  const attachments = message.attachments.flatMap((a) => [
    `--${boundary}`,
    `Content-Type: ${a.contentType}; name="${a.name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_")}"`,
    "Content-Transfer-Encoding: base64",
    `Content-Disposition: attachment; ${fileNameParams(a.name)}`,
    "",
    wrapped(a.bytes),
  ]);
  return [...headers, "", ...text, ...attachments, `--${boundary}--`, ""].join(CRLF);
}
