/** Each send a page makes (a mailing list, e-mails, Outlook drafts) logged in Campaigns, dated today, for what it brings in. */
import { useCallback } from "react";
import { invalidate } from "../../runtime/sharedRead";
import { logCampaign, type CampaignSend } from "../../core/market";
import { usePort } from "./port";
import { useToday } from "./today";
import { useI18n } from "../i18n";

export function useCampaignLog(): (send: Omit<CampaignSend, "date">) => Promise<string> {
  const port = usePort();
  const today = useToday();
  const { language } = useI18n();
  return useCallback(
    async (send) => {
      const id = await logCampaign(port, { ...send, date: today }, language);
      invalidate(); // the Market page reads the new row
      return id;
    },
    [port, today, language],
  );
}
