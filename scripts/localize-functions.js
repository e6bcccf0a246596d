/**
 * Catalan and Spanish custom functions metadata (names, descriptions, parameter help) from the
 * generated functions.json and src/functions/translations.json. Excel picks the file for the user's
 * language through the manifest's Override of Functions.Metadata.Url; formulas keep the English ids.
 */
function localizeFunctions(metadataJson, translations) {
  const metadata = JSON.parse(metadataJson);
  return Object.fromEntries(
    Object.entries(translations).map(([language, table]) => {
      const functions = metadata.functions.map((f) => {
        const t = table[f.id];
        if (!t) throw new Error(`functions.${language}.json: no translation for ${f.id}`);
        return {
          ...f,
          name: t.name,
          description: t.description,
          parameters: f.parameters.map((p) => {
            if (!t.parameters[p.name])
              throw new Error(`functions.${language}.json: no translation for ${f.id}(${p.name})`);
            return { ...p, description: t.parameters[p.name] };
          }),
        };
      });
      return [language, JSON.stringify({ ...metadata, functions }, null, 4)];
    }),
  );
}

/** A webpack plugin: once functions.json is emitted, emits functions.ca.json and functions.es.json beside it. */
class LocalizeFunctionsPlugin {
  constructor(translationsPath) {
    this.translationsPath = translationsPath;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizeFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizeFunctionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const source = compilation.getAsset("functions.json");
          if (!source) return;
          const translations = JSON.parse(require("node:fs").readFileSync(this.translationsPath, "utf8"));
          compilation.fileDependencies.add(this.translationsPath);
          for (const [language, json] of Object.entries(
            localizeFunctions(source.source.source().toString(), translations),
          )) {
            compilation.emitAsset(`functions.${language}.json`, new sources.RawSource(json));
          }
        },
      );
    });
  }
}

module.exports = { localizeFunctions, LocalizeFunctionsPlugin };
