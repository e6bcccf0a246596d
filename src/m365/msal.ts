/**
 * Signing in to Microsoft 365 from the pane with MSAL: nested app authentication where Office offers
 * it (NestedAppAuth 1.1: the host's own account, no prompt when it can); else, in Office, a sign-in
 * dialog (`dialogSignIn`); outside Office, the standard MSAL sign-in in a popup window. The application (client) ID and the authority come from the build
 * (SALESDESK_CLIENT_ID, SALESDESK_AUTHORITY), never from the repository. Tokens stay in MSAL's session
 * storage cache; a scope is asked for only when a feature needs it (consent then, not at sign-in).
 */
import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { Microsoft365 } from "./graph";
import { dialogSignIn } from "./dialogSignIn";

const inOffice = () => typeof Office !== "undefined" && Office.context?.ui !== undefined;
const nestedAuthSupported = () => inOffice() && Office.context.requirements.isSetSupported("NestedAppAuth", "1.1");

export async function msalSignIn(clientId: string, authority: string): Promise<Microsoft365> {
  if (inOffice() && !nestedAuthSupported()) return dialogSignIn(`${location.origin}/signin.html`);
  const configuration: Configuration = {
    auth: { clientId, authority, redirectUri: `${location.origin}/taskpane.html` },
    cache: { cacheLocation: "sessionStorage" },
    // never log personal data
    system: { loggerOptions: { piiLoggingEnabled: false } },
  };
  const app: IPublicClientApplication = inOffice()
    ? await createNestablePublicClientApplication(configuration)
    : await createStandardPublicClientApplication(configuration);
  let account: AccountInfo | null = app.getAllAccounts()[0] ?? null;
  const signInScopes = ["User.Read"];
  return {
    async signIn() {
      try {
        account = (await app.ssoSilent({ scopes: signInScopes })).account;
      } catch {
        account = (await app.loginPopup({ scopes: signInScopes })).account;
      }
      return account?.name ?? account?.username ?? "";
    },
    async signOut() {
      account = null;
      await app.clearCache();
    },
    async token(scopes) {
      const request = { scopes: [...scopes], account: account ?? undefined };
      try {
        return (await app.acquireTokenSilent(request)).accessToken;
      } catch (error) {
        // the first use of a feature asks for its consent, in a popup
        if (!(error instanceof InteractionRequiredAuthError) && account) throw error;
        return (await app.acquireTokenPopup(request)).accessToken;
      }
    },
  };
}
