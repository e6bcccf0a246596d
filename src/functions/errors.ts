/**
 * What a cell shows for a failure: #N/A for a missing figure or table, #VALUE! for a wrong argument,
 * each with a message a person understands. Outside Excel (unit tests) CustomFunctions does not exist,
 * and the error itself stands in.
 */
import { FigureError } from "../core/sales/figures";

export function cellError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (typeof CustomFunctions === "undefined") return error instanceof Error ? error : new Error(message);
  const code = error instanceof FigureError && error.notAvailable ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, message) as unknown as Error;
}

export function invalidValue(message: string): Error {
  return cellError(new FigureError(message));
}
