/**
 * Clients tab: find a client (instant search, filters), see its card (open invoices, last visit,
 * open requests) with its row selected in the sheet, edit it or add one through a validated form
 * (only changed cells written; a co-author's change since the form opened is shown, not
 * overwritten), and merge probable duplicates.
 */
import { useEffect, useMemo, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Subtitle2,
} from "@fluentui/react-components";
import { AddRegular, SaveRegular, SearchRegular } from "@fluentui/react-icons";
import {
  CLIENT_STATUSES,
  Client,
  ColumnDef,
  CONTRACT,
  PAYMENT_METHODS,
  type SalesData,
  sameCell,
  type Cell,
  type TableData,
  teamIndex,
} from "../../../core/workbook";
import {
  clientChanges,
  ClientFilter,
  nextClientId,
  readClientForm,
  searchClients,
  ARCHIVE_TABLE,
  archivedMerges,
  type ArchivedMerge,
} from "../../../core/clients";
import { salesData } from "../../../runtime/sharedRead";
import { formatDmy, formatIsoDate } from "../../../core/kernel";
import { MessageKey, useI18n } from "../../i18n";
import { usePort } from "../../state/port";
import { useToday } from "../../state/today";
import { useTask } from "../../state/useTask";
import { TaskPage, usePageStyles } from "../../components/TaskPage";
import { Outcome } from "../../components/Outcome";
import { Duplicates, UnfinishedMerges } from "./ClientDuplicates";
import { ClientCard } from "../../components/ClientCard";
import { useFocus } from "../../state/navigation";

/** Enough to pick from; the search narrows the rest. */
const SHOWN = 30;

const useClientStyles = makeStyles({
  filters: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))", gap: "8px" },
  // Fluent's dropdowns are 250 px wide at least: in the two-up filter grid they take their cell's width.
  filter: { minWidth: 0, width: "100%" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  item: {
    width: "100%",
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "left",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
  },
});

interface Loaded {
  data: SalesData;
  raw: TableData | undefined;
  archivedIds: Cell[];
  unfinished: ArchivedMerge[];
  /** merges done that can be undone, the latest first */
  undoable: ArchivedMerge[];
}

export function ClientsPage() {
  const { t } = useI18n();
  const port = usePort();
  const [state, reload] = useTask(async (): Promise<Loaded> => {
    const [data, raw, archive] = await Promise.all([
      salesData(),
      port.readTable("Clients"),
      port.readTable(ARCHIVE_TABLE),
    ]);
    return {
      data,
      raw,
      archivedIds: archive ? archive.rows.map((r) => r[archive.headers.indexOf("ClientID")]) : [],
      unfinished: archivedMerges(archive, "started"),
      undoable: archivedMerges(archive, "done")
        .filter((m) => m.reversible)
        .reverse(),
    };
  });
  const [outcome, setOutcome] = useState<Outcome>();
  // The search survives a reload after a save or a merge: the admin stays where she was.
  const search = useSearch();
  return (
    <TaskPage id="clients" title={t("clients.title")} outcome={outcome} state={state}>
      {(loaded) =>
        loaded.raw ? (
          <ClientsBody loaded={loaded} search={search} onDone={(o) => (setOutcome(o), reload())} />
        ) : (
          <Body1>{t("clients.none")}</Body1>
        )
      }
    </TaskPage>
  );
}

function useSearch() {
  const [query, setQuery] = useState("");
  const [filter, setFilter] = useState<ClientFilter>({});
  // A page that sends her here with a client (reception's caller) opens on that client's card.
  const [chosen, setChosen] = useState<string | undefined>(useFocus()?.clientId);
  return { query, setQuery, filter, setFilter, chosen, setChosen };
}

function ClientsBody({
  loaded,
  search,
  onDone,
}: {
  loaded: Loaded;
  search: ReturnType<typeof useSearch>;
  onDone: (o: Outcome) => void;
}) {
  const { t } = useI18n();
  const styles = { ...usePageStyles(), ...useClientStyles() };
  const port = usePort();
  const { data } = loaded;
  const { query, setQuery, filter, setFilter, chosen, setChosen } = search;
  const [editing, setEditing] = useState<"new" | "edit" | undefined>();
  const found = useMemo(() => searchClients(data.clients, query, filter), [data, query, filter]);
  const client = data.clients.find((c) => c.ClientID === chosen);
  useEffect(() => {
    if (chosen) void port.showRow("Clients", "ClientID", chosen);
    // once, for the client the page opened on; a choice made here selects its own row
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const choose = (c: Client) => {
    setChosen(c.ClientID);
    setEditing(undefined);
    void port.showRow("Clients", "ClientID", c.ClientID);
  };
  const options = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))].sort();
  const pick = (key: keyof ClientFilter, label: string, values: string[]) => (
    <Field label={label}>
      <Dropdown
        className={styles.filter}
        value={
          filter[key] === undefined
            ? t("clients.any")
            : String(filter[key] === true ? t("clients.yes") : filter[key] === false ? t("clients.no") : filter[key])
        }
        selectedOptions={[String(filter[key] ?? "")]}
        onOptionSelect={(_, d) =>
          setFilter({
            ...filter,
            [key]: d.optionValue === "" ? undefined : key === "consent" ? d.optionValue === "true" : d.optionValue,
          })
        }
      >
        <Option value="">{t("clients.any")}</Option>
        {values.map((v) => (
          <Option key={v} value={v}>
            {v === "true" ? t("clients.yes") : v === "false" ? t("clients.no") : v}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
  return (
    <>
      <UnfinishedMerges unfinished={loaded.unfinished} onDone={onDone} />
      <Field label={t("clients.search")}>
        <Input
          type="search"
          contentBefore={<SearchRegular />}
          value={query}
          onChange={(_, d) => setQuery(d.value)}
          placeholder={t("clients.searchHint")}
        />
      </Field>
      <div className={styles.filters}>
        {pick("exec", t("clients.exec"), options(data.clients.map((c) => c.Exec)))}
        {pick("segment", t("clients.segment"), options(data.clients.map((c) => c.Segment)))}
        {pick("status", t("clients.status"), [...CLIENT_STATUSES])}
        {pick("consent", t("clients.consent"), ["true", "false"])}
      </div>
      <Caption1>{t("clients.found", { n: found.length })}</Caption1>
      <ul className={styles.list} aria-label={t("clients.results")}>
        {found.slice(0, SHOWN).map((c) => (
          <li key={c.ClientID}>
            <Button
              className={styles.item}
              appearance={c.ClientID === chosen ? "primary" : "subtle"}
              onClick={() => choose(c)}
            >
              {`${c.Name} · ${c.ClientID}${c.City ? ` · ${c.City}` : ""}`}
            </Button>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button icon={<AddRegular />} onClick={() => (setEditing("new"), setChosen(undefined))}>
          {t("clients.add")}
        </Button>
      </div>
      {client && editing === undefined && <ClientCard client={client} data={data} onEdit={() => setEditing("edit")} />}
      {editing && (
        <ClientForm
          key={`${editing}|${chosen}`}
          loaded={loaded}
          clientId={editing === "edit" ? chosen : undefined}
          onDone={(o, added) => {
            setEditing(undefined);
            // What was added is chosen, shown in its card and selected in the sheet.
            if (added) {
              setChosen(added);
              void port.showRow("Clients", "ClientID", added);
            }
            onDone(o);
          }}
        />
      )}
      <Duplicates data={data} undoable={loaded.undoable} onDone={onDone} />
    </>
  );
}

/** The form's text for a cell as the table holds it. */
function fieldText(cell: Cell, column: ColumnDef): string {
  if (cell === null) return "";
  if (column.type === "boolean") return cell === true || /^(true|yes|sí|si|1)$/i.test(String(cell)) ? "true" : "false";
  return String(cell);
}

const CODE_CHOICES: Record<string, readonly string[]> = { PaymentMethod: PAYMENT_METHODS, Status: CLIENT_STATUSES };
type PaymentMethod = (typeof PAYMENT_METHODS)[number];
type ClientStatus = (typeof CLIENT_STATUSES)[number];

function ClientForm({
  loaded,
  clientId,
  onDone,
}: {
  loaded: Loaded;
  clientId: string | undefined;
  /** what happened, and the ID of a client just added */
  onDone: (o: Outcome, added?: string) => void;
}) {
  const { t, tell } = useI18n();
  const styles = { ...usePageStyles(), ...useClientStyles() };
  const port = usePort();
  const today = useToday();
  // the page renders this section once the raw table is loaded
  const raw = loaded.raw!;
  const columns = (CONTRACT.Clients.columns as readonly ColumnDef[]).filter(
    (c) => c.name !== "ClientID" && raw.headers.includes(c.name),
  );
  const rowIndex = clientId ? raw.rows.findIndex((r) => String(r[raw.headers.indexOf("ClientID")]) === clientId) : -1;
  // What the form opened with: the edit is written only where the sheet still holds this.
  const [opened] = useState<Record<string, Cell>>(() =>
    Object.fromEntries(
      columns.map((c) => [c.name, rowIndex >= 0 ? raw.rows[rowIndex][raw.headers.indexOf(c.name)] : null]),
    ),
  );
  const [fields, setFields] = useState<Record<string, string>>(() =>
    Object.fromEntries(columns.map((c) => [c.name, fieldText(opened[c.name], c)])),
  );
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const categories = [...new Set(loaded.data.products.map((p) => p.Category).filter((c): c is string => !!c))].sort();
  const execs = loaded.data.team.map((m) => m.ExecID).filter(Boolean);
  // a code in her words, an exec by name: the cell keeps the contract's code and the ExecID
  const team = teamIndex(loaded.data.team);
  const choiceLabel = (column: string, v: string) =>
    v === ""
      ? ""
      : column === "PaymentMethod"
        ? t(`common.method.${v as PaymentMethod}`)
        : column === "Status"
          ? t(`clientStatus.${v as ClientStatus}`)
          : team.name(v);
  const set = (name: string, value: string) => setFields({ ...fields, [name]: value });
  const save = async () => {
    const read = readClientForm(fields);
    setProblems(Object.fromEntries(read.problems.map((p) => [p.column, tell(p.message)])));
    if (read.problems.length) return;
    const consentChanged =
      !sameCell(opened.MarketingConsent ?? null, read.values.MarketingConsent ?? null) &&
      read.values.MarketingConsent !== null;
    if (consentChanged) {
      // The consent's date goes with it: in a ConsentDate column where the table has one, else in the notes.
      const note = t(read.values.MarketingConsent ? "clients.consentGiven" : "clients.consentWithdrawn", {
        date: formatDmy(today),
      });
      if (raw.headers.includes("ConsentDate")) read.values.ConsentDate = formatIsoDate(today);
      else read.values.Notes = [read.values.Notes, note].filter(Boolean).join(" · ");
    }
    setBusy(true);
    try {
      if (!clientId) {
        const row = await port.appendRow({
          table: "Clients",
          keyColumn: "ClientID",
          build: (above) => ({
            ...read.values,
            ClientID: nextClientId(loaded.data.settings.clientIdPattern, [
              ...above.map((r) => r.ClientID),
              ...loaded.archivedIds,
            ]),
          }),
        });
        onDone(
          { intent: "success", text: t("clients.added", { id: String(row.ClientID), name: String(row.Name) }) },
          String(row.ClientID),
        );
        return;
      }
      const changes = clientChanges(raw.headers, opened, read.values);
      if (changes.length === 0) return onDone({ intent: "success", text: t("clients.unchanged") });
      const result = await port.updateRow("Clients", "ClientID", clientId, changes);
      if (result.ok) onDone({ intent: "success", text: t("clients.saved", { id: clientId, n: changes.length }) });
      else if ("missing" in result) onDone({ intent: "error", text: t("clients.gone", { id: clientId }) });
      else
        onDone({
          intent: "warning",
          text: t("clients.conflict", {
            id: clientId,
            what: result.conflicts.map((c) => `${c.column} = ${c.now ?? "–"}`).join(", "),
          }),
        });
    } catch (error) {
      onDone({ intent: "error", text: tell.error(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className={styles.card}
      aria-label={clientId ? t("clients.editTitle", { id: clientId }) : t("clients.addTitle")}
      onSubmit={(e) => (e.preventDefault(), void save())}
    >
      <Subtitle2 as="h3">{clientId ? t("clients.editTitle", { id: clientId }) : t("clients.addTitle")}</Subtitle2>
      {columns.map((c) => (
        <Field
          key={c.name}
          label={t(`common.field.${c.name}` as MessageKey)}
          required={c.required}
          validationMessage={problems[c.name]}
          validationState={problems[c.name] ? "error" : "none"}
        >
          {c.type === "boolean" ? (
            <Checkbox
              checked={fields[c.name] === "true"}
              onChange={(_, d) => set(c.name, d.checked ? "true" : "false")}
              label={t("clients.yes")}
            />
          ) : CODE_CHOICES[c.name] || c.name === "Exec" ? (
            <Dropdown
              value={choiceLabel(c.name, fields[c.name])}
              selectedOptions={[fields[c.name]]}
              onOptionSelect={(_, d) => set(c.name, d.optionValue ?? "")}
            >
              <Option value="">–</Option>
              {(CODE_CHOICES[c.name] ?? execs).map((v) => (
                <Option key={v} value={v} text={choiceLabel(c.name, v)}>
                  {choiceLabel(c.name, v)}
                </Option>
              ))}
            </Dropdown>
          ) : c.name === "Preferences" && categories.length > 0 ? (
            <Dropdown
              multiselect
              value={fields[c.name]}
              selectedOptions={fields[c.name].split(/\s*;\s*/).filter(Boolean)}
              onOptionSelect={(_, d) => set(c.name, d.selectedOptions.join("; "))}
            >
              {categories.map((v) => (
                <Option key={v} value={v}>
                  {v}
                </Option>
              ))}
            </Dropdown>
          ) : (
            <Input value={fields[c.name]} onChange={(_, d) => set(c.name, d.value)} />
          )}
        </Field>
      ))}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" icon={<SaveRegular />} disabled={busy}>
          {clientId ? t("clients.save") : t("clients.create")}
        </Button>
        <Button onClick={() => onDone(undefined)}>{t("clients.cancel")}</Button>
      </div>
    </form>
  );
}
