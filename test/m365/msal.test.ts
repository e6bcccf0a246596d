/**
 * MSAL 5 by its migration guide (issue 29): the page popups come back to hands the answer to the pane;
 * MSAL's errors are said from their codes in the pane's language, not as MSAL's links; signing out
 * under nested app authentication leaves Office's account alone instead of throwing.
 */
import { BrowserAuthError } from "@azure/msal-browser";
import { errorText } from "../../src/core/kernel/messages";

const broadcast = jest.fn(() => Promise.resolve());
jest.mock("@azure/msal-browser/redirect-bridge", () => ({ broadcastResponseToMainFrame: broadcast }));

const app = {
  getAllAccounts: () => [],
  ssoSilent: jest.fn(() => Promise.reject(new Error("no session"))),
  loginPopup: jest.fn(() => Promise.reject(new BrowserAuthError("user_cancelled", ""))),
  clearCache: jest.fn(() => Promise.reject(new Error("clearCache is not supported in nested app authentication"))),
};
jest.mock("@azure/msal-browser", () => ({
  ...jest.requireActual("@azure/msal-browser"),
  createNestablePublicClientApplication: jest.fn(async () => app),
  createStandardPublicClientApplication: jest.fn(async () => app),
}));

/** Office as a pane under nested app authentication sees it. */
function inOffice(): void {
  (globalThis as Record<string, unknown>).Office = {
    context: { ui: {}, requirements: { isSetSupported: () => true } },
  };
  (globalThis as Record<string, unknown>).location = { origin: "https://localhost:3000" };
}

afterEach(() => delete (globalThis as Record<string, unknown>).Office);

describe("MSAL 5", () => {
  it("the redirect page hands the sign-in's answer back to the window that asked", async () => {
    await import("../../src/m365/redirectPage");
    expect(broadcast).toHaveBeenCalledTimes(1);
  });

  it("says a cancelled sign-in in the pane's language, and signs out under nested auth without clearing Office's cache", async () => {
    inOffice();
    const { msalSignIn } = await import("../../src/m365/msal");
    const microsoft365 = await msalSignIn("client-id", "https://login.microsoftonline.com/common");
    const refused = await microsoft365.signIn().catch((error: unknown) => error);
    expect(errorText(refused, "ca")).toBe(
      "S'ha tancat l'inici de sessió abans d'acabar: torneu a iniciar la sessió quan vulgueu",
    );
    expect(errorText(refused, "en")).not.toMatch(/https?:/);
    await expect(microsoft365.signOut()).resolves.toBeUndefined();
    expect(app.clearCache).not.toHaveBeenCalled();
  });

  it("names an unknown MSAL error by its code", async () => {
    const { signInError } = await import("../../src/m365/msal");
    expect(errorText(signInError(new BrowserAuthError("hash_empty_error", "")), "es")).toBe(
      "No se ha podido iniciar sesión en Microsoft 365 (hash_empty_error): vuelva a intentarlo o dé este código a informática",
    );
  });
});
