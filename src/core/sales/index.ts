/** The sales layer's entry: what the code outside the core imports from it (DESIGN.md, "One entry per domain"). */
export * from "./figures";
export * from "./reportSheet";
export * from "./reportWords";
export * from "./revenue";
export * from "./weeklyReport";
