/** The Microsoft Entra app registration this build was made for (SALESDESK_CLIENT_ID, SALESDESK_AUTHORITY), or undefined: Microsoft 365 not set up. */
export function buildRegistration(): { clientId: string; authority: string } | undefined {
  const clientId = process.env.SALESDESK_CLIENT_ID;
  return clientId
    ? { clientId, authority: process.env.SALESDESK_AUTHORITY || "https://login.microsoftonline.com/common" }
    : undefined;
}
