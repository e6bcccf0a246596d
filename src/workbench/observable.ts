/** The workbench's workbook: the .xlsx port, telling the sheet view when the pane has written a sheet. */
import type { SheetOutput } from "../core/port";
import { XlsxWorkbook } from "../files/xlsxWorkbook";

export class ObservableWorkbook extends XlsxWorkbook {
  private readonly listeners = new Set<() => void>();

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  override async writeSheet(sheet: SheetOutput): Promise<void> {
    await super.writeSheet(sheet);
    this.listeners.forEach((l) => l());
  }
}
