/* Entry point of both panes: waits for Office, then renders the pane of the host it runs in. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { languageFrom, translator } from "./i18n";
import { missingRequirement } from "./requirements";
import { announce } from "./state/notices";
import { ExcelWorkbook } from "../excel/excelWorkbook";
import { isDarkColor } from "./theme";
import { invalidate, setDateSystem, setSource } from "../runtime/sharedRead";
import { readDate1904 } from "../excel/tableRows";
import { watchTables } from "../excel/tableEvents";
import { readSalesData } from "../core/workbook";
import { afterWrites } from "./state/port";
import { buildRegistration } from "../m365/registration";

/** Microsoft 365 where the build was made with an app registration (MSAL loaded when she signs in). */
const registration = buildRegistration();
const microsoft365 =
  registration &&
  (() => import("../m365/msal").then((m) => m.msalSignIn(registration.clientId, registration.authority)));

Office.onReady(({ host }) => {
  // taskpane.html holds #root
  const root = createRoot(document.getElementById("root")!);
  const language = languageFrom(Office.context?.displayLanguage);
  const dark = isDarkColor(Office.context?.officeTheme?.bodyBackgroundColor);
  const pane = host === Office.HostType.Excel ? "excel" : host === Office.HostType.Word ? "word" : undefined;
  const missing =
    pane && missingRequirement(pane, (set, version) => Office.context.requirements.isSetSupported(set, version));
  if (pane && missing) {
    const t = translator(language);
    root.render(
      <p style={{ fontFamily: "Segoe UI, sans-serif", padding: 16 }}>
        {t("app.tooOld", { host: pane === "excel" ? "Excel" : "Word", ...missing })}
      </p>,
    );
  } else if (host === Office.HostType.Excel) {
    const port = afterWrites(new ExcelWorkbook(undefined, undefined, announce), invalidate);
    // The SALES.* functions share this runtime: they read the same workbook and follow its table edits.
    setSource(() => readSalesData(port));
    setDateSystem(() => Excel.run(readDate1904));
    watchTables((batch) => Excel.run(batch), invalidate).catch((error) =>
      console.error("Sales Admin Desk: table change events unavailable", error),
    );
    root.render(<App host="excel" port={port} language={language} dark={dark} microsoft365={microsoft365} />);
  } else if (host === Office.HostType.Word) {
    root.render(<App host="word" port={null} language={language} dark={dark} microsoft365={microsoft365} />);
  } else {
    root.render(<OutsideOffice />);
  }
});

/** Opened in a plain browser: say where the add-in runs, in the browser's language, instead of failing silently. */
function OutsideOffice() {
  return (
    <p style={{ fontFamily: "Segoe UI, sans-serif", padding: 16 }}>
      {translator(languageFrom(navigator.language))("app.outsideOffice")}
    </p>
  );
}
