/** The receivables layer's entry: what the code outside the core imports from it (DESIGN.md, "One entry per domain"). */
export * from "./aging";
export * from "./investigations";
export * from "./paymentEntry";
export * from "./receivables";
export * from "./reconciliation";
export * from "./reminderLog";
export * from "./reminders";
