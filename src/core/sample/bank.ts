import type { Day } from "../kernel/dates";
import { fold } from "../kernel/text";
import type { Cell, SheetOutput } from "../workbook/port";
import { BANK_SHEET } from "../workbook/ownedSheets";

type Row = Record<string, Cell>;

/**
 * A few days of bank statement pasted into the Bank sheet, to reconcile: transfers paying unpaid
 * invoices (one naming the invoice, one only the client, one a part), a bank fee and a cash deposit.
 */
export function bankStatement(invoices: Row[], payments: Row[], clients: Row[], today: Day): SheetOutput {
  const paid = new Set(payments.map((p) => p.InvoiceNo));
  const unpaid = invoices
    .filter((i) => !paid.has(i.InvoiceNo) && i.CreditOf === null && (i.Status === "Issued" || i.Status === "Overdue"))
    .slice(-3);
  const name = (i: Row) => fold(String(clients.find((c) => c.ClientID === i.ClientID)?.Name ?? "")).toUpperCase();
  const lines: [Day, string, number][] = [];
  const [a, b, c] = unpaid;
  if (a) lines.push([today - 4, `TRANSF ${name(a)} FRA ${a.InvoiceNo}`, a.Total as number]);
  if (b) lines.push([today - 3, `TRANSFERENCIA ${name(b)}`, b.Total as number]);
  if (c) lines.push([today - 2, `TRANSF ${name(c)} A CUENTA`, Math.round((c.Total as number) * 50) / 100]);
  lines.push([today - 2, "COMISION MANTENIMIENTO CUENTA", -12], [today - 1, "INGRESO EFECTIVO OFICINA", 77.77]);
  return {
    name: BANK_SHEET,
    tables: [
      {
        name: "BankStatement",
        columns: [{ header: "Date", format: "date" }, { header: "Text" }, { header: "Amount", format: "money" }],
        rows: lines,
      },
    ],
  };
}
