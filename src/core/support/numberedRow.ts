/** A service record (a ticket, a visit, a meeting) appended under the next number of its series, taken at write time. */
import { nextDocumentNumber } from "../kernel/numbering";
import type { OutputCell, WorkbookPort } from "../workbook/port";
import type { TableName } from "../workbook/contract";

/** The row written with its number in the key column (fields may name it); answers the number. */
export async function appendNumbered(
  port: WorkbookPort,
  table: TableName,
  keyColumn: string,
  pattern: string,
  fields: Record<string, OutputCell> | ((number: string) => Record<string, OutputCell>),
): Promise<string> {
  const row = await port.appendRow({
    table,
    keyColumn,
    build: (above) => {
      const number = nextDocumentNumber(
        pattern,
        0,
        above.map((r) => r[keyColumn]),
      );
      return { [keyColumn]: number, ...(typeof fields === "function" ? fields(number) : fields) };
    },
  });
  return String(row[keyColumn]);
}
