/** The orders layer's entry: what the code outside the core imports from it (DESIGN.md, "One entry per domain"). */
export * from "./estimatesAndDeliveryNotes";
export * from "./issuing";
export * from "./orderWrites";
export * from "./orders";
export * from "./quotes";
