/** The market layer's entry: what the code outside the core imports from it (DESIGN.md, "One entry per domain"). */
export * from "./campaignLog";
export * from "./few";
export * from "./market";
export * from "./marketSheet";
export * from "./marketWords";
export * from "./segmentFigure";
export * from "./segmentWrite";
export * from "./segments";
export * from "./surveyResults";
