/** The pane: Fluent UI with the Office theme, the language, and the workbook port every page talks to. */
import { useMemo, useState } from "react";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { I18nContext, Language, teller, translator } from "./i18n";
import { PortContext } from "./state/port";
import { ExcelShell } from "./excel/ExcelShell";
import { WordShell } from "./word/WordShell";
import type { WorkbookPort } from "../core/workbook";
import { Day, localToday } from "../core/kernel";
import { TodayContext } from "./state/today";
import { Microsoft365Provider } from "./microsoft365";
import type { Microsoft365 } from "../m365/graph";

export interface AppProps {
  host: "excel" | "word";
  port: WorkbookPort | null;
  language: Language;
  dark: boolean;
  /** the day to count from; today unless a workbench or a test says otherwise */
  today?: Day;
  /** how to sign in to Microsoft 365, where this build can */
  microsoft365?: () => Promise<Microsoft365>;
}

export function App({ host, port, language: initial, dark, today = localToday(new Date()), microsoft365 }: AppProps) {
  const [language, setLanguage] = useState<Language>(initial);
  const i18n = useMemo(() => ({ language, t: translator(language), tell: teller(language), setLanguage }), [language]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }} lang={language}>
      <I18nContext.Provider value={i18n}>
        <TodayContext.Provider value={today}>
          <Microsoft365Provider connect={microsoft365}>
            <PortContext.Provider value={port}>
              {host === "excel" ? <ExcelShell /> : <WordShell />}
            </PortContext.Provider>
          </Microsoft365Provider>
        </TodayContext.Provider>
      </I18nContext.Provider>
    </FluentProvider>
  );
}
