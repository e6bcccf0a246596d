/** The kernel layer's entry: what the code outside the core imports from it (DESIGN.md, "One entry per domain"). */
export * from "./a1";
export * from "./csv";
export * from "./dates";
export * from "./fileNames";
export * from "./iban";
export * from "./mailbox";
export * from "./messages";
export * from "./money";
export * from "./periods";
export * from "./result";
export * from "./text";
export * from "./times";
