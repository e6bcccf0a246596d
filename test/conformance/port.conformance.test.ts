/**
 * One contract, both adapters (port.ts): every method on a present and a missing table and column,
 * content below a table, text kept as text, owned sheets by marker, and two writers at once — two
 * panes, or two callers of the file — issuing, crediting, invoicing an order and reconciling.
 */
import { ADAPTERS, TableSpec } from "../helpers/portSubjects";
import { Refusal, type WorkbookPort } from "../../src/core/workbook/port";
import { draftCreditNote, draftInvoice, issueInvoice, type InvoiceDraft } from "../../src/core/invoicing/invoicing";
import { salesDataFrom, type SalesData } from "../../src/core/workbook/salesData";
import { recordMatch, type Proposal } from "../../src/core/receivables/reconciliation";
import { dayOf, serialFromDay } from "../../src/core/kernel/dates";
import { tableData } from "../helpers/tables";
import { render, SaidError } from "../../src/core/kernel/messages";
import { ownedSheet } from "../../src/core/workbook/ownedSheets";
import { issueQuote } from "../../src/core/orders/issuing";
import type { Product } from "../../src/core/workbook/contract";

export const INVOICE_HEADERS = [
  "InvoiceNo",
  "IssueDate",
  "ClientID",
  "Exec",
  "OrderID",
  "Net",
  "VATRate",
  "VAT",
  "Total",
  "Currency",
  "DueDate",
  "Status",
  "CreditOf",
];
export const today = dayOf(2026, 12, 1);

export function invoiceRow(
  no: string,
  total = 121,
  extra: Partial<Record<string, string | number>> = {},
): (string | number)[] {
  const row: Record<string, string | number> = {
    InvoiceNo: no,
    IssueDate: serialFromDay(today - 5),
    ClientID: "C-1",
    Net: total / 1.21,
    VATRate: 0.21,
    VAT: total - total / 1.21,
    Total: total,
    Currency: "EUR",
    Status: "Issued",
    ...extra,
  };
  return INVOICE_HEADERS.map((h) => row[h] ?? "");
}

export const invoices = (rows: (string | number)[][], at = "A1"): TableSpec => ({
  sheet: "Invoices",
  at,
  name: "Invoices",
  headers: INVOICE_HEADERS,
  rows,
});
const clients: TableSpec = {
  sheet: "Clients",
  at: "A1",
  name: "Clients",
  headers: ["ClientID", "Name", "City"],
  rows: [
    ["C-1", "Puig SL", "Girona"],
    ["C-2", "Serra SA", "Lleida"],
    ["C-3", "Vidal", "Reus"],
  ],
};

const data: SalesData = salesDataFrom([
  tableData("Clients", ["ClientID", "Name", "PaymentTermsDays"], [["C-1", "Puig SL", 30]]),
  tableData("Invoices", INVOICE_HEADERS, [invoiceRow("2026-0001", 121)]),
]);

function drafted(draft: ReturnType<typeof draftInvoice>): InvoiceDraft {
  if (!draft.ok) throw new SaidError(draft.error);
  return draft.value;
}

const plain = drafted(draftInvoice(data, { clientId: "C-1", issueDate: today, net: 10000, vatRate: 0.21 }));

describe.each(ADAPTERS)("the workbook port on $name", ({ open }) => {
  describe("each method on a table that is there, and on one that is not", () => {
    it("appends, changes, re-points and removes rows by their key", async () => {
      const w = await open([clients]);
      const [port] = w.panes;
      const added = await port.appendRow({
        table: "Clients",
        keyColumn: "ClientID",
        build: (above) => ({ ClientID: `C-${above.length + 1}`, Name: "Nova", City: "Vic" }),
      });
      expect(added.ClientID).toBe("C-4");
      expect(
        await port.updateRow("Clients", "ClientID", "C-2", [{ column: "City", from: "Lleida", to: "Tàrrega" }]),
      ).toEqual({ ok: true });
      expect(await port.rewriteColumn("Clients", "City", (v) => (v === "Reus" ? "Valls" : v))).toBe(1);
      expect(await port.deleteRow("Clients", "ClientID", "C-1")).toBe(true);
      expect(await port.deleteRow("Clients", "ClientID", "C-1")).toBe(false);
      await port.showRow("Clients", "ClientID", "C-2");
      expect((await w.table("Clients"))!.rows).toEqual([
        ["C-2", "Serra SA", "Tàrrega"],
        ["C-3", "Vidal", "Valls"],
        ["C-4", "Nova", "Vic"],
      ]);
    });

    it("answers a missing table without writing: undefined, missing, 0, false, or an error for a row to add", async () => {
      const w = await open([clients]);
      const [port] = w.panes;
      expect(await port.readTable("Orders")).toBeUndefined();
      expect(await port.updateRow("Orders", "OrderID", "O-1", [{ column: "Status", from: null, to: "x" }])).toEqual({
        ok: false,
        missing: true,
      });
      expect(await port.rewriteColumn("Orders", "ClientID", () => "x")).toBe(0);
      expect(await port.deleteRow("Orders", "OrderID", "O-1")).toBe(false);
      await expect(
        port.appendRow({ table: "Orders", keyColumn: "OrderID", build: () => ({ OrderID: "O-1" }) }),
      ).rejects.toThrow("the workbook has no Orders table");
      await port.showRow("Orders", "OrderID", "O-1");
      expect((await w.table("Clients"))!.rows).toHaveLength(3);
    });

    it("treats a missing column as a missing row: nothing half-written", async () => {
      const w = await open([clients]);
      const [port] = w.panes;
      expect(
        await port.updateRow("Clients", "ClientID", "C-1", [
          { column: "City", from: "Girona", to: "Olot" },
          { column: "Email", from: null, to: "a@b.c" },
        ]),
      ).toEqual({
        ok: false,
        missing: true,
      });
      expect(await port.rewriteColumn("Clients", "Email", () => "x")).toBe(0);
      expect(await port.deleteRow("Clients", "Code", "C-1")).toBe(false);
      await expect(
        port.appendRow({
          table: "Clients",
          keyColumn: "ClientID",
          reads: ["Email"],
          build: () => ({ ClientID: "C-9" }),
        }),
      ).rejects.toThrow("the Clients table has no Email column");
      await expect(
        port.appendRow({ table: "Clients", keyColumn: "", build: () => ({ ClientID: "C-9" }) }),
      ).rejects.toThrow("the Clients table has no  column");
      expect((await w.table("Clients"))!.rows).toEqual(clients.rows);
    });

    it("takes no key another row holds, unless the row joins those rows (an order's next line)", async () => {
      const w = await open([clients]);
      const [port] = w.panes;
      const again = (joins: boolean) =>
        port.appendRow({
          table: "Clients",
          keyColumn: "ClientID",
          joins,
          build: () => ({ ClientID: "C-2", Name: "Sucursal" }),
        });
      await expect(again(false)).rejects.toThrow();
      expect((await w.table("Clients"))!.rows).toEqual(clients.rows);
      await again(true);
      expect((await w.table("Clients"))!.rows.map((r) => r.slice(0, 2))).toEqual([
        ["C-1", "Puig SL"],
        ["C-2", "Serra SA"],
        ["C-3", "Vidal"],
        ["C-2", "Sucursal"],
      ]);
    });
  });

  it("reads sheets and tables as the user left them", async () => {
    const w = await open([clients], { Notes: [["Title"], [], ["a", "b"]] });
    const [port] = w.panes;
    expect((await port.listSheets()).map((s) => [s.name, s.visible])).toEqual([
      ["Notes", true],
      ["Clients", true],
    ]);
    // a row may stop at its last value or run on to the used range's width: a missing cell is blank
    const trimmed = (rows: unknown[][]) =>
      rows.map((r) =>
        r.slice(
          0,
          r.reduce<number>((end, v, i) => (v === null ? end : i + 1), 0),
        ),
      );
    expect(trimmed((await port.readSheet("Notes"))!.rows)).toEqual([["Title"], [], ["a", "b"]]);
    expect(await port.readSheet("Nowhere")).toBeUndefined();
    expect(await port.listTables()).toEqual([
      { name: "Clients", sheet: "Clients", headers: ["ClientID", "Name", "City"], rowCount: 3 },
    ]);
    expect(await port.tableNames()).toEqual(["Clients"]);
    expect(await port.readTable("clients")).toMatchObject({
      name: "Clients",
      headerRow: 1,
      rows: clients.rows,
      date1904: false,
    });
  });

  it("grows a table into content below it by moving that content down, never over it", async () => {
    const notes: TableSpec = { sheet: "Invoices", at: "A3", name: "Notes", headers: ["Note"], rows: [["keep me"]] };
    const w = await open([invoices([invoiceRow("2026-0001")]), notes]);
    await issueInvoice(w.panes[0], "YYYY-NNNN", plain);
    expect((await w.table("Invoices"))!.rows.map((r) => r[0])).toEqual(["2026-0001", "2026-0002"]);
    expect(await w.table("Notes")).toEqual({ headers: ["Note"], rows: [["keep me"]] });
  });

  it("keeps text that Excel would read as a formula as the text it was, in every write", async () => {
    const w = await open([clients]);
    const [port] = w.panes;
    await port.appendRow({
      table: "Clients",
      keyColumn: "ClientID",
      build: () => ({ ClientID: "C-4", Name: '=HYPERLINK("http://x","y")', City: "@SUM(1)" }),
    });
    await port.updateRow("Clients", "ClientID", "C-1", [{ column: "City", from: "Girona", to: "+34 600 000 000" }]);
    await port.rewriteColumn("Clients", "Name", (v) => (v === "Vidal" ? "-Vidal" : v));
    await port.writeSheet({
      name: "Quarantine",
      tables: [{ name: "Quarantined", columns: [{ header: "=1+1" }], rows: [["=cmd|' /C calc'!A0"]] }],
    });
    expect((await w.table("Clients"))!.rows).toEqual([
      ["C-1", "Puig SL", "+34 600 000 000"],
      ["C-2", "Serra SA", "Lleida"],
      ["C-3", "-Vidal", "Reus"],
      ["C-4", '=HYPERLINK("http://x","y")', "@SUM(1)"],
    ]);
    expect(await w.table("Quarantined")).toEqual({ headers: ["=1+1"], rows: [["=cmd|' /C calc'!A0"]] });
  });

  it("keeps codes, postal codes and periods exactly as typed in a user's General cells, in every write (issue 29)", async () => {
    const w = await open([
      {
        ...clients,
        headers: ["ClientID", "Name", "PostalCode", "CardLast4", "Segment"],
        rows: [["C-1", "Puig SL", "17001", "n/a", "A"]],
      },
    ]);
    const [port] = w.panes;
    await port.appendRow({
      table: "Clients",
      keyColumn: "ClientID",
      build: () => ({ ClientID: "0042", Name: "1/2", PostalCode: "08001", CardLast4: "0042", Segment: "21%" }),
    });
    await port.updateRow("Clients", "ClientID", "C-1", [{ column: "PostalCode", from: "17001", to: "08001" }]);
    await port.rewriteColumn("Clients", "Segment", (v) => (v === "A" ? "2026-11" : v));
    expect((await w.table("Clients"))!.rows).toEqual([
      ["C-1", "Puig SL", "08001", "n/a", "2026-11"],
      ["0042", "1/2", "08001", "0042", "21%"],
    ]);
  });

  it("masks a full card number in every cell it writes, text or number, a TaxID column's valid tax ID excepted", async () => {
    const w = await open([
      { ...clients, headers: ["ClientID", "Name", "TaxID"], rows: [["C-1", "Puig", "B12345674"]] },
    ]);
    const [port] = w.panes;
    await port.appendRow({
      table: "Clients",
      keyColumn: "ClientID",
      build: () => ({ ClientID: "C-2", Name: "4111.1111.1111.1111", TaxID: "FR40303265045" }),
    });
    await port.updateRow("Clients", "ClientID", "C-1", [{ column: "Name", from: "Puig", to: 4111111111111111 }]);
    await port.writeSheet({
      name: "Quarantine",
      tables: [
        {
          name: "Quarantined",
          columns: [{ header: "4111 1111 1111 1111" }],
          rows: [["4111\u00a01111\u00a01111\u00a01111"]],
        },
      ],
    });
    expect((await w.table("Clients"))!.rows).toEqual([
      ["C-1", "•••• 1111", "B12345674"],
      ["C-2", "•••• 1111", "FR40303265045"],
    ]);
    expect(await w.table("Quarantined")).toEqual({ headers: ["•••• 1111"], rows: [["•••• 1111"]] });
  });

  describe("sheets the add-in owns, known by their marker", () => {
    const aging = (n: number) => ({
      name: "Aging",
      tables: [
        { name: "AgingTable", columns: [{ header: "Client" }], rows: Array.from({ length: n }, (_, i) => [`C-${i}`]) },
      ],
    });

    it("replaces its own sheet in place, and leaves a user's sheet of that name alone, writing beside it and saying so", async () => {
      const w = await open([clients], { Aging: [["my own notes"]] });
      const [port] = w.panes;
      const first = await port.writeSheet(aging(2));
      expect(first.sheet).toBe("Aging (2)");
      expect(render(first.note!, "ca")).toBe(
        // a note is there: the beside case above
        "un full vostre es diu Aging: s'ha deixat com era i això s'ha escrit a Aging (2)",
      );
      expect(await port.writeSheet(aging(1))).toEqual({ sheet: "Aging (2)" });
      expect(await w.sheets()).toEqual(expect.arrayContaining(["Aging", "Aging (2)"]));
      expect((await w.sheets()).filter((s) => s.startsWith("Aging"))).toHaveLength(2);
      expect((await port.readSheet("Aging"))!.rows).toEqual([["my own notes"]]);
      expect((await w.table("AgingTable"))!.rows).toEqual([["C-0"]]);
    });

    it("renames its sheet into the language it is written in, where it still has one of its names; a name she gave it stays", async () => {
      const w = await open([clients]);
      const [port] = w.panes;
      const catalan = { ...aging(1), ...ownedSheet("Aging", "ca") };
      await port.writeSheet(aging(2));
      expect(await port.writeSheet(catalan)).toEqual({ sheet: "Antiguitat de saldos" });
      expect((await w.sheets()).filter((s) => /Aging|Antiguitat/.test(s))).toEqual(["Antiguitat de saldos"]);
      expect((await w.table("AgingTable"))!.rows).toEqual([["C-0"]]);
      // back in Spanish, then she names it herself: her name is kept from then on
      expect(await port.writeSheet({ ...aging(1), ...ownedSheet("Aging", "es") })).toEqual({
        sheet: "Antigüedad de saldos",
      });
      await w.renameSheet("Antigüedad de saldos", "Deutes");
      expect(await w.panes[0].writeSheet(catalan)).toEqual({ sheet: "Deutes" });
      expect((await w.sheets()).filter((s) => /Aging|Antig|Deutes/.test(s))).toEqual(["Deutes"]);
    });

    it("refuses a table name a user's table has on another sheet: no two tables of one name", async () => {
      const w = await open([
        clients,
        { sheet: "Mine", at: "B2", name: "AgingTable", headers: ["X"], rows: [["mine"]] },
      ]);
      await expect(w.panes[0].writeSheet(aging(1))).rejects.toThrow(Refusal);
      await expect(w.panes[0].writeSheet(aging(1))).rejects.toThrow(
        "a table named AgingTable already exists on sheet Mine",
      );
      expect(await w.table("AgingTable")).toEqual({ headers: ["X"], rows: [["mine"]] });
      expect(await w.sheets()).not.toContain("Aging");
    });
  });

  describe("two writers at once", () => {
    it("2 panes × 25 invoices: 50 distinct numbers, no gap", async () => {
      const w = await open([invoices([invoiceRow("2026-0001")])]);
      const issue = (port: WorkbookPort) =>
        (async () => {
          for (let i = 0; i < 25; i++) await issueInvoice(port, "YYYY-NNNN", plain);
        })();
      await Promise.all(w.panes.map(issue));
      const numbers = (await w.table("Invoices"))!.rows.map((r) => r[0]);
      expect(numbers).toHaveLength(51);
      expect([...numbers].sort()).toEqual(
        Array.from({ length: 51 }, (_, i) => `2026-${String(i + 1).padStart(4, "0")}`),
      );
    });

    it("two quotes of two lines written at once from two panes: two numbers, each on its own two lines", async () => {
      const quotes: TableSpec = {
        sheet: "Quotes",
        at: "A1",
        name: "Quotes",
        headers: [
          "QuoteID",
          "QuoteDate",
          "ClientID",
          "Exec",
          "SKU",
          "Quantity",
          "UnitPrice",
          "Discount",
          "Net",
          "ValidUntil",
          "Status",
        ],
        rows: [["Q-2026-0001", "", "C-1", "", "A", 1, 10, 0, 10, "", "Sent"]],
      };
      const w = await open([quotes]);
      const products = [
        { SKU: "A", UnitPrice: 1000 },
        { SKU: "B", UnitPrice: 250 },
      ] as Product[];
      const draft = (clientId: string) => ({
        clientId,
        exec: null,
        quoteDate: today,
        validUntil: today + 30,
        lines: [
          { sku: "A", quantity: 2, discount: 0 },
          { sku: "B", quantity: 4, discount: 0.1 },
        ],
      });
      const numbers = await Promise.all([
        issueQuote(w.panes[0], "Q-YYYY-NNNN", draft("C-2"), products),
        issueQuote(w.panes[1], "Q-YYYY-NNNN", draft("C-3"), products),
      ]);
      expect([...numbers].sort()).toEqual(["Q-2026-0002", "Q-2026-0003"]);
      const rows = (await w.table("Quotes"))!.rows;
      for (const [n, client] of [
        [numbers[0], "C-2"],
        [numbers[1], "C-3"],
      ]) {
        expect(rows.filter((r) => r[0] === n).map((r) => [r[2], r[4], r[8]])).toEqual([
          [client, "A", 20],
          [client, "B", 9],
        ]);
      }
    });

    it("20 invoices issued at the same moment: 20 distinct numbers", async () => {
      const w = await open([invoices([invoiceRow("2026-0001")])]);
      const issued = await Promise.all(
        Array.from({ length: 20 }, (_, i) => issueInvoice(w.panes[i % 2], "YYYY-NNNN", plain)),
      );
      expect(new Set(issued.map((r) => r.InvoiceNo)).size).toBe(20);
      expect((await w.table("Invoices"))!.rows.map((r) => r[0]).sort()).toEqual(
        Array.from({ length: 21 }, (_, i) => `2026-${String(i + 1).padStart(4, "0")}`),
      );
    });

    it("credits an invoice once: the second credit note of the whole amount is refused at write time", async () => {
      const w = await open([invoices([invoiceRow("2026-0001", 121)])]);
      const credit = drafted(draftCreditNote(data, { creditOf: "2026-0001", issueDate: today }));
      const results = await Promise.allSettled(w.panes.map((port) => issueInvoice(port, "YYYY-NNNN", credit)));
      expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
      expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.message).toMatch(
        /2026-0001 can be credited €0.00 at most now/,
      );
      expect((await w.table("Invoices"))!.rows).toHaveLength(2);
    });

    it("invoices an order once", async () => {
      const w = await open([invoices([invoiceRow("2026-0001")])]);
      const order = { ...plain, OrderID: "O-7" };
      const results = await Promise.allSettled(w.panes.map((port) => issueInvoice(port, "YYYY-NNNN", order)));
      expect(
        results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.message),
      ).toEqual([expect.stringMatching(/^order O-7 was invoiced meanwhile as 2026-000\d: nothing was issued$/)]);
      expect((await w.table("Invoices"))!.rows.filter((r) => r[4] === "O-7")).toHaveLength(1);
    });

    it("records one bank line per invoice it pays: a second line for the same invoice is refused", async () => {
      const payments: TableSpec = {
        sheet: "Payments",
        at: "A1",
        name: "Payments",
        headers: ["PaymentID", "PaymentDate", "InvoiceNo", "ClientID", "Amount", "Method", "Reference", "Status"],
        rows: [],
      };
      const w = await open([invoices([invoiceRow("2026-0001", 121)]), payments]);
      const line = (row: number): Proposal => ({
        line: { row, date: today, amount: 12100, text: `TRANSF 2026-0001 (${row})` },
        invoice: data.invoices[0],
        client: null,
        confidence: 1,
        reasons: [],
      });
      const results = await Promise.allSettled([
        recordMatch(w.panes[0], line(2), data),
        recordMatch(w.panes[1], line(3), data),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
      expect((await w.table("Payments"))!.rows).toHaveLength(1);
    });
  });
});

describe("Office.js with a co-author acting between any two syncs", () => {
  const office = ADAPTERS[0];

  /** Runs the scenario undisturbed to count its syncs, then once with the co-author before each of them (and after the last). */
  async function atEverySync(
    tables: TableSpec[],
    act: (model: NonNullable<Awaited<ReturnType<typeof office.open>>["excel"]>["model"]) => void,
    write: (port: WorkbookPort) => Promise<unknown>,
    check: (w: Awaited<ReturnType<typeof office.open>>, result: unknown, k: number) => Promise<void>,
  ): Promise<number> {
    const calm = await office.open(tables);
    await write(calm.panes[0]);
    const syncs = calm.excel!.syncs;
    for (let k = 1; k <= syncs + 1; k++) {
      const w = await office.open(tables);
      w.excel!.beforeSync(k, act);
      const result = await write(w.panes[0]);
      if (k > syncs) act(w.excel!.model);
      await check(w, result, k);
    }
    return syncs;
  }

  it("issues a number nobody else holds when a co-author types the next one by hand", async () => {
    const syncs = await atEverySync(
      [invoices([invoiceRow("2026-0001")])],
      (m) => {
        const last = Math.max(
          ...m
            .column("Invoices", "InvoiceNo")
            .map((n) => (/^2026-\d{4}$/.test(String(n)) ? Number(String(n).slice(5)) : 0)),
        );
        m.appendTableRow("Invoices", invoiceRow(`2026-${String(last + 1).padStart(4, "0")}`));
      },
      (port) => issueInvoice(port, "YYYY-NNNN", plain),
      async (w, row) => {
        const numbers = (await w.table("Invoices"))!.rows.map((r) => r[0]);
        expect([...numbers].sort()).toEqual(["2026-0001", "2026-0002", "2026-0003"]);
        expect(numbers).toContain((row as { InvoiceNo: string }).InvoiceNo);
      },
    );
    expect(syncs).toBe(4);
  });

  it("numbers after a row a co-author inserts at the top", async () => {
    await atEverySync(
      [invoices([invoiceRow("2026-0001")])],
      (m) => m.insertTableRow("Invoices", 0, invoiceRow("2025-0100")),
      (port) => issueInvoice(port, "YYYY-NNNN", plain),
      async (w) =>
        expect((await w.table("Invoices"))!.rows.map((r) => r[0])).toEqual(["2025-0100", "2026-0001", "2026-0002"]),
    );
  });

  const city = async (w: Awaited<ReturnType<typeof office.open>>) =>
    Object.fromEntries((await w.table("Clients"))!.rows.map((r) => [r[0], r[2]]));

  it("changes the row meant when a co-author inserts one above it", async () => {
    await atEverySync(
      [clients],
      (m) => m.insertTableRow("Clients", 0, ["C-0", "Nou", "Olot"]),
      (port) => port.updateRow("Clients", "ClientID", "C-2", [{ column: "City", from: "Lleida", to: "Tàrrega" }]),
      async (w, result) => {
        expect(result).toEqual({ ok: true });
        expect(await city(w)).toEqual({ "C-0": "Olot", "C-1": "Girona", "C-2": "Tàrrega", "C-3": "Reus" });
      },
    );
  });

  it("changes the line meant among lines sharing a key, told apart by a second column, when a co-author inserts one above", async () => {
    const order: TableSpec = {
      sheet: "Orders",
      at: "A1",
      name: "Orders",
      headers: ["OrderID", "SKU", "DeliveredDate"],
      rows: [
        ["O-1", "A", ""],
        ["O-1", "B", ""],
        ["O-2", "B", ""],
      ],
    };
    await atEverySync(
      [order],
      (m) => m.insertTableRow("Orders", 0, ["O-1", "C", ""]),
      (port) =>
        port.updateRow(
          "Orders",
          ["OrderID", "SKU"],
          ["O-1", "B"],
          [{ column: "DeliveredDate", from: null, to: "delivered" }],
        ),
      async (w, result) => {
        expect(result).toEqual({ ok: true });
        expect((await w.table("Orders"))!.rows.filter((r) => r[2] === "delivered")).toEqual([
          ["O-1", "B", "delivered"],
        ]);
      },
    );
  });

  it("never overwrites a co-author's change of the same cell: the conflict is reported instead", async () => {
    await atEverySync(
      [clients],
      (m) => m.setTableCell("Clients", 1, "City", "Cervera"),
      (port) => port.updateRow("Clients", "ClientID", "C-2", [{ column: "City", from: "Lleida", to: "Tàrrega" }]),
      async (w, result) => {
        expect((await city(w))["C-2"]).toBe("Cervera");
        if (result && (result as { ok: boolean }).ok === false)
          expect(result).toEqual({ ok: false, conflicts: [{ column: "City", now: "Cervera" }] });
      },
    );
  });

  it("re-points references without touching a co-author's rows or changes", async () => {
    await atEverySync(
      [clients],
      (m) => {
        m.insertTableRow("Clients", 0, ["C-0", "Nou", "Olot"]);
        m.setTableCell("Clients", 3, "City", "Tarragona");
      },
      (port) => port.rewriteColumn("Clients", "City", (v) => (v === "Reus" ? "Valls" : v === "Girona" ? "Salt" : v)),
      async (w) => {
        const cities = await city(w);
        expect(cities).toEqual({ "C-0": "Olot", "C-1": "Salt", "C-2": "Lleida", "C-3": "Tarragona" });
      },
    );
  });

  it("removes the row meant, and only it, when a co-author inserts one above", async () => {
    await atEverySync(
      [clients],
      (m) => m.insertTableRow("Clients", 0, ["C-0", "Nou", "Olot"]),
      (port) => port.deleteRow("Clients", "ClientID", "C-2"),
      async (w, removed) => {
        expect(removed).toBe(true);
        expect(Object.keys(await city(w))).toEqual(["C-0", "C-1", "C-3"]);
      },
    );
  });

  it("writes its own sheet whole while a co-author types into the user's sheets, leaving every one of their cells", async () => {
    const aging = {
      name: "Aging",
      tables: [{ name: "AgingTable", columns: [{ header: "Client" }], rows: [["C-1"], ["C-2"]] }],
    };
    await atEverySync(
      [clients],
      (m) => m.setTableCell("Clients", 2, "City", "Valls"),
      (port) => port.writeSheet(aging),
      async (w, written) => {
        expect(written).toEqual({ sheet: "Aging" });
        expect((await w.table("AgingTable"))!.rows).toEqual([["C-1"], ["C-2"]]);
        expect((await city(w))["C-3"]).toBe("Valls");
      },
    );
  });

  it.each([1, 2, 3, 4, 5])(
    "2 panes × 25 invoices, syncs interleaved from seed %i: 50 distinct numbers, no gap, no claim left",
    async (seed) => {
      const w = await office.open([invoices([invoiceRow("2026-0001")])]);
      w.excel!.interleaveFrom(seed);
      await Promise.all(
        w.panes.map(async (port) => {
          for (let i = 0; i < 25; i++) await issueInvoice(port, "YYYY-NNNN", plain);
        }),
      );
      const numbers = (await w.table("Invoices"))!.rows.map((r) => r[0]);
      expect([...numbers].sort()).toEqual(
        Array.from({ length: 51 }, (_, i) => `2026-${String(i + 1).padStart(4, "0")}`),
      );
    },
  );
});
