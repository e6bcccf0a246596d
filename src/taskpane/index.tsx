/* Entry point of both panes: waits for Office, then renders the pane of the host it runs in. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { languageFrom } from "./i18n";
import { ExcelWorkbook } from "../excel/excelWorkbook";
import { isDarkColor } from "./theme";

Office.onReady(({ host }) => {
  const root = createRoot(document.getElementById("root")!);
  const language = languageFrom(Office.context?.displayLanguage);
  const dark = isDarkColor(Office.context?.officeTheme?.bodyBackgroundColor);
  if (host === Office.HostType.Excel) {
    root.render(<App host="excel" port={new ExcelWorkbook()} language={language} dark={dark} />);
  } else if (host === Office.HostType.Word) {
    root.render(<App host="word" port={null} language={language} dark={dark} />);
  } else {
    root.render(<OutsideOffice />);
  }
});

/** Opened in a plain browser: say where the add-in runs instead of failing silently. */
function OutsideOffice() {
  return (
    <p style={{ fontFamily: "Segoe UI, sans-serif", padding: 16 }}>
      Sales Admin Desk runs inside Excel and Word. Sideload <code>manifest.xml</code> (see the README) to use it.
    </p>
  );
}
