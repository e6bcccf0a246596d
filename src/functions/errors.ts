/**
 * What a cell shows for a failure: #N/A for a missing figure or table, #VALUE! for a wrong argument,
 * each with a message a person understands. Outside Excel (unit tests) CustomFunctions does not exist,
 * and the error itself stands in.
 */
import { FigureError } from "../core/sales";
import { errorText, languageFrom, type Message, type MessageLanguage } from "../core/kernel";

/** Office's display language, where the functions run in Office; English elsewhere. */
let shownIn = (): MessageLanguage =>
  languageFrom(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);

export function displayLanguage(): MessageLanguage {
  return shownIn();
}

/** Outside Office (the workbench), its language stands in for Office's display language. */
export function setDisplayLanguage(language: MessageLanguage): void {
  shownIn = () => language;
}

export function cellError(error: unknown): Error {
  const message = errorText(error, displayLanguage());
  if (typeof CustomFunctions === "undefined") return error instanceof Error ? error : new Error(message);
  const code =
    error instanceof FigureError && error.notAvailable
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, message) as unknown as Error;
}

export function invalidValue(said: Message): Error {
  return cellError(new FigureError(said));
}
