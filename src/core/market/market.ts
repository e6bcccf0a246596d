/** Market research as of a day: segments, survey results, opportunities and campaigns, from one read of the workbook. */
import type { Day } from "../kernel/dates";
import type { Cents } from "../kernel/money";
import type { SalesData } from "../workbook/salesData";
import { clientActivity, type ClientActivity } from "./rfm";
import { SEGMENTS, type SegmentCode } from "./segments";
import { surveyResults, type QuestionResult } from "./surveyResults";
import {
  categoriesBought,
  preferenceOpportunities,
  regionShares,
  type PreferenceOpportunity,
  type RegionShare,
} from "./opportunities";
import { campaignLifts, type CampaignLift } from "./campaignLift";

export interface SegmentTotal {
  segment: SegmentCode;
  clients: number;
  monetary: Cents;
}

export interface MarketReport {
  asOf: Day;
  clients: ClientActivity[];
  segments: SegmentTotal[];
  surveys: QuestionResult[];
  /** survey answers that no client was matched to */
  unmatchedAnswers: number;
  opportunities: PreferenceOpportunity[];
  regionShares: RegionShare[];
  campaigns: CampaignLift[];
}

export function marketReport(
  data: SalesData,
  asOf: Day,
  recipientSheets?: ReadonlyMap<string, readonly string[]>,
): MarketReport {
  const clients = clientActivity(data, asOf);
  const bought = categoriesBought(data, asOf);
  return {
    asOf,
    clients,
    segments: SEGMENTS.map((segment) => {
      const of = clients.filter((c) => c.segment === segment);
      return { segment, clients: of.length, monetary: of.reduce((sum, c) => sum + c.monetary, 0) };
    }),
    surveys: surveyResults(data.survey, data.clients, new Map(clients.map((c) => [c.clientId, c.segment]))),
    unmatchedAnswers: data.survey.filter((a) => a.ClientID === null).length,
    opportunities: preferenceOpportunities(data, asOf, bought),
    regionShares: regionShares(data, asOf, bought),
    campaigns: campaignLifts(data, asOf, recipientSheets),
  };
}
