/**
 * The weekly report's summary at its edges, week 2026-W48 (Monday 23 to Sunday 29 November 2026): the
 * top five clients and products (ties by ID), who bought for the first time, the orders late at the
 * week's end in their order, and the complaints still open. Each figure is counted on paper below.
 */
import { salesDataFrom } from "../../../src/core/workbook/salesData";
import { weeklyReport, WeeklyReport } from "../../../src/core/sales/weeklyReport";
import { reportSheet, weeklySalesSheet } from "../../../src/core/sales/reportSheet";
import { dayOf, serialFromDay } from "../../../src/core/kernel/dates";
import type { Cell, TableData } from "../../../src/core/workbook/port";
import { SALE_HEADERS, tableData } from "../../helpers/tables";
import { SaidError } from "../../../src/core/kernel/messages";

const d = (y: number, m: number, day: number) => serialFromDay(dayOf(y, m, day));
const nov = (day: number) => d(2026, 11, day);

const clients = tableData(
  "Clients",
  ["ClientID", "Name"],
  ["A", "B", "C", "D", "E", "F", "G"].map((id) => [`C-${id}`, `Client ${id}`]),
);
const products = tableData(
  "Products",
  ["SKU", "Name", "Category", "UnitPrice"],
  [
    ["P-1", "Cadira", "Mobles", 10],
    ["P-2", "Taula", "Mobles", 10],
  ],
);
const team = tableData(
  "Team",
  ["ExecID", "Name", "Region"],
  [
    ["E01", "Anna Puig", "Barcelona"],
    ["E02", "Bernat Soler", "Girona"],
  ],
);

const invoice = (no: string, day: Cell, client: string, net: number, more: Partial<Record<string, Cell>> = {}) => [
  no,
  day,
  client,
  more.Exec ?? "E01",
  net,
  0.21,
  net * 1.21,
  null,
  more.Status ?? "Issued",
  more.CreditOf ?? null,
  more.OrderID ?? null,
];

function report(tables: TableData[]): WeeklyReport {
  const r = weeklyReport(salesDataFrom([clients, products, team, ...tables]), "2026-W48");
  if (!r.ok) throw new SaidError(r.error);
  return r.value;
}

const invoices = (rows: Cell[][]) => tableData("Invoices", SALE_HEADERS, rows);

describe("the week's top clients and products", () => {
  const week = () =>
    report([
      invoices([
        invoice("1", nov(23), "C-A", 100), // the week's first day
        invoice("2", nov(29), "C-B", 700, { OrderID: "O-2" }), // its last
        invoice("3", nov(22), "C-C", 5000), // the day before: not in the week
        invoice("4", nov(30), "C-C", 5000), // the day after
        invoice("5", nov(24), "C-D", 300),
        invoice("6", nov(24), "C-C", 300), // ties with C-D: the lower ID first
        invoice("7", nov(25), "C-E", 200, { OrderID: "O-1" }),
        invoice("8", nov(25), "C-F", 150, { OrderID: "O-1" }),
        invoice("9", nov(26), "C-G", 50),
        invoice("10", nov(26), "C-Z", 400), // not in Clients: named by its ID
        invoice("11", nov(26), "C-A", 900, { Status: "Draft" }),
        invoice("12", nov(26), "C-A", 900, { Status: "Cancelled" }),
      ]),
      tableData(
        "Orders",
        ["OrderID", "OrderDate", "ClientID", "SKU", "Net", "Status"],
        [
          ["O-1", nov(2), "C-E", "P-1", 350, "Delivered"],
          ["O-2", nov(2), "C-B", "P-2", 700, "Delivered"],
        ],
      ),
    ]);

  it("ranks the five clients who bought most in the week, a tie by ID, a client not in Clients by its ID", () => {
    expect(week().summary.topClients).toEqual([
      { clientId: "C-B", name: "Client B", net: 70000 },
      { clientId: "C-Z", name: "C-Z", net: 40000 },
      { clientId: "C-C", name: "Client C", net: 30000 },
      { clientId: "C-D", name: "Client D", net: 30000 },
      { clientId: "C-E", name: "Client E", net: 20000 },
    ]);
  });

  it("breaks a tie by ID whichever of the two bought first", () => {
    const r = report([invoices([invoice("1", nov(24), "C-C", 300), invoice("2", nov(25), "C-D", 300)])]);
    expect(r.summary.topClients.map((c) => c.clientId)).toEqual(["C-C", "C-D"]);
  });

  it("ranks products by the orders invoiced in the week, with their names", () => {
    expect(week().summary.topProducts).toEqual([
      { sku: "P-2", name: "Taula", net: 70000 },
      { sku: "P-1", name: "Cadira", net: 35000 },
    ]);
  });
});

describe("new clients of the week", () => {
  it("are those whose first issued invoice falls in it, both ends included; credit notes, drafts and cancelled ones do not count", () => {
    const r = report([
      invoices([
        invoice("1", nov(23), "C-A", 100), // first on Monday: new
        invoice("2", nov(29), "C-B", 100), // first on Sunday: new
        invoice("3", nov(27), "C-C", 100), // listed first, yet C-C bought on the 22nd: not new
        invoice("4", nov(22), "C-C", 100),
        invoice("5", nov(30), "C-D", 100), // first on the Monday after: not new
        invoice("6", nov(10), "C-E", -50, { CreditOf: "X-1" }), // a credit note before: still new
        invoice("7", nov(24), "C-E", 100),
        invoice("8", nov(10), "C-F", 100, { Status: "Draft" }),
        invoice("9", nov(11), "C-F", 100, { Status: "Cancelled" }),
        invoice("10", nov(25), "C-F", 100),
        invoice("11", nov(20), "C-G", 100), // C-G's first, listed first: not new for its second in the week
        invoice("12", nov(26), "C-G", 100),
      ]),
    ]);
    expect(r.summary.newClients).toEqual([
      { clientId: "C-A", name: "Client A" },
      { clientId: "C-B", name: "Client B" },
      { clientId: "C-E", name: "Client E" },
      { clientId: "C-F", name: "Client F" },
    ]);
  });
});

describe("late orders and open complaints at the week's end", () => {
  const orders = tableData(
    "Orders",
    ["OrderID", "OrderDate", "ClientID", "Exec", "Net", "PromisedDate", "DeliveredDate", "Status"],
    [
      ["O-5", nov(2), "C-A", "E02", 100, nov(19), null, "Open"], // Bernat, 10 days late
      ["O-4", nov(2), "C-A", "E02", 100, nov(19), null, "Open"], // Bernat, 10 days: O-4 before O-5
      ["O-3", nov(2), "C-B", "E02", 100, nov(27), null, "Confirmed"], // Bernat, 2 days
      ["O-2", nov(2), "C-B", "E01", 100, nov(28), null, "Open"], // Anna, 1 day
      ["O-1", nov(2), "C-C", null, 100, nov(9), null, "Open"], // nobody's: first, by its empty name
    ],
  );
  const requests = (rows: Cell[][]) =>
    tableData("Requests", ["TicketID", "Received", "ClientID", "Kind", "Subject", "Status"], rows);

  it("lists the late orders by exec name, then the most days late, then the order", () => {
    const r = report([invoices([]), orders]);
    expect(r.summary.lateOrders.map((o) => [o.execName, o.orderId, o.daysLate, o.exec, o.net])).toEqual([
      ["", "O-1", 20, null, 10000],
      ["Anna Puig", "O-2", 1, "E01", 10000],
      ["Bernat Soler", "O-4", 10, "E02", 10000],
      ["Bernat Soler", "O-5", 10, "E02", 10000],
      ["Bernat Soler", "O-3", 2, "E02", 10000],
    ]);
    expect(r.summary.lateDeliveries).toBe(5);
    expect(r.summary.openComplaints).toBeNull(); // no Requests table
  });

  it("counts the complaints open or in progress received by the week's end", () => {
    const r = report([
      invoices([]),
      requests([
        ["T-1", nov(2), "C-A", "Complaint", "Late", "Open"],
        ["T-2", nov(29), "C-A", "Complaint", "Broken", "InProgress"], // received on Sunday: counted
        ["T-3", nov(30), "C-A", "Complaint", "Broken", "Open"], // the Monday after
        ["T-4", nov(2), "C-A", "Complaint", "Late", "Resolved"],
        ["T-5", nov(2), "C-A", "Complaint", "Late", "Closed"],
        ["T-6", nov(2), "C-A", "Request", "Catalogue", "Open"],
        ["T-7", nov(2), "C-A", "Question", "Prices", "InProgress"],
      ]),
    ]);
    expect(r.summary.openComplaints).toBe(2);
    expect(r.summary.lateDeliveries).toBeNull(); // no Orders table
  });
});

describe("the summary as the report sheet writes it", () => {
  const rows = (sheet: ReturnType<typeof reportSheet>, part: string) =>
    sheet.tables.find((t) => t.name === `Report_2026W48_${part}`)?.rows;
  const week = () =>
    report([
      invoices([
        invoice("1", nov(23), "C-A", 300, { OrderID: "O-1" }),
        invoice("2", nov(24), "C-Z", 100, { Exec: "E02" }),
      ]),
      tableData(
        "Orders",
        ["OrderID", "OrderDate", "ClientID", "Exec", "SKU", "Net", "PromisedDate", "DeliveredDate", "Status"],
        [
          ["O-1", nov(2), "C-A", "E02", "P-1", 300, nov(20), nov(24), "Delivered"], // delivered 4 days late
          ["O-2", nov(2), "C-B", null, "P-2", 50, nov(27), null, "Open"],
          ["O-3", nov(2), "C-B", "E02", "P-2", 70, nov(26), null, "Open"],
          ["O-4", nov(2), "C-B", "E02", "P-2", 80, nov(29), nov(29), "Delivered"], // on its day
        ],
      ),
      tableData(
        "Requests",
        ["TicketID", "Received", "ClientID", "Kind", "Subject", "Status"],
        [["T-1", nov(2), "C-A", "Complaint", "Late", "Open"]],
      ),
    ]);

  it("writes the top clients by name, the late orders (nobody's left blank), the service figures, and breakdowns without targets as shares", () => {
    const sheet = reportSheet(week(), "es");
    expect(rows(sheet, "TopClients")).toEqual([
      ["Client A", 300],
      ["C-Z", 100],
    ]);
    expect(rows(sheet, "NewClients")).toEqual([["Client A"], ["C-Z"]]);
    expect(rows(sheet, "Late")).toEqual([
      [null, "O-2", "C-B", dayOf(2026, 11, 27), 2, 50],
      ["Bernat Soler", "O-3", "C-B", dayOf(2026, 11, 26), 3, 70],
    ]);
    expect(rows(sheet, "Service")).toEqual([[0, 2, 0.5, 1]]);
    expect(rows(sheet, "Regions")).toEqual([
      ["Barcelona", 300, 0.75],
      ["Girona", 100, 0.25],
    ]);
    expect(sheet.title).toBe("Ventas de la semana 2026-W48 (23/11/2026 – 29/11/2026), facturación");
  });

  it("leaves every share blank when nothing was sold, and has no table of late orders when none is late", () => {
    const sheet = reportSheet(report([invoices([])]), "en");
    expect(rows(sheet, "Regions")).toEqual([
      ["Barcelona", 0, null],
      ["Girona", 0, null],
    ]);
    expect(rows(sheet, "Late")).toBeUndefined();
    expect(rows(sheet, "Service")).toEqual([[0, null, null, null]]);
    // no target, no sale: no attainment nor status, and the breakdown in shares
    expect(rows(sheet, "KPI")).toEqual([[0, 0, 0, null, null, 0, 0]]);
    expect(sheet.tables.find((t) => t.name.endsWith("_Regions"))!.columns).toEqual([
      { header: "Region" },
      { header: "Actual", format: "money" },
      { header: "Share", format: "percent" },
    ]);
    expect([sheet.title, reportSheet(report([invoices([])]), "es").charts![0].title]).toEqual([
      "Weekly sales 2026-W48 (23/11/2026 – 29/11/2026), invoiced revenue",
      "Ventas y objetivo, 2026-W48",
    ]);
  });

  it("titles the booked basis in each language", () => {
    const r = weeklyReport(salesDataFrom([team, invoices([])]), "2026-W48", "booked");
    if (!r.ok) throw new SaidError(r.error);
    expect((["ca", "es", "en"] as const).map((l) => reportSheet(r.value, l).title)).toEqual([
      "Vendes de la setmana 2026-W48 (23/11/2026 – 29/11/2026), comandes",
      "Ventas de la semana 2026-W48 (23/11/2026 – 29/11/2026), pedidos",
      "Weekly sales 2026-W48 (23/11/2026 – 29/11/2026), booked revenue",
    ]);
  });

  it("keeps the history's other weeks and bases, sorted by week, basis and exec", () => {
    const existing = tableData(
      "WeeklySales",
      ["Week", "Basis", "Exec", "Actual", "Target"],
      [
        ["2026-W48", "invoiced", "E01", 1, 0], // replaced
        ["2026-W48", "booked", "E02", 2, 0],
        ["2026-W47", "invoiced", "E02", 3, 0],
        ["2026-W47", "invoiced", "E01", 4, 0],
        ["2026-W48", "booked", "E01", 5, 0],
      ],
    );
    expect(weeklySalesSheet(week(), existing).tables[0].rows).toEqual([
      ["2026-W47", "invoiced", "E01", 4, 0],
      ["2026-W47", "invoiced", "E02", 3, 0],
      ["2026-W48", "booked", "E01", 5, 0],
      ["2026-W48", "booked", "E02", 2, 0],
      ["2026-W48", "invoiced", "E01", 300, 0],
      ["2026-W48", "invoiced", "E02", 100, 0],
    ]);
  });
});
