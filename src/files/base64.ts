/** Bytes as base64 (MIME parts, Graph's file attachments), in chunks: a spread of a whole file would overflow the stack. */
export function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
