/** The workbench's workbook: the .xlsx port, telling the sheet view when the pane has written to it. */
import type { Cell, CellChange, OutputCell, SheetOutput, UpdateResult } from "../core/port";
import { XlsxWorkbook } from "../files/xlsxWorkbook";

export class ObservableWorkbook extends XlsxWorkbook {
  private readonly listeners = new Set<() => void>();

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  override async writeSheet(sheet: SheetOutput): Promise<void> {
    await super.writeSheet(sheet);
    this.changed();
  }

  override async appendRow(table: string, keyColumn: string, build: (keys: Cell[]) => Record<string, OutputCell>): Promise<Record<string, OutputCell>> {
    const row = await super.appendRow(table, keyColumn, build);
    this.changed();
    return row;
  }

  override async updateRow(table: string, keyColumn: string, key: string, changes: CellChange[]): Promise<UpdateResult> {
    const result = await super.updateRow(table, keyColumn, key, changes);
    if (result.ok) this.changed();
    return result;
  }

  private changed(): void {
    this.listeners.forEach((l) => l());
  }
}
