/*
 * Workbench entry: opens on a sample workbook made in the browser by the same generator as
 * `salesdesk sample`. Query parameters set what a test or a reviewer wants to see:
 * ?lang=ca|es|en, ?theme=dark, ?pane=320 (task pane width in px), ?seed=N, ?today=YYYY-MM-DD,
 * ?graph=URL (Microsoft 365 against a Graph stand-in at that URL: signing in gives a token, no MSAL).
 */
import "./customFunctionsHost";
import { createRoot } from "react-dom/client";
import { generateSample } from "../core/sample";
import { parseIsoDate, localToday } from "../core/kernel";
import { languageFrom } from "../taskpane/i18n";
import { ObservableWorkbook } from "./observable";
import { Workbench } from "./Workbench";
import { setToday } from "../functions/snapshots";
import { setDisplayLanguage } from "../functions/errors";

async function start() {
  const params = new URLSearchParams(location.search);
  const today = parseIsoDate(params.get("today") ?? "") ?? localToday(new Date());
  setToday(() => today);
  const language = languageFrom(params.get("lang") ?? navigator.language);
  setDisplayLanguage(language); // the functions' errors speak the workbench's language, as Office's would
  const graph = params.get("graph");
  const workbook = new ObservableWorkbook();
  for (const sheet of generateSample({ seed: Number(params.get("seed") ?? 1), invoices: 1200, today }))
    await workbook.writeSheet(sheet);
  // index.html holds #root
  createRoot(document.getElementById("root")!).render(
    <Workbench
      initial={workbook}
      fileName="sample.xlsx"
      language={language}
      dark={params.get("theme") === "dark"}
      paneWidth={Number(params.get("pane") ?? 360)}
      today={today}
      microsoft365={
        graph
          ? async () => ({
              signIn: async () => "Admin (stand-in)",
              signOut: async () => undefined,
              token: async () => "workbench-token",
              graphBase: graph,
            })
          : undefined
      }
    />,
  );
}

void start();
