import { download } from "../../src/taskpane/download";
import { handedFile } from "../../src/files/fileHandoff";

/** The pane's globals as Office for Mac gives them: a WebKit view where `<a download>` does nothing. */
function officeOn(platform: string, openBrowserWindow: boolean) {
  const opened: string[] = [];
  const clicked: string[] = [];
  const heard: { code: string }[] = [];
  const events = new EventTarget();
  events.addEventListener("salesdesk:notice", (e) => heard.push((e as CustomEvent<{ code: string }>).detail));
  Object.assign(globalThis, {
    Office: {
      PlatformType: { PC: "PC", Mac: "Mac", iOS: "iOS", OfficeOnline: "OfficeOnline" },
      context: {
        platform,
        requirements: { isSetSupported: (set: string) => openBrowserWindow && set === "OpenBrowserWindowApi" },
        ui: { openBrowserWindow: (url: string) => opened.push(url) },
      },
    },
    location: { href: "https://localhost:3000/taskpane.html" },
    window: events,
    document: {
      createElement: () => ({
        click(this: { download: string }) {
          clicked.push(this.download);
        },
      }),
    },
  });
  return { opened, clicked, heard };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

afterEach(() => {
  for (const name of ["Office", "location", "window", "document"]) delete (globalThis as Record<string, unknown>)[name];
});

describe("saving a file from the pane on every Office platform", () => {
  it("on a Mac, hands the file to the system browser's save page and says so", async () => {
    const office = officeOn("Mac", true);
    download("Nom;Correu\r\nPuig;a@b.cat\r\n", "llista d'enviament", "csv");
    await settle();
    expect(office.clicked).toEqual([]);
    expect(office.opened).toHaveLength(1);
    const url = new URL(office.opened[0]);
    expect(url.origin + url.pathname).toBe("https://localhost:3000/save.html");
    const file = handedFile(url.hash)!;
    expect(new TextDecoder().decode(file.bytes)).toBe("Nom;Correu\r\nPuig;a@b.cat\r\n");
    expect(file.saveAs).toBe("llista d'enviament.csv");
    expect(office.heard.map((m) => m.code)).toEqual(["download.inBrowser"]);
  });

  it("on an iPad too; where Office cannot open a browser, says what to do instead of failing silently", async () => {
    const office = officeOn("iOS", false);
    download(new Uint8Array([1, 2, 3]), "F-2026-0001", "docx");
    await settle();
    expect(office.opened).toEqual([]);
    expect(office.clicked).toEqual([]);
    expect(office.heard.map((m) => m.code)).toEqual(["download.noBrowser"]);
  });

  it("refuses, with a reason, a file too large for a URL", async () => {
    const office = officeOn("Mac", true);
    download(new Uint8Array(1_600_000), "campanya", "zip");
    await settle();
    expect(office.opened).toEqual([]);
    expect(office.heard.map((m) => m.code)).toEqual(["download.tooLarge"]);
  });

  it("on Windows and the web, saves at once from the pane", async () => {
    const office = officeOn("PC", true);
    download("x", "agenda", "ics");
    await settle();
    expect(office.opened).toEqual([]);
    expect(office.clicked).toEqual(["agenda.ics"]);
  });
});
