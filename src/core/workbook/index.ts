/** The workbook layer's entry: what the code outside the core imports from it (DESIGN.md, "One entry per domain"). */
export * from "./cells";
export * from "./check";
export * from "./codes";
export * from "./contract";
export * from "./dataFile";
export * from "./formats";
export * from "./ownedSheets";
export * from "./port";
export * from "./problems";
export * from "./records";
export * from "./salesData";
export * from "./settings";
export * from "./team";
