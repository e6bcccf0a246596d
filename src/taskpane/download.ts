/**
 * Hands bytes to the admin as a file to save (the task pane's and the workbench's downloads), named
 * from workbook values by the one rule for file names (`kernel/fileNames.ts`). Where the web view
 * cannot save (Office for Mac and iPad), the file goes to the system browser instead (`fileHandoff.ts`),
 * and the pane says so.
 */
import { fileName, say } from "../core/kernel";
import { HANDED_TYPES, HANDOFF_LIMIT, SAVE_PAGE, handoffUrl, type HandedExtension } from "../files/fileHandoff";
import { announce } from "./state/notices";

export function download(bytes: BlobPart, name: string, extension: HandedExtension): void {
  const blob = new Blob([bytes], { type: HANDED_TYPES[extension] });
  if (!webViewCannotSave()) {
    const url = URL.createObjectURL(blob);
    Object.assign(document.createElement("a"), { href: url, download: `${fileName(name)}.${extension}` }).click();
    URL.revokeObjectURL(url);
    return;
  }
  void handOff(blob, name, extension);
}

/** Office for Mac and iPad: WebKit views in which `<a download>` does nothing (office-js#2700). */
function webViewCannotSave(): boolean {
  if (typeof Office === "undefined" || !Office.context) return false;
  return Office.context.platform === Office.PlatformType.Mac || Office.context.platform === Office.PlatformType.iOS;
}

async function handOff(blob: Blob, name: string, extension: HandedExtension): Promise<void> {
  const saveAs = `${fileName(name)}.${extension}`;
  const url = handoffUrl(new URL(SAVE_PAGE, location.href).href, {
    name,
    extension,
    bytes: new Uint8Array(await blob.arrayBuffer()),
  });
  if (!Office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1"))
    return announce(say("download.noBrowser", { file: saveAs }));
  if (url.length > HANDOFF_LIMIT) return announce(say("download.tooLarge", { file: saveAs }));
  Office.context.ui.openBrowserWindow(url);
  announce(say("download.inBrowser", { file: saveAs }));
}
