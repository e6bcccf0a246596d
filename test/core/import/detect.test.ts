/**
 * Finding the table in a sheet made by hand (detect.ts), at the edges of each rule: how far down the
 * header may sit and how far below it the data, group heads, blank and repeated headers, a second
 * table beside or below, and what each line under the header is.
 */
import { detectBlock, headerScore, type Block } from "../../../src/core/import/detect";
import type { SheetCell } from "../../../src/core/workbook/port";

const blockOf = (rows: SheetCell[][]) => detectBlock({ name: "Full", date1904: false, rows });
const HEADER = ["Cliente", "Fecha", "Importe"];
const record = (i: number): SheetCell[] => [`C${i}`, "01/02/2026", 10 * i];
const blank = (n: number): SheetCell[][] => Array.from({ length: n }, () => [null]);
const lines = (block: Block | undefined) => block?.lines.map((l) => `${l.row} ${l.kind}`);

describe("a sheet's table", () => {
  it("has its header within the first thirty rows, with data at most five rows under it", () => {
    expect(blockOf([...blank(29), HEADER, record(1)])?.headerRow).toBe(30);
    expect(blockOf([...blank(30), HEADER, record(1)])).toBeUndefined();
    expect(lines(blockOf([HEADER, ...blank(4), record(1)]))).toEqual([
      "2 blank",
      "3 blank",
      "4 blank",
      "5 blank",
      "6 record",
    ]);
    expect(blockOf([HEADER, ...blank(5), record(1)])).toBeUndefined();
  });

  it("reads group heads over their columns, a head standing alone as its own column's", () => {
    const block = blockOf([
      ["Cliente", "Importes", null, "Fecha"],
      [null, "Subtotal", "IVA", null],
      ["C1", 10, 2.1, new Date("2026-02-01T00:00:00Z")],
      ["C2", 20, 4.2, new Date("2026-02-02T00:00:00Z")],
    ]);
    expect([block?.headerRow, block?.headers, lines(block)]).toEqual([
      2,
      ["Cliente", "Importes Subtotal", "Importes IVA", "Fecha"],
      ["3 record", "4 record"],
    ]);
  });

  it("takes a row for group heads only over a row of words with heads both merged over and standing alone, and values under", () => {
    const date = (d: number) => new Date(Date.UTC(2026, 1, d));
    const data = [
      ["C1", 10, 2.1, date(1)],
      ["C2", 20, 4.2, date(2)],
    ];
    const read = (rows: SheetCell[][]) => {
      const block = blockOf(rows);
      return [block?.headerRow, block?.headers];
    };
    expect([
      read([[null, "Importes", null, null], ["Cliente", "Subtotal", "IVA", "Fecha"], ...data]), // one head: a title
      read([["Cliente", "Importes", 2026, "Fecha"], [null, "Subtotal", "IVA", null], ...data]), // a number above
      read([["Cliente", "Importes", null, "Fecha"], ["Id", "Subtotal", "IVA", "Data"], ...data]), // no head alone
      read([["Cliente", "Importes", "Impost", "Fecha"], [null, "Subtotal", "IVA", null], ...data]), // none under a group
      read([
        ["Cliente", "Importes", null, "Fecha"],
        [null, "Subtotal", "IVA", null],
        ["C1", "deu", "x", "ahir"],
        ["C2", "deu", "y", "avui"],
      ]), // words under it
      read([
        ["Cliente", "Importes", null, "Fecha"],
        [null, "Subtotal", "IVA", null],
        ["C1", 10, "x", "ahir"],
        ["C2", 20, "y", "avui"],
      ]), // values under half its columns: enough
    ]).toEqual([
      [2, ["Cliente", "Subtotal", "IVA", "Fecha"]],
      [1, ["Cliente", "Importes", "2026", "Fecha"]],
      [2, ["Id", "Subtotal", "IVA", "Data"]],
      [1, ["Cliente", "Importes", "Impost", "Fecha"]],
      [1, ["Cliente", "Importes", "Column C", "Fecha"]],
      [2, ["Cliente", "Importes Subtotal", "Importes IVA", "Fecha"]],
    ]);
  });

  it("names a blank header by its column and numbers a repeated one; a record wider than the header widens the table", () => {
    expect(
      blockOf([
        ["Cliente", "Precio", null, "Precio"],
        ["C1", 1, 2, 3],
      ]),
    ).toMatchObject({
      headers: ["Cliente", "Precio", "Column C", "Precio (2)"],
      unnamed: [false, false, true, false],
    });
    // a header's spaces, line breaks included, are one space each
    expect(blockOf([["Cliente", "Fecha   de\nentrada", " Importe "], record(1)])?.headers).toEqual([
      "Cliente",
      "Fecha de entrada",
      "Importe",
    ]);
    expect(blockOf([HEADER, record(1), [...record(2), "a mà"]])).toMatchObject({
      first: 0,
      last: 3,
      headers: [...HEADER, "Column D"],
    });
  });

  it("ends at a blank column with another table beside it, and says where that one starts", () => {
    expect(
      blockOf([
        ["Cliente", "Fecha", null, "Producto", "Precio"],
        ["C1", "01/02/2026", null, "P1", 3],
      ]),
    ).toMatchObject({ headers: ["Cliente", "Fecha"], last: 1, beside: "D" });
  });

  it("tells records from blank lines, the header repeated in other letters, totals and notes", () => {
    expect(
      lines(
        blockOf([
          HEADER,
          record(1),
          [null],
          ["CLIENTE", "fecha", "IMPORTE"],
          record(2),
          ["Total", null, 30],
          ["Suma", null, 30],
          ["Nota: revisar"],
          ["* provisional"],
        ]),
      ),
    ).toEqual(["2 record", "3 blank", "4 repeatedHeader", "5 record", "6 total", "7 total", "8 note", "9 note"]);
    // the header again with blank cells after it is the header; a record that opens with the header's word is a record
    expect(
      lines(
        blockOf([
          HEADER,
          record(1),
          ["CLIENTE", "fecha", "IMPORTE", null, null],
          record(2),
          ["Cliente", "01/03/2026", 7],
        ]),
      ),
    ).toEqual(["2 record", "3 repeatedHeader", "4 record", "5 record"]);
  });

  it("takes a sum under a column and a lone text after the last record for a total and a note, and a header after two blank lines for another table", () => {
    expect(lines(blockOf([HEADER, record(1), record(2), [null, null, 30], ["revisat per l'Anna"]]))).toEqual([
      "2 record",
      "3 record",
      "4 total",
      "5 note",
    ]);
    // a lone text before a blank line, a note or a total at the end is a note too
    expect([
      lines(blockOf([HEADER, record(1), ["revisat per l'Anna"], [null], ["Nota: final"]])),
      lines(blockOf([HEADER, record(1), ["revisat per l'Anna"], ["Total", null, 10]])),
    ]).toEqual([
      ["2 record", "3 note", "4 blank", "5 note"],
      ["2 record", "3 note", "4 total"],
    ]);
    // two numbers under a three-column header, or one in the key's column, are records; a bracket opens a note
    expect([
      lines(blockOf([HEADER, record(1), [null, 20, 30]])),
      lines(blockOf([HEADER, record(1), [5, null, null]])),
      lines(blockOf([HEADER, record(1), ["(provisional)"]])),
      lines(blockOf([HEADER, record(1), ["Nota: x", null, 5]])),
    ]).toEqual([
      ["2 record", "3 record"],
      ["2 record", "3 record"],
      ["2 record", "3 note"],
      ["2 record", "3 record"],
    ]);
    // between records too: a bracket opens a note, a note word beside a number does not
    expect(lines(blockOf([HEADER, record(1), ["(provisional)"], ["Nota: x", null, 5], record(2)]))).toEqual([
      "2 record",
      "3 note",
      "4 record",
      "5 record",
    ]);
    expect(
      lines(blockOf([HEADER, record(1), record(2), [null], [null], ["Producto", "Precio", "Stock"], ["P1", 2, 3]])),
    ).toEqual(["2 record", "3 record", "4 blank", "5 blank", "6 otherTable", "7 otherTable"]);
  });
});

describe("how much a row looks like a header", () => {
  it("counts texts and the known words among them, numbers against, a row of three periods as known; one text is no header", () => {
    expect([
      headerScore(["Cliente"]),
      headerScore(["Cliente", "Fecha"]),
      headerScore(["Cliente", "Fecha", 3]),
      headerScore(["xyzzy", "plugh"]),
      headerScore(["Enero 2026", "Febrero 2026"]),
      headerScore(["Enero 2026", "Febrero 2026", "Marzo 2026"]),
    ]).toEqual([0, 6, 3, 2, 2, 5]);
  });
});
