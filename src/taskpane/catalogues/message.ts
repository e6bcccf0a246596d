/** A message, or its plural forms (Catalan, Spanish and English need only "one" and "other"). */
export type Message = string | { one: string; other: string };
