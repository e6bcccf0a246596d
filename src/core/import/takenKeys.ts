/** Keys already taken in each table while an import runs, and new ones given past them. */
import type { TableName } from "../workbook/contract";
import { GENERATED_KEYS } from "./mapping";

/** The keys a table already has, or an empty set of them. */
export function keys(all: Map<TableName, TakenKeys>, table: TableName): TakenKeys {
  let k = all.get(table);
  if (!k) all.set(table, (k = new TakenKeys(table)));
  return k;
}

/**
 * The keys taken in a table (key → where it was first seen), and the highest number after the
 * table's generated prefix, kept as keys are taken: a new "C-0001"-style key goes on from it, so
 * none is ever reused, in constant time however many rows came before.
 */
export class TakenKeys extends Map<string, string> {
  private highest = 0;
  private readonly prefix: string | undefined;

  constructor(table: TableName) {
    super();
    this.prefix = GENERATED_KEYS[table];
  }

  override set(key: string, where: string): this {
    if (this.prefix && key.startsWith(this.prefix))
      this.highest = Math.max(this.highest, Number(key.slice(this.prefix.length)) || 0);
    return super.set(key, where);
  }

  next(where: string): string {
    const key = `${this.prefix}${String(this.highest + 1).padStart(4, "0")}`;
    this.set(key, where);
    return key;
  }
}
