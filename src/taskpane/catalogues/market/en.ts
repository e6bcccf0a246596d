/** The Market tab's strings in English. */
import type { Message } from "../message";

export const marketEn = {
  "market.title": "What clients need",
  "market.intro":
    "Segments from what each client bought in the last 365 days, clients at risk of leaving, the survey's answers, opportunities, and what each campaign brought in. Any list becomes a mailing list of the clients with consent in one click.",
  "market.segments": "Segments",
  "market.segmentRule":
    "Recency, frequency and revenue over 365 days, scored 1–5 among the clients who bought. New: first invoice in the last 90 days. Churn risk: three orders or more, and more days since the last than twice their usual interval.",
  "market.showSegment": "Clients of",
  "market.churn": "Churn risk",
  "market.neverBought": "never bought",
  "market.today": "last invoice today",
  "market.daysAgo": { one: "last invoice {n} day ago", other: "last invoice {n} days ago" },
  "market.makeList": "Make a mailing list",
  "market.listMade": {
    one: "{n} client with consent in the sheet {sheet}, logged as campaign {id}.",
    other: "{n} clients with consent in the sheet {sheet}, logged as campaign {id}.",
  },
  "market.writeSegments": {
    one: "Write the segment into Clients ({n} change)",
    other: "Write the segments into Clients ({n} changes)",
  },
  "market.hersTitle": {
    one: "{n} client has a segment you typed yourself",
    other: "{n} clients have a segment you typed yourself",
  },
  "market.hersWhat": "Such as: {examples}. Keep yours and write only the blank ones and ours, or replace yours too?",
  "market.keepHers": "Keep mine",
  "market.replaceHers": "Replace mine too",
  "market.segmentsWritten":
    "Segments written: {n}; yours kept: {kept}; changed meanwhile, left as they are: {changed}.",
  "market.survey": "Survey",
  "market.noSurvey":
    "No survey answers yet: import a Microsoft Forms or Google Forms export (Import tab) into the Survey table.",
  "market.unmatched": {
    one: "{n} answer from someone who is not a client: counted apart.",
    other: "{n} answers from people who are not clients: counted apart.",
  },
  "market.answers": { one: "{n} answer", other: "{n} answers" },
  "market.nps": "NPS {score}: {promoters} promoters, {passives} passives, {detractors} detractors",
  "market.npsBySegment": "NPS by segment",
  "market.noClient": "No client",
  "market.all": "All answers",
  "market.bySegment": "By segment",
  "market.byRegion": "By region",
  "market.byCategory": "By preferred category",
  "market.spread": "How the answers to “{question}” spread",
  "market.detractorsList": "Would not recommend us",
  "market.detractorsMake": "List the {n} clients who would not recommend us",
  "market.fewAnswers": "A segment with fewer than 5 answers: its NPS is indicative only.",
  "market.words": "Frequent words",
  "market.noWords": "No word comes up in more than one answer.",
  "market.wordIn": "Answers that say “{word}”",
  "market.opportunities": "Opportunities",
  "market.noOpportunities": "No opportunity: clients buy what they prefer, and every region buys like the company.",
  "market.prefers": {
    one: "{n} client prefers {category} and has not bought it in a year",
    other: "{n} clients prefer {category} and have not bought it in a year",
  },
  "market.prefersList": "Prefer {category}",
  "market.gap": "{region}: {share} of clients buy {category}, against {company} across the company",
  "market.gapList": "{region} without {category}",
  "market.few": "Fewer than 5 clients: indicative only",
  "market.campaigns": "Campaigns",
  "market.noCampaigns":
    "No campaign logged yet: each mailing list, newsletter e-mails or Outlook drafts made here is logged.",
  "market.sentTo": { one: "sent to {n} client", other: "sent to {n} clients" },
  "market.before": "Recipients: {before} in the 30 days before, {after} in the 30 days from it ({orders} orders)",
  "market.control": "{n} clients with consent who did not receive it: {before} before, {after} after",
  "market.lift": "Lift: {lift} per client",
  "market.noLift": "No lift: nobody to compare with",
  "market.running": "Its 30 days are not over yet",
  "market.sheet": "Write the sheet for management",
  "market.sheetWritten": "Written to the sheet {sheet}.",
} satisfies Record<string, Message>;
