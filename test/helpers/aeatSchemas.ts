/** The AEAT's VERI*FACTU schemas (../shared/standards/verifactu), validating with libxml2 (xmllint-wasm). */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

export const SCHEMAS = path.join(__dirname, "../../../shared/standards/verifactu");
export const schemasPresent = existsSync(path.join(SCHEMAS, "SuministroLR.xsd"));

const file = (name: string) => ({ fileName: name, contents: readFileSync(path.join(SCHEMAS, name), "utf8") });

/** libxml2's complaints about the documents against SuministroLR.xsd (and what it imports); none when valid. */
export async function aeatSchemaErrors(documents: string[]): Promise<string[]> {
  const result = await validateXML({
    xml: documents.map((contents, i) => ({ fileName: `batch-${i + 1}.xml`, contents })),
    schema: [file("SuministroLR.xsd")],
    preload: [file("SuministroInformacion.xsd"), file("xmldsig-core-schema.xsd")],
  });
  return result.errors.map((e) => e.rawMessage);
}
