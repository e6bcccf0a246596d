/** What a test reads of the core's messages: each one rendered in English, wherever it sits in a value. */
import { render, type Message } from "../../src/core/kernel/messages";

export type English<T> = T extends Message
  ? string
  : T extends readonly (infer U)[]
    ? English<U>[]
    : T extends object
      ? { [K in keyof T]: English<T[K]> }
      : T;

const isMessage = (v: unknown): v is Message =>
  typeof v === "object" && v !== null && "code" in v && "params" in v && Object.keys(v).length === 2;

export function english<T>(value: T): English<T> {
  if (isMessage(value)) return render(value) as English<T>;
  if (Array.isArray(value)) return value.map(english) as English<T>;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, english(v)])) as English<T>;
  }
  return value as English<T>;
}

/** Problems as a person reads them: where, how bad, and the English words (code and parameters left out). */
export function readable<P extends { code: unknown; params: unknown }>(
  problems: readonly P[],
): Omit<P, "code" | "params">[] {
  return problems.map(({ code: _code, params: _params, ...rest }) => rest);
}
