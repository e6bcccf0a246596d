/**
 * A test may compare the core's messages with English text: a message equals the words it renders as
 * in English (`toEqual({ ok: false, error: "no such date" })`), so tests read as what a person sees.
 */
import { expect } from "@jest/globals";
import { render, type Message } from "../../src/core/kernel/messages";

const isMessage = (v: unknown): v is Message =>
  typeof v === "object" && v !== null && "code" in v && "params" in v && Object.keys(v).length === 2;

expect.addEqualityTesters([
  (a: unknown, b: unknown) => {
    if (isMessage(a) && typeof b === "string") return render(a) === b;
    if (typeof a === "string" && isMessage(b)) return a === render(b);
    return undefined;
  },
]);
