/**
 * Microsoft 365 in the pane: whether this build can sign in, who is signed in, and a Graph client for
 * the features that use it (Outlook drafts, calendar events, OneDrive). Signed out, or in a build
 * without an app registration, those features offer their offline files instead (.eml, .ics, a file).
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import { PersonRegular } from "@fluentui/react-icons";
import type { Microsoft365 } from "../m365/graph";
import { GraphClient } from "../m365/graph";
import { useI18n } from "./i18n";

export interface M365State {
  /** a sign-in this build can do (MSAL, or the workbench's stand-in); undefined when not set up */
  available: boolean;
  account: string | null;
  signIn(): Promise<void>;
  /** a Graph client once signed in */
  graph: GraphClient | undefined;
}

const M365Context = createContext<M365State>({
  available: false,
  account: null,
  signIn: async () => undefined,
  graph: undefined,
});

export function useMicrosoft365(): M365State {
  return useContext(M365Context);
}

/** Provides the state; the sign-in service is made when first asked for (MSAL is loaded then). */
export function Microsoft365Provider({
  connect,
  children,
}: {
  connect?: () => Promise<Microsoft365>;
  children: ReactNode;
}) {
  const [service, setService] = useState<Microsoft365>();
  const [account, setAccount] = useState<string | null>(null);
  const state = useMemo<M365State>(
    () => ({
      available: connect !== undefined,
      account,
      signIn: async () => {
        // signIn is offered only where connect exists (available)
        const signedIn = service ?? (await connect!());
        setService(signedIn);
        setAccount(await signedIn.signIn());
      },
      graph: service && account !== null ? new GraphClient(service.token, { base: service.graphBase }) : undefined,
    }),
    [connect, service, account],
  );
  return <M365Context.Provider value={state}>{children}</M365Context.Provider>;
}

/** Who is signed in, or the button to sign in; nothing where this build has no app registration. */
export function SignInButton({ onError }: { onError: (message: string) => void }) {
  const { t, tell } = useI18n();
  const m365 = useMicrosoft365();
  const [busy, setBusy] = useState(false);
  if (!m365.available) return <Caption1>{t("m365.notSetUp")}</Caption1>;
  if (m365.account !== null) return <Caption1>{t("m365.signedIn", { account: m365.account })}</Caption1>;
  return (
    <Button
      icon={<PersonRegular />}
      disabled={busy}
      onClick={() => {
        setBusy(true);
        m365.signIn().then(
          () => setBusy(false),
          (error: unknown) => (setBusy(false), onError(tell.error(error))),
        );
      }}
    >
      {t("m365.signIn")}
    </Button>
  );
}
