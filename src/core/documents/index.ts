/** The documents layer's entry: what the code outside the core imports from it (DESIGN.md, "One entry per domain"). */
export * from "./document";
export * from "./invoiceDocument";
export * from "./reminderLetter";
export * from "./statementDocument";
