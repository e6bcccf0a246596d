/** Stands where a later page will go, and says so plainly. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useI18n } from "../i18n";

export function PlannedPage() {
  const { t } = useI18n();
  return (
    <MessageBar intent="info">
      <MessageBarBody>
        <MessageBarTitle>{t("planned.title")}</MessageBarTitle>
        {t("planned.body")}
      </MessageBarBody>
    </MessageBar>
  );
}
