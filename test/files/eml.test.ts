/** E-mails as .eml drafts, parsed back by an independent MIME parser (mailparser): unsent, UTF-8, attachments whole, no header a user could add. */
import { simpleParser } from "mailparser";
import { emlOf } from "../../src/files/eml";

const docx = new Uint8Array(Array.from({ length: 5000 }, (_, i) => (i * 37) % 256));

describe("an .eml draft", () => {
  it("opens unsent, its names, subject, text and attachment read back whole", async () => {
    const eml = emlOf({
      to: "marta@fornpuig.cat",
      toName: "Marta Puig (Forn Puig, SL)",
      subject: "Recordatori de pagament: factures vençudes",
      body: "Benvolguda Marta,\n\nLes factures següents han vençut: 1.234,56 €.\n\nCordialment,",
      attachments: [
        { name: "Extracte de compte a 27-11-2026.docx", contentType: "application/octet-stream", bytes: docx },
      ],
      date: new Date(Date.UTC(2026, 10, 27, 9, 30)),
    });
    expect(eml.split("\r\n\r\n")[0]).toMatch(/^X-Unsent: 1$/m);
    const mail = await simpleParser(eml);
    expect(mail.headers.get("x-unsent")).toBe("1");
    expect(mail.subject).toBe("Recordatori de pagament: factures vençudes");
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value).toEqual([
      { address: "marta@fornpuig.cat", name: "Marta Puig (Forn Puig, SL)" },
    ]);
    expect(mail.text).toBe("Benvolguda Marta,\n\nLes factures següents han vençut: 1.234,56 €.\n\nCordialment,");
    expect(mail.date?.toISOString()).toBe("2026-11-27T09:30:00.000Z");
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0].filename).toBe("Extracte de compte a 27-11-2026.docx");
    expect(new Uint8Array(mail.attachments[0].content)).toEqual(docx);
  });

  it("keeps a name or subject with line breaks or quotes in its header: no header is added", async () => {
    const eml = emlOf({
      to: "x@example.com",
      toName: 'Evil "Corp"\r\nBcc: everyone@example.com',
      subject: "Hello\r\nBcc: everyone@example.com",
      body: "=cmd|' /C calc'!A0",
      attachments: [],
      date: new Date(0),
    });
    const mail = await simpleParser(eml);
    expect(mail.bcc).toBeUndefined();
    expect(mail.subject).toBe("Hello Bcc: everyone@example.com");
    expect(mail.text).toBe("=cmd|' /C calc'!A0");
  });
});
