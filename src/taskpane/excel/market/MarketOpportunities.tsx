/** Opportunities on the Market tab: clients who prefer a category they have not bought, and regions far below the company in a category; each a list in one step. */
import { Body1, Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { MailAddRegular } from "@fluentui/react-icons";
import { type MarketReport, FEW_CLIENTS } from "../../../core/market";
import { useI18n } from "../../i18n";
import { percent } from "../../format";
import { usePageStyles } from "../../components/TaskPage";

/** Makes a mailing list of these clients (those with consent), writes it and logs the campaign. */
export type MakeList = (ids: readonly string[], name: string, segment: string | null) => void;

export function MarketOpportunities({
  report,
  makeList,
  busy,
}: {
  report: MarketReport;
  makeList: MakeList;
  busy: boolean;
}) {
  const { t, language } = useI18n();
  const styles = usePageStyles();
  const byCategory = new Map<string, string[]>();
  for (const o of report.opportunities) byCategory.set(o.category, [...(byCategory.get(o.category) ?? []), o.clientId]);
  const gaps = report.regionShares.filter((r) => r.farBelow);
  return (
    <section className={styles.page} aria-labelledby="market-opportunities">
      <Subtitle2 as="h3" id="market-opportunities">
        {t("market.opportunities")}
      </Subtitle2>
      {byCategory.size === 0 && gaps.length === 0 && <Body1>{t("market.noOpportunities")}</Body1>}
      {[...byCategory].map(([category, ids]) => (
        <div key={category} className={styles.card}>
          <Body1>{t("market.prefers", { n: ids.length, category })}</Body1>
          <div className={styles.actions}>
            <Button
              size="small"
              icon={<MailAddRegular />}
              disabled={busy}
              onClick={() => makeList(ids, t("market.prefersList", { category }), null)}
            >
              {t("market.makeList")}
            </Button>
          </div>
        </div>
      ))}
      {gaps.map((g) => (
        <div key={`${g.category}|${g.region}`} className={styles.card}>
          <Body1>
            {t("market.gap", {
              region: g.region,
              category: g.category,
              share: percent(g.share, language),
              company: percent(g.companyShare, language),
            })}
          </Body1>
          {g.clients < FEW_CLIENTS && <Caption1 className={styles.muted}>{t("market.few")}</Caption1>}
          <div className={styles.actions}>
            <Button
              size="small"
              icon={<MailAddRegular />}
              disabled={busy || g.nonBuyers.length === 0}
              onClick={() =>
                makeList(g.nonBuyers, t("market.gapList", { region: g.region, category: g.category }), null)
              }
            >
              {t("market.makeList")}
            </Button>
          </div>
        </div>
      ))}
    </section>
  );
}
