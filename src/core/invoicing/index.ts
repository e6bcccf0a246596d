/** The invoicing layer's entry: what the code outside the core imports from it (DESIGN.md, "One entry per domain"). */
export * from "./invoicing";
export * from "./verifactu/recordWrite";
export * from "./verifactu/records";
export * from "./verifactu/recordsCheck";
export * from "./verifactu/xml";
