/** The support layer's entry: what the code outside the core imports from it (DESIGN.md, "One entry per domain"). */
export * from "./execWeek";
export * from "./meetingDocuments";
export * from "./meetingWrites";
export * from "./meetings";
export * from "./replies";
export * from "./requestWrites";
export * from "./requests";
export * from "./visitWrites";
export * from "./visits";
