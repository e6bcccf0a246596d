/** The sample layer's entry: what the code outside the core imports from it (DESIGN.md, "One entry per domain"). */
export * from "./sample";
