/**
 * The sign-in dialog page (`signin.html`), opened by the pane through Office's dialog API where nested
 * app authentication is missing: MSAL signs in by redirect in this window, then the page hands the
 * token for the scopes asked back to the pane (`messageParent`) and the pane closes the dialog.
 */
import { createStandardPublicClientApplication } from "@azure/msal-browser";
import { buildRegistration } from "./registration";
import type { DialogAnswer } from "./dialogSignIn";

Office.onReady(async () => {
  const reply = (answer: DialogAnswer) => Office.context.ui.messageParent(JSON.stringify(answer));
  const registration = buildRegistration();
  if (!registration) return reply({ error: "Microsoft 365 is not set up for this add-in" });
  try {
    const scopes = (new URLSearchParams(location.search).get("scopes") ?? "User.Read").split(" ").filter(Boolean);
    const app = await createStandardPublicClientApplication({
      auth: {
        clientId: registration.clientId,
        authority: registration.authority,
        redirectUri: `${location.origin}/signin.html`,
      },
      cache: { cacheLocation: "sessionStorage" },
      system: { loggerOptions: { piiLoggingEnabled: false } },
    });
    const result = await app.handleRedirectPromise();
    // leaves the page for Microsoft's sign-in; it comes back here, to the result
    if (!result) return await app.acquireTokenRedirect({ scopes });
    reply({
      token: result.accessToken,
      account: result.account?.name ?? result.account?.username ?? "",
      expiresOn: result.expiresOn?.getTime() ?? Date.now(),
    });
  } catch (error) {
    reply({ error: error instanceof Error ? error.message : String(error) });
  }
});
