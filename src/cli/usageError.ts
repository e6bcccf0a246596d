/** A command used wrongly or given what it cannot read: said in one line, exit 2. */
export class UsageError extends Error {}
