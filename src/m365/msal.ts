/**
 * Signing in to Microsoft 365 from the pane with MSAL: nested app authentication where Office offers
 * it (NestedAppAuth 1.1: the host's own account, no prompt when it can); else, in Office, a sign-in
 * dialog (`dialogSignIn`); outside Office, the standard MSAL sign-in in a popup window. The application (client) ID and the authority come from the build
 * (SALESDESK_CLIENT_ID, SALESDESK_AUTHORITY), never from the repository. Tokens stay in MSAL's session
 * storage cache; a scope is asked for only when a feature needs it (consent then, not at sign-in).
 */
import {
  AuthError,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { Microsoft365 } from "./graph";
import { dialogSignIn } from "./dialogSignIn";
import { say, SaidError, type MessageCode } from "../core/kernel";

const inOffice = () => typeof Office !== "undefined" && Office.context?.ui !== undefined;
const nestedAuthSupported = () => inOffice() && Office.context.requirements.isSetSupported("NestedAppAuth", "1.1");

/** MSAL's errors said in words of the pane's language, by their codes (its own messages are links). */
const SAID: Record<string, MessageCode> = {
  user_cancelled: "signIn.cancelled",
  popup_window_error: "signIn.popupBlocked",
  empty_window_error: "signIn.popupBlocked",
  interaction_in_progress: "signIn.busy",
  no_network_connectivity: "signIn.offline",
  monitor_window_timeout: "signIn.timedOut",
  timed_out: "signIn.timedOut",
  consent_required: "signIn.consent",
  login_required: "signIn.consent",
  interaction_required: "signIn.consent",
};

export function signInError(error: unknown): unknown {
  if (!(error instanceof AuthError)) return error;
  const code = SAID[error.errorCode];
  return new SaidError(code ? say(code) : say("signIn.failed", { code: error.errorCode }));
}

/** The call, its MSAL error said in words. */
async function said<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw signInError(error);
  }
}

export async function msalSignIn(clientId: string, authority: string): Promise<Microsoft365> {
  if (inOffice() && !nestedAuthSupported()) return dialogSignIn(`${location.origin}/signin.html`);
  const nested = inOffice();
  const configuration: Configuration = {
    auth: { clientId, authority, redirectUri: `${location.origin}/redirect.html` },
    cache: { cacheLocation: "sessionStorage" },
    // never log personal data
    system: { loggerOptions: { piiLoggingEnabled: false } },
  };
  const app: IPublicClientApplication = nested
    ? await createNestablePublicClientApplication(configuration)
    : await createStandardPublicClientApplication(configuration);
  let account: AccountInfo | null = app.getAllAccounts()[0] ?? null;
  const signInScopes = ["User.Read"];
  return {
    async signIn() {
      try {
        account = (await app.ssoSilent({ scopes: signInScopes })).account;
      } catch {
        account = (await said(() => app.loginPopup({ scopes: signInScopes }))).account;
      }
      return account?.name ?? account?.username ?? "";
    },
    async signOut() {
      account = null;
      // Under nested app authentication the account is Office's: there is no cache here to clear (and clearing throws).
      if (!nested) await app.clearCache();
    },
    async token(scopes) {
      const request = { scopes: [...scopes], account: account ?? undefined };
      try {
        return (await app.acquireTokenSilent(request)).accessToken;
      } catch (error) {
        // the first use of a feature asks for its consent, in a popup
        if (!(error instanceof InteractionRequiredAuthError) && account) throw signInError(error);
        return (await said(() => app.acquireTokenPopup(request))).accessToken;
      }
    },
  };
}
