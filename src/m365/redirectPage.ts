/**
 * The page MSAL's popup and silent sign-ins come back to (`redirect.html`, the app registration's
 * redirect URI for the pane outside Office). With msal-browser 5 the window that opened the sign-in
 * no longer reads this page itself: the page hands the answer back (`broadcastResponseToMainFrame`),
 * or the popup would wait until it times out (issue 29). It loads nothing else.
 */
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

void broadcastResponseToMainFrame().catch((error: unknown) => {
  document.body.textContent = `Sign-in could not finish: ${error instanceof Error ? error.message : String(error)}`;
});
