/**
 * `save.html`, opened in the system browser by a pane that cannot save files itself (Office for Mac
 * and iPad, `files/fileHandoff.ts`): the file comes in the URL's fragment, is taken out of the address
 * bar at once, and is saved from here, where downloads work. In the browser's language.
 */
import { handedFile } from "../../files/fileHandoff";
import { languageFrom, render, say } from "../../core/kernel";

const language = languageFrom(navigator.language);
const file = handedFile(location.hash);
history.replaceState(null, "", location.pathname); // the file leaves the address bar and the history
document.documentElement.lang = language;
document.body.style.cssText = "font: 16px/1.5 'Segoe UI', system-ui, sans-serif; margin: 32px; max-width: 40em";
const text = document.createElement("p");
document.body.append(text);
if (!file) {
  text.textContent = render(say("save.nothing"), language);
} else {
  const url = URL.createObjectURL(new Blob([file.bytes], { type: file.type }));
  text.textContent = render(say("save.ready", { file: file.saveAs }), language);
  const save = Object.assign(document.createElement("a"), {
    href: url,
    download: file.saveAs,
    textContent: render(say("save.button", { file: file.saveAs }), language),
  });
  document.body.append(save);
  save.click();
}
