/**
 * How a planned sheet is read, worked out once before its lines: the lines of its block, its mapped
 * columns and the extra ones kept under their own headers, a targets sheet's period columns, a survey
 * export's questions, a net from quantity and price, the period she gave, the columns it misses; and
 * what is said about them (a second table beside it, a sheet joined into another, new IDs).
 */
import { columnLetter } from "../kernel/a1";
import { columnDef, tableDef, type TableName } from "../workbook/contract";
import type { SheetGrid } from "../workbook/port";
import { say, type Message } from "../kernel/messages";
import { detectBlock } from "./detect";
import { GENERATED_KEYS, type ColumnMapping } from "./mapping";
import { needsPeriod, type SheetPlan } from "./plan";
import { sheetCurrency } from "./currency";
import { netParts } from "./derivedNet";
import { headerMatch } from "./headerMatch";
import { periodParts } from "./periodParts";
import { columnContexts, periodColumnsOf } from "./sheetColumns";
import { SOURCE_COLUMN } from "./rowRules";

/** The column the import adds beside Phone: the number in international form. */
export const E164_COLUMN = "Phone E.164";

export const NO_PERIOD = say("import.noPeriod");

type Report = (row: number | null, column: string | null, severity: "error" | "warning", message: Message) => void;

/** A sheet planned as a table, from its header row on. */
type PlannedSheet = SheetPlan & { table: TableName; headerRow: number };

export function readingOf(grid: SheetGrid, plan: PlannedSheet, period: string | undefined, report: Report) {
  const table = plan.table;
  const def = tableDef(table);
  const block = detectBlock(grid);
  const lines = (block?.headerRow === plan.headerRow ? block.lines : []).filter((l) => l.kind !== "blank");
  if (block?.beside) report(plan.headerRow, null, "warning", say("import.beside", { column: block.beside }));
  const mapped = plan.columns.flatMap((c) => (c.column === null ? [] : [{ ...c, def: columnDef(table, c.column) }]));
  const extras = uniqueExtraNames(
    plan.columns.filter((c) => c.column === null),
    def.columns.map((c) => c.name),
  );
  const periods = table === "Targets" ? periodColumnsOf(mapped) : new Map<(typeof mapped)[number], string>();
  // A survey tool's export: one record per answer, its question the column's header.
  const questions =
    table === "Survey" && !mapped.some((m) => m.column === "Question")
      ? mapped.filter((m) => m.column === "Answer")
      : [];
  const split = periodParts(mapped.filter((m) => m.def.type === "period"));
  const net = netParts(table, plan.columns);
  // A list of targets with no period column is for the period the admin gives; without one, nothing is guessed.
  const givenPeriod = needsPeriod(plan) ? (period ?? null) : undefined;
  const missing = def.columns.filter(
    (c) =>
      c.required &&
      !mapped.some((m) => m.def === c) &&
      !(c.name === def.key && GENERATED_KEYS[table]) &&
      !(c.name === "Period" && (periods.size > 0 || givenPeriod !== undefined)) &&
      !(c.name === "Net" && net) &&
      !(questions.length > 0 && (c.name === "Question" || c.name === "ResponseID")),
  );
  if (plan.joinedInto) {
    const how = table === "Invoices" ? say("import.joinedInvoices") : say("import.joinedOrders");
    report(plan.headerRow, null, "warning", say("import.joined", { sheet: plan.joinedInto, key: def.key ?? "", how }));
  } else
    for (const c of missing) report(plan.headerRow, c.name, "error", say("import.noColumn", { column: c.name, table }));
  if (givenPeriod === null) report(plan.headerRow, "Period", "error", NO_PERIOD);
  else if (givenPeriod) report(plan.headerRow, "Period", "warning", say("import.givenPeriod", { period: givenPeriod }));
  const recordRows = lines.filter((l) => l.kind === "record").map((l) => l.row);
  // An invoice sheet's "paid on" column has no home in Invoices: it dates the payment a Paid status declares.
  const paidOn =
    table === "Invoices"
      ? extras.find((e) => e.header !== "" && headerMatch(e.header, "Payments", "PaymentDate") >= 0.9)
      : undefined;
  if (net)
    report(
      plan.headerRow,
      "Net",
      "warning",
      net.discount
        ? say("import.netDiscounted", {
            quantity: net.quantity.header,
            price: net.price.header,
            discount: net.discount.header,
          })
        : say("import.netFrom", { quantity: net.quantity.header, price: net.price.header }),
    );
  const generate = GENERATED_KEYS[table] && def.key && !mapped.some((m) => m.column === def.key) ? def.key : undefined;
  if (generate)
    report(
      plan.headerRow,
      generate,
      "warning",
      say("import.newIds", { column: generate, prefix: GENERATED_KEYS[table] ?? "" }),
    );
  return {
    lines,
    mapped,
    extras,
    periods,
    questions,
    split,
    net,
    givenPeriod,
    missing,
    paidOn,
    contexts: columnContexts(grid, recordRows),
    currency: sheetCurrency(grid, recordRows, mapped),
    generate,
  };
}

/**
 * An unmatched column keeps its header as its name, made unique against the contract's columns, the
 * add-in's own and the other extras (Excel compares headers without case): a source column headed
 * "IBAN" that was not mapped must never overwrite the mapped IBAN.
 */
function uniqueExtraNames(
  extras: readonly ColumnMapping[],
  contract: readonly string[],
): (ColumnMapping & { name: string })[] {
  const taken = new Set([...contract, SOURCE_COLUMN, E164_COLUMN].map((n) => n.toLowerCase()));
  return extras.map((e) => {
    const base = e.header || columnLetter(e.index + 1);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    taken.add(name.toLowerCase());
    return { ...e, name };
  });
}
