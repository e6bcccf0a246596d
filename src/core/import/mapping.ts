/**
 * Which contract table a sheet holds and which contract column each of its columns is: headers are
 * compared with the vocabulary (folded, abbreviations allowed), and the values themselves weigh in,
 * so "Fecha" over text is no date and an unnamed column of IBANs is still the IBAN.
 */
import { CONTRACT, ColumnDef, ColumnType, TABLE_NAMES, TableName, tableDef } from "../workbook/contract";
import { isTaxId } from "../kernel/taxId";
import type { SheetCell } from "../workbook/port";
import { foldWords } from "../locale/fold";
import { headerConcepts } from "./concepts";
import { periodParts } from "./periodParts";
import { bestAssignment } from "./assignment";
import { flagColumn } from "./flagColumns";
import { fold } from "../kernel/text";
import { parseAmount } from "../locale/localeValues";
import { SHEET_WORDS } from "./vocabulary";
import { commonWords, headerMatch, TABLE_CONCEPTS } from "./headerMatch";
import { isBlankCell } from "./detect";
import { valueFit } from "./valueFit";
import { say, type Message } from "../kernel/messages";

export interface SourceColumn {
  /** 0-based sheet column */
  index: number;
  header: string;
  /** a sample of its values in record lines */
  values: SheetCell[];
}

export interface ColumnMapping {
  index: number;
  header: string;
  /** the contract column, or null: kept as an extra column */
  column: string | null;
}

export interface TableProposal {
  table: TableName | null;
  columns: ColumnMapping[];
  /** how sure: the sum of the column scores and the sheet name's evidence */
  score: number;
  /** when no table fits: the one that came closest and what it lacked */
  why?: Message;
  /** the table that fitted second best, and its score */
  runnerUp?: { table: TableName; score: number };
}

/** Keys the import numbers itself when a sheet has none: a client list rarely carries IDs. */
export const GENERATED_KEYS: Partial<Record<TableName, string>> = {
  Clients: "C-",
  Team: "E-",
  Payments: "P-",
  Visits: "V-",
  Requests: "T-",
};

/** A list with no code column whose "DNI" holds 1, 2, 3…: that column is its code, not a tax ID. */
const CODES_HEADED_AS_TAX_IDS: Partial<Record<TableName, string>> = { Clients: "TaxID" };

/** Types whose values alone are evidence enough, whatever the header says. */
const SELF_EVIDENT: ReadonlySet<ColumnType> = new Set(["iban", "email"]);
const MIN_PAIR_SCORE = 0.4;
/** Far below any score's difference: only decides between equal choices. */
const TIE_BREAK = 1e-6;
/** Types whose values must mostly read as such before any header can claim the column. */
const VETOED_BY_VALUES: ReadonlySet<ColumnType> = new Set([
  "code",
  "date",
  "money",
  "number",
  "integer",
  "rate",
  "email",
  "iban",
  "country",
  "period",
  "boolean",
  "last4",
  "time",
]);
const MIN_TYPED_FIT = 0.6;
/** How plainly the second part of a text column must be named to be joined to the first. */
const JOINED_PART_SCORE = 0.95;
/** A column named outright (or by its values beyond doubt), not a word shared in passing. */
const STRONG_PAIR_SCORE = 0.6;

/** Mostly texts, mostly different: a list of names (of products, clients), not codes or amounts. */
function namesIn(values: readonly SheetCell[]): boolean {
  const texts = values.filter(
    (v): v is string => typeof v === "string" && /\p{L}{2}/u.test(v) && parseAmount(v) === undefined,
  );
  const filled = values.filter((v) => !isBlankCell(v)).length;
  return texts.length >= 2 && texts.length >= 0.8 * filled && new Set(texts).size >= 0.8 * texts.length;
}

/** The best one-to-one assignment of source columns to a table's columns: the pairs whose scores add up to the most. */
export function mapColumns(
  table: TableName,
  sources: readonly SourceColumn[],
): { columns: ColumnMapping[]; score: number; strong: string[] } {
  const pairs: { source: SourceColumn; column: ColumnDef; score: number; header: number }[] = [];
  const common = commonWords(sources.map((s) => s.header));
  for (const source of sources) {
    for (const column of CONTRACT[table].columns) {
      const header = source.header === "" ? 0 : headerMatch(source.header, table, column.name, common);
      const fit = valueFit(column, source.values);
      // A column of names with no header at all, where the table needs its Name: the names are what it lists.
      if (source.header === "" && column.name === "Name" && namesIn(source.values)) {
        pairs.push({ source, column, score: STRONG_PAIR_SCORE, header });
        continue;
      }
      if (header === 0 && !SELF_EVIDENT.has(column.type)) continue;
      // Values veto a header: a "State" of place names is no status, amounts are no rate.
      if (VETOED_BY_VALUES.has(column.type) && fit < MIN_TYPED_FIT && !(SELF_EVIDENT.has(column.type) && header >= 0.9))
        continue;
      const score = header > 0 ? header * (0.4 + 0.6 * fit) : fit >= 0.8 ? 0.5 * fit : 0;
      if (score >= MIN_PAIR_SCORE) pairs.push({ source, column, score, header });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.source.index - b.source.index);
  const taken = new Map<number, string>();
  const used = new Set<string>();
  let score = 0;
  const strong: string[] = [];
  // The pairs that explain the sheet best together; of two equal choices, the column further left.
  // Only the columns some pair names take part: a sheet one column per period has hundreds of others.
  const candidates = [...new Set(pairs.map((p) => p.source))].sort((a, b) => a.index - b.index);
  const contract: readonly ColumnDef[] = CONTRACT[table].columns;
  const pairOf = new Map(pairs.map((p) => [`${candidates.indexOf(p.source)}:${contract.indexOf(p.column)}`, p]));
  const weight = candidates.map((_, i) =>
    contract.map((_, j) => Math.max(0, (pairOf.get(`${i}:${j}`)?.score ?? 0) - i * TIE_BREAK)),
  );
  bestAssignment(weight).forEach((j, i) => {
    const p = pairOf.get(`${i}:${j}`);
    if (!p) return;
    taken.set(p.source.index, p.column.name);
    used.add(p.column.name);
    score += p.score;
    if (p.score >= STRONG_PAIR_SCORE) strong.push(p.column.name);
  });
  const taxId = CODES_HEADED_AS_TAX_IDS[table];
  const key = tableDef(table).key;
  const codes = taxId === undefined ? undefined : sources.find((s) => taken.get(s.index) === taxId);
  if (
    key &&
    !used.has(key) &&
    codes &&
    mostlyDistinct(codes.values) &&
    !mostly(codes.values, (v) => isTaxId(String(v)))
  ) {
    taken.set(codes.index, key);
    strong.push(key);
  }
  // A period typed in two columns (a year, a month) is one period.
  const period = CONTRACT[table].columns.find((c) => c.type === "period");
  const parts = period && !used.has(period.name) ? periodParts(sources.filter((s) => !taken.has(s.index))) : undefined;
  if (period && parts) {
    for (const i of [parts.year, parts.part]) taken.set(i, period.name);
    used.add(period.name);
    strong.push(period.name);
  }
  // A yes/no column named for a state ("declined") is that state's column.
  for (const source of sources) {
    const column = taken.has(source.index) ? undefined : flagColumn(table, source.header, source.values);
    if (column && !used.has(column)) {
      taken.set(source.index, column);
      used.add(column);
      score += STRONG_PAIR_SCORE;
    }
  }
  // A text column typed in two parts side by side ("Vorname" "Nachname", "Strasse" "Hausnummer") is read as one.
  for (const p of pairs) {
    if (taken.has(p.source.index) || p.column.type !== "text" || p.header < JOINED_PART_SCORE) continue;
    if ([p.source.index - 1, p.source.index + 1].some((i) => taken.get(i) === p.column.name))
      taken.set(p.source.index, p.column.name);
  }
  return {
    columns: sources.map((s) => ({ index: s.index, header: s.header, column: taken.get(s.index) ?? null })),
    score,
    strong,
  };
}

/** Lists of things (clients, products, people) name each once: a column of repeated names is another table's reference. */
const LISTS: ReadonlySet<TableName> = new Set(["Clients", "Products", "Team"]);

function listsEachOnce(table: TableName, columns: readonly ColumnMapping[], sources: readonly SourceColumn[]): boolean {
  if (!LISTS.has(table)) return true;
  const key = tableDef(table).key;
  // A name typed in two parts ("Prénom", "Nom") is one name: first names alone repeat.
  const valuesOf = (column: string) => {
    const parts = columns
      .filter((c) => c.column === column)
      .flatMap((c) => sources.filter((s) => s.index === c.index).map((s) => s.values));
    return parts[0]?.map((_, row) => parts.map((p) => String(p[row] ?? "")).join(" ")) ?? [];
  };
  return [key, "Name"].every((column) => column === undefined || mostlyDistinct(valuesOf(column)));
}

function mostly(values: readonly SheetCell[], test: (v: SheetCell) => boolean): boolean {
  const filled = values.filter((v) => !isBlankCell(v));
  return filled.filter(test).length >= 0.8 * filled.length;
}

function mostlyDistinct(values: readonly SheetCell[]): boolean {
  const filled = values.filter((v) => !isBlankCell(v)).map((v) => (typeof v === "string" ? fold(v) : String(v)));
  return new Set(filled).size >= 0.9 * filled.length;
}

/** What the records of each list have beside the contract's columns: a sheet's other columns vote for the list they belong to. */
const TRAITS: Partial<Record<TableName, readonly string[]>> = {
  Clients: ["age", "gender", "birth", "website"],
  Products: [
    "brand",
    "supplier",
    "model",
    "stock",
    "weight",
    "maker",
    "size",
    "season",
    "ean",
    "cost",
    "image",
    "description",
  ],
  Team: ["salary", "hired", "commission"],
  Orders: ["shipped"],
  Payments: ["card", "declined", "bank"],
};
const TRAIT_WEIGHT = 0.4;
/** The tables most sheets hold: where the evidence is even, a sheet of sellers, products and quantities is orders, not quotes. */
const COMMON_TABLES: ReadonlySet<TableName> = new Set(["Clients", "Products", "Orders", "Invoices", "Payments"]);
const COMMON_TABLE_PRIOR = 0.1;

/** Columns every kind of sheet may have: they say nothing of which table a sheet holds. */
const GENERIC = new Set([
  "Notes",
  "Status",
  "Region",
  "Country",
  "Category",
  "Active",
  "Currency",
  "Segment",
  "Preferences",
]);

/**
 * The table a sheet most likely holds, or null when none fits well enough to import it. The columns
 * decide together: how well they fill the table (its key and required columns above all), with the
 * sheet's name (and any title above its header) as one weak hint among them. `why` says, when no table fits, which came closest and
 * what it lacked.
 */
export function proposeTable(sheetName: string, sources: readonly SourceColumn[]): TableProposal {
  let best: TableProposal = {
    table: null,
    columns: sources.map((s) => ({ index: s.index, header: s.header, column: null })),
    score: -Infinity,
  };
  let closest: { table: TableName; lacks: string[]; score: number } | undefined;
  let runnerUp: TableProposal["runnerUp"];
  const sheetWords = foldWords(sheetName);
  const sheetConcepts = headerConcepts(sheetName);
  for (const table of TABLE_NAMES) {
    const { columns, score, strong } = mapColumns(table, sources);
    const mapped = new Set(columns.map((c) => c.column).filter(Boolean));
    const def = tableDef(table);
    const generated = (c: ColumnDef) => c.name === def.key && GENERATED_KEYS[table] !== undefined;
    const lacks = def.columns
      .filter(
        (c) => c.required && !mapped.has(c.name) && !generated(c) && !(table === "Targets" && c.name === "Period"),
      )
      .map((c) => c.name);
    const namedBySheet =
      SHEET_WORDS[table].split("|").some((w) => sheetWords === w || sheetWords.split(" ").includes(w)) ||
      sheetConcepts.includes(TABLE_CONCEPTS[table]);
    // The table's own key and own date named outright ("InvoiceId", "PaymentDate") say most of all which table it is.
    const own = def.columns.filter((c) => c.name === def.key || (c.required && c.type === "date"));
    const named = own.filter((o) =>
      sources.some(
        (s) =>
          columns.find((c) => c.index === s.index)?.column === o.name &&
          headerMatch(s.header, table, o.name) >= STRONG_PAIR_SCORE,
      ),
    );
    const traits = sources.filter(
      (s) =>
        !mapped.has(columns.find((c) => c.index === s.index)?.column ?? "") &&
        headerConcepts(s.header).some((w) => TRAITS[table]?.includes(w)),
    );
    const total =
      score +
      0.5 * (def.columns.filter((c) => c.required).length - lacks.length) -
      lacks.length +
      named.length +
      (namedBySheet ? 0.5 : 0) +
      TRAIT_WEIGHT * traits.length +
      (COMMON_TABLES.has(table) ? COMMON_TABLE_PRIOR : 0);
    // Two columns that happen to read "date" and "total" do not make a sheet of something else a table of
    // ours: two columns that say what the records are, named plainly, and the key, or all but one required
    // column, or the sheet's name to show the table is meant; or three such columns.
    const core = strong.filter((c) => !GENERIC.has(c));
    // A column headed "Vendedor" over names each once is a list of sales people, whatever else the sheet holds.
    const listedByNoun =
      LISTS.has(table) &&
      columns.some((c) => c.column === "Name" && headerConcepts(c.header).includes(TABLE_CONCEPTS[table]));
    const plain =
      (core.length >= 2 && (mapped.has(def.key ?? "") || lacks.length <= 1 || namedBySheet)) ||
      core.length >= 3 ||
      listedByNoun;
    const fits = plain && listsEachOnce(table, columns, sources);
    if (fits && total > best.score) {
      if (best.table) runnerUp = { table: best.table, score: best.score };
      best = { table, columns, score: total };
    } else if (fits && (!runnerUp || total > runnerUp.score)) runnerUp = { table, score: total };
    if (!fits && strong.length >= 1 && (!closest || total > closest.score)) closest = { table, lacks, score: total };
  }
  if (!best.table) best.score = 0;
  else if (runnerUp) best.runnerUp = runnerUp;
  return best.table || !closest
    ? best
    : {
        ...best,
        why: closest.lacks.length
          ? say("import.why.closest", { table: closest.table, lacks: closest.lacks })
          : say("import.why.plainly", { table: closest.table }),
      };
}
