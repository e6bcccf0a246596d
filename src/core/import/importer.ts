/**
 * The import: sheets in, contract rows and a quarantine out. Every record line of a source sheet
 * ends up either in its table or in the quarantine with its reasons; lines that are no record
 * (totals, notes, repeated headers) are reported; the source sheets are only read.
 */
import { maskCardNumbers } from "../kernel/cards";
import { CONTRACT, TABLE_NAMES, TableName, tableDef } from "../workbook/contract";
import { dayFromDate } from "../kernel/dates";
import { problem } from "../workbook/problems";
import type { OutputCell, SheetGrid } from "../workbook/port";
import { convertCell } from "../locale/convert";
import type { LineKind } from "./detect";
import type { SheetPlan } from "./plan";
import { recordCurrency, recordInvoiceCurrency } from "./currency";
import { DeclaredPaid, declaredPayments, paidOnOf } from "./declaredPayments";
import { keys, TakenKeys } from "./takenKeys";
import { summarizeRepeats } from "./repeats";
import { derivedNet } from "./derivedNet";
import { periodOfParts } from "./periodParts";
import { flagCell, flagOf } from "./flagColumns";
import { answerRows } from "./surveyExport";
import { toE164 } from "../kernel/phone";
import { E164_COLUMN, NO_PERIOD, readingOf } from "./sheetReading";
import {
  asText,
  asTyped,
  joined,
  maskCards,
  ColumnValues,
  Names,
  SOURCE_COLUMN,
  negateCreditNote,
  normalizeClient,
  totalsDiffer,
  recordWithdrawal,
  matchRespondent,
  rememberName,
  flagProbableDuplicateClients,
  resolveNames,
  type Resolved,
} from "./rowRules";
import type { ImportContext, ImportResult, SheetSummary, StagedTable } from "./result";
import { say, type Message, type MessageLanguage } from "../kernel/messages";

const NOT_RECORDS: Partial<Record<LineKind, Message>> = {
  total: say("import.totalLine"),
  note: say("import.noteLine"),
  repeatedHeader: say("import.headerAgain"),
};

/** Imports the planned sheets (Clients and Team first, so references typed as names can be resolved). */
export function importSheets(
  grids: readonly SheetGrid[],
  plans: readonly SheetPlan[],
  context: ImportContext = {},
): ImportResult {
  const steps = importSteps(grids, plans, context);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many source lines the import reads between two of its steps. */
const LINES_PER_STEP = 2_000;

/**
 * The same import in steps: it yields the number of source lines read so far every few thousand,
 * so that a pane can show its progress and stay responsive between steps.
 */
export function* importSteps(
  grids: readonly SheetGrid[],
  plans: readonly SheetPlan[],
  context: ImportContext = {},
): Generator<number, ImportResult> {
  const result: ImportResult = { sheets: [], problems: [], tables: [], quarantine: [], held: [] };
  const staged = new Map<TableName, StagedTable>();
  const taken = new Map<TableName, TakenKeys>();
  for (const [table, existing] of Object.entries(context.keys ?? {})) {
    const known = keys(taken, table as TableName);
    for (const k of existing) known.set(k, "the workbook");
  }
  const names = { Clients: new Map(context.clientNames), Team: new Map(context.execNames) };
  const order = [...plans].sort((a, b) => rank(a.table) - rank(b.table));
  const run: Run = { staged, keys: taken, names, result, period: context.period, declared: [], lines: 0 };
  for (const plan of order) {
    const grid = grids.find((g) => g.name === plan.sheet);
    if (!grid) continue;
    const sheet = yield* importSheet(grid, plan, run);
    result.sheets.push(sheet);
  }
  flagProbableDuplicateClients(staged.get("Clients")?.rows ?? [], result.problems);
  recordDeclaredPayments(run, context.paidInvoices ?? new Set(), context.language ?? "en");
  recordCurrency(result, context.currency);
  const position = (sheet: string) => plans.findIndex((p) => p.sheet === sheet);
  result.sheets.sort((a, b) => position(a.sheet) - position(b.sheet));
  result.problems.sort((a, b) => position(a.sheet) - position(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
  result.problems = summarizeRepeats(result.problems);
  result.quarantine.sort((a, b) => position(a.sheet) - position(b.sheet) || a.row - b.row);
  result.tables = TABLE_NAMES.map((t) => staged.get(t)).filter((t): t is StagedTable => t !== undefined);
  return result;
}

/** A run for a sheet that waits: its rows read and staged apart, claiming no key or name and quarantining nothing, its problems said. */
function aside(run: Run): Run {
  const names = { Clients: new Map(run.names.Clients), Team: new Map(run.names.Team) };
  return { ...run, staged: new Map(), keys: new Map(), names, declared: [], result: { ...run.result, quarantine: [] } };
}

const rank = (table: TableName | null) => (table === "Clients" || table === "Team" ? 0 : table === null ? 2 : 1);

interface Run {
  staged: Map<TableName, StagedTable>;
  /** key → where it was first seen */
  keys: Map<TableName, TakenKeys>;
  names: Names;
  result: ImportResult;
  period?: string;
  /** invoices the sheets call Paid, to check against the payments once every sheet is read */
  declared: DeclaredPaid[];
  /** source lines read so far, all sheets together */
  lines: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

function* importSheet(grid: SheetGrid, plan: SheetPlan, run: Run): Generator<number, SheetSummary> {
  // The sheet's own words are told back: a header or a sheet name that is a card number is masked here.
  const columns = Object.fromEntries(plan.columns.map((c) => [maskCardNumbers(c.header), c.column]));
  const sheet = maskCardNumbers(grid.name);
  const summary: SheetSummary = {
    sheet,
    table: plan.table,
    headerRow: plan.headerRow,
    columns,
    rows: 0,
    imported: 0,
    quarantined: 0,
    ...(plan.asLastTime ? { asLastTime: true } : {}),
    ...(plan.runnerUp
      ? {
          runnerUp: {
            table: plan.runnerUp.table,
            score: round(plan.runnerUp.score),
            chosen: round(plan.runnerUp.chosen),
          },
        }
      : {}),
  };
  const report = (row: number | null, column: string | null, severity: "error" | "warning", message: Message) =>
    run.result.problems.push(problem(grid.name, row, column, severity, message));
  if (!plan.table || plan.headerRow === null) {
    report(null, null, "warning", plan.why ? say("import.noTableWhy", { why: plan.why }) : say("import.noTable"));
    return summary;
  }
  const table = plan.table;
  const def = tableDef(table);
  const {
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
    contexts,
    currency,
    generate,
  } = readingOf(grid, { ...plan, table, headerRow: plan.headerRow }, run.period, report);
  if (plan.joinedInto) summary.joinedInto = plan.joinedInto;
  // Written, its rows would all lack what the table needs, for Health to list one by one: they are read
  // aside (the preview shows them), and wait for her to choose a column.
  const held = !plan.joinedInto && missing.length > 0;
  const into = held ? aside(run) : run;
  if (currency) summary.currency = currency;
  // A sheet joined into another brings its rows' data there: its own extra columns would stay empty.
  const target = stagedTable(
    into.staged,
    table,
    plan.joinedInto ? [] : extras.map((e) => e.name),
    mapped.some((m) => m.column === "Phone"),
  );
  const tableKeys = keys(into.keys, table);
  const resolved = new Map<string, Resolved>();

  for (const line of lines) {
    if (++run.lines % LINES_PER_STEP === 0) yield run.lines;
    const source = grid.rows[line.row - 1] ?? [];
    const why = NOT_RECORDS[line.kind];
    if (why) {
      report(line.row, null, "warning", why);
      continue;
    }
    summary.rows++;
    const cells = maskCards(
      source,
      (column, last4) => report(line.row, column, "warning", say("import.cardMasked", { last4 })),
      plan.columns,
      mapped,
    );
    const errors: Message[] = [];
    const failed = new Set<string | null>();
    const fail = (column: string | null, message: Message) => {
      errors.push(column ? say("import.inColumn", { column, why: message }) : message);
      failed.add(column);
      report(line.row, column, "error", message);
    };
    if (line.kind === "otherTable") fail(null, say("import.secondHeader"));
    if (givenPeriod === null) errors.push(say("import.inColumn", { column: "Period", why: NO_PERIOD })); // said once for the sheet, above
    const values = new ColumnValues(givenPeriod ? [["Period", givenPeriod]] : []);
    const perPeriod: [string, OutputCell][] = [];
    const answers: [string, OutputCell][] = [];
    let creditNote = false;
    if (split && line.kind === "record") {
      const label = periodOfParts(cells[split.year] ?? null, cells[split.part] ?? null, split.unit);
      if (label) values.set("Period", label);
      else
        fail(
          "Period",
          say("import.periodParts", { year: String(cells[split.year] ?? ""), part: String(cells[split.part] ?? "") }),
        );
    }
    for (const m of line.kind === "record" ? mapped : []) {
      if (split && (m.index === split.year || m.index === split.part)) continue;
      const flag = flagOf(table, m.def.name, m.header);
      const converted = convertCell(
        flag ? flagCell(cells[m.index] ?? null, flag) : (cells[m.index] ?? null),
        m.def,
        contexts(m.index),
      );
      if (converted.error !== undefined && (m.def.required || m.def.type === "last4"))
        fail(m.def.name, converted.error);
      else if (converted.error !== undefined) {
        // An optional value that does not read costs no row: kept as typed, for `check` and the admin to put right.
        values.set(m.def.name, asTyped(cells[m.index] ?? null));
        report(line.row, m.def.name, "warning", say("import.keptAsTyped", { why: converted.error }));
      } else {
        const period = periods.get(m);
        if (period !== undefined) perPeriod.push([period, converted.value]);
        else if (questions.includes(m)) answers.push([m.header, converted.value]);
        else
          values.set(
            m.def.name,
            m.def.type === "text"
              ? joined(values.get(m.def.name), converted.value)
              : (values.get(m.def.name) ?? converted.value),
          );
        if (converted.warning) report(line.row, m.def.name, "warning", converted.warning);
        creditNote ||= Boolean(converted.creditNote);
      }
    }
    if (net && line.kind === "record") values.set("Net", derivedNet(cells, net, contexts) ?? null);
    for (const c of def.columns) {
      const empty = (values.get(c.name) ?? null) === null && !failed.has(c.name);
      const unpivoted = periods.size > 0 && (c.name === "Period" || c.name === "RevenueTarget");
      if (
        line.kind === "record" &&
        c.required &&
        c.name !== generate &&
        empty &&
        !unpivoted &&
        (mapped.some((m) => m.def === c) || (c.name === "Net" && net))
      )
        fail(c.name, say("import.empty", { column: c.name }));
    }
    if (line.kind === "record") {
      if (creditNote) negateCreditNote(values, (m) => report(line.row, null, "warning", m));
      normalizeClient(table, values, (column, m) => report(line.row, column, "warning", m));
      const totals = table === "Invoices" ? totalsDiffer(values) : undefined;
      if (totals) report(line.row, "Total", "warning", totals);
      resolveNames(values, into.names, resolved);
      if (table === "Survey")
        matchRespondent(values, into.names.Clients, (m) => report(line.row, "Respondent", "warning", m));
    }
    const key = def.key && !generate ? values.get(def.key) : undefined;
    const where = `${grid.name} row ${line.row}`;
    if (plan.joinedInto && def.key && errors.length === 0 && line.kind === "record") {
      const joinedKey = String(values.get(def.key) ?? "");
      if (plan.joinedKeys?.has(joinedKey)) {
        summary.imported++; // its data is imported with the rows of the sheet it was joined into
        continue;
      }
      if (table === "Invoices")
        fail(def.key, say("import.orphanLine", { invoice: joinedKey || "—", sheet: plan.joinedInto }));
    }
    if (errors.length === 0 && def.key && typeof key === "string" && !def.linesShareKey && tableKeys.has(key))
      fail(def.key, say("import.keyUsed", { column: def.key, key, where: tableKeys.get(key) ?? "" }));
    if (errors.length > 0) {
      summary.quarantined++;
      into.result.quarantine.push({ sheet: grid.name, row: line.row, table, reasons: errors, cells });
      continue;
    }
    if (
      table === "Payments" &&
      recordWithdrawal(values, target.rows, grid.name, line.row, (m) => report(line.row, "Status", "warning", m))
    ) {
      summary.imported++;
      continue;
    }
    if (typeof key === "string") tableKeys.set(key, where);
    if (generate) values.set(generate, tableKeys.next(where));
    for (const e of extras) {
      const cell = cells[e.index] ?? null;
      if (cell instanceof Date) target.dateExtras.add(e.name);
      values.set(e.name, cell instanceof Date ? dayFromDate(cell) : cell);
    }
    if (table === "Invoices") recordInvoiceCurrency(values, currency);
    if (values.has("Phone") && target.extras.includes(E164_COLUMN))
      values.set(E164_COLUMN, toE164(String(values.get("Phone") ?? ""), asText(values.get("Country"))) ?? null);
    const origin = grid.origins?.[line.row - 1];
    values.set(SOURCE_COLUMN, `${grid.name}!${line.row}${origin ? `+${origin}` : ""}`);
    if (questions.length > 0) {
      if (!values.get("ResponseID")) values.set("ResponseID", `${grid.name}-${line.row}`);
      for (const answer of answerRows(values, answers))
        target.rows.push({ sheet: grid.name, row: line.row, values: answer });
    } else if (periods.size === 0) {
      const staged = { sheet: grid.name, row: line.row, values };
      target.rows.push(staged);
      if (table === "Invoices" && values.get("Status") === "Paid")
        into.declared.push({ invoice: staged, paidOn: paidOnOf(cells, paidOn) });
    }
    for (const [period, amount] of perPeriod) {
      if (amount !== null)
        target.rows.push({
          sheet: grid.name,
          row: line.row,
          values: new ColumnValues([...values, ["Period", period], ["RevenueTarget", amount]]),
        });
    }
    summary.imported++;
    if ((table === "Clients" || table === "Team") && def.key) rememberName(into.names[table], values, def.key);
  }
  for (const [name, { id, column }] of resolved) report(null, column, "warning", say("import.nameAsId", { name, id }));
  if (held) {
    run.result.held.push(...into.staged.values());
    summary.held = summary.imported + summary.quarantined;
    [summary.imported, summary.quarantined] = [0, 0];
    report(
      plan.headerRow,
      null,
      "error",
      say("import.heldBack", { n: summary.held, columns: missing.map((c) => c.name) }),
    );
  }
  return summary;
}

/** A payment for every invoice declared paid that no payment covers (see declaredPayments.ts), said once per sheet. */
function recordDeclaredPayments(run: Run, paidInWorkbook: ReadonlySet<string>, language: MessageLanguage): void {
  const payments = declaredPayments(run.declared, run.staged.get("Payments")?.rows ?? [], paidInWorkbook, language);
  if (payments.length === 0) return;
  const target = stagedTable(run.staged, "Payments", [], false);
  const perSheet = new Map<string, number>();
  for (const values of payments) {
    const [sheet, row] = String(values.get(SOURCE_COLUMN)).split("!");
    values.set("PaymentID", keys(run.keys, "Payments").next(`${sheet} row ${row}`));
    target.rows.push({ sheet, row: Number(row), values });
    perSheet.set(sheet, (perSheet.get(sheet) ?? 0) + 1);
  }
  for (const [sheet, n] of perSheet)
    run.result.problems.push(problem(sheet, null, "Status", "warning", say("import.declaredPaid", { n })));
}

function stagedTable(
  staged: Map<TableName, StagedTable>,
  table: TableName,
  extras: string[],
  withE164: boolean,
): StagedTable {
  let target = staged.get(table);
  if (!target) staged.set(table, (target = { table, extras: [], dateExtras: new Set(), rows: [] }));
  for (const e of [...extras, ...(withE164 ? [E164_COLUMN] : [])])
    if (!target.extras.includes(e) && !CONTRACT[table].columns.some((c) => c.name === e)) target.extras.push(e);
  return target;
}
