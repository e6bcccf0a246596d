/**
 * The newsletter as .docx, checked inside
 * (Word's heading styles, text escaped, no client without consent), and opened by a real word
 * processor (LibreOffice, where it is installed: CI installs it) to read it back as text.
 */
import JSZip from "jszip";
import type { Newsletter } from "../../src/core/campaigns/newsletter";
import { newsletterDocx } from "../../src/files/newsletterDocx";
import { docxText, SOFFICE } from "../helpers/documentText";

const hostile: Newsletter = {
  title: "Newsletter, November 2026",
  period: "2026-11",
  language: "en",
  unwritten: [],
  sections: [
    {
      id: "welcome",
      heading: "New clients",
      paragraphs: ['A warm welcome to <script>alert(1)</script> & =HYPERLINK("http://x").'],
    },
    { id: "figures", heading: "The figures", paragraphs: ["We invoiced €10.00."], table: [["Revenue", "€10.00"]] },
  ],
};

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
}

describe("the newsletter as a Word document", () => {
  it("uses Word's own title and heading styles, and puts every string in as escaped text", async () => {
    const xml = await documentXml(await newsletterDocx(hostile));
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(2);
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; =HYPERLINK(&quot;http://x&quot;)");
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("<w:tbl>");
  });

  (SOFFICE || process.env.CI ? it : it.skip)(
    "opens in LibreOffice and reads as a newsletter",
    async () => {
      const text = docxText(await newsletterDocx(hostile));
      expect(text).toContain("Newsletter, November 2026");
      expect(text).toContain("New clients");
      expect(text).toContain('A warm welcome to <script>alert(1)</script> & =HYPERLINK("http://x").');
      expect(text).toMatch(/Revenue\s+€10\.00/);
    },
    150_000,
  );
});
