/** The import layer's entry: what the code outside the core imports from it (DESIGN.md, "One entry per domain"). */
export * from "./mappingMemory";
export * from "./plan";
export * from "./result";
export * from "./workbookImport";
