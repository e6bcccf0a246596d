/**
 * Hands bytes to the browser as a file to save (the task pane's and the workbench's downloads), named
 * from workbook values by the one rule for file names (`kernel/fileNames.ts`).
 */
import { fileName } from "../core/kernel/fileNames";

export function download(bytes: BlobPart, type: string, name: string, extension: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  Object.assign(document.createElement("a"), { href: url, download: `${fileName(name)}.${extension}` }).click();
  URL.revokeObjectURL(url);
}
