/**
 * Signing in through Office's dialog where the host has no nested app authentication (older Office
 * desktop, where a popup window is blocked): the dialog page (`signin.html`) signs in with MSAL by
 * redirect and hands back the token for the scopes asked; the pane keeps it in memory until it expires.
 */
import type { Microsoft365 } from "./graph";

/** What the dialog page sends back: a token, or why there is none. */
export type DialogAnswer = { token: string; account: string; expiresOn: number } | { error: string };

/** A minute short of its expiry, a token is asked for again. */
const MARGIN_MS = 60_000;

export function dialogSignIn(
  pageUrl: string,
  ui: Pick<Office.UI, "displayDialogAsync"> = Office.context.ui,
): Microsoft365 {
  const tokens = new Map<string, { token: string; expiresOn: number }>();
  let account = "";
  const ask = (scopes: readonly string[]) =>
    new Promise<{ token: string; account: string; expiresOn: number }>((resolve, reject) => {
      ui.displayDialogAsync(
        `${pageUrl}?scopes=${encodeURIComponent(scopes.join(" "))}`,
        { height: 60, width: 30, promptBeforeOpen: false },
        (opened) => {
          if (opened.status !== Office.AsyncResultStatus.Succeeded)
            return reject(new Error(`the sign-in dialog did not open: ${opened.error.message}`));
          const dialog = opened.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
            dialog.close();
            const answer = JSON.parse("message" in arg ? arg.message : "{}") as DialogAnswer;
            if ("error" in answer) reject(new Error(answer.error));
            else resolve(answer);
          });
          // closed by the user (12006) or failed to load: no token
          dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) =>
            reject(new Error(`sign-in stopped (${"error" in arg ? arg.error : ""})`)),
          );
        },
      );
    });
  const token = async (scopes: readonly string[]) => {
    const key = [...scopes].sort().join(" ");
    const kept = tokens.get(key);
    if (kept && kept.expiresOn - MARGIN_MS > Date.now()) return kept.token;
    const answer = await ask(scopes);
    account = answer.account;
    tokens.set(key, { token: answer.token, expiresOn: answer.expiresOn });
    return answer.token;
  };
  return {
    async signIn() {
      await token(["User.Read"]);
      return account;
    },
    async signOut() {
      tokens.clear();
      account = "";
    },
    token,
  };
}
