/**
 * The dialog sign-in, on a stand-in for Office's dialog API: the page's answer becomes the token (kept
 * in memory until a minute before it expires), an error or a closed dialog becomes a refusal.
 */
import { dialogSignIn } from "../../src/m365/dialogSignIn";

type Handler = (arg: { message: string } | { error: number }) => void;

beforeAll(() => {
  // the enums Office.js defines, as strings, as it does
  (globalThis as Record<string, unknown>).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
  };
});
afterAll(() => delete (globalThis as Record<string, unknown>).Office);

/** A dialog API whose dialogs answer what `reply` says for the URL they were opened on. */
function fakeUi(reply: (url: string) => { message: string } | { error: number }) {
  const opened: string[] = [];
  const ui = {
    displayDialogAsync(url: string, _options: unknown, callback: (result: unknown) => void) {
      opened.push(url);
      const handlers = new Map<string, Handler>();
      callback({
        status: "succeeded",
        value: {
          addEventHandler: (type: string, handler: Handler) => handlers.set(type, handler),
          close: () => undefined,
        },
      });
      const answer = reply(url);
      setTimeout(() => handlers.get("message" in answer ? "dialogMessageReceived" : "dialogEventReceived")!(answer));
    },
  };
  return { ui: ui as unknown as Pick<Office.UI, "displayDialogAsync">, opened };
}

describe("the sign-in dialog", () => {
  it("gives the token the page handed back, asks again only for other scopes or when it is about to expire", async () => {
    let expiresOn = Date.now() + 3_600_000;
    const { ui, opened } = fakeUi((url) => ({
      message: JSON.stringify({
        token: `token ${new URL(url).searchParams.get("scopes")}`,
        account: "Marta Puig",
        expiresOn,
      }),
    }));
    const m365 = dialogSignIn("https://desk.example.com/signin.html", ui);
    await expect(m365.signIn()).resolves.toBe("Marta Puig");
    await expect(m365.token(["Mail.ReadWrite"])).resolves.toBe("token Mail.ReadWrite");
    await expect(m365.token(["Mail.ReadWrite"])).resolves.toBe("token Mail.ReadWrite");
    expect(opened).toEqual([
      "https://desk.example.com/signin.html?scopes=User.Read",
      "https://desk.example.com/signin.html?scopes=Mail.ReadWrite",
    ]);
    expiresOn = Date.now() + 30_000;
    await m365.token(["Calendars.ReadWrite"]);
    await m365.token(["Calendars.ReadWrite"]); // within a minute of expiry: asked again
    expect(opened.filter((u) => u.endsWith("Calendars.ReadWrite"))).toHaveLength(2);
  });

  it("refuses with the page's reason, or when the user closes the dialog", async () => {
    await expect(
      dialogSignIn(
        "https://x/signin.html",
        fakeUi(() => ({ message: JSON.stringify({ error: "AADSTS65001: consent required" }) })).ui,
      ).signIn(),
    ).rejects.toThrow("AADSTS65001: consent required");
    await expect(
      dialogSignIn("https://x/signin.html", fakeUi(() => ({ error: 12006 })).ui).token(["Files.Read"]),
    ).rejects.toThrow("sign-in stopped (12006)");
  });
});
