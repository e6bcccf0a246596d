/** A value or a reason, for parsers whose failures are expected and shown to people. */
import { say, type Message, type MessageCode, type Param } from "./messages";

export type Result<T> = { ok: true; value: T } | { ok: false; error: Message };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
/** A failure: a message, or its code and parameters. */
export const fail = <T = never>(error: MessageCode | Message, params: Record<string, Param> = {}): Result<T> => ({
  ok: false,
  error: typeof error === "string" ? say(error, params) : error,
});
