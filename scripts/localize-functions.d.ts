export function localizeFunctions(
  metadataJson: string,
  translations: Record<
    string,
    Record<string, { name: string; description: string; parameters: Record<string, string> }>
  >,
): Record<string, string>;
export class LocalizeFunctionsPlugin {
  constructor(translationsPath: string);
  apply(compiler: unknown): void;
}
