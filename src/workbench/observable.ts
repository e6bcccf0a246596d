/** The workbench's workbook: the .xlsx port, telling the sheet view when the pane has written to it. */
import type {
  AppendRequest,
  Cell,
  CellChange,
  OutputCell,
  ReadPort,
  SheetOutput,
  UpdateResult,
  WrittenSheet,
} from "../core/workbook";
import { putValues, XlsxWorkbook } from "../files/xlsxWorkbook";

export class ObservableWorkbook extends XlsxWorkbook {
  private readonly listeners = new Set<() => void>();
  /** bumped on every write: the sheet view re-renders on it, edits in place included */
  revision = 0;
  private readonly rowWatchers = new Set<(at: { sheet: string; row: number }) => void>();

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  override async writeSheet(sheet: SheetOutput): Promise<WrittenSheet> {
    const written = await super.writeSheet(sheet);
    this.changed();
    return written;
  }

  override async appendRow(request: AppendRequest): Promise<Record<string, OutputCell>> {
    const row = await super.appendRow(request);
    this.changed();
    return row;
  }

  override async updateRow(
    table: string,
    keyColumn: string,
    key: string,
    changes: CellChange[],
  ): Promise<UpdateResult> {
    const result = await super.updateRow(table, keyColumn, key, changes);
    if (result.ok) this.changed();
    return result;
  }

  override async rewriteColumn(table: string, column: string, rewrite: (cell: Cell) => Cell): Promise<number> {
    const changed = await super.rewriteColumn(table, column, rewrite);
    if (changed > 0) this.changed();
    return changed;
  }

  override async deleteRow(table: string, keyColumn: string, key: string): Promise<boolean> {
    const deleted = await super.deleteRow(table, keyColumn, key);
    if (deleted) this.changed();
    return deleted;
  }

  override async showRow(table: string, keyColumn: string, key: string): Promise<void> {
    const at = await this.rowAddress(table, keyColumn, key);
    if (at) this.rowWatchers.forEach((w) => w(at));
  }

  /**
   * Another file's sheets added beside this workbook's, as the admin copies next month's export into her
   * workbook: values only, each under a name no sheet here has yet ("Vendes (2)"). Answers their names.
   */
  async addSheetsOf(other: ReadPort): Promise<string[]> {
    const taken = new Set(this.workbook.worksheets.map((w) => w.name.toLowerCase()));
    const added: string[] = [];
    for (const info of (await other.listSheets()).filter((s) => s.visible)) {
      const grid = await other.readSheet(info.name);
      if (!grid) continue;
      let name = info.name;
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${info.name.slice(0, 26)} (${n})`;
      taken.add(name.toLowerCase());
      putValues(this.workbook.addWorksheet(name), grid.rows);
      added.push(name);
    }
    this.changed();
    return added;
  }

  /** The sheet view's answer to showRow: go to the sheet, select the row. */
  subscribeShowRow(watcher: (at: { sheet: string; row: number }) => void): () => void {
    this.rowWatchers.add(watcher);
    return () => this.rowWatchers.delete(watcher);
  }

  private changed(): void {
    this.revision++;
    this.listeners.forEach((l) => l());
  }
}
