/*
 * Workbench entry: opens on a sample workbook made in the browser by the same generator as
 * `salesdesk sample`. Query parameters set what a test or a reviewer wants to see:
 * ?lang=ca|es|en, ?theme=dark, ?pane=320 (task pane width in px), ?seed=N, ?today=YYYY-MM-DD.
 */
import "./customFunctionsHost";
import { createRoot } from "react-dom/client";
import { generateSample } from "../core/sample/sample";
import { parseIsoDate, localToday } from "../core/kernel/dates";
import { languageFrom } from "../taskpane/i18n";
import { ObservableWorkbook } from "./observable";
import { Workbench } from "./Workbench";

async function start() {
  const params = new URLSearchParams(location.search);
  const today = parseIsoDate(params.get("today") ?? "") ?? localToday();
  const workbook = new ObservableWorkbook();
  for (const sheet of generateSample({ seed: Number(params.get("seed") ?? 1), invoices: 1200, today })) await workbook.writeSheet(sheet);
  createRoot(document.getElementById("root")!).render(
    <Workbench
      initial={workbook}
      fileName="sample.xlsx"
      language={languageFrom(params.get("lang") ?? navigator.language)}
      dark={params.get("theme") === "dark"}
      paneWidth={Number(params.get("pane") ?? 360)}
      today={today}
    />,
  );
}

void start();
