/**
 * Errors a cell shows: #VALUE! with a message a person understands. Outside Excel (unit tests, the
 * workbench) CustomFunctions does not exist, so a plain Error with the same message stands in.
 */
export function invalidValue(message: string): Error {
  if (typeof CustomFunctions !== "undefined") {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message) as unknown as Error;
  }
  return new Error(message);
}
