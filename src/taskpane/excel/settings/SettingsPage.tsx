/** The pane's language, and the workbook's Settings table as the add-in reads it. */
import {
  Body1,
  Dropdown,
  Field,
  Option,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableRow,
} from "@fluentui/react-components";
import { readContractTables, readTable, readSettings } from "../../../core/workbook";
import { Day, formatDmy } from "../../../core/kernel";
import { LANGUAGE_NAMES } from "../../../core/campaigns";
import { useToday } from "../../state/today";
import { Language, LANGUAGES, MessageKey, Translate, useI18n } from "../../i18n";
import { usePort } from "../../state/port";
import { useTask } from "../../state/useTask";
import { TaskPage } from "../../components/TaskPage";

/** The next few holidays from today, and how many the table lists in all. */
function holidaySummary(holidays: Set<Day>, today: Day, t: Translate): string {
  const next = [...holidays]
    .filter((d) => d >= today)
    .sort((a, b) => a - b)
    .slice(0, 3);
  return t("settings.holidaysSummary", { n: holidays.size, next: next.map(formatDmy).join(", ") || "–" });
}

export function SettingsPage() {
  const { t, language, setLanguage } = useI18n();
  const port = usePort();
  const today = useToday();
  const [state] = useTask(async () => {
    const [table] = await readContractTables(port, ["Settings"]);
    return table ? readSettings(readTable("Settings", table), table.date1904).settings : null;
  });
  const languageField = (
    <>
      <Field label={t("settings.language")}>
        <Dropdown
          value={LANGUAGE_NAMES[language]}
          selectedOptions={[language]}
          onOptionSelect={(_, d) => setLanguage(d.optionValue as Language)}
        >
          {LANGUAGES.map((l) => (
            <Option key={l} value={l}>
              {LANGUAGE_NAMES[l]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Subtitle2 as="h3">{t("settings.workbook")}</Subtitle2>
    </>
  );
  return (
    <TaskPage id="settings" title={t("settings.title")} lead={languageField} state={state}>
      {(settings) =>
        settings === null ? (
          <Body1>{t("settings.none")}</Body1>
        ) : (
          <Table size="small" aria-label={t("settings.workbook")}>
            <TableBody>
              {(
                [
                  "invoicePattern",
                  "paymentTermsDays",
                  "currency",
                  "fiscalYearStartMonth",
                  "revenueBasis",
                  "greenThreshold",
                  "amberThreshold",
                ] as const
              ).map((key) => (
                <TableRow key={key}>
                  <TableCell>{t(`settings.${key}` as MessageKey)}</TableCell>
                  <TableCell>{String(settings[key])}</TableCell>
                </TableRow>
              ))}
              <TableRow>
                <TableCell>{t("settings.holidays")}</TableCell>
                <TableCell>{holidaySummary(settings.holidays, today, t)}</TableCell>
              </TableRow>
            </TableBody>
          </Table>
        )
      }
    </TaskPage>
  );
}
