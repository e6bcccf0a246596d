/** The Excel pane: a title bar, the page tabs (one row: those that do not fit go in a menu) and the page. */
import { useState } from "react";
import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  Title3,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import {
  ArrowImportRegular,
  BoxRegular,
  CalendarLtrRegular,
  ChatRegular,
  DataPieRegular,
  ChartMultipleRegular,
  DocumentBulletListRegular,
  DocumentTextRegular,
  HeartPulseRegular,
  MailRegular,
  PeopleTeamRegular,
  MoreHorizontalRegular,
  MoneyRegular,
  PeopleRegular,
  PersonClockRegular,
  SettingsRegular,
} from "@fluentui/react-icons";
import { useI18n } from "../i18n";
import { HealthPage } from "./health/HealthPage";
import { ImportPage } from "./import/ImportPage";
import { ClientsPage } from "./clients/ClientsPage";
import { OrdersPage } from "./orders/OrdersPage";
import { QuotesPage } from "./quotes/QuotesPage";
import { RequestsPage } from "./requests/RequestsPage";
import { VisitsPage } from "./visits/VisitsPage";
import { MeetingsPage } from "./meetings/MeetingsPage";
import { WeekPage } from "./week/WeekPage";
import { InvoicesPage } from "./invoices/InvoicesPage";
import { PaymentsPage } from "./payments/PaymentsPage";
import { SettingsPage } from "./settings/SettingsPage";
import { ReportPage } from "./report/ReportPage";
import { CampaignPage } from "./campaigns/CampaignPage";
import { MarketPage } from "./market/MarketPage";
import { PageBoundary } from "../components/PageBoundary";
import { OutcomeBar } from "../components/Outcome";
import { useNotice } from "../state/notices";
import { FocusContext, NavigateContext, type Focus, type PageId } from "../state/navigation";

const PAGES: { id: PageId; icon: JSX.Element; page: () => JSX.Element }[] = [
  { id: "health", icon: <HeartPulseRegular />, page: () => <HealthPage /> },
  { id: "import", icon: <ArrowImportRegular />, page: () => <ImportPage /> },
  { id: "clients", icon: <PeopleRegular />, page: () => <ClientsPage /> },
  { id: "quotes", icon: <DocumentBulletListRegular />, page: () => <QuotesPage /> },
  { id: "orders", icon: <BoxRegular />, page: () => <OrdersPage /> },
  { id: "requests", icon: <ChatRegular />, page: () => <RequestsPage /> },
  { id: "visits", icon: <CalendarLtrRegular />, page: () => <VisitsPage /> },
  { id: "meetings", icon: <PeopleTeamRegular />, page: () => <MeetingsPage /> },
  { id: "week", icon: <PersonClockRegular />, page: () => <WeekPage /> },
  { id: "invoices", icon: <DocumentTextRegular />, page: () => <InvoicesPage /> },
  { id: "payments", icon: <MoneyRegular />, page: () => <PaymentsPage /> },
  { id: "report", icon: <ChartMultipleRegular />, page: () => <ReportPage /> },
  { id: "market", icon: <DataPieRegular />, page: () => <MarketPage /> },
  { id: "campaigns", icon: <MailRegular />, page: () => <CampaignPage /> },
  { id: "settings", icon: <SettingsRegular />, page: () => <SettingsPage /> },
];

const useStyles = makeStyles({
  header: { padding: "12px 12px 4px" },
  nav: {
    display: "flex",
    flexWrap: "nowrap",
    alignItems: "center",
    minWidth: 0,
    overflow: "hidden",
    padding: "0 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tabs: { flexWrap: "nowrap", minWidth: 0 },
  main: { padding: "12px" },
});

export function ExcelShell() {
  const { t, tell } = useI18n();
  const styles = useStyles();
  const [{ current, focus }, go] = useState<{ current: PageId; focus: Focus }>({ current: "health", focus: undefined });
  const notice = useNotice(current);
  const setCurrent = (page: PageId, focus?: Focus) => go({ current: page, focus });
  // current is always one of PAGES' ids
  const page = PAGES.find((p) => p.id === current)!;
  return (
    <>
      <header className={styles.header}>
        <Title3 as="h1">{t("app.title")}</Title3>
      </header>
      <nav aria-label={t("nav.label")}>
        <Overflow minimumVisible={2}>
          {/* The menu of hidden pages sits beside the tab list: a tab list holds tabs only. */}
          <div className={styles.nav}>
            <TabList
              size="small"
              selectedValue={current}
              onTabSelect={(_, d) => setCurrent(d.value as PageId)}
              className={styles.tabs}
            >
              {PAGES.map((p) => (
                // The page shown keeps its tab in view; the others give way from the end.
                <OverflowItem key={p.id} id={p.id} priority={p.id === current ? 2 : 1}>
                  <Tab value={p.id} icon={p.icon}>
                    {t(`nav.${p.id}`)}
                  </Tab>
                </OverflowItem>
              ))}
            </TabList>
            <MorePages onSelect={(p) => setCurrent(p)} />
          </div>
        </Overflow>
      </nav>
      <main className={styles.main}>
        {notice && <OutcomeBar outcome={{ intent: "warning", text: tell(notice) }} />}
        <NavigateContext.Provider value={setCurrent}>
          <FocusContext.Provider value={focus}>
            <PageBoundary
              key={`${current}|${focus?.clientId ?? ""}`}
              message={(message) => t("common.pageCrashed", { message })}
            >
              {page.page()}
            </PageBoundary>
          </FocusContext.Provider>
        </NavigateContext.Provider>
      </main>
    </>
  );
}

/** The pages whose tabs did not fit, in a menu at the end of the row. */
function MorePages({ onSelect }: { onSelect: (page: PageId) => void }) {
  const { t } = useI18n();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="transparent"
          size="small"
          icon={<MoreHorizontalRegular />}
          aria-label={t("nav.more", { n: overflowCount })}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {PAGES.map((p) => (
            <HiddenPage key={p.id} id={p.id} icon={p.icon} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenPage({ id, icon, onSelect }: { id: PageId; icon: JSX.Element; onSelect: (page: PageId) => void }) {
  const { t } = useI18n();
  if (useIsOverflowItemVisible(id)) return null;
  return (
    <MenuItem icon={icon} onClick={() => onSelect(id)}>
      {t(`nav.${id}`)}
    </MenuItem>
  );
}
