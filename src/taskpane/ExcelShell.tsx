/** The Excel pane: a title bar, the page tabs (wrapping at the narrow task-pane width) and the page. */
import { useState } from "react";
import { makeStyles, Tab, TabList, Title3, tokens } from "@fluentui/react-components";
import {
  ArrowImportRegular,
  ChartMultipleRegular,
  DocumentTextRegular,
  HeartPulseRegular,
  MailRegular,
  MoneyRegular,
  PeopleRegular,
  SettingsRegular,
} from "@fluentui/react-icons";
import { MessageKey, useI18n } from "./i18n";
import { HealthPage } from "./pages/HealthPage";
import { ImportPage } from "./pages/ImportPage";
import { ClientsPage } from "./pages/ClientsPage";
import { InvoicesPage } from "./pages/InvoicesPage";
import { PaymentsPage } from "./pages/PaymentsPage";
import { SettingsPage } from "./pages/SettingsPage";
import { ReportPage } from "./pages/ReportPage";
import { CampaignPage } from "./pages/CampaignPage";
import { PageBoundary } from "./PageBoundary";
import { NavigateContext, type PageId } from "./navigation";

const PAGES: { id: PageId; icon: JSX.Element; page: () => JSX.Element }[] = [
  { id: "health", icon: <HeartPulseRegular />, page: () => <HealthPage /> },
  { id: "import", icon: <ArrowImportRegular />, page: () => <ImportPage /> },
  { id: "clients", icon: <PeopleRegular />, page: () => <ClientsPage /> },
  { id: "invoices", icon: <DocumentTextRegular />, page: () => <InvoicesPage /> },
  { id: "payments", icon: <MoneyRegular />, page: () => <PaymentsPage /> },
  { id: "report", icon: <ChartMultipleRegular />, page: () => <ReportPage /> },
  { id: "newsletter", icon: <MailRegular />, page: () => <CampaignPage /> },
  { id: "settings", icon: <SettingsRegular />, page: () => <SettingsPage /> },
];

const useStyles = makeStyles({
  header: { padding: "12px 12px 4px" },
  nav: { flexWrap: "wrap", padding: "0 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  main: { padding: "12px" },
});

export function ExcelShell() {
  const { t } = useI18n();
  const styles = useStyles();
  const [current, setCurrent] = useState<PageId>("health");
  const page = PAGES.find((p) => p.id === current)!;
  return (
    <>
      <header className={styles.header}>
        <Title3 as="h1">{t("app.title")}</Title3>
      </header>
      <nav aria-label={t("nav.label")}>
        <TabList className={styles.nav} size="small" selectedValue={current} onTabSelect={(_, d) => setCurrent(d.value as PageId)}>
          {PAGES.map((p) => (
            <Tab key={p.id} value={p.id} icon={p.icon}>
              {t(`nav.${p.id}` as MessageKey)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.main}>
        <NavigateContext.Provider value={setCurrent}>
          <PageBoundary key={current} message={(message) => t("page.crashed", { message })}>
            {page.page()}
          </PageBoundary>
        </NavigateContext.Provider>
      </main>
    </>
  );
}
