/**
 * A Word document on office-addin-mock: paragraphs the user wrote and content controls the add-in
 * added, in order. Collections that code loads from are OfficeMockObjects; every context.sync() is counted.
 */
import { OfficeMockObject } from "office-addin-mock";

export interface Block {
  kind: "paragraph" | "control" | "break";
  text?: string;
  style?: string;
  tag?: string;
  title?: string;
  /** a control's content: its paragraphs (with styles) and tables */
  content?: { text: string; style?: string }[];
  tables?: string[][][];
  /** pictures put in the control, as base64 */
  pictures?: string[];
}

type Mock = OfficeMockObject & Record<string, any>;

export class FakeWord {
  syncs = 0;
  constructor(readonly blocks: Block[] = []) {}

  run = async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> =>
    batch(this.context() as unknown as Word.RequestContext);

  /** The document as text, block by block: what a reader sees. */
  text(): string[] {
    return this.blocks.flatMap((b) =>
      b.kind === "break"
        ? ["--- page ---"]
        : b.kind === "paragraph"
          ? [b.text ?? ""]
          : [...(b.content ?? []).map((c) => c.text), ...(b.tables ?? []).flatMap((t) => t.map((r) => r.join(" | ")))],
    );
  }

  private control(block: Block) {
    const content = () => (block.content ??= []);
    return {
      set tag(v: string) {
        block.tag = v;
      },
      get tag() {
        return block.tag!;
      },
      set title(v: string) {
        block.title = v;
      },
      insertText: (text: string, where: string) => {
        if (where !== "Replace") throw new Error(`insertText ${where} is not used`);
        block.content = [{ text }];
        block.tables = [];
      },
      insertParagraph: (text: string) => {
        const p = { text, style: undefined as string | undefined };
        content().push(p);
        return {
          set styleBuiltIn(s: string) {
            p.style = s;
          },
        };
      },
      insertTable: (_rows: number, _cols: number, _where: string, values: string[][]) =>
        (block.tables ??= []).push(values),
      insertInlinePictureFromBase64: (base64: string, where: string) => {
        if (where !== "Start") throw new Error(`insertInlinePictureFromBase64 ${where} is not used`);
        (block.pictures ??= []).push(base64);
        return { height: 0 };
      },
      paragraphs: {
        getFirst: () => ({
          set styleBuiltIn(s: string) {
            content()[0].style = s;
          },
        }),
      },
    };
  }

  private context(): Mock {
    const items = this.blocks
      .filter((b) => b.kind === "control")
      .map((b) => Object.assign(new OfficeMockObject({ tag: b.tag }) as Mock, this.control(b)));
    const body = {
      insertBreak: (type: string, where: string) => {
        if (type !== "Page" || where !== "End") throw new Error(`insertBreak ${type} ${where} is not used`);
        this.blocks.push({ kind: "break" });
      },
      insertParagraph: (text: string, where: string) => {
        if (where !== "End") throw new Error(`insertParagraph ${where} is not used`);
        const block: Block = { kind: "paragraph", text };
        this.blocks.push(block);
        return {
          set styleBuiltIn(s: string) {
            block.style = s;
          },
          insertContentControl: () => {
            block.kind = "control";
            delete block.text;
            return this.control(block);
          },
        };
      },
    };
    const controls = new OfficeMockObject({ items }) as Mock;
    controls.load = function (this: OfficeMockObject, paths: string) {
      OfficeMockObject.prototype.load.call(this, "items");
      items.forEach((i) => i.load(paths.replace(/^items\//, "")));
      return this;
    };
    const context = new OfficeMockObject({ document: { body } }) as Mock;
    context.document.contentControls = controls;
    context.sync = async () => {
      this.syncs++;
      await OfficeMockObject.prototype.sync.call(controls);
      for (const i of items) await OfficeMockObject.prototype.sync.call(i);
    };
    return context;
  }
}
