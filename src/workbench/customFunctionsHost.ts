/**
 * The little of Excel's custom functions runtime that the functions bundle touches, for the browser
 * workbench: `associate` (the metadata plugin's registration calls) and the cell error type.
 * Imported first, before any module that loads the functions.
 */
class CellError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

export const customFunctionsHost = {
  associate: () => undefined,
  Error: CellError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
};

(globalThis as unknown as { CustomFunctions: typeof customFunctionsHost }).CustomFunctions ??= customFunctionsHost;
